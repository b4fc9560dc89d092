// Viewer decoding: every listed format at full size, EXIF orientation applied, shrink beyond
// the bound, animated GIF and WebP frames with their timing, clear errors for broken files;
// and the histogram's counts.

#include "imaging/histogram.h"
#include "imaging/viewerimage.h"
#include "support/testimages.h"

#include <QFile>
#include <QtTest>

using namespace ad;
using namespace ad::test;

class TestViewerImage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyFormatAtFullSize_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"jpg", "png", "webp", "tif", "bmp", "gif", "heic", "avif"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void everyFormatAtFullSize()
    {
        QFETCH(QString, format);
        const QString path = writeTemp(m_dir, QStringLiteral("still.") + format,
                                       makeImage(640, 400, format == "tif" ? "tiff" : format));
        const imaging::ViewerImage img = imaging::loadViewerImage(path, {8192, 8192});
        QVERIFY2(!img.isNull(), qPrintable(img.error));
        QCOMPARE(img.frames.size(), 1);
        QCOMPARE(img.frames[0].size(), QSize(640, 400));
        QCOMPARE(img.fullSize, QSize(640, 400));
        QVERIFY(!img.animated());
        // The red block sits top-left: the pixels are the picture's, not a placeholder.
        const QColor c = img.frames[0].pixelColor(10, 10);
        QVERIFY2(c.red() > 200 && c.green() < 60, qPrintable(c.name()));
    }

    void exifOrientationIsApplied()
    {
        const QString path =
            writeTemp(m_dir, QStringLiteral("turned.jpg"), makeImage(300, 200, "jpg"));
        QCOMPARE(
            run(QStringLiteral("exiv2"), {QStringLiteral("-q"), QStringLiteral("-M"),
                                          QStringLiteral("set Exif.Image.Orientation 6"), path}),
            0);
        const imaging::ViewerImage img = imaging::loadViewerImage(path, {8192, 8192});
        QCOMPARE(img.frames.value(0).size(), QSize(200, 300));
        QCOMPARE(img.fullSize, QSize(200, 300));
        // Rotated clockwise: the top-left red block is now at the top right.
        QVERIFY(img.frames[0].pixelColor(190, 10).red() > 200);
        QVERIFY(img.frames[0].pixelColor(10, 10).red() < 100);
    }

    void largeImagesShrinkOnLoad()
    {
        const QString path =
            writeTemp(m_dir, QStringLiteral("large.jpg"), makeImage(3000, 2000, "jpg"));
        const imaging::ViewerImage img = imaging::loadViewerImage(path, {1000, 1000});
        QCOMPARE(img.frames.value(0).size(), QSize(1000, 667));
        QCOMPARE(img.fullSize, QSize(3000, 2000)); // 100 % still means the original's pixels
    }

    void animatedGifKeepsFramesAndTiming()
    {
        const QString path = writeTemp(m_dir, QStringLiteral("anim.gif"), makeGif(64, 48, 5));
        const imaging::ViewerImage img = imaging::loadViewerImage(path, {8192, 8192});
        QVERIFY2(img.animated(), qPrintable(img.error));
        QCOMPARE(img.frames.size(), 5);
        QCOMPARE(img.delaysMs, QList<int>(5, 100));
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(img.frames[i].size(), QSize(64, 48));
            QVERIFY(qAbs(img.frames[i].pixelColor(32, 24).red() - 20 * i) <= 2);
        }
    }

    void animatedWebp()
    {
        const QString gif = writeTemp(m_dir, QStringLiteral("anim2.gif"), makeGif(80, 60, 4));
        const QString webp = m_dir.filePath(QStringLiteral("anim.webp"));
        QCOMPARE(
            run(QStringLiteral("vips"), {QStringLiteral("copy"), gif + QStringLiteral("[n=-1]"),
                                         webp + QStringLiteral("[lossless]")}),
            0);
        const imaging::ViewerImage img = imaging::loadViewerImage(webp, {40, 40});
        QCOMPARE(img.frames.size(), 4);
        QCOMPARE(img.frames[3].size(), QSize(40, 30)); // frames shrink together
        QCOMPARE(img.fullSize, QSize(80, 60));
        QCOMPARE(img.delaysMs.size(), 4);
        QVERIFY(qAbs(img.frames[3].pixelColor(20, 15).green() - 60) <= 3);
    }

    void brokenFilesGiveErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray jpg = makeImage(400, 300, "jpg");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated jpeg") << jpg.left(200);
        QTest::newRow("text") << QByteArray("this is not a picture\n");
    }
    void brokenFilesGiveErrors()
    {
        QFETCH(QByteArray, bytes);
        const QString path = writeTemp(m_dir, QStringLiteral("broken.jpg"), bytes);
        const imaging::ViewerImage img = imaging::loadViewerImage(path, {8192, 8192});
        QVERIFY(img.isNull());
        QVERIFY(!img.error.isEmpty());
    }

    void histogramCounts()
    {
        QImage image(10, 10, QImage::Format_RGB32);
        image.fill(QColor(0, 0, 255));
        for (int i = 0; i < 30; ++i)
            image.setPixelColor(i % 10, i / 10, QColor(255, 0, 0));
        const imaging::Histogram h = imaging::histogramOf(image);
        QCOMPARE(h.red[255], 30u);
        QCOMPARE(h.red[0], 70u);
        QCOMPARE(h.blue[255], 70u);
        QCOMPARE(h.green[0], 100u);
        QCOMPARE(h.luma[54], 30u); // Rec. 709: 0.2126 of 255
        QCOMPARE(h.luma[19], 70u); // 0.0722 of 255
        QCOMPARE(h.peak(), 100u);
    }
};

QTEST_GUILESS_MAIN(TestViewerImage)
#include "test_viewerimage.moc"
