// Fidelity numbers on known pairs: identical pictures, a photograph against its JPEG at q=50
// (PSNR and SSIM checked against this file's own plain loops over QImage pixels, decoded by Qt
// rather than libvips), alpha composited on white, an animation's first frame, different sizes,
// the amplified difference image, and the CSV and chart of a report.

#include "common/error.h"
#include "imaging/fidelity.h"
#include "storage/fidelitychart.h"
#include "storage/fidelityreport.h"
#include "support/testimages.h"

#include <QBuffer>
#include <QPainter>
#include <QTest>
#include <cmath>
#include <vips/vips8>

using namespace ad;

namespace
{

QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// SSIM as Wang et al. define it, written out: 11×11 Gaussian (σ 1.5) windows wholly inside the
// picture, per colour band, averaged.
double plainSsim(const QImage &x, const QImage &y)
{
    const QImage a = x.convertToFormat(QImage::Format_RGB888);
    const QImage b = y.convertToFormat(QImage::Format_RGB888);
    double g[11][11];
    double total = 0;
    for (int i = 0; i < 11; ++i)
        for (int j = 0; j < 11; ++j)
            total += g[i][j] = std::exp(-((i - 5) * (i - 5) + (j - 5) * (j - 5)) / (2 * 2.25));
    const double c1 = 6.5025, c2 = 58.5225;
    double sum = 0;
    int count = 0;
    for (int band = 0; band < 3; ++band)
        for (int cy = 5; cy < a.height() - 5; ++cy)
            for (int cx = 5; cx < a.width() - 5; ++cx) {
                double ma = 0, mb = 0, saa = 0, sbb = 0, sab = 0;
                for (int i = 0; i < 11; ++i)
                    for (int j = 0; j < 11; ++j) {
                        const double w = g[i][j] / total;
                        const double pa = a.constScanLine(cy + i - 5)[(cx + j - 5) * 3 + band];
                        const double pb = b.constScanLine(cy + i - 5)[(cx + j - 5) * 3 + band];
                        ma += w * pa;
                        mb += w * pb;
                        saa += w * pa * pa;
                        sbb += w * pb * pb;
                        sab += w * pa * pb;
                    }
                const double va = saa - ma * ma, vb = sbb - mb * mb, cov = sab - ma * mb;
                sum += ((2 * ma * mb + c1) * (2 * cov + c2)) /
                       ((ma * ma + mb * mb + c1) * (va + vb + c2));
                ++count;
            }
    return sum / count;
}

QImage photo(QSize size)
{
    return QImage(test::wallpaperPath(QStringLiteral("Kite")))
        .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalPictures();
    void jpegAtQuality50();
    void alphaIsCompositedOnWhite();
    void animationComparesItsFirstFrame();
    void differentSizesAreNotCompared();
    void exifRotatedReportsStoredDimensions();
    void differenceImageIsAmplified();
    void notAPictureNamesTheSide();
    void reportCsvAndChart();
    void chartFitsItsContent();
};

void TestFidelity::identicalPictures()
{
    const QByteArray png = encoded(photo({320, 240}), "PNG");
    const imaging::Fidelity f = imaging::compareEncoded(png, png);
    QCOMPARE(f.local.width, 320);
    QCOMPARE(f.cloud.height, 240);
    QCOMPARE(f.local.format, QStringLiteral("png"));
    QCOMPARE(f.cloud.bytes, qint64(png.size()));
    QVERIFY(f.sameSize());
    QCOMPARE(*f.psnr, imaging::kIdenticalPsnr);
    QVERIFY2(std::abs(*f.ssim - 1) < 1e-6, qPrintable(QString::number(*f.ssim, 'g', 10)));
    // Same pixels in another container are still identical.
    QCOMPARE(*imaging::compareEncoded(png, encoded(photo({320, 240}), "BMP")).psnr,
             imaging::kIdenticalPsnr);
}

void TestFidelity::jpegAtQuality50()
{
    const QImage original = photo({320, 240});
    const QByteArray png = encoded(original, "PNG");
    const QByteArray jpeg = encoded(original, "JPG", 50);
    const imaging::Fidelity f = imaging::compareEncoded(png, jpeg);
    QCOMPARE(f.cloud.format, QStringLiteral("jpeg"));
    QCOMPARE(f.cloud.bytes, qint64(jpeg.size()));
    const double expected = test::psnr(QImage::fromData(png), QImage::fromData(jpeg));
    QVERIFY2(expected > 25 && expected < 40, qPrintable(QString::number(expected)));
    QVERIFY2(std::abs(*f.psnr - expected) < 0.05,
             qPrintable(QStringLiteral("%1 vs %2").arg(*f.psnr).arg(expected)));
    const double ssim = plainSsim(QImage::fromData(png), QImage::fromData(jpeg));
    QVERIFY2(ssim > 0.6 && ssim < 0.99, qPrintable(QString::number(ssim)));
    QVERIFY2(std::abs(*f.ssim - ssim) < 1e-3,
             qPrintable(QStringLiteral("%1 vs %2").arg(*f.ssim).arg(ssim)));
}

void TestFidelity::alphaIsCompositedOnWhite()
{
    QImage translucent(64, 48, QImage::Format_ARGB32);
    translucent.fill(Qt::transparent);
    QPainter p(&translucent);
    p.fillRect(8, 8, 40, 30, QColor(200, 30, 30, 128));
    p.fillRect(30, 20, 30, 20, QColor(0, 0, 200));
    p.end();
    QImage onWhite(translucent.size(), QImage::Format_RGB32);
    onWhite.fill(Qt::white);
    QPainter w(&onWhite);
    w.drawImage(0, 0, translucent);
    w.end();
    const imaging::Fidelity f =
        imaging::compareEncoded(encoded(translucent, "PNG"), encoded(onWhite, "PNG"));
    QVERIFY2(*f.psnr > 45, qPrintable(QString::number(*f.psnr)));
    // On black instead it is far from the same picture.
    QImage onBlack = onWhite;
    onBlack.fill(Qt::black);
    QPainter b(&onBlack);
    b.drawImage(0, 0, translucent);
    b.end();
    QVERIFY(*imaging::compareEncoded(encoded(translucent, "PNG"), encoded(onBlack, "PNG")).psnr <
            15);
}

void TestFidelity::animationComparesItsFirstFrame()
{
    const QByteArray gif = test::makeGif(40, 30, 3); // frame i is grey 20*i
    QImage first(40, 30, QImage::Format_RGB32);
    first.fill(qRgb(0, 0, 0));
    const imaging::Fidelity f = imaging::compareEncoded(gif, encoded(first, "PNG"));
    QCOMPARE(f.local.format, QStringLiteral("gif"));
    QCOMPARE(f.local.height, 30);
    QCOMPARE(*f.psnr, imaging::kIdenticalPsnr);
}

void TestFidelity::differentSizesAreNotCompared()
{
    const QByteArray big = encoded(photo({320, 240}), "PNG");
    const QByteArray small = encoded(photo({160, 120}), "JPG", 90);
    const imaging::Fidelity f = imaging::compareEncoded(big, small);
    QVERIFY(!f.sameSize());
    QVERIFY(!f.psnr);
    QVERIFY(!f.ssim);
    QCOMPARE(f.cloud.width, 160);
    QCOMPARE(f.cloud.format, QStringLiteral("jpeg"));
    QVERIFY(imaging::differencePng(big, small).isEmpty());
}

void TestFidelity::exifRotatedReportsStoredDimensions()
{
    // Stored 200×300 with EXIF orientation 6: upright it is 300×200.
    const QByteArray stored = encoded(photo({200, 300}), "JPG", 95);
    vips::VImage image =
        vips::VImage::new_from_buffer(stored.constData(), size_t(stored.size()), "");
    image = image.copy();
    image.set("orientation", 6);
    void *buffer = nullptr;
    size_t length = 0;
    image.write_to_buffer(".jpg", &buffer, &length);
    const QByteArray rotated(static_cast<const char *>(buffer), qsizetype(length));
    g_free(buffer);
    const imaging::Fidelity same = imaging::compareEncoded(rotated, rotated);
    QCOMPARE(same.local.width, 200);
    QCOMPARE(same.local.height, 300);
    QCOMPARE(same.cloud.width, 200);
    QCOMPARE(*same.psnr, imaging::kIdenticalPsnr);
    // Against the same picture stored upright: each side's own dimensions, compared upright.
    const QByteArray upright =
        encoded(photo({200, 300}).transformed(QTransform().rotate(90)), "PNG");
    const imaging::Fidelity f = imaging::compareEncoded(rotated, upright);
    QVERIFY(f.sameSize());
    QCOMPARE(f.local.width, 200);
    QCOMPARE(f.cloud.width, 300);
    QCOMPARE(f.cloud.height, 200);
    QVERIFY2(*f.psnr > 30, qPrintable(QString::number(*f.psnr)));
    QVERIFY(!imaging::differencePng(rotated, upright).isEmpty());
}

void TestFidelity::differenceImageIsAmplified()
{
    QImage a(20, 10, QImage::Format_RGB32);
    a.fill(qRgb(100, 100, 100));
    QImage b = a;
    b.setPixel(3, 4, qRgb(110, 97, 100)); // +10 red, -3 green
    b.setPixel(15, 8, qRgb(0, 100, 250)); // beyond the clip
    const QByteArray diff = imaging::differencePng(encoded(a, "PNG"), encoded(b, "PNG"));
    const QImage d = QImage::fromData(diff, "PNG");
    QCOMPARE(d.size(), QSize(20, 10));
    QCOMPARE(d.pixel(3, 4), qRgb(80, 24, 0));
    QCOMPARE(d.pixel(15, 8), qRgb(255, 0, 255));
    QCOMPARE(d.pixel(0, 0), qRgb(0, 0, 0));
    // One pixel of 200 differs by 10 and 3: MSE = (100 + 9) / 600 per pixel of a band, plus
    // the second pixel (100² + 150²) / 600.
    const double mse = (100.0 + 9.0 + 100.0 * 100 + 150.0 * 150) / 600.0;
    QVERIFY(std::abs(*imaging::compareEncoded(encoded(a, "PNG"), encoded(b, "PNG")).psnr -
                     10 * std::log10(255.0 * 255 / mse)) < 1e-6);
}

void TestFidelity::notAPictureNamesTheSide()
{
    const QByteArray png = encoded(photo({32, 24}), "PNG");
    try {
        imaging::compareEncoded(png, "{\"format\": \"png\"}");
        QFAIL("JSON compared as a picture");
    } catch (const ProcessingError &e) {
        QCOMPARE(e.error().code, ErrorCode::InvalidImage);
        QVERIFY2(e.error().message.startsWith(QLatin1String("the cloud result is JSON")),
                 qPrintable(e.error().message));
    }
    QVERIFY_THROWS_EXCEPTION(ProcessingError, imaging::compareEncoded(png.left(40), png));
}

void TestFidelity::reportCsvAndChart()
{
    storage::FidelityReport report;
    report.minPsnr = 40;
    const imaging::PictureFacts facts{200, 150, QStringLiteral("jpeg"), 12345};
    report.rows << storage::FidelityRow{QStringLiteral("in/a,b.jpg"),
                                        QStringLiteral("style/s"),
                                        imaging::Fidelity{facts, facts, 45.5, 0.991},
                                        {},
                                        true}
                << storage::FidelityRow{QStringLiteral("in/c.jpg"),
                                        QStringLiteral("style/s"),
                                        imaging::Fidelity{facts, facts, 31.25, 0.9},
                                        {},
                                        false}
                << storage::FidelityRow{QStringLiteral("in/d.jpg"),
                                        QStringLiteral("style/s"),
                                        {},
                                        QStringLiteral("HTTP 404 NoSuchKey"),
                                        false};
    const QList<QByteArray> lines = storage::fidelityCsv(report).split('\n');
    QCOMPARE(lines.size(), 5); // header, three rows, the empty rest after the last CRLF
    QVERIFY(lines[0].startsWith("key,style,local_width"));
    QCOMPARE(lines[1], QByteArray("\"in/a,b.jpg\",style/s,200,150,jpeg,12345,200,150,jpeg,12345,"
                                  "45.50,0.99100,1,\r"));
    QCOMPARE(lines[3], QByteArray("in/d.jpg,style/s,,,,,,,,,,,0,HTTP 404 NoSuchKey\r"));
    const QList<storage::StyleSummary> summary = storage::summarise(report);
    QCOMPARE(summary.size(), 1);
    QCOMPARE(summary[0].pairs, 3);
    QCOMPARE(summary[0].passed, 1);
    QCOMPARE(summary[0].failed, 1);
    QCOMPARE(*summary[0].meanPsnr, (45.5 + 31.25) / 2);
    QCOMPARE(*summary[0].minPsnr, 31.25);
    const QByteArray svg = storage::fidelityChartSvg(report);
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("1/3 pass"));
    const QImage chart = QImage::fromData(storage::fidelityChartPng(report), "PNG");
    QVERIFY(!chart.isNull());
    QVERIFY(chart.width() >= 200 && chart.height() >= 400);
}

