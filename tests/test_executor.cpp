// Every imageMogr2/imageView2 operation executed on generated images: sizes, formats, pixels,
// and references from ImageMagick or vips where the semantics match.

#include "common/error.h"
#include "imaging/executor.h"
#include "imaging/vipsutil.h"
#include "support/testimages.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtConcurrent>
#include <numeric>

using namespace ad;
using namespace ad::imaging;
using namespace ad::test;

class ExecutorTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_jpeg; // 960x540, quality 90
    QByteArray m_png;  // 400x300
    QString m_jpegPath;
    QString m_pngPath;

    ProcessResult run(const QByteArray &in, const QString &processing)
    {
        return process({QString(), in}, processing);
    }
    static ErrorCode failure(const QByteArray &in, const QString &processing)
    {
        try {
            process({QString(), in}, processing);
        } catch (const ProcessingError &e) {
            return e.error().code;
        }
        return ErrorCode::IoError; // the tests never expect this one
    }
    // Writes the reference tool's output to a temp file and reads it back.
    QByteArray reference(const QString &tool, QStringList args, const QString &outName)
    {
        const QString out = m_dir.filePath(outName);
        args << out;
        if (test::run(tool, args) != 0) return {};
        QFile f(out);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_jpeg = makeImage(960, 540, QStringLiteral("jpg"), 90);
        m_png = makeImage(400, 300, QStringLiteral("png"));
        m_jpegPath = writeTemp(m_dir, QStringLiteral("source.jpg"), m_jpeg);
        m_pngPath = writeTemp(m_dir, QStringLiteral("source.png"), m_png);
    }

    // A video is not a picture: the answer is CI's, never the words of the decoder that
    // mistook its first bytes for an image (ImageMagick reads an MP4 as TGA).
    void videosAreNotPictures()
    {
        const QString video = m_dir.filePath(QStringLiteral("clip.mp4"));
        QCOMPARE(test::run(QStringLiteral("ffmpeg"),
                           {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                            QStringLiteral("testsrc=size=160x90:rate=10:duration=1"),
                            QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), video}),
                 0);
        try {
            process({video, {}}, QStringLiteral("imageMogr2/thumbnail/100x"));
            QFAIL("a video was processed as a picture");
        } catch (const ProcessingError &e) {
            QCOMPARE(e.error().code, ErrorCode::InvalidImage);
            QCOMPARE(e.error().message,
                     QStringLiteral("input is not an image in a supported format"));
        }
    }

    void thumbnailSizes_data()
    {
        QTest::addColumn<QString>("processing");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("!50p") << "imageMogr2/thumbnail/!50p" << QSize(480, 270);
        QTest::newRow("!50px") << "imageMogr2/thumbnail/!50px" << QSize(480, 540);
        QTest::newRow("!x50p") << "imageMogr2/thumbnail/!x50p" << QSize(960, 270);
        QTest::newRow("500x") << "imageMogr2/thumbnail/500x" << QSize(500, 281);
        QTest::newRow("x500") << "imageMogr2/thumbnail/x500" << QSize(889, 500);
        QTest::newRow("fit") << "imageMogr2/thumbnail/500x500" << QSize(500, 281);
        QTest::newRow("fit enlarges") << "imageMogr2/thumbnail/1920x1920" << QSize(1920, 1080);
        QTest::newRow(">") << "imageMogr2/thumbnail/2000x2000>" << QSize(960, 540);
        QTest::newRow("<") << "imageMogr2/thumbnail/1920x1080<" << QSize(1920, 1080);
        QTest::newRow("cover") << "imageMogr2/thumbnail/!500x500r" << QSize(889, 500);
        QTest::newRow("exact") << "imageMogr2/thumbnail/300x300!" << QSize(300, 300);
        QTest::newRow("area") << "imageMogr2/thumbnail/100000@" << QSize(421, 237);
        QTest::newRow("pad") << "imageMogr2/thumbnail/600x600/pad/1" << QSize(600, 600);
        QTest::newRow("view1") << "imageView2/1/w/400/h/600" << QSize(400, 600);
        QTest::newRow("view2") << "imageView2/2/w/500/h/400" << QSize(500, 281);
        QTest::newRow("view3") << "imageView2/3/w/500/h/400" << QSize(711, 400);
        QTest::newRow("view4") << "imageView2/4/w/600/h/200" << QSize(600, 338);
        QTest::newRow("view5") << "imageView2/5/w/400/h/300" << QSize(400, 300);
        QTest::newRow("two stages")
            << "imageMogr2/thumbnail/!50p|imageMogr2/thumbnail/!50p" << QSize(240, 135);
        QTest::newRow("thumbnail after rotate")
            << "imageMogr2/rotate/90/thumbnail/x480" << QSize(270, 480);
    }

    void thumbnailSizes()
    {
        QFETCH(QString, processing);
        QFETCH(QSize, expected);
        const ProcessResult r = run(m_jpeg, processing);
        QCOMPARE(r.size, expected);
        QCOMPARE(sizeOf(r.data), expected);
        QCOMPARE(loaderOf(r.data), QStringLiteral("jpegload_buffer"));
    }

    void thumbnailMatchesVips()
    {
        const ProcessResult r = run(m_jpeg, QStringLiteral("imageMogr2/thumbnail/480x/format/png"));
        const QByteArray ref = reference(
            QStringLiteral("vipsthumbnail"),
            {m_jpegPath, QStringLiteral("--size"), QStringLiteral("480x"), QStringLiteral("-o")},
            QStringLiteral("ref.png"));
        QVERIFY(!ref.isEmpty());
        QCOMPARE(sizeOf(r.data), sizeOf(ref));
        QVERIFY2(psnr(decode(r.data), decode(ref)) > 35, "thumbnail differs from vips thumbnail");
    }

    void padFillsWithColour()
    {
        // 960x540 fitted into 600x600 gives 600x338 centred: bands of 131 px above and below.
        const ProcessResult r =
            run(m_jpeg,
                QStringLiteral("imageMogr2/thumbnail/600x600/pad/1/color/I0ZGMDAwMA/format/png"));
        QVERIFY(near(pixel(r.data, 300, 10), qRgb(255, 0, 0), 2));
        QVERIFY(near(pixel(r.data, 300, 590), qRgb(255, 0, 0), 2));
        QVERIFY(!near(pixel(r.data, 300, 300), qRgb(255, 0, 0), 40));
        const ProcessResult white =
            run(m_jpeg, QStringLiteral("imageMogr2/thumbnail/600x600/pad/1/format/png"));
        QVERIFY(near(pixel(white.data, 300, 5), qRgb(255, 255, 255), 2));
        QCOMPARE(failure(m_jpeg, QStringLiteral("imageMogr2/thumbnail/600x/pad/1")),
                 ErrorCode::InvalidArgument);
    }

    void cutAndCrop()
    {
        // The red block covers the top-left 240x135 of the source.
        ProcessResult r = run(m_png, QStringLiteral("imageMogr2/cut/50x40x10x20"));
        QCOMPARE(r.size, QSize(50, 40));
        QVERIFY(near(pixel(r.data, 0, 0), qRgb(255, 0, 0), 0));
        r = run(m_png, QStringLiteral("imageMogr2/crop/100x50/gravity/southeast"));
        QCOMPARE(r.size, QSize(100, 50));
        // Bottom-right pixel of the source: red = 255 (x gradient end), green = 255.
        const QRgb br = pixel(r.data, 99, 49);
        QVERIFY(qRed(br) >= 254 && qGreen(br) >= 254);
        r = run(m_png, QStringLiteral("imageMogr2/crop/300x/gravity/center"));
        QCOMPARE(r.size, QSize(300, 300));
        QCOMPARE(failure(m_png, QStringLiteral("imageMogr2/crop/401x")),
                 ErrorCode::InvalidArgument);
        QCOMPARE(failure(m_png, QStringLiteral("imageMogr2/cut/10x10x400x0")),
                 ErrorCode::InvalidArgument);
    }

    void cropMatchesImageMagick()
    {
        const ProcessResult r = run(m_png, QStringLiteral("imageMogr2/crop/120x80/gravity/center"));
        const QByteArray ref = reference(QStringLiteral("convert"),
                                         {m_pngPath, QStringLiteral("-gravity"),
                                          QStringLiteral("center"), QStringLiteral("-crop"),
                                          QStringLiteral("120x80+0+0"), QStringLiteral("+repage")},
                                         QStringLiteral("crop.png"));
        QCOMPARE(psnr(decode(r.data), decode(ref)), std::numeric_limits<double>::infinity());
    }

    void circleAndRoundedCorners()
    {
        ProcessResult r = run(m_png, QStringLiteral("imageMogr2/iradius/100"));
        QCOMPARE(r.size, QSize(200, 200));
        QCOMPARE(qAlpha(pixel(r.data, 0, 0)), 0);       // outside the circle: transparent (PNG)
        QCOMPARE(qAlpha(pixel(r.data, 100, 100)), 255); // centre: opaque
        r = run(m_png, QStringLiteral("imageMogr2/iradius/100/format/jpg"));
        QVERIFY(near(pixel(r.data, 1, 1), qRgb(255, 255, 255), 3)); // JPEG: white outside (D8)
        r = run(m_png, QStringLiteral("imageMogr2/rradius/50"));
        QCOMPARE(r.size, QSize(400, 300));
        QCOMPARE(qAlpha(pixel(r.data, 0, 0)), 0);
        QCOMPARE(qAlpha(pixel(r.data, 200, 150)), 255);
        QCOMPARE(qAlpha(pixel(r.data, 60, 0)), 255); // straight edge between the corners
        QCOMPARE(failure(m_png, QStringLiteral("imageMogr2/iradius/150")),
                 ErrorCode::InvalidArgument);
        QCOMPARE(failure(makeGif(100, 100, 2), QStringLiteral("imageMogr2/iradius/20")),
                 ErrorCode::UnsupportedFormat);
    }

    void rotateAndFlip()
    {
        ProcessResult r = run(m_png, QStringLiteral("imageMogr2/rotate/90"));
        QCOMPARE(r.size, QSize(300, 400));
        // Clockwise: the red top-left block ends up top-right.
        QVERIFY(near(pixel(r.data, 299, 0), qRgb(255, 0, 0), 0));
        r = run(m_png, QStringLiteral("imageMogr2/rotate/270"));
        QVERIFY(near(pixel(r.data, 0, 399), qRgb(255, 0, 0), 0));
        r = run(m_png, QStringLiteral("imageMogr2/rotate/180"));
        QVERIFY(near(pixel(r.data, 399, 299), qRgb(255, 0, 0), 0));
        r = run(m_png, QStringLiteral("imageMogr2/rotate/360"));
        QCOMPARE(r.size, QSize(400, 300));
        // 30 degrees: bounding box of the rotated rectangle (D9), transparent corners for PNG.
        r = run(m_png, QStringLiteral("imageMogr2/rotate/30"));
        QVERIFY(std::abs(r.size.width() - 496) <= 2 && std::abs(r.size.height() - 460) <= 2);
        QCOMPARE(qAlpha(pixel(r.data, 0, 0)), 0);
        r = run(m_jpeg, QStringLiteral("imageMogr2/rotate/30"));
        QVERIFY(near(pixel(r.data, 2, 2), qRgb(255, 255, 255), 4));
        r = run(m_png, QStringLiteral("imageMogr2/flip/horizontal"));
        QVERIFY(near(pixel(r.data, 399, 0), qRgb(255, 0, 0), 0));
        r = run(m_png, QStringLiteral("imageMogr2/flip/vertical"));
        QVERIFY(near(pixel(r.data, 0, 299), qRgb(255, 0, 0), 0));
    }

    void autoOrientOnlyWhenAsked()
    {
        // A landscape JPEG tagged Orientation 6 (rotate 90° clockwise to display).
        const QString tagged = writeTemp(m_dir, QStringLiteral("tagged.jpg"), m_jpeg);
        QCOMPARE(test::run(QStringLiteral("exiv2"),
                           {QStringLiteral("-q"), QStringLiteral("-M"),
                            QStringLiteral("set Exif.Image.Orientation 6"), tagged}),
                 0);
        const ProcessResult plain =
            process({tagged, {}}, QStringLiteral("imageMogr2/thumbnail/!50p"));
        QCOMPARE(plain.size, QSize(480, 270)); // D26: orientation ignored without auto-orient
        const ProcessResult upright = process(
            {tagged, {}}, QStringLiteral("imageMogr2/auto-orient/thumbnail/!50p/format/png"));
        QCOMPARE(upright.size, QSize(270, 480));
        QVERIFY(near(pixel(upright.data, 269, 0), qRgb(255, 0, 0), 12)); // red block now top-right
        const ProcessResult late =
            process({tagged, {}}, QStringLiteral("imageMogr2/crop/200x100/auto-orient"));
        QCOMPARE(late.size, QSize(100, 200));
    }

    void blurMatchesImageMagick()
    {
        const ProcessResult r = run(m_png, QStringLiteral("imageMogr2/blur/5x2/format/png"));
        const QByteArray ref = reference(
            QStringLiteral("convert"), {m_pngPath, QStringLiteral("-blur"), QStringLiteral("5x2")},
            QStringLiteral("blur.png"));
        QCOMPARE(r.size, QSize(400, 300));
        QVERIFY2(psnr(decode(r.data), decode(ref)) > 30, "blur differs from ImageMagick -blur 5x2");
        // The sharp right edge of the red block (x = 100) is softened.
        QCOMPARE(pixel(m_png, 98, 30), qRgb(255, 0, 0));
        const QRgb blurred = pixel(r.data, 98, 30);
        QVERIFY(qGreen(blurred) > 10 || qRed(blurred) < 245);
    }

    void brightnessAndContrastMatchImageMagick_data()
    {
        QTest::addColumn<QString>("processing");
        QTest::addColumn<QString>("magick");
        QTest::newRow("bright +30") << "imageMogr2/bright/30"
                                    << "30x0";
        QTest::newRow("bright -40") << "imageMogr2/bright/-40"
                                    << "-40x0";
        QTest::newRow("contrast +50") << "imageMogr2/contrast/50"
                                      << "0x50";
        QTest::newRow("contrast -60") << "imageMogr2/contrast/-60"
                                      << "0x-60";
    }

    void brightnessAndContrastMatchImageMagick()
    {
        QFETCH(QString, processing);
        QFETCH(QString, magick);
        const ProcessResult r = run(m_png, processing);
        const QByteArray ref = reference(
            QStringLiteral("convert"), {m_pngPath, QStringLiteral("-brightness-contrast"), magick},
            QStringLiteral("bc.png"));
        QVERIFY2(psnr(decode(r.data), decode(ref)) > 38, qPrintable(processing));
        QVERIFY(psnr(decode(r.data), decode(m_png)) < 30);
    }

    void sharpenGrowsWithValue()
    {
        const QImage src = decode(m_png);
        const double soft =
            psnr(decode(run(m_png, QStringLiteral("imageMogr2/sharpen/10")).data), src);
        const double hard =
            psnr(decode(run(m_png, QStringLiteral("imageMogr2/sharpen/300")).data), src);
        QVERIFY2(soft > hard, "sharpen/300 should change the image more than sharpen/10");
        QVERIFY(hard < 40);
    }

    void grayscale()
    {
        const ProcessResult r = run(m_png, QStringLiteral("imageMogr2/grayscale/1"));
        const QRgb p = pixel(r.data, 300, 200);
        QCOMPARE(qRed(p), qGreen(p));
        QCOMPARE(qGreen(p), qBlue(p));
        const QByteArray ref =
            reference(QStringLiteral("convert"),
                      {m_pngPath, QStringLiteral("-fx"), QStringLiteral("0.299*r+0.587*g+0.114*b")},
                      QStringLiteral("gray.png"));
        QVERIFY(psnr(decode(r.data), decode(ref)) > 45);
        QCOMPARE(qRed(pixel(r.data, 10, 10)), 76); // pure red: Rec.601 luma 0.299*255
        const ProcessResult off = run(m_png, QStringLiteral("imageMogr2/grayscale/0"));
        QVERIFY(psnr(decode(off.data), decode(m_png)) > 60);
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("loader");
        QTest::newRow("jpg") << "jpg"
                             << "jpegload_buffer";
        QTest::newRow("png") << "png"
                             << "pngload_buffer";
        QTest::newRow("webp") << "webp"
                              << "webpload_buffer";
        QTest::newRow("gif") << "gif"
                             << "gifload_buffer";
        QTest::newRow("bmp") << "bmp"
                             << "magickload_buffer";
        QTest::newRow("heif") << "heif"
                              << "heifload_buffer";
        QTest::newRow("avif") << "avif"
                              << "heifload_buffer";
    }

    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QString, loader);
        const ProcessResult r =
            run(m_png, QStringLiteral("imageMogr2/thumbnail/200x/format/") + format);
        QCOMPARE(loaderOf(r.data), loader);
        QCOMPARE(sizeOf(r.data), QSize(200, 150));
        QVERIFY(psnr(decode(r.data),
                     decode(run(m_png, QStringLiteral("imageMogr2/thumbnail/200x")).data)) > 24);
        if (format == QLatin1String("bmp")) QVERIFY(r.data.startsWith("BM"));
    }

    void cloudOnlyFormatsAreRefused()
    {
        for (const char *f : {"tpg", "yjpeg", "svgc"})
            QCOMPARE(failure(m_png, QStringLiteral("imageMogr2/format/") + QLatin1String(f)),
                     ErrorCode::UnsupportedLocally);
    }

    void interlace()
    {
        const ProcessResult progressive = run(m_jpeg, QStringLiteral("imageMogr2/interlace/1"));
        const ProcessResult baseline = run(m_jpeg, QStringLiteral("imageMogr2/interlace/0"));
        QVERIFY(progressive.data.contains("\xFF\xC2")); // SOF2: progressive
        QVERIFY(!baseline.data.contains("\xFF\xC2"));
        // Ignored for PNG output.
        QCOMPARE(loaderOf(run(m_png, QStringLiteral("imageMogr2/interlace/1")).data),
                 QStringLiteral("pngload_buffer"));
    }

    void stripRemovesExif()
    {
        const QString tagged = writeTemp(m_dir, QStringLiteral("exif.jpg"), m_jpeg);
        test::run(QStringLiteral("exiv2"), {QStringLiteral("-q"), QStringLiteral("-M"),
                                            QStringLiteral("set Exif.Image.Make Tester"), tagged});
        const ProcessResult kept =
            process({tagged, {}}, QStringLiteral("imageMogr2/thumbnail/100x"));
        const ProcessResult stripped =
            process({tagged, {}}, QStringLiteral("imageMogr2/thumbnail/100x/strip"));
        QVERIFY(kept.data.contains("Tester"));
        QVERIFY(!stripped.data.contains("Tester"));
        QVERIFY(!stripped.data.contains("Exif"));
    }

    void animatedGifKeepsFrames()
    {
        const QByteArray gif = makeGif(120, 80, 12);
        ProcessResult r = run(gif, QStringLiteral("imageMogr2/thumbnail/60x"));
        QCOMPARE(r.frames, 12);
        QCOMPARE(framesOf(r.data), 12);
        QCOMPARE(r.size, QSize(60, 40));
        r = run(gif, QStringLiteral("imageMogr2/crop/50x50/gravity/center|imageMogr2/rotate/90"));
        QCOMPARE(framesOf(r.data), 12);
        QCOMPARE(r.size, QSize(50, 50));
        r = run(gif, QStringLiteral("imageMogr2/format/webp"));
        QCOMPARE(framesOf(r.data), 12);
        r = run(gif, QStringLiteral("imageMogr2/format/png")); // static target: first frame
        QCOMPARE(framesOf(r.data), 1);
        QCOMPARE(sizeOf(r.data), QSize(120, 80));
    }

    void cgifReducesFrames()
    {
        const QByteArray gif = makeGif(40, 40, 40);
        QCOMPARE(run(gif, QStringLiteral("imageMogr2/cgif/1")).frames, 30); // default 30 (D16)
        QCOMPARE(run(gif, QStringLiteral("imageMogr2/cgif/8")).frames, 8);
        QCOMPARE(run(gif, QStringLiteral("imageMogr2/cgif/100")).frames, 40); // fewer: all kept
        // Evenly sampled, delays merged: 8 frames of 5 x 100 ms each keep the 4 s total.
        const QByteArray reduced = run(gif, QStringLiteral("imageMogr2/cgif/8")).data;
        imaging::ensureVips();
        const vips::VImage img = vips::VImage::new_from_buffer(
            reduced.constData(), size_t(reduced.size()), "", vips::VImage::option()->set("n", -1));
        const std::vector<int> delays = img.get_array_int("delay");
        QCOMPARE(int(delays.size()), 8);
        QCOMPARE(std::accumulate(delays.begin(), delays.end(), 0), 4000);
        // Not a GIF source: cgif does nothing.
        QCOMPARE(run(m_png, QStringLiteral("imageMogr2/cgif/2/format/webp")).frames, 1);
    }

    void limits()
    {
        // 30001 px wide: over the side limit (header only; nothing large is decoded).
        const QByteArray wide = makeImage(30001, 2, QStringLiteral("png"));
        QCOMPARE(failure(wide, QStringLiteral("imageMogr2/thumbnail/100x")),
                 ErrorCode::ImageTooLarge);
        // size-limit raises the side limit to 50000.
        QCOMPARE(
            run(wide, QStringLiteral("imageMogr2/thumbnail/100x/format/jpg/size-limit/100k")).size,
            QSize(100, 1));
        // Result over 9999 px, as a parameter and as an actual size (D10).
        QCOMPARE(failure(m_jpeg,
                         QStringLiteral("imageMogr2/thumbnail/!1000p|imageMogr2/thumbnail/!200p")),
                 ErrorCode::OutputTooLarge);
        QCOMPARE(failure(m_jpeg, QStringLiteral("imageView2/3/w/9999/h/9999")),
                 ErrorCode::OutputTooLarge);
        QCOMPARE(run(m_jpeg, QStringLiteral("imageMogr2/thumbnail/9999x")).size, QSize(9999, 5624));
        // GIF over 300 frames.
        QCOMPARE(failure(makeGif(4, 4, 301), QStringLiteral("imageMogr2/thumbnail/2x")),
                 ErrorCode::ImageTooLarge);
        // Over 32 MB.
        QCOMPARE(failure(QByteArray(33 * 1024 * 1024, 'x'), QStringLiteral("imageInfo")),
                 ErrorCode::FileTooLarge);
        // Not an image; truncated image.
        QCOMPARE(failure(QByteArray("definitely not an image"), QStringLiteral("imageInfo")),
                 ErrorCode::InvalidImage);
        QCOMPARE(
            failure(m_jpeg.left(m_jpeg.size() / 2), QStringLiteral("imageMogr2/thumbnail/100x")),
            ErrorCode::InvalidImage);
        // Missing file.
        try {
            process({m_dir.filePath(QStringLiteral("missing.jpg")), {}},
                    QStringLiteral("imageInfo"));
            QFAIL("no error");
        } catch (const ProcessingError &e) {
            QCOMPARE(e.error().code, ErrorCode::NotFound);
        }
    }

    void ignoreErrorPassesTheStageThrough()
    {
        // D25: the failing stage (17776x9999) is skipped, the rest of the pipeline runs. Small
        // sizes around it: a 9600x5400 detour costs more than the 30 s time budget under load.
        ProcessResult r =
            run(m_jpeg, QStringLiteral("imageMogr2/thumbnail/!50p|imageMogr2/thumbnail/x9999/"
                                       "ignore-error/1|imageMogr2/thumbnail/!50p"));
        QCOMPARE(r.size, QSize(240, 135));
        QVERIFY(!r.warnings.isEmpty());
        r = run(m_png, QStringLiteral("imageMogr2/crop/500x/ignore-error/1"));
        QCOMPARE(r.size, QSize(400, 300));
        // Oversized input with ignore-error: the original comes back unchanged.
        const QByteArray wide = makeImage(30001, 2, QStringLiteral("png"));
        QCOMPARE(run(wide, QStringLiteral("imageMogr2/thumbnail/100x/ignore-error/1")).data, wide);
        // Syntax errors are still errors.
        QCOMPARE(failure(m_png, QStringLiteral("imageMogr2/thumbnail/abc/ignore-error/1")),
                 ErrorCode::InvalidArgument);
    }

    void errorsNameTheStage()
    {
        const QString text = QStringLiteral("imageMogr2/thumbnail/!50p|imageMogr2/crop/5000x");
        try {
            run(m_jpeg, text);
            QFAIL("no error");
        } catch (const ProcessingError &e) {
            QCOMPARE(text.mid(e.error().offset, e.error().length), QStringLiteral("crop/5000x"));
        }
    }

    void scropReturnsOriginalWithoutFaces()
    {
        const ProcessResult r = run(m_png, QStringLiteral("imageMogr2/scrop/100x100"));
        QCOMPARE(r.size, QSize(400, 300));
        QVERIFY(!r.warnings.isEmpty());
    }

    void stylesResolve()
    {
        ProcessOptions options;
        options.styles = [](const QString &name) -> std::optional<QString> {
            if (name == QLatin1String("half")) return QStringLiteral("imageMogr2/thumbnail/!50p");
            return std::nullopt;
        };
        QCOMPARE(process({QString(), m_jpeg}, QStringLiteral("style/half|imageMogr2/format/png"),
                         options)
                     .size,
                 QSize(480, 270));
    }

    void concurrentCallsAgree()
    {
        // Thread safety: the same work on many threads gives identical bytes.
        const QString processing = QStringLiteral("imageMogr2/thumbnail/300x/rotate/45/format/png");
        const QByteArray expected = run(m_jpeg, processing).data;
        QList<QFuture<QByteArray>> futures;
        for (int i = 0; i < 8; ++i)
            futures << QtConcurrent::run(
                [this, processing] { return run(m_jpeg, processing).data; });
        for (auto &f : futures)
            QCOMPARE(f.result(), expected);
    }

    // A render stopped from another thread while libvips computes its pixels ends with
    // "cancelled"; an untouched token changes nothing.
    void renderCanBeCancelled()
    {
        const QByteArray big = makeImage(2400, 1800, QStringLiteral("png"));
        const QString heavy = QStringLiteral("imageMogr2/blur/40x30/blur/40x30/rotate/33");
        ProcessOptions options;
        options.cancel = std::make_shared<RenderCancel>();
        QElapsedTimer full;
        full.start();
        QVERIFY(!process({QString(), big}, heavy, options).data.isEmpty());
        const qint64 fullMs = full.elapsed();

        options.cancel = std::make_shared<RenderCancel>();
        const auto cancel = options.cancel;
        QFuture<QString> f = QtConcurrent::run([&] {
            try {
                process({QString(), big}, heavy, options);
                return QStringLiteral("finished");
            } catch (const ProcessingError &e) {
                return e.error().message;
            }
        });
        QTest::qWait(int(fullMs / 5));
        cancel->cancel();
        // Had it run to the end it would say "finished": it stopped part way.
        QCOMPARE(f.result(), QStringLiteral("cancelled"));
        // Cancelled before it starts: it does not start.
        QVERIFY_THROWS_EXCEPTION(ProcessingError, process({QString(), big}, heavy, options));
    }
};

QTEST_GUILESS_MAIN(ExecutorTest)
#include "test_executor.moc"
