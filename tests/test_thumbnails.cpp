// Thumbnail pipeline for browsing: freedesktop disk cache (naming, metadata, invalidation by
// mtime), the asynchronous loader (delivery, memory cache, cancellation) and pre-generation
// as a background job.

#include "imaging/thumbnailloader.h"
#include "imaging/xdgthumbnails.h"
#include "jobs/thumbnailjob.h"
#include "support/testimages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace ad::imaging;
using namespace ad::test;

class ThumbnailsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void diskCacheFollowsTheSpec()
    {
        const XdgThumbnailCache cache(m_dir.filePath(QStringLiteral("thumbs")));
        const QString file = writeTemp(m_dir, QStringLiteral("photo one.jpg"),
                                       makeImage(640, 480, QStringLiteral("jpg")));
        const QString uri = QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded);
        const QString md5 = QString::fromLatin1(
            QCryptographicHash::hash(uri.toUtf8(), QCryptographicHash::Md5).toHex());
        QCOMPARE(cache.pathFor(file, XdgThumbnailCache::Size::Large),
                 m_dir.filePath(QStringLiteral("thumbs/large/%1.png").arg(md5)));
        QCOMPARE(cache.pathFor(file, XdgThumbnailCache::Size::Normal),
                 m_dir.filePath(QStringLiteral("thumbs/normal/%1.png").arg(md5)));

        QImage thumb(256, 192, QImage::Format_RGB32);
        thumb.fill(Qt::green);
        QVERIFY(cache.load(file, XdgThumbnailCache::Size::Large).isNull());
        QVERIFY(cache.store(file, XdgThumbnailCache::Size::Large, thumb));
        const QImage stored(cache.pathFor(file, XdgThumbnailCache::Size::Large));
        QCOMPARE(stored.text(QStringLiteral("Thumb::URI")), uri);
        QCOMPARE(stored.text(QStringLiteral("Thumb::MTime")),
                 QString::number(QFileInfo(file).lastModified().toSecsSinceEpoch()));
        QCOMPARE(cache.load(file, XdgThumbnailCache::Size::Large).size(), QSize(256, 192));

        // Touching the file invalidates the thumbnail.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QFileInfo(file).lastModified().addSecs(10),
                              QFileDevice::FileModificationTime));
        f.close();
        QVERIFY(cache.load(file, XdgThumbnailCache::Size::Large).isNull());
    }

    void loaderDeliversAndCaches()
    {
        ThumbnailLoader loader(256);
        loader.setDiskCache(XdgThumbnailCache(m_dir.filePath(QStringLiteral("cache2"))));
        const QString file = writeTemp(m_dir, QStringLiteral("wide.png"),
                                       makeImage(1000, 500, QStringLiteral("png")));
        QSignalSpy ready(&loader, &ThumbnailLoader::ready);
        loader.request(file);
        loader.request(file); // idempotent while pending
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.count(), 1);
        const QImage image = ready.at(0).at(1).value<QImage>();
        QCOMPARE(image.size(), QSize(256, 128)); // shrink-on-load, aspect kept
        QCOMPARE(loader.cached(file).size(), QSize(256, 128));
        QVERIFY(QFile::exists(XdgThumbnailCache(m_dir.filePath(QStringLiteral("cache2")))
                                  .pathFor(file, XdgThumbnailCache::Size::Large)));
        loader.request(file); // cached: nothing new is queued
        QCOMPARE(loader.pending(), 0);
    }

    void loaderReportsFailures()
    {
        ThumbnailLoader loader;
        loader.setDiskCache(XdgThumbnailCache(m_dir.filePath(QStringLiteral("cache3"))));
        const QString junk =
            writeTemp(m_dir, QStringLiteral("junk.jpg"), QByteArray("not an image at all"));
        QSignalSpy failed(&loader, &ThumbnailLoader::failed);
        loader.request(junk);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    }

    void cancelledRequestsAreNotDelivered()
    {
        ThumbnailLoader loader;
        loader.setDiskCache(XdgThumbnailCache(m_dir.filePath(QStringLiteral("cache4"))));
        QStringList files;
        for (int i = 0; i < 40; ++i)
            files << writeTemp(m_dir, QStringLiteral("n%1.jpg").arg(i),
                               makeImage(800, 600, QStringLiteral("jpg")));
        QSignalSpy ready(&loader, &ThumbnailLoader::ready);
        for (const QString &f : files)
            loader.request(f);
        loader.cancelAll(); // the view scrolled away
        QCOMPARE(loader.pending(), 0);
        const QString wanted = files.last();
        loader.request(wanted);
        QTRY_VERIFY_WITH_TIMEOUT(!loader.cached(wanted).isNull(), 20000);
        QTest::qWait(500);
        // Only what was still wanted arrives; jobs already running may finish but are dropped.
        for (const auto &signal : ready)
            QCOMPARE(signal.at(0).toString(), wanted);
    }

    void pregenerationJobFillsTheCache()
    {
        QTemporaryDir folder;
        const QString a =
            writeTemp(folder, QStringLiteral("a.jpg"), makeImage(800, 600, QStringLiteral("jpg")));
        writeTemp(folder, QStringLiteral("b.png"), makeImage(100, 50, QStringLiteral("png")));
        writeTemp(folder, QStringLiteral("notes.txt"), "not a picture");
        const QString root = m_dir.filePath(QStringLiteral("pregen"));
        ad::jobs::JobQueue queue(QStringLiteral(":memory:"));
        queue.registerKind(ad::jobs::kThumbnailKind, ad::jobs::thumbnailKind(root));
        queue.start();
        const qint64 first = queue.submit(ad::jobs::planThumbnailJob(folder.path(), false));
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 20000);
        const auto counts = queue.progress(first).counts;
        QCOMPARE(counts.done, 2);
        QCOMPARE(counts.skipped, 1); // the text file has no picture
        const XdgThumbnailCache cache(root);
        QCOMPARE(cache.load(a, XdgThumbnailCache::Size::Large).size(), QSize(256, 192));
        QVERIFY(cache.isFresh(a, XdgThumbnailCache::Size::Large));
        QVERIFY(!cache.isFresh(a, XdgThumbnailCache::Size::Normal));
        // A second run finds everything cached.
        const qint64 second = queue.submit(ad::jobs::planThumbnailJob(folder.path(), false));
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 20000);
        QCOMPARE(queue.progress(second).counts.skipped, 3);
    }

    // assetdesk-cli thumbnails: the same job into $XDG_CACHE_HOME/thumbnails, at each size.
    void cliFillsTheSharedCache()
    {
        QTemporaryDir folder;
        const QString a = writeTemp(folder, QStringLiteral("a.jpg"),
                                    makeImage(1600, 1200, QStringLiteral("jpg")));
        QDir(folder.path()).mkdir(QStringLiteral("sub"));
        const QString b = writeTemp(folder, QStringLiteral("sub/b.png"),
                                    makeImage(300, 600, QStringLiteral("png")));
        QTemporaryDir cacheHome;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome.path());
        const auto cli = [&](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ASSETDESK_CLI),
                    QStringList{QStringLiteral("thumbnails")} + args);
            p.waitForFinished(60000);
            if (out) *out = p.readAllStandardOutput() + p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out;
        QCOMPARE(cli({folder.path(), QStringLiteral("--size"), QStringLiteral("x-large"),
                      QStringLiteral("--recursive")},
                     &out),
                 0);
        QVERIFY2(out.startsWith("2 made"), out.constData());
        const XdgThumbnailCache cache(cacheHome.path() + QStringLiteral("/thumbnails"));
        QVERIFY(cache.pathFor(a, XdgThumbnailCache::Size::XLarge).contains("/x-large/"));
        QCOMPARE(cache.load(a, XdgThumbnailCache::Size::XLarge).size(), QSize(512, 384));
        QCOMPARE(cache.load(b, XdgThumbnailCache::Size::XLarge).size(), QSize(256, 512));
        QVERIFY(!cache.isFresh(a, XdgThumbnailCache::Size::Large));
        QCOMPARE(cli({folder.path(), QStringLiteral("--size"), QStringLiteral("x-large"),
                      QStringLiteral("--recursive")},
                     &out),
                 0);
        QVERIFY2(out.startsWith("0 made, 2 skipped"), out.constData());
        // Not recursive: the file below is left alone; a bad size or folder is refused.
        QCOMPARE(cli({folder.path(), QStringLiteral("--size"), QStringLiteral("normal")}, &out), 0);
        QCOMPARE(cache.load(a, XdgThumbnailCache::Size::Normal).size(), QSize(128, 96));
        QVERIFY(!cache.isFresh(b, XdgThumbnailCache::Size::Normal));
        QCOMPARE(cli({folder.path(), QStringLiteral("--size"), QStringLiteral("huge")}), 2);
        QCOMPARE(cli({folder.filePath(QStringLiteral("none"))}, &out), 1);
        QVERIFY2(out.contains("is not a folder"), out.constData());
    }
};

QTEST_GUILESS_MAIN(ThumbnailsTest)
#include "test_thumbnails.moc"