void TestFidelity::chartFitsItsContent()
{
    storage::FidelityReport report;
    report.minPsnr = 40;
    const imaging::PictureFacts facts{300, 200, QStringLiteral("jpeg"), 2000};
    const QStringList styles{QStringLiteral("imageMogr2/thumbnail/300x"),
                             QStringLiteral("imageMogr2/thumbnail/200x/format/webp/quality/80"),
                             QStringLiteral("style/a-rather-long-style-name-from-the-library")};
    const QList<double> psnr{41, 39.5, 99};
    for (int i = 0; i < styles.size(); ++i)
        report.rows << storage::FidelityRow{QStringLiteral("in/a.jpg"),
                                            styles[i],
                                            imaging::Fidelity{facts, facts, psnr[i], 0.99},
                                            {},
                                            psnr[i] >= 40};
    const storage::FidelityChartLayout layout = storage::fidelityChartLayout(report);
    const QImage chart = QImage::fromData(storage::fidelityChartPng(report), "PNG");
    QCOMPARE(chart.size(), QSize(layout.width, layout.height));
    const auto label = [&](const QString &prefix) {
        for (const auto &l : layout.labels)
            if (l.text.startsWith(prefix)) return l.box;
        return QRectF();
    };
    // The title, measured, fits whole; so do the threshold's label and every key line.
    const QRectF title = label(QStringLiteral("PSNR of local against cloud"));
    QVERIFY(title.width() > 200);
    QVERIFY2(chart.width() >= title.right(), qPrintable(QString::number(title.right())));
    QVERIFY(chart.width() >= label(QStringLiteral("pass: 40.0 dB")).right());
    for (int i = 0; i < styles.size(); ++i) {
        const QRectF key = label(QStringLiteral("%1: %2 (mean").arg(i + 1).arg(styles[i]));
        QVERIFY2(!key.isEmpty(), qPrintable(styles[i])); // the full name, not cut
        QVERIFY(key.right() <= chart.width() && key.bottom() <= chart.height());
    }
    QVERIFY(storage::fidelityChartSvg(report).contains(styles[2].toUtf8()));
    // No label overlaps another or a bar.
    QCOMPARE(layout.bars.size(), 3);
    for (int i = 0; i < layout.labels.size(); ++i) {
        for (int j = i + 1; j < layout.labels.size(); ++j)
            QVERIFY2(
                !layout.labels[i].box.intersects(layout.labels[j].box),
                qPrintable(layout.labels[i].text + QStringLiteral(" / ") + layout.labels[j].text));
        for (const QRectF &bar : layout.bars)
            QVERIFY2(!layout.labels[i].box.intersects(bar), qPrintable(layout.labels[i].text));
    }
    // The rendered title ends where it was measured to: ink in its last 20 pixels, none after.
    const auto darkIn = [&chart](int from, int to, const QRectF &box) {
        int dark = 0;
        for (int x = from; x < to; ++x)
            for (int y = int(box.top()); y < int(box.bottom()); ++y)
                dark += qGray(chart.pixel(x, y)) < 128;
        return dark;
    };
    QVERIFY(darkIn(int(title.right()) - 20, int(title.right()), title) > 10);
    QCOMPARE(darkIn(int(title.right()) + 4, chart.width(), title), 0);
}

QTEST_MAIN(TestFidelity)
#include "test_fidelity.moc"
