// Thumbnail pipeline for browsing: freedesktop disk cache (naming, metadata, invalidation by
// mtime), the asynchronous loader (delivery, memory cache, cancellation) and pre-generation
// as a background job.

#include "imaging/preview.h"
#include "imaging/thumbnailloader.h"
#include "imaging/thumbnailwriter.h"
#include "imaging/xdgthumbnails.h"
#include "jobs/thumbnailjob.h"
#include "support/testimages.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QtEndian>

using namespace ad::imaging;
using namespace ad::test;

namespace
{
// Each chunk of a PNG as "type" or, for text chunks, "type key": what the file really holds.
QStringList pngChunks(const QString &path)
{
    const QByteArray png = readFile(path);
    QStringList chunks;
    for (qsizetype at = 8; at + 8 <= png.size();) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        const QByteArray type = png.mid(at + 4, 4);
        const QByteArray data = png.mid(at + 8, length);
        chunks << QString::fromLatin1(type == "tEXt" || type.endsWith("TXt")
                                          ? type + ' ' + data.left(data.indexOf('\0'))
                                          : type);
        at += 12 + qsizetype(length);
    }
    return chunks;
}

void touch(const QString &file, int seconds)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QFileInfo(file).lastModified().addSecs(seconds),
                          QFileDevice::FileModificationTime));
}

int largestDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGBA8888);
    const QImage y = b.convertToFormat(QImage::Format_RGBA8888);
    int worst = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int i = 0; i < x.width() * 4; ++i)
            worst = std::max(worst, std::abs(x.constScanLine(row)[i] - y.constScanLine(row)[i]));
    return worst;
}
} // namespace

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
        QVERIFY(cache.isFresh(file, XdgThumbnailCache::Size::Large));

        // Touching the file invalidates the thumbnail.
        touch(file, 10);
        QVERIFY(cache.load(file, XdgThumbnailCache::Size::Large).isNull());
        QVERIFY(!cache.isFresh(file, XdgThumbnailCache::Size::Large));
    }

    // The still-picture writer puts the Thumb:: keys in tEXt, Qt zTXt for a long URI (and
    // libvips, which wrote the cache before, zTXt always): all are read, and a thumbnail stays
    // fresh only for its own file at its own modification time.
    void writtenThumbnailsAreFreshByTheirKeys()
    {
        const XdgThumbnailCache cache(m_dir.filePath(QStringLiteral("ztxt")));
        const QString file = writeTemp(m_dir, QStringLiteral("zipped keys.jpg"),
                                       makeImage(800, 600, QStringLiteral("jpg")));
        const auto large = XdgThumbnailCache::Size::Large;
        QVERIFY(!cache.isFresh(file, large));
        QCOMPARE(writeStillThumbnail(cache, file, large), StillThumbnail::Written);
        const QString png = cache.pathFor(file, large);
        const QStringList chunks = pngChunks(png);
        QVERIFY2(chunks.contains(QStringLiteral("tEXt Thumb::URI")) &&
                     chunks.contains(QStringLiteral("tEXt Thumb::MTime")) &&
                     chunks.indexOf(QStringLiteral("tEXt Thumb::MTime")) <
                         chunks.indexOf(QStringLiteral("IDAT")),
                 qPrintable(chunks.join(QLatin1Char(','))));
        // Only the keys travel: no EXIF, profile or the source's own text.
        QVERIFY(!chunks.contains(QStringLiteral("eXIf")) &&
                !chunks.contains(QStringLiteral("iCCP")));
        // Private to its owner, as the specification asks: no group or other bits.
        QCOMPARE(int(QFile::permissions(png) & 0x00ff), 0);
        QVERIFY(cache.isFresh(file, large));
        // Qt's reader (the window's load, and KDE's) takes the same keys.
        QCOMPARE(cache.load(file, large).size(), QSize(256, 192));

        // Another file with the same modification time does not take this thumbnail: its URI
        // differs.
        const QString other = writeTemp(m_dir, QStringLiteral("other.jpg"), readFile(file));
        QFile o(other);
        QVERIFY(o.open(QIODevice::ReadWrite));
        QVERIFY(o.setFileTime(QFileInfo(file).lastModified(), QFileDevice::FileModificationTime));
        o.close();
        QDir().mkpath(QFileInfo(cache.pathFor(other, large)).path());
        QVERIFY(QFile::copy(png, cache.pathFor(other, large)));
        QVERIFY(!cache.isFresh(other, large));

        touch(file, 10);
        QVERIFY(!cache.isFresh(file, large));
        QVERIFY(cache.load(file, large).isNull());

        // Qt compresses a value over 40 characters: a long name's URI is zTXt, its time tEXt.
        const QString longName =
            writeTemp(m_dir, QStringLiteral("a rather long file name for a picture.jpg"),
                      makeImage(300, 200, QStringLiteral("jpg")));
        QImage thumb(256, 170, QImage::Format_RGB32);
        thumb.fill(Qt::blue);
        QVERIFY(cache.store(longName, large, thumb));
        QVERIFY(
            pngChunks(cache.pathFor(longName, large)).contains(QStringLiteral("zTXt Thumb::URI")));
        QVERIFY(cache.isFresh(longName, large));
        touch(longName, -10);
        QVERIFY(!cache.isFresh(longName, large));

        // International text (iTXt), the URI compressed and the time plain, as a writer may
        // choose: the chunks go in front of the pixels of a PNG without keys.
        const QString itxt = writeTemp(m_dir, QStringLiteral("itxt.jpg"),
                                       makeImage(300, 200, QStringLiteral("jpg")));
        const auto chunk = [](const QByteArray &type, const QByteArray &data) {
            QByteArray c(4, '\0');
            qToBigEndian<quint32>(quint32(data.size()), c.data());
            return c + type + data + QByteArray(4, '\0'); // the reader does not check CRCs
        };
        const QByteArray uri = QUrl::fromLocalFile(itxt).toString(QUrl::FullyEncoded).toUtf8();
        const QByteArray mtime =
            QByteArray::number(QFileInfo(itxt).lastModified().toSecsSinceEpoch());
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(thumb.save(&buffer, "png"));
        const QByteArray keys =
            chunk("iTXt", QByteArray("Thumb::URI\0\1\0\0\0", 15) + qCompress(uri).mid(4)) +
            chunk("iTXt", QByteArray("Thumb::MTime\0\0\0en\0\0", 19) + mtime);
        bytes.insert(bytes.indexOf("IDAT") - 4, keys);
        QDir().mkpath(QFileInfo(cache.pathFor(itxt, large)).path());
        QFile out(cache.pathFor(itxt, large));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        out.close();
        QVERIFY(cache.isFresh(itxt, large));
        touch(itxt, 10);
        QVERIFY(!cache.isFresh(itxt, large));

        // Both keys zTXt, as libvips wrote the caches of earlier versions.
        const QString ztxt = writeTemp(m_dir, QStringLiteral("ztxt.jpg"),
                                       makeImage(300, 200, QStringLiteral("jpg")));
        const QByteArray zipped =
            chunk("zTXt",
                  QByteArray("Thumb::URI\0\0", 12) +
                      qCompress(QUrl::fromLocalFile(ztxt).toString(QUrl::FullyEncoded).toUtf8())
                          .mid(4)) +
            chunk("zTXt", QByteArray("Thumb::MTime\0\0", 14) +
                              qCompress(QByteArray::number(
                                            QFileInfo(ztxt).lastModified().toSecsSinceEpoch()))
                                  .mid(4));
        QByteArray keyless;
        QBuffer plain(&keyless);
        plain.open(QIODevice::WriteOnly);
        QVERIFY(thumb.save(&plain, "png"));
        keyless.insert(keyless.indexOf("IDAT") - 4, zipped);
        QDir().mkpath(QFileInfo(cache.pathFor(ztxt, large)).path());
        QFile zout(cache.pathFor(ztxt, large));
        QVERIFY(zout.open(QIODevice::WriteOnly) && zout.write(keyless) == keyless.size());
        zout.close();
        QVERIFY(cache.isFresh(ztxt, large));
        touch(ztxt, 10);
        QVERIFY(!cache.isFresh(ztxt, large));
    }

    // The PNG libvips writes holds the pixels vipsthumbnail makes, and those the window shows.
    void stillThumbnailsMatchVipsthumbnail()
    {
        const XdgThumbnailCache cache(m_dir.filePath(QStringLiteral("pixels")));
        const auto large = XdgThumbnailCache::Size::Large;
        for (const QString &name : {QStringLiteral("match.jpg"), QStringLiteral("match.png")}) {
            const QString file =
                writeTemp(m_dir, name, makeImage(1200, 900, QFileInfo(name).suffix()));
            QCOMPARE(writeStillThumbnail(cache, file, large), StillThumbnail::Written);
            const QImage ours(cache.pathFor(file, large));
            QCOMPARE(ours.size(), QSize(256, 192));
            const QString reference = m_dir.filePath(name + QStringLiteral(".vt.png"));
            QCOMPARE(
                run(QStringLiteral("vipsthumbnail"), {QStringLiteral("-s"), QStringLiteral("256"),
                                                      QStringLiteral("-o"), reference, file}),
                0);
            const QImage theirs(reference);
            QCOMPARE(theirs.size(), ours.size());
            QVERIFY2(largestDifference(ours, theirs) <= 2,
                     qPrintable(QString::number(largestDifference(ours, theirs))));
            const QImage shown = loadPreview(file, QSize(256, 256));
            QVERIFY(largestDifference(ours, shown) <= 2);
            // Not a flat picture: a wrong band order or a blank PNG would fail above.
            QVERIFY(ours.pixelColor(0, 0) != ours.pixelColor(255, 191));
        }
        // A photograph's PNG, and a graphic's (gradients and a flat block), is no larger than
        // Qt's writer (zlib level 2, adaptive filters) made it for the same pixels: without a
        // row filter the photograph's was half as large again, and Huffman coding alone made
        // the graphic's twice as large.
        const QString photo =
            writePhoto(m_dir, QStringLiteral("Kite"), QSize(1200, 800), QStringLiteral("kite.jpg"));
        const QString graphic = writeTemp(m_dir, QStringLiteral("graphic.png"),
                                          makeImage(1200, 900, QStringLiteral("png")));
        for (const QString &picture : {photo, graphic}) {
            QCOMPARE(writeStillThumbnail(cache, picture, large), StillThumbnail::Written);
            const QString viaQt = writeTemp(
                m_dir, QFileInfo(picture).fileName() + QStringLiteral(".qt"), readFile(picture));
            QVERIFY(cache.store(viaQt, large, QImage(cache.pathFor(picture, large))));
            const qint64 ours = QFileInfo(cache.pathFor(picture, large)).size();
            const qint64 qts = QFileInfo(cache.pathFor(viaQt, large)).size();
            QVERIFY2(ours <= qts * 21 / 20,
                     qPrintable(QStringLiteral("%1: %2 > %3").arg(picture).arg(ours).arg(qts)));
        }

        // Documents, videos and files that are no picture are left to loadPreview().
        const QString text = writeTemp(m_dir, QStringLiteral("notes.txt"), "not a picture");
        QCOMPARE(writeStillThumbnail(cache, text, large), StillThumbnail::NotStill);
        QVERIFY(!QFile::exists(cache.pathFor(text, large)));
        const QString clip = m_dir.filePath(QStringLiteral("clip.mp4"));
        QCOMPARE(writeClipWithSound(clip, 1), 0);
        QCOMPARE(writeStillThumbnail(cache, clip, large), StillThumbnail::NotStill);
        // A PDF's first page gets its paper and edge from loadPreview().
        const QString pdf =
            writeTemp(m_dir, QStringLiteral("page.pdf"),
                      "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                      "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                      "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 300]>> endobj\n"
                      "trailer <</Root 1 0 R>>\n%%EOF\n");
        QVERIFY(!loadPreview(pdf, QSize(256, 256)).isNull());
        QCOMPARE(writeStillThumbnail(cache, pdf, large), StillThumbnail::NotStill);
    }

    // A JPEG is decoded at libjpeg's scale leaving at least 1.5 for the resize (libvips' own
    // rule leaves 2): an 800x600 photograph decodes at 400x300 for 256 px, a quarter of the
    // decode, and its thumbnail stays within 40 dB of vipsthumbnail's full decode.
    void jpegsDecodeAtTheirScale()
    {
        QCOMPARE(jpegShrinkOnLoad(800, 600, 256), 2);
        QCOMPARE(jpegShrinkOnLoad(600, 800, 256), 2);
        QCOMPARE(jpegShrinkOnLoad(700, 500, 256), 1);   // 1.37 left after a halving
        QCOMPARE(jpegShrinkOnLoad(1200, 900, 256), 2);  // libvips' choice too
        QCOMPARE(jpegShrinkOnLoad(4000, 3000, 256), 8); // 1.95 left
        QCOMPARE(jpegShrinkOnLoad(256, 192, 256), 1);

        const XdgThumbnailCache cache(m_dir.filePath(QStringLiteral("scaled")));
        const auto large = XdgThumbnailCache::Size::Large;
        const QString photo = writePhoto(m_dir, QStringLiteral("Kite"), QSize(800, 600),
                                         QStringLiteral("kite800.jpg"));
        QImage shown;
        QCOMPARE(writeStillThumbnail(cache, photo, large, nullptr, nullptr, &shown),
                 StillThumbnail::Written);
        const QImage ours(cache.pathFor(photo, large));
        QCOMPARE(ours.size(), QSize(256, 192));
        QCOMPARE(largestDifference(ours, shown), 0); // the grid shows what the cache holds
        const QString reference = m_dir.filePath(QStringLiteral("kite800.vt.png"));
        QCOMPARE(run(QStringLiteral("vipsthumbnail"), {QStringLiteral("-s"), QStringLiteral("256"),
                                                       QStringLiteral("-o"), reference, photo}),
                 0);
        const QImage theirs(reference);
        QCOMPARE(theirs.size(), ours.size());
        QVERIFY2(psnr(ours, theirs) > 40, qPrintable(QString::number(psnr(ours, theirs))));
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
        // One decode fed the view and the cache: the PNG is fresh and holds the same pixels.
        const XdgThumbnailCache disk(m_dir.filePath(QStringLiteral("cache2")));
        QVERIFY(disk.isFresh(file, XdgThumbnailCache::Size::Large));
        QCOMPARE(
            largestDifference(QImage(disk.pathFor(file, XdgThumbnailCache::Size::Large)), image),
            0);
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
