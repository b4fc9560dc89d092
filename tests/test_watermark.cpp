// Visible watermarks: image and text, placement, opacity, tiling, scaling and resolution of
// the image reference (D23, grammar 0.4).

#include "common/error.h"
#include "imaging/executor.h"
#include "imaging/vipsutil.h"
#include "style/values.h"
#include "support/testimages.h"

#include <QTest>

using namespace ad;
using namespace ad::imaging;
using namespace ad::test;

class WatermarkTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base; // 400x300 white PNG
    QString m_mark; // 40x20 solid blue PNG

    static QByteArray solid(int w, int h, QRgb c)
    {
        ensureVips();
        const vips::VImage img =
            vips::VImage::black(w, h)
                .new_from_image({double(qRed(c)), double(qGreen(c)), double(qBlue(c))})
                .cast(VIPS_FORMAT_UCHAR)
                .copy(vips::VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
        return takeBlob(img.pngsave_buffer());
    }
    static QString b64(const QString &s) { return style::encodeBase64Param(s.toUtf8()); }
    QByteArray run(const QString &processing) { return process({m_base, {}}, processing).data; }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = writeTemp(m_dir, QStringLiteral("base.png"), solid(400, 300, qRgb(255, 255, 255)));
        m_mark = writeTemp(m_dir, QStringLiteral("mark.png"), solid(40, 20, qRgb(0, 0, 255)));
    }

    void imageDefaultsToSouthEastAt90Percent()
    {
        const QByteArray out =
            run(QStringLiteral("watermark/1/image/") + b64(QStringLiteral("mark.png")));
        QCOMPARE(sizeOf(out), QSize(400, 300));
        // Opacity 90 %: 0.9*blue + 0.1*white.
        QVERIFY(near(pixel(out, 380, 290), qRgb(26, 26, 255), 2));
        QVERIFY(near(pixel(out, 355, 290), qRgb(255, 255, 255), 0)); // left of the mark
        QVERIFY(near(pixel(out, 380, 275), qRgb(255, 255, 255), 0)); // above the mark
    }

    void imagePlacementAndDissolve()
    {
        const QString mark = b64(QStringLiteral("mark.png"));
        QByteArray out =
            run(QStringLiteral("watermark/1/image/%1/gravity/northwest/dx/10/dy/30/dissolve/100")
                    .arg(mark));
        QVERIFY(near(pixel(out, 10, 30), qRgb(0, 0, 255), 0));
        QVERIFY(near(pixel(out, 49, 49), qRgb(0, 0, 255), 0));
        QVERIFY(near(pixel(out, 9, 30), qRgb(255, 255, 255), 0));
        out = run(QStringLiteral("watermark/1/image/%1/gravity/center/dx/50/dy/50/dissolve/50")
                      .arg(mark));
        QVERIFY(near(pixel(out, 200, 150), qRgb(128, 128, 255), 2)); // dx/dy ignored at centre
        // An object URL resolves to its key below the source's folder ("same bucket").
        out =
            run(QStringLiteral("watermark/1/image/%1/dissolve/100")
                    .arg(b64(QStringLiteral(
                        "http://examplebucket-1250000000.cos.ap-shanghai.myqcloud.com/mark.png"))));
        QVERIFY(near(pixel(out, 399, 299), qRgb(0, 0, 255), 0));
    }

    void imageScaling()
    {
        const QString mark = b64(QStringLiteral("mark.png"));
        // scatype 1: mark width = 500 permille of the source width = 200 px (height 100).
        QByteArray out =
            run(QStringLiteral(
                    "watermark/1/image/%1/scatype/1/spcent/500/dissolve/100/gravity/northwest")
                    .arg(mark));
        QVERIFY(near(pixel(out, 199, 99), qRgb(0, 0, 255), 0));
        QVERIFY(near(pixel(out, 202, 50), qRgb(255, 255, 255), 0));
        // blogo 1: a mark larger than the source is scaled down to fit.
        writeTemp(m_dir, QStringLiteral("huge.png"), solid(1600, 400, qRgb(0, 255, 0)));
        out = run(QStringLiteral("watermark/1/image/%1/blogo/1/dissolve/100/gravity/northwest")
                      .arg(b64(QStringLiteral("huge.png"))));
        QVERIFY(near(pixel(out, 399, 99), qRgb(0, 255, 0), 0)); // 400x100 after fitting
        QVERIFY(near(pixel(out, 200, 120), qRgb(255, 255, 255), 0));
    }

    void tiling()
    {
        const QByteArray out = run(QStringLiteral("watermark/1/image/%1/batch/1/dissolve/100")
                                       .arg(b64(QStringLiteral("mark.png"))));
        // Cells of 60x30 (mark plus half its size as spacing) repeat across the image.
        int blue = 0;
        for (int y = 5; y < 300; y += 30)
            for (int x = 5; x < 400; x += 60)
                blue += near(pixel(out, x, y), qRgb(0, 0, 255), 0) ? 1 : 0;
        QVERIFY2(blue >= 60, qPrintable(QString::number(blue)));
    }

    void text()
    {
        const QString text =
            QStringLiteral("watermark/2/text/%1/fontsize/40/fill/%2/dissolve/100/gravity/northwest")
                .arg(b64(QStringLiteral("数据万象")), b64(QStringLiteral("#FF0000")));
        const QByteArray out = run(text);
        const QImage img = decode(out);
        int red = 0;
        QRect box;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                if (near(img.pixel(x, y), qRgb(255, 0, 0), 30)) {
                    ++red;
                    box |= QRect(x, y, 1, 1);
                }
        QVERIFY2(red > 400, "CJK glyphs were drawn in the fill colour");
        QVERIFY(box.left() < 10 && box.top() < 15);      // north-west corner
        QVERIFY(box.width() > 120 && box.width() < 200); // four 40 px glyphs
        // Shadow: dark pixels appear below-right of the glyphs.
        const QByteArray shadowed = run(text + QStringLiteral("/shadow/100"));
        const QImage s = decode(shadowed);
        int dark = 0;
        for (int y = 0; y < 80; ++y)
            for (int x = 0; x < 220; ++x)
                dark += qGray(s.pixel(x, y)) < 40 ? 1 : 0;
        QVERIFY(dark > 50);
    }

    void errors()
    {
        const auto code = [this](const QString &p) {
            try {
                run(p);
            } catch (const ProcessingError &e) {
                return e.error().code;
            }
            return ErrorCode::IoError;
        };
        QCOMPARE(code(QStringLiteral("watermark/1/image/") + b64(QStringLiteral("absent.png"))),
                 ErrorCode::NotFound);
        writeTemp(m_dir, QStringLiteral("anim.gif"), makeGif(10, 10, 3));
        QCOMPARE(code(QStringLiteral("watermark/1/image/") + b64(QStringLiteral("anim.gif"))),
                 ErrorCode::UnsupportedFormat);
    }
};

QTEST_GUILESS_MAIN(WatermarkTest)
#include "test_watermark.moc"
