// What the Inspector shows beyond name and size, read by the core: a picture's header, a
// clip's streams, a PDF's pages, and for several files whether they differ. The reads run on
// the core's background pool, never on Qt's global pool, which Qt's raster engine paints on.

#include "assets/assetdetails.h"
#include "common/background.h"
#include "support/testimages.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSemaphore>
#include <QTest>

using namespace ad;
using namespace ad::test;

class AssetDetailsTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void pictureHeader()
    {
        const QString jpeg = writeTemp(m_dir, "a.jpg", makeImage(640, 480, "jpg"));
        const assets::AssetDetails d = assets::readAssetDetailsAsync(jpeg).result();
        QVERIFY(d.probe.ok);
        QCOMPARE(d.probe.format, QStringLiteral("jpeg"));
        QCOMPARE(d.probe.size, QSize(640, 480));
        QCOMPARE(d.pages, 0);
        QVERIFY(d.video.isNull());
        QVERIFY(!d.several);
    }

    void pdfPages()
    {
        const QString pdf = m_dir.filePath("three.pdf");
        {
            QPdfWriter writer(pdf);
            QPainter painter(&writer);
            for (int i = 0; i < 3; ++i) {
                if (i > 0) writer.newPage();
                painter.fillRect(100, 100, 200 * (i + 1), 100, Qt::black);
            }
        }
        const assets::AssetDetails d = assets::readAssetDetails(pdf);
        QCOMPARE(d.probe.format, QStringLiteral("pdf"));
        QCOMPARE(d.pages, 3);
    }

    void clipStreams()
    {
        const QString clip = m_dir.filePath("clip.mp4");
        QCOMPARE(writeClipWithSound(clip, 2), 0);
        const assets::AssetDetails d = assets::readAssetDetails(clip);
        QVERIFY(!d.media.isEmpty());
        QCOMPARE(d.video.size, QSize(320, 240));
        QCOMPARE(d.video.videoCodec, QStringLiteral("h264"));
        QCOMPARE(d.video.audioCodec, QStringLiteral("aac"));
        QVERIFY(qAbs(d.video.seconds - 2.0) < 0.1);
    }

    void severalFilesSayWhatDiffers()
    {
        const QString a = writeTemp(m_dir, "s1.png", makeImage(100, 50, "png"));
        const QString b = writeTemp(m_dir, "s2.png", makeImage(100, 50, "png"));
        const QString c = writeTemp(m_dir, "s3.png", makeImage(80, 50, "png"));
        const QString d = writeTemp(m_dir, "s4.jpg", makeImage(100, 50, "jpg"));
        const assets::AssetDetails same = assets::readCommonDetails({a, b});
        QVERIFY(same.several);
        QVERIFY(!same.mixedFormat && !same.mixedSize);
        QCOMPARE(same.probe.size, QSize(100, 50));
        const assets::AssetDetails sizes = assets::readCommonDetails({a, b, c});
        QVERIFY(!sizes.mixedFormat && sizes.mixedSize);
        const assets::AssetDetails formats = assets::readCommonDetailsAsync({a, d}).result();
        QVERIFY(formats.mixedFormat && !formats.mixedSize);
    }

    void readsStayOffQtsGlobalPool()
    {
        QVERIFY(&background::pool() != QThreadPool::globalInstance());
        QVERIFY(background::pool().maxThreadCount() >= 2);
        // Two slow reads in the background leave Qt's pool free: a task there still runs.
        QSemaphore release;
        QFuture<int> slow1 = background::run([&] { return release.acquire(), 1; });
        QFuture<int> slow2 = background::run([&] { return release.acquire(), 2; });
        QTRY_COMPARE(background::pool().activeThreadCount(), 2);
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        QVERIFY(QtConcurrent::run([] { return 3; }).result() == 3);
        release.release(2);
        QCOMPARE(slow1.result() + slow2.result(), 3);
    }
};

QTEST_GUILESS_MAIN(AssetDetailsTest)
#include "test_assetdetails.moc"
