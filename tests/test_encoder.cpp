// Output encoding: quality family semantics (D11, D12), size-limit (D20), JPEG quality estimate.

#include "common/error.h"
#include "imaging/encoder.h"
#include "imaging/executor.h"
#include "imaging/jpegquality.h"
#include "support/testimages.h"

#include <QTest>

using namespace ad;
using namespace ad::imaging;
using namespace ad::test;

class EncoderTest : public QObject
{
    Q_OBJECT

    static int qualityOf(const QByteArray &jpeg) { return estimateJpegQuality(jpeg).value_or(-1); }
    static QByteArray run(const QByteArray &in, const QString &processing)
    {
        return process({QString(), in}, processing).data;
    }

private Q_SLOTS:
    void estimatesIjgQuality_data()
    {
        QTest::addColumn<int>("quality");
        for (int q : {10, 30, 50, 64, 75, 80, 85, 90, 95, 100})
            QTest::newRow(qPrintable(QString::number(q))) << q;
    }

    void estimatesIjgQuality()
    {
        QFETCH(int, quality);
        QCOMPARE(qualityOf(makeImage(64, 64, QStringLiteral("jpg"), quality)), quality);
    }

    void estimateRejectsNonJpeg()
    {
        QVERIFY(!estimateJpegQuality(makeImage(8, 8, QStringLiteral("png"))));
        QVERIFY(!estimateJpegQuality(QByteArray("\xFF\xD8\xFF", 3)));
        QVERIFY(!estimateJpegQuality(QByteArray()));
    }

    void qualityArithmetic()
    {
        using K = style::Quality::Kind;
        QCOMPARE(effectiveQuality(std::nullopt, 85), 85); // default: original
        QCOMPARE(effectiveQuality(style::Quality{K::Absolute, 60, false}, 85), 60); // min(orig, Q)
        QCOMPARE(effectiveQuality(style::Quality{K::Absolute, 95, false}, 85), 85);
        QCOMPARE(effectiveQuality(style::Quality{K::Absolute, 95, true}, 85), 95);  // forced
        QCOMPARE(effectiveQuality(style::Quality{K::Relative, 80, false}, 80), 64); // doc example
        QCOMPARE(effectiveQuality(style::Quality{K::Relative, 33, false}, 75), 25); // 24.75 rounds
        QCOMPARE(effectiveQuality(style::Quality{K::Floor, 80, false}, 85), 85);    // doc examples
        QCOMPARE(effectiveQuality(style::Quality{K::Floor, 80, false}, 60), 80);
        QCOMPARE(effectiveQuality(style::Quality{K::Absolute, 0, true}, 85), 1);
    }

    void qualityOnRealOutputs()
    {
        const QByteArray q85 = makeImage(320, 240, QStringLiteral("jpg"), 85);
        QCOMPARE(qualityOf(run(q85, QStringLiteral("imageMogr2/thumbnail/100x"))), 85); // inherits
        QCOMPARE(qualityOf(run(q85, QStringLiteral("imageMogr2/quality/60"))), 60);
        QCOMPARE(qualityOf(run(q85, QStringLiteral("imageMogr2/quality/95"))), 85);
        QCOMPARE(qualityOf(run(q85, QStringLiteral("imageMogr2/quality/95!"))), 95);
        QCOMPARE(qualityOf(run(q85, QStringLiteral("imageMogr2/rquality/60"))), 51);
        QCOMPARE(qualityOf(run(q85, QStringLiteral("imageMogr2/lquality/90"))), 90);
        QCOMPARE(qualityOf(run(q85, QStringLiteral("imageView2/2/w/100/q/50"))), 50);
        // PNG sources count as quality 100 (D12).
        const QByteArray png = makeImage(320, 240, QStringLiteral("png"));
        QCOMPARE(qualityOf(run(png, QStringLiteral("imageMogr2/format/jpg/rquality/70"))), 70);
        // WebP quality follows the same rule: lower quality, smaller file.
        QVERIFY(run(png, QStringLiteral("imageMogr2/format/webp/quality/20")).size() <
                run(png, QStringLiteral("imageMogr2/format/webp/quality/90")).size());
    }

    void sizeLimit()
    {
        const QByteArray big = makeImage(600, 450, QStringLiteral("jpg"), 95);
        const QByteArray out =
            run(big, QStringLiteral("imageMogr2/strip/format/jpg/size-limit/15k"));
        QVERIFY(out.size() <= 15 * 1024);
        QVERIFY(out.size() > 10 * 1024); // the highest quality that fits, not the lowest
        const int q = qualityOf(out);
        // One step higher would not have fitted.
        const QByteArray next = run(big, QStringLiteral("imageMogr2/strip/quality/%1!").arg(q + 1));
        QVERIFY(next.size() > 15 * 1024);
        // '!' hands back the original when the result is not smaller.
        const QByteArray tiny = makeImage(16, 16, QStringLiteral("jpg"), 10);
        QCOMPARE(run(tiny, QStringLiteral("imageMogr2/quality/100!/size-limit/1m!")), tiny);
        // Unreachable: the smallest result plus a warning.
        const ProcessResult r =
            process({QString(), big}, QStringLiteral("imageMogr2/size-limit/1k"));
        QVERIFY(!r.warnings.isEmpty());
        // JPEG only.
        try {
            run(big, QStringLiteral("imageMogr2/format/png/size-limit/15k"));
            QFAIL("no error");
        } catch (const ProcessingError &e) {
            QCOMPARE(e.error().code, ErrorCode::UnsupportedFormat);
        }
    }
};

QTEST_GUILESS_MAIN(EncoderTest)
#include "test_encoder.moc"
