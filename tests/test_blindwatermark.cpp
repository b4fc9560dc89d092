// Blind watermarks: the code, the style-language contract (watermark/3, watermark/4, limits) and
// the quality targets on real 1080p photographs (Debian's plasma-workspace-wallpapers).

#include "common/error.h"
#include "imaging/blind/attacks.h"
#include "imaging/blind/blindcode.h"
#include "imaging/blind/blinddetect.h"
#include "imaging/blind/blindembed.h"
#include "imaging/blind/blindlayout.h"
#include "imaging/blind/blindwatermark.h"
#include "imaging/blind/robustness.h"
#include "imaging/executor.h"
#include "imaging/fidelity.h"
#include "imaging/vipsutil.h"
#include "style/values.h"
#include "support/testimages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRect>
#include <QTest>
#include <cmath>
#include <functional>
#include <limits>

using namespace ad;
using namespace ad::imaging;
using namespace ad::test;
using vips::VImage;

namespace
{
const QString kText = QStringLiteral("AssetDesk2026abc"); // 16 characters

// A wallpaper photograph cropped and scaled to 1920x1080.
VImage photo(const QString &name)
{
    return VImage::thumbnail(
               wallpaperPath(name).toUtf8().constData(), 1920,
               VImage::option()->set("height", 1080)->set("crop", VIPS_INTERESTING_CENTRE))
        .copy_memory();
}

// A wallpaper photograph the first-generation tests do not use, cropped to any size and
// orientation.
VImage photoAt(const QString &name, int width, int height)
{
    return VImage::thumbnail(
               wallpaperPath(name).toUtf8().constData(), width,
               VImage::option()->set("height", height)->set("crop", VIPS_INTERESTING_CENTRE))
        .copy_memory();
}

const QString kShortText = QStringLiteral("AD2026xyzQ12"); // 12 characters: format 2
const QString kTinyText = QStringLiteral("AD2026xy");      // 8 characters: format 3

QString b64(const QString &s)
{
    return style::encodeBase64Param(s.toUtf8());
}

QByteArray pngOf(const VImage &image)
{
    void *buf = nullptr;
    size_t len = 0;
    image.write_to_buffer(".png[compression=1]", &buf, &len);
    const QByteArray bytes(static_cast<const char *>(buf), qsizetype(len));
    g_free(buf);
    return bytes;
}

QJsonObject json(const QByteArray &data)
{
    return QJsonDocument::fromJson(data).object();
}

// The 18 web-size attacks and chains on a marked picture, each copy read by `read`, which says
// what it read when the mark did not survive (nothing when it did). Under the sanitizers every
// extraction costs several times more: every third attack. Each attack lost must be one of
// stillLost; with every attack run, none lost is the target, an expected failure while stillLost
// names some (a row that meets it shows as an unexpected pass).
void checkWebAttacks(const VImage &marked, const QStringList &stillLost,
                     const std::function<QString(const VImage &)> &read)
{
#if defined(ASSETDESK_SANITIZE) || defined(__SANITIZE_ADDRESS__)
    constexpr int kEvery = 3;
#else
    constexpr int kEvery = 1;
#endif
    QStringList lost;
    int web = 0, attacks = 0;
    for (const blind::Attack &a : blind::standardAttacks()) {
        if (!a.id.contains(QLatin1Char(':')) && a.id != QLatin1String("grey")) continue;
        if (web++ % kEvery) continue;
        ++attacks;
        const QString failure = read(a.apply(marked));
        if (QTest::currentTestFailed()) return;
        if (failure.isEmpty()) continue;
        lost << a.id;
        QVERIFY2(stillLost.contains(a.id),
                 qPrintable(QStringLiteral("%1 is lost: %2").arg(a.id, failure)));
    }
    QCOMPARE(web, 18);
    QCOMPARE(attacks, (18 + kEvery - 1) / kEvery);
    if (kEvery > 1) return; // sampled: the losses above were checked one by one
    if (!stillLost.isEmpty())
        QEXPECT_FAIL("", "issue 23, point 1: not met on this photograph yet", Continue);
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char(' '))));
}
} // namespace

class BlindWatermarkTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_photo; // Path (forest), 1920x1080 JPEG q95
    QString m_mark;  // 200x120 white "AD" on black

private Q_SLOTS:
    void initTestCase()
    {
        ensureVips();
        m_photo = m_dir.filePath(QStringLiteral("photo.jpg"));
        photo(QStringLiteral("Path"))
            .jpegsave(m_photo.toUtf8().constData(), VImage::option()->set("Q", 95));
        m_mark = m_dir.filePath(QStringLiteral("mark.png"));
        QCOMPARE(
            run(QStringLiteral("convert"),
                {QStringLiteral("-size"), QStringLiteral("200x120"), QStringLiteral("xc:black"),
                 QStringLiteral("-fill"), QStringLiteral("white"), QStringLiteral("-draw"),
                 QStringLiteral("rectangle 20,20 90,100 circle 150,60 150,100"), m_mark}),
            0);
    }

    void convolutionalCodeCorrectsErrors()
    {
        const blind::Payload payload = blind::textPayload(kText);
        const std::vector<bool> coded = blind::encodeFrame(payload);
        QCOMPARE(int(coded.size()), blind::kCodedBits);
        QRandomGenerator rng(7);
        std::vector<float> soft;
        int flipped = 0;
        for (bool bit : coded) {
            const bool flip = rng.bounded(100) < 3; // 3 % of the channel bits wrong
            flipped += flip;
            soft.push_back(float((bit != flip) ? -1.0 : 1.0) * float(0.5 + rng.generateDouble()));
        }
        QVERIFY(flipped > 8);
        const blind::Decoded d = blind::decodeFrame(soft);
        QVERIFY(d.crcOk);
        QCOMPARE(blind::payloadText(d.payload).value_or(QString()), kText);
        // Noise alone never passes the checksum.
        for (float &s : soft)
            s = float(rng.generateDouble() - 0.5);
        QVERIFY(!blind::decodeFrame(soft).crcOk);
    }

    // Format 3: 8 characters in 152 coded bits, corrected as format 1 is; a longer text does not
    // fit it.
    void formatThreeFrameCorrectsErrors()
    {
        const blind::Payload payload = blind::textPayload(kTinyText);
        QVERIFY(blind::fitsFrame(payload, 3));
        QVERIFY(!blind::fitsFrame(blind::textPayload(QStringLiteral("AD2026xyz")), 3));
        QVERIFY(blind::fitsFrame(blind::textPayload(kShortText), 2));
        QVERIFY(!blind::fitsFrame(blind::textPayload(kShortText), 3));
        const std::vector<bool> coded = blind::encodeFrame(payload, 3);
        QCOMPARE(int(coded.size()), 152);
        QCOMPARE(blind::tinyTextLayout().codedBits * blind::tinyTextLayout().repeat, 608);
        QRandomGenerator rng(11);
        std::vector<float> soft;
        int flipped = 0;
        for (bool bit : coded) {
            const bool flip = rng.bounded(100) < 4;
            flipped += flip;
            soft.push_back(float((bit != flip) ? -1.0 : 1.0) * float(0.5 + rng.generateDouble()));
        }
        QVERIFY(flipped >= 4);
        const blind::Decoded d = blind::decodeFrame(soft, 3);
        QVERIFY(d.crcOk);
        QCOMPARE(blind::payloadText(d.payload).value_or(QString()), kTinyText);
        // Noise alone never passes the checksum.
        for (float &v : soft)
            v = float(rng.generateDouble() - 0.5);
        QVERIFY(!blind::decodeFrame(soft, 3).crcOk);
    }

    // The list decoder: where the best path fails its CRC, one of the next few often passes.
    // Over noisy format-3 frames it recovers more than the best path alone, and never a wrong
    // text.
    void listDecodingRecoversMoreFrames()
    {
        const blind::Payload payload = blind::textPayload(kTinyText);
        const std::vector<bool> coded = blind::encodeFrame(payload, 3);
        QRandomGenerator rng(23);
        int best = 0, listed = 0, wrong = 0;
        for (int frame = 0; frame < 400; ++frame) {
            std::vector<float> soft;
            for (bool bit : coded) {
                // Gaussian noise by Box-Muller, deviation 1 around +-1.
                const double u = std::max(1e-12, rng.generateDouble()), v = rng.generateDouble();
                const double noise = std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * v);
                soft.push_back(float((bit ? -1.0 : 1.0) + noise));
            }
            const blind::Decoded one = blind::decodeFrame(soft, 3, 1);
            const blind::Decoded many = blind::decodeFrame(soft, 3);
            best += one.crcOk;
            listed += many.crcOk;
            wrong += many.crcOk && many.payload != payload;
        }
        QCOMPARE(wrong, 0);
        QVERIFY2(listed >= best + 60, qPrintable(QStringLiteral("%1 %2").arg(best).arg(listed)));
    }

    void textPayloadRoundTrips()
    {
        for (const QString &t : {QStringLiteral("a"), QStringLiteral("Zz09"), QString(40, 'x')})
            QCOMPARE(blind::payloadText(blind::textPayload(t)).value_or(QString()), t);
    }

    // Issue 23, point 3: PSNR 38 dB and SSIM 0.98 at least, on the first generation's photographs
    // and on others, at web size and 1080p. The mark uses whichever budget binds first.
    void embedWithinQualityBudget()
    {
        // Under the sanitizers the web size only: SSIM at 1080p costs seconds there.
#if defined(ASSETDESK_SANITIZE) || defined(__SANITIZE_ADDRESS__)
        const std::vector<QSize> kQualitySizes = {QSize(600, 800)};
#else
        const std::vector<QSize> kQualitySizes = {QSize(1920, 1080), QSize(600, 800)};
#endif
        for (const char *name : {"Path", "Grey", "EveningGlow", "Kite", "Autumn", "BytheWater"}) {
            for (const QSize size : kQualitySizes) {
                const VImage original =
                    photoAt(QString::fromLatin1(name), size.width(), size.height());
                const VImage marked = blind::embed(original, 3, blind::textPayload(kTinyText), 1);
                QCOMPARE(marked.width(), size.width());
                QCOMPARE(marked.height(), size.height());
                const Fidelity f = compareEncoded(pngOf(original), pngOf(marked));
                const QString what = QStringLiteral("%1 %2x%3: %4 dB, SSIM %5")
                                         .arg(QString::fromLatin1(name))
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(*f.psnr)
                                         .arg(*f.ssim);
                QVERIFY2(*f.psnr >= 38.0 && *f.ssim >= 0.98, qPrintable(what));
                QVERIFY2(*f.psnr < 40.0 || *f.ssim < 0.993, qPrintable(what + " (budget unused)"));
                // Small pictures spend the SSIM budget as measured, not as the model predicts it.
                if (size.width() < 1000)
                    QVERIFY2(*f.psnr < 40.0 || *f.ssim < 0.988,
                             qPrintable(what + " (measured budget unused)"));
                // The same picture is marked the same way every time.
                if (size.width() < 1000)
                    QVERIFY(pngOf(marked) ==
                            pngOf(blind::embed(original, 3, blind::textPayload(kTinyText), 1)));
            }
        }
    }

    // The mark is kept out of flat areas: a picture half texture, half flat grey (a studio
    // backdrop) gets most of the change in the textured half.
    void flatAreasChangeLeast()
    {
        const VImage texture = photoAt(QStringLiteral("Path"), 1200, 800);
        const VImage grey = (VImage::black(600, 800, VImage::option()->set("bands", 3)) + 160)
                                .cast(VIPS_FORMAT_UCHAR);
        const VImage half =
            texture.insert(grey, 600, 0)
                .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
        const VImage marked = blind::embed(half, 3, blind::textPayload(kShortText), 1);
        const VImage diff = (marked.cast(VIPS_FORMAT_FLOAT) - half.cast(VIPS_FORMAT_FLOAT));
        auto rms = [&](int x) { return std::sqrt((diff.crop(x, 0, 600, 800).pow(2)).avg()); };
        const double textured = rms(0), flat = rms(600);
        QVERIFY2(flat < textured / 3,
                 qPrintable(QStringLiteral("flat %1, textured %2").arg(flat).arg(textured)));
        // The textured half carries more than the picture-wide strength asked for.
        QVERIFY2(textured > blind::strengthFor(3, 1), qPrintable(QString::number(textured)));
    }

    // Skies and studio backdrops: one grey level in 6 px cells showed there as a mottle at
    // 100 %, so calm pixels change on a share of the pixels only (a third where calmest), each
    // by one level at most, and the mark still reads.
    void calmAreasCarryAShareOfALevel_data()
    {
        QTest::addColumn<QString>("picture"); // a photograph, or empty for a studio backdrop
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("type");
        QTest::addColumn<QRect>("calm");
        QTest::addColumn<double>("share"); // at most this share of the calm pixels changes
        QTest::newRow("sky 800x600")
            << QStringLiteral("summer_1am") << QSize(800, 600) << 3 << QRect(0, 0, 400, 300) << 0.5;
        QTest::newRow("backdrop 800x600")
            << QString() << QSize(800, 600) << 3 << QRect(0, 0, 800, 120) << 0.4;
        QTest::newRow("backdrop 1920x1080")
            << QString() << QSize(1920, 1080) << 3 << QRect(0, 0, 1920, 200) << 0.4;
        QTest::newRow("backdrop 800x600, type 2")
            << QString() << QSize(800, 600) << 2 << QRect(0, 0, 800, 120) << 0.4;
    }

    void calmAreasCarryAShareOfALevel()
    {
        QFETCH(QString, picture);
        QFETCH(QSize, size);
        QFETCH(int, type);
        QFETCH(QRect, calm);
        QFETCH(double, share);
        VImage original;
        if (!picture.isEmpty()) {
            original = photoAt(picture, size.width(), size.height());
        } else {
            // A warm grey backdrop falling from 190 to 140 levels top to bottom, with a textured
            // subject in the middle third.
            const VImage ramp =
                VImage::xyz(size.width(), size.height()).extract_band(1) * (-50.0 / size.height()) +
                190;
            const VImage backdrop = ramp.bandjoin(ramp - 6).bandjoin(ramp - 14);
            const int side = size.height() / 3;
            original = backdrop.cast(VIPS_FORMAT_UCHAR)
                           .insert(photoAt(QStringLiteral("Path"), side, side),
                                   (size.width() - side) / 2, side)
                           .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB))
                           .copy_memory();
        }
        const blind::Payload payload =
            type == 3 ? blind::textPayload(kTinyText)
                      : blind::markPayload(VImage::new_from_file(m_mark.toUtf8().constData()));
        const VImage marked = blind::embed(original, type, payload, 1);
        const VImage change = (marked.cast(VIPS_FORMAT_FLOAT) - original.cast(VIPS_FORMAT_FLOAT))
                                  .crop(calm.x(), calm.y(), calm.width(), calm.height());
        QCOMPARE(change.abs().max(), 1.0);
        const double changed = (change != 0).avg() / 255;
        QVERIFY2(changed <= share, qPrintable(QString::number(changed)));
        QVERIFY2(changed >= 0.2, qPrintable(QString::number(changed))); // the mark is still there
        const blind::Extraction e = blind::extract(marked, type, std::nullopt, payload);
        QVERIFY(e.synced);
        if (type == 3)
            QCOMPARE(e.text.value_or(QString()), kTinyText);
        else
            QVERIFY2(e.status > 75, qPrintable(QString::number(e.status)));
    }

    // Issue 10, point 4: 16 characters exactly after each of these, on 1080p photos.
    void textSurvivesTheRequiredAttacks_data()
    {
        QTest::addColumn<QString>("picture");
        for (const char *name : {"Path", "Grey", "EveningGlow"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void textSurvivesTheRequiredAttacks()
    {
        QFETCH(QString, picture);
        const VImage marked = blind::embed(photo(picture), 3, blind::textPayload(kText), 1);
        for (const char *id : {"jpeg50", "webp75", "resize50", "crop10", "rotate3"}) {
            const VImage attacked = blind::findAttack(QString::fromLatin1(id))->apply(marked);
            const blind::Extraction e = blind::extract(attacked, 3);
            QVERIFY2(e.decoded, id);
            QCOMPARE(e.text.value_or(QString()), kText);
        }
    }

    void geometryIsFoundWithoutBeingTold()
    {
        const VImage marked =
            blind::embed(photo(QStringLiteral("Kite")), 3, blind::textPayload(kText), 1);
        const blind::Extraction rotated =
            blind::extract(blind::findAttack(QStringLiteral("rotate5"))->apply(marked), 3);
        QVERIFY(rotated.decoded);
        QVERIFY2(std::abs(rotated.rotation + 5) < 0.1,
                 qPrintable(QString::number(rotated.rotation)));
        // Quarter turns and mirror images: the sync tries all eight orientations.
        QVERIFY(blind::extract(marked.rot90(), 3).decoded);
        QVERIFY(blind::extract(marked.fliphor(), 3).decoded);
        const blind::Extraction half = blind::extract(marked.resize(0.5), 3);
        QVERIFY(half.decoded);
        QVERIFY2(std::abs(half.period - 64) < 0.5, qPrintable(QString::number(half.period)));
    }

    // A web-sized picture rotated, scaled to 70 % and re-encoded is under 600 px on its shorter
    // side; the autocorrelation does not rank its turned lattice among the few tried, the search
    // for turned lattices finds it: period 192 x 0.7 px, turned by the attack's 5 degrees.
    void turnedSmallCopyIsFound_data()
    {
        QTest::addColumn<QString>("picture");
        QTest::addColumn<QSize>("size");
        QTest::newRow("DarkestHour 640x480") << "DarkestHour" << QSize(640, 480);
        QTest::newRow("summer_1am 480x640") << "summer_1am" << QSize(480, 640);
    }

    void turnedSmallCopyIsFound()
    {
        QFETCH(QString, picture);
        QFETCH(QSize, size);
        const VImage marked = blind::embed(photoAt(picture, size.width(), size.height()), 3,
                                           blind::textPayload(kTinyText), 1);
        const VImage copy =
            blind::attackFromSpec(QStringLiteral("rotate:5+scale:70+webp:60"))->apply(marked);
        QCOMPARE(std::min(copy.width(), copy.height()), 336);
        const blind::Extraction e = blind::extract(copy, 3);
        QVERIFY(e.decoded);
        QCOMPARE(e.text.value_or(QString()), kTinyText);
        QVERIFY2(std::abs(e.rotation - 5) < 0.3, qPrintable(QString::number(e.rotation)));
        // Within a hundredth: two and a half periods fold right (133.4 px read since the change
        // is split over the bands, 134.2 before).
        QVERIFY2(std::abs(e.period - 134.4) < 1.5, qPrintable(QString::number(e.period)));
    }

    // A picture textured everywhere (moss) hides a stretched copy's lattice among its own
    // autocorrelation peaks, at 800x750 as at 600x640: stretched lattices are folded too.
    void stretchedCopyIsFound_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("stretch");
        QTest::newRow("800x600 down") << QSize(800, 600) << QStringLiteral("stretch:100:125");
        QTest::newRow("480x640 across") << QSize(480, 640) << QStringLiteral("stretch:125:100");
        // Narrowed by a quarter: lattices 1.33 times taller than wide.
        QTest::newRow("800x600 narrowed") << QSize(800, 600) << QStringLiteral("stretch:75:100");
        QTest::newRow("800x600 flattened") << QSize(800, 600) << QStringLiteral("stretch:100:75");
        // At 1080 px the autocorrelation misses it once re-encoded: the lattice is searched.
        QTest::newRow("1920x1080 stretched, JPEG 40")
            << QSize(1920, 1080) << QStringLiteral("stretch:120:100+jpeg:40");
    }

    void stretchedCopyIsFound()
    {
        QFETCH(QSize, size);
        QFETCH(QString, stretch);
        const VImage marked =
            blind::embed(photoAt(QStringLiteral("OneStandsOut"), size.width(), size.height()), 3,
                         blind::textPayload(kTinyText), 1);
        const blind::Extraction e =
            blind::extract(blind::attackFromSpec(stretch)->apply(marked), 3);
        QVERIFY(e.decoded);
        QCOMPARE(e.text.value_or(QString()), kTinyText);
        QVERIFY2(std::abs(e.rotation) < 0.3, qPrintable(QString::number(e.rotation)));
    }

    void unmarkedPhotosShowNothing()
    {
        for (const QString &name : {QStringLiteral("Path"), QStringLiteral("ColdRipple")}) {
            const VImage original = photo(name);
            const blind::Payload expected = blind::textPayload(kText);
            for (int type = 1; type <= 3; ++type) {
                const blind::Extraction e = blind::extract(original, type, std::nullopt, expected);
                QVERIFY(!e.synced);
                QVERIFY(!e.decoded);
                QVERIFY(e.status < 60);
            }
        }
    }

    // A non-finite residual sample spreads to every lag of the autocorrelation and into every
    // fold: it read as a NaN confidence and lattice. Flat and tiny residuals (no peaks, a
    // least-squares fit on few lattice points) must read as finite and absent too.
    void degenerateResidualsReadAsNothing_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("kind");
        QTest::newRow("flat 640x480") << QSize(640, 480) << 0;
        QTest::newRow("noise 96x96") << QSize(96, 96) << 1;
        QTest::newRow("noise 640x640, one NaN") << QSize(640, 640) << 2;
        QTest::newRow("noise 640x640, one infinity") << QSize(640, 640) << 3;
    }

    void degenerateResidualsReadAsNothing()
    {
        QFETCH(QSize, size);
        QFETCH(int, kind);
        blind::Plane residual(size.width(), size.height());
        QRandomGenerator rng(11);
        if (kind > 0)
            for (float &v : residual.v)
                v = float(rng.generateDouble() * 2 - 1);
        if (kind == 2) residual.at(100, 100) = std::numeric_limits<float>::quiet_NaN();
        if (kind == 3) residual.at(100, 100) = std::numeric_limits<float>::infinity();
        const blind::TileReading r = blind::readTile(
            residual, {&blind::tinyTextLayout(), &blind::shortTextLayout(), &blind::layoutFor(3)});
        QVERIFY2(
            std::isfinite(r.confidence) && std::isfinite(r.period) && std::isfinite(r.rotation),
            qPrintable(QStringLiteral("%1 %2 %3").arg(r.confidence).arg(r.period).arg(r.rotation)));
        QVERIFY(!r.synced);
    }

    void typesDoNotReadEachOther()
    {
        const VImage marked =
            blind::embed(photo(QStringLiteral("Grey")), 3, blind::textPayload(kText), 1);
        QVERIFY(blind::extract(marked, 3).decoded);
        QVERIFY(!blind::extract(marked, 1).synced);
        // Type 2 folds the other key's tile on its true lattice, where chance peaks of its chips
        // come near the sync threshold; what it reports is what counts: not present.
        const blind::Extraction e =
            blind::extract(marked, 2, std::nullopt,
                           blind::markPayload(VImage::new_from_file(m_mark.toUtf8().constData())));
        QVERIFY(!e.decoded);
        QVERIFY2(e.status < 60, qPrintable(QString::number(e.status)));
    }

    void type2ReportsStatusBands()
    {
        const QString marked = m_dir.filePath(QStringLiteral("marked2.jpg"));
        const ProcessResult embedded =
            process({m_photo, {}}, QStringLiteral("watermark/3/type/2/image/%1").arg(b64(m_mark)));
        QCOMPARE(embedded.format, style::ImageFormat::Jpeg); // the source's format is kept
        QFile f(marked);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(embedded.data);
        f.close();
        const QString rule = QStringLiteral("watermark/4/type/2/image/%1").arg(b64(m_mark));
        const ProcessResult found = process({marked, {}}, rule);
        QVERIFY(found.isJson);
        const QJsonObject o = json(found.data);
        QVERIFY2(o[QStringLiteral("WatermarkStatus")].toInt() > 75, found.data.constData());
        QCOMPARE(o[QStringLiteral("Verdict")].toString(), QStringLiteral("present"));
        // The mark found, as the watermark compares it: 128x128 PNG of its 16 x 16 bits, bright
        // where the mark is bright.
        const QImage mark = decode(found.extractedMark);
        QCOMPARE(mark.size(), QSize(128, 128));
        QVERIFY(qGray(mark.pixel(30, 60)) > 200); // inside the rectangle
        QVERIFY(qGray(mark.pixel(64, 10)) < 50);  // background
        // The unmarked original scores below 60, as does another mark.
        const ProcessResult none = process({m_photo, {}}, rule);
        QVERIFY(json(none.data)[QStringLiteral("WatermarkStatus")].toInt() < 60);
        QCOMPARE(json(none.data)[QStringLiteral("Verdict")].toString(), QStringLiteral("absent"));
        QVERIFY(none.extractedMark.isEmpty());
    }

    void type1UsesTheOriginal()
    {
        const ProcessResult embedded =
            process({m_photo, {}}, QStringLiteral("watermark/3/type/1/image/%1").arg(b64(m_mark)));
        const VImage half =
            VImage::new_from_buffer(embedded.data.constData(), size_t(embedded.data.size()), "")
                .resize(0.5);
        const QString suspect = m_dir.filePath(QStringLiteral("suspect1.png"));
        half.pngsave(suspect.toUtf8().constData());
        const ProcessResult r =
            process({suspect, {}}, QStringLiteral("watermark/4/type/1/image/%1").arg(b64(m_photo)));
        const QJsonObject o = json(r.data);
        QVERIFY2(o[QStringLiteral("Detected")].toBool(), r.data.constData());
        QVERIFY(!o.contains(QStringLiteral("WatermarkStatus"))); // type 2 only, as in the cloud
        QCOMPARE(decode(r.extractedMark).size(), QSize(128, 128));
    }

    void type3ThroughTheStyleLanguage()
    {
        const ProcessResult embedded =
            process({m_photo, {}}, QStringLiteral("watermark/3/type/3/text/%1").arg(b64(kText)));
        const QString marked = writeTemp(m_dir, QStringLiteral("marked3.jpg"), embedded.data);
        const ProcessResult r = process({marked, {}}, QStringLiteral("watermark/4/type/3"));
        const QJsonObject o = json(r.data);
        QCOMPARE(o[QStringLiteral("Text")].toString(), kText);
        QVERIFY(o[QStringLiteral("Detected")].toBool());
        QVERIFY(r.extractedMark.isEmpty());
        // Level 3 (type 2) is stronger than level 1: lower PSNR.
        const VImage original = photo(QStringLiteral("Grey"));
        const blind::Payload p =
            blind::markPayload(VImage::new_from_file(m_mark.toUtf8().constData()));
        QVERIFY(blind::psnr(original, blind::embed(original, 2, p, 3)) <
                blind::psnr(original, blind::embed(original, 2, p, 1)) - 4);
    }

    void limitsAreErrors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("code");
        QTest::newRow("mark over 1/8")
            << "photo"
            << "watermark/3/type/2/image/BIGMARK" << int(ErrorCode::InvalidArgument);
        QTest::newRow("gif") << "gif"
                             << "watermark/3/type/3/text/YWJj" << int(ErrorCode::UnsupportedFormat);
        QTest::newRow("too small")
            << "small"
            << "watermark/3/type/3/text/YWJj" << int(ErrorCode::InvalidArgument);
        QTest::newRow("missing mark")
            << "photo"
            << "watermark/3/type/2/image/" + b64("nope.png") << int(ErrorCode::NotFound);
    }

    void limitsAreErrors()
    {
        QFETCH(QString, source);
        QFETCH(QString, rule);
        QFETCH(int, code);
        const QString big = m_dir.filePath(QStringLiteral("big.png"));
        VImage::black(300, 100).pngsave(big.toUtf8().constData());
        rule.replace(QLatin1String("BIGMARK"), b64(big));
        QString path = m_photo;
        if (source == QLatin1String("gif"))
            path = writeTemp(m_dir, QStringLiteral("a.gif"), makeGif(400, 300, 3));
        else if (source == QLatin1String("small"))
            path = writeTemp(m_dir, QStringLiteral("small.png"), makeImage(300, 200, "png"));
        try {
            process({path, {}}, rule);
            QFAIL("no error");
        } catch (const ProcessingError &e) {
            QCOMPARE(int(e.error().code), code);
        }
    }

    // Issue 23, point 1: an 8-character text (format 3, what pictures under 1000 px take)
    // recovered after every attack and chain, on every photograph. Where that target is not met
    // yet the row says so (an expected failure, listed in docs/blind-watermark.md) and names the
    // attacks still lost: any other loss is a regression, and a row that meets the target shows
    // as an unexpected pass.
    void tinyTextSurvivesWebAttacks_data()
    {
        QTest::addColumn<QString>("picture");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QStringList>("stillLost");
        // Both lost a chain with format 2 at 640x480; summer_1am also the first two at 800x600.
        QTest::newRow("FallenLeaf 800x600") << "FallenLeaf" << QSize(800, 600) << QStringList();
        QTest::newRow("summer_1am 640x480") << "summer_1am" << QSize(640, 480) << QStringList();
        // Fog, flat almost everywhere: format 2 lost JPEG 20 and the first two chains here; the
        // rotation chain (a 448x336 copy) came back with the search for turned lattices.
        QTest::newRow("DarkestHour 640x480") << "DarkestHour" << QSize(640, 480) << QStringList();
        QTest::newRow("summer_1am 480x640") << "summer_1am" << QSize(480, 640) << QStringList();
        // Moss, textured everywhere, binds the strength before the SSIM budget: a flatter mask
        // moves its energy to the calmer pixels the detector reads best, and a second reading
        // weighs its pixels by their inverse variance. It kept only grey and contrast at every
        // web size before; at 600x800 it kept 14 attacks (the rotation chain since turned
        // lattices are searched), 17 since the change is split over the bands by their luma
        // weights, all 18 since a thousand stretched lattices are folded on web-sized copies (the
        // stretched, cropped JPEG 40 copy's ranked beyond the 300th). At 800x600 levels 30-220
        // still clips the mark out of its dark half.
        QTest::newRow("OneStandsOut 600x800") << "OneStandsOut" << QSize(600, 800) << QStringList();
        QTest::newRow("OneStandsOut 800x600")
            << "OneStandsOut" << QSize(800, 600) << QStringList{QStringLiteral("levels:30:220")};
    }

    void tinyTextSurvivesWebAttacks()
    {
        QFETCH(QString, picture);
        QFETCH(QSize, size);
        QFETCH(QStringList, stillLost);
        const VImage original = photoAt(picture, size.width(), size.height());
        const VImage marked = blind::embed(original, 3, blind::textPayload(kTinyText), 1);
        QVERIFY(blind::psnr(original, marked) >= 38.0);
        // A flatter mask (the moss) is measured too: the SSIM model underrates calm pixels.
        const Fidelity f = compareEncoded(pngOf(original), pngOf(marked));
        QVERIFY2(*f.ssim >= 0.98, qPrintable(QString::number(*f.ssim)));
        checkWebAttacks(marked, stillLost, [](const VImage &copy) {
            const blind::Extraction e = blind::extract(copy, 3);
            if (!e.decoded || e.text != kTinyText)
                return QStringLiteral("read %1").arg(e.text.value_or(QStringLiteral("nothing")));
            [&] { QCOMPARE(e.format, 3); }();
            return QString();
        });
    }

    // Issue 23, point 1, type 2: the mark reported present (WatermarkStatus above 75) after every
    // attack and chain at web sizes. Type 2 writes its mark's seal in format 3's frame (format
    // 4); with the first format's 4-px cells and 556 unrepeated bits it kept 56 of 90 attacks at
    // 640x480, none of JPEG 20, WebP 50 or the chains.
    void type2SurvivesWebAttacks_data()
    {
        QTest::addColumn<QString>("picture");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QStringList>("stillLost");
        QTest::newRow("DarkestHour 640x480") << "DarkestHour" << QSize(640, 480) << QStringList();
        QTest::newRow("FallenLeaf 480x640") << "FallenLeaf" << QSize(480, 640) << QStringList();
        QTest::newRow("summer_1am 800x600") << "summer_1am" << QSize(800, 600) << QStringList();
        // The moss's lattice was not found in the rotation chain's copy nor in the stretched,
        // cropped one; both came back, the second since a thousand stretched lattices are
        // folded on web-sized copies.
        QTest::newRow("OneStandsOut 640x480") << "OneStandsOut" << QSize(640, 480) << QStringList();
    }

    void type2SurvivesWebAttacks()
    {
        QFETCH(QString, picture);
        QFETCH(QSize, size);
        QFETCH(QStringList, stillLost);
        const blind::Payload mark =
            blind::markPayload(VImage::new_from_file(m_mark.toUtf8().constData()));
        const VImage marked =
            blind::embed(photoAt(picture, size.width(), size.height()), 2, mark, 1);
        checkWebAttacks(marked, stillLost, [&mark](const VImage &copy) {
            const blind::Extraction e = blind::extract(copy, 2, std::nullopt, mark);
            if (e.status <= 75) return QStringLiteral("status %1").arg(e.status);
            [&] {
                QCOMPARE(e.format, blind::kSealFormat);
                QVERIFY(e.decoded);
                QVERIFY(e.payload == mark); // what the window draws back
            }();
            return QString();
        });
    }

    // Extraction reads an unprocessed picture once, in order (a sequential decode), and one
    // already processed from memory: both over the input kinds the executor's combination test
    // covers, the text recovered each time.
    void extractionReadsEveryInputKind_data()
    {
        QTest::addColumn<bool>("processed");
        QTest::addColumn<int>("kind");
        for (const bool processed : {false, true}) {
            const QString p = processed ? QStringLiteral("after a thumbnail, ") : QString();
            QTest::newRow(qPrintable(p + "16-bit png")) << processed << 0;
            QTest::newRow(qPrintable(p + "cmyk jpeg")) << processed << 1;
            QTest::newRow(qPrintable(p + "alpha png")) << processed << 2;
            QTest::newRow(qPrintable(p + "grey png")) << processed << 3;
            QTest::newRow(qPrintable(p + "jpeg orientation 6")) << processed << 4;
        }
    }

    void extractionReadsEveryInputKind()
    {
        QFETCH(bool, processed);
        QFETCH(int, kind);
        const VImage marked = blind::embed(photoAt(QStringLiteral("FallenLeaf"), 800, 600), 3,
                                           blind::textPayload(kTinyText), 1);
        VImage input;
        QString name;
        switch (kind) {
        case 0:
            input = (marked.cast(VIPS_FORMAT_USHORT) * 257)
                        .cast(VIPS_FORMAT_USHORT)
                        .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_RGB16));
            name = QStringLiteral("deep.png");
            break;
        case 1:
            input = marked.colourspace(VIPS_INTERPRETATION_CMYK);
            name = QStringLiteral("cmyk.jpg");
            break;
        case 2:
            input = marked.bandjoin_const({200});
            name = QStringLiteral("alpha.png");
            break;
        case 3:
            input = marked.colourspace(VIPS_INTERPRETATION_B_W);
            name = QStringLiteral("grey.png");
            break;
        default:
            input = marked.rot270().copy();
            input.set("orientation", 6);
            name = QStringLiteral("turned.jpg");
            break;
        }
        const QString path = m_dir.filePath(name);
        input.write_to_file(
            (path + (name.endsWith(QLatin1String(".jpg")) ? QStringLiteral("[Q=95]") : QString()))
                .toUtf8()
                .constData());
        const QString rule = processed
                                 ? QStringLiteral("imageMogr2/thumbnail/700x|watermark/4/type/3")
                                 : QStringLiteral("watermark/4/type/3");
        const QJsonObject o = json(process({path, {}}, rule).data);
        QCOMPARE(o[QStringLiteral("Text")].toString(), kTinyText);
    }

    // Issue 23, point 1: below 1000 px on the shorter side format 3 is all there is (8
    // characters); a longer text is refused naming the limit, and 8 characters round-trip through
    // the style language in a JPEG.
    void capacityFollowsPictureSize()
    {
        QCOMPARE(blind::textCapacity(800, 600), 8);
        QCOMPARE(blind::textCapacity(600, 999), 8);
        QCOMPARE(blind::textCapacity(1920, 1080), 40);
        QCOMPARE(blind::textCapacity(1000, 1000), 40);
        const QString small = m_dir.filePath(QStringLiteral("web.jpg"));
        photoAt(QStringLiteral("FallenLeaf"), 800, 600)
            .jpegsave(small.toUtf8().constData(), VImage::option()->set("Q", 92));
        try {
            process({small, {}}, QStringLiteral("watermark/3/type/3/text/%1").arg(b64(kShortText)));
            QFAIL("a 12-character text was embedded in an 800x600 picture");
        } catch (const ProcessingError &e) {
            QCOMPARE(e.error().code, ErrorCode::InvalidArgument);
            QCOMPARE(e.error().message,
                     QStringLiteral("blind watermark text has 12 characters; a 800x600 picture "
                                    "holds at most 8 (1000 px or more on the shorter side: 40)"));
        }
        const ProcessResult marked =
            process({small, {}}, QStringLiteral("watermark/3/type/3/text/%1").arg(b64(kTinyText)));
        const QString path = writeTemp(m_dir, QStringLiteral("web-marked.jpg"), marked.data);
        const QJsonObject o = json(process({path, {}}, QStringLiteral("watermark/4/type/3")).data);
        QCOMPARE(o[QStringLiteral("Text")].toString(), kTinyText);
        QCOMPARE(blind::extract(VImage::new_from_file(path.toUtf8().constData()), 3).format, 3);
    }

    // A strongly marked picture syncs on its own lattice with another type's chips too (about
    // 10 deviations at 800x600): read as another type, the tile is named as the type it is, and
    // the type asked for is not found.
    void anotherTypesTileIsNamed()
    {
        const blind::Payload mark =
            blind::markPayload(VImage::new_from_file(m_mark.toUtf8().constData()));
        for (const QString &name : {QStringLiteral("FallenLeaf"), QStringLiteral("summer_1am")}) {
            const VImage photo = photoAt(name, 800, 600);
            const VImage image = blind::embed(photo, 2, mark, 1);
            const VImage text = blind::embed(photo, 3, blind::textPayload(kTinyText), 1);
            const blind::Extraction asText = blind::extract(image, 3);
            QVERIFY(!asText.synced && !asText.decoded);
            QCOMPARE(asText.otherType, 2);
            const blind::Extraction asImage = blind::extract(text, 2, std::nullopt, mark);
            QVERIFY(!asImage.synced);
            QVERIFY(asImage.status < 60);
            QCOMPARE(asImage.otherType, 3);
            // Read as what they are, nothing else is said.
            QCOMPARE(blind::extract(text, 3).otherType, 0);
            QCOMPARE(blind::extract(photo, 3).otherType, 0);
        }
    }

    // Issue 23, point 6: marks of the first release (one 256-bit frame, 4-px cells at web
    // sizes) and of the second generation (format 2, 12 characters) still read.
    void earlierFormatsStillRead()
    {
        const blind::Payload payload = blind::textPayload(kShortText);
        const blind::Layout &v1 = blind::layoutFor(3);
        for (const QSize size : {QSize(800, 600), QSize(1920, 1080)}) {
            const VImage original =
                photoAt(QStringLiteral("summer_1am"), size.width(), size.height());
            const VImage marked =
                blind::embedTile(original, blind::tileValues(v1, blind::encodeFrame(payload)),
                                 blind::strengthFor(3, 1), 1);
            const blind::Extraction e =
                blind::extract(blind::findAttack(QStringLiteral("jpeg75"))->apply(marked), 3);
            QVERIFY(e.decoded);
            QCOMPARE(e.format, 1);
            QCOMPARE(e.text.value_or(QString()), kShortText);
            // Format 2, as the second generation embedded 12 characters at any size.
            const VImage short_ = blind::embed(original, 3, payload, 1);
            const blind::Extraction e2 =
                blind::extract(blind::findAttack(QStringLiteral("jpeg75"))->apply(short_), 3);
            QCOMPARE(e2.format, 2);
            QCOMPARE(e2.text.value_or(QString()), kShortText);
            // Type 2 of the first release: the mark's own 256 bits in the first format.
            const blind::Payload mark =
                blind::markPayload(VImage::new_from_file(m_mark.toUtf8().constData()));
            const VImage type2 = blind::embedTile(
                original, blind::tileValues(blind::layoutFor(2), blind::encodeFrame(mark)),
                blind::strengthFor(2, 1), 1);
            const blind::Extraction e3 = blind::extract(
                blind::findAttack(QStringLiteral("jpeg75"))->apply(type2), 2, std::nullopt, mark);
            QCOMPARE(e3.format, 1);
            QVERIFY2(e3.status > 75, qPrintable(QString::number(e3.status)));
            QVERIFY(e3.payload == mark);
        }
    }

    // Issue 23, point 2, sampled (bench/watermark runs 200): unmarked photographs, their crops and
    // scales, and pictures marked with another key or mark never read as marked.
    void noFalsePositives()
    {
        const blind::Payload mine =
            blind::markPayload(VImage::new_from_file(m_mark.toUtf8().constData()));
        blind::Payload other = mine;
        for (size_t i = 0; i < other.size(); i += 2)
            other[i] = !other[i];
        int checked = 0;
        for (const char *name : {"FallenLeaf", "summer_1am", "OneStandsOut", "DarkestHour"}) {
            const VImage p = photoAt(QString::fromLatin1(name), 800, 600);
            const VImage otherKey = blind::embed(p, 2, other, 1);
            // A thumbnail (280x210) is searched by folding at every period.
            const std::vector<VImage> suspects = {
                p, p.crop(100, 50, 560, 420), p.resize(0.6), p.resize(0.35), p.rot90(), otherKey};
            for (size_t i = 0; i < suspects.size(); ++i) {
                for (int type = 2; type <= 3; ++type) {
                    const blind::Extraction e =
                        blind::extract(suspects[i], type, std::nullopt, mine);
                    // Type 2 does find the other mark (and says it is not this one).
                    if (type == 3 || i + 1 < suspects.size()) QVERIFY2(!e.decoded, name);
                    if (type == 2) QVERIFY2(e.status < 60, qPrintable(QString::number(e.status)));
                    ++checked;
                }
            }
            // A type-3 mark of format 3 is no type-2 mark.
            const blind::Extraction e = blind::extract(
                blind::embed(p, 3, blind::textPayload(kTinyText), 1), 2, std::nullopt, mine);
            QVERIFY2(!e.decoded && e.status < 60, name);
            ++checked;
        }
        QCOMPARE(checked, 52);
    }

    void reportCoversEveryAttack()
    {
        std::vector<blind::Attack> attacks = {
            *blind::findAttack(QStringLiteral("jpeg50")),
            *blind::findAttack(QStringLiteral("resize50")),
            blind::styleAttack(QStringLiteral("thumb"),
                               QStringLiteral("imageMogr2/thumbnail/1200x/quality/70")),
            blind::styleAttack(QStringLiteral("broken"),
                               QStringLiteral("imageMogr2/rotate/90/cut/1x1"))};
        int calls = 0;
        const blind::Report r =
            blind::robustnessReport(m_photo, 3, blind::textPayload(kText), 1, attacks,
                                    [&](int, int) { return ++calls > 0; });
        QCOMPARE(int(r.rows.size()), 4);
        QVERIFY(r.embedPsnr >= 38);
        QVERIFY(r.rows[0].decoded && r.rows[1].decoded && r.rows[2].decoded);
        QVERIFY(r.rows[0].psnr > 30);        // same size: attack strength in dB
        QVERIFY(std::isnan(r.rows[1].psnr)); // resized: not comparable
        QVERIFY(r.rows[2].bitAccuracy > 0.8);
        QVERIFY(!r.rows[3].decoded);
        const QByteArray csv = blind::reportCsv({r});
        QCOMPARE(csv.count('\n'), 5);
        QVERIFY(csv.contains("\"jpeg50\",yes,"));
        // Cancelling stops before the next attack.
        const blind::Report cut =
            blind::robustnessReport(m_photo, 3, blind::textPayload(kText), 1, attacks,
                                    [](int done, int) { return done < 1; });
        QCOMPARE(int(cut.rows.size()), 1);
        // A typed rotation is named with a true minus, as the listed "Rotate −5°".
        QCOMPARE(blind::attackFromSpec(QStringLiteral("rotate:-10"))->label,
                 QStringLiteral("Rotate −10° (corners filled)"));
        // What processing refuses is not reported on (a 200x150 picture read 87 % of its bits).
        const QString tiny = m_dir.filePath(QStringLiteral("tiny.png"));
        photoAt(QStringLiteral("Kite"), 200, 150).pngsave(tiny.toUtf8().constData());
        try {
            blind::robustnessReport(tiny, 3, blind::textPayload(kTinyText), 1, attacks, {});
            QFAIL("a 200x150 picture was reported on");
        } catch (const ProcessingError &e) {
            QCOMPARE(e.error().code, ErrorCode::InvalidArgument);
            QCOMPARE(e.error().message, QStringLiteral("blind watermark needs at least 256 px on "
                                                       "the shorter side; the picture is 200x150"));
        }
    }

    // A 16-bit picture with alpha (a logo): the attacks that save without alpha (JPEG, grey,
    // a screenshot) were reported as errors ("subtract: not one band or 4 bands") and left out
    // of the chart's count. They are compared flattened, as the savers flatten them.
    void reportOnAPictureWithAlpha()
    {
        const VImage photo = photoAt(QStringLiteral("Kite"), 600, 400);
        VImage alpha = VImage::black(600, 400);
        alpha.draw_circle({255}, 300, 200, 180, VImage::option()->set("fill", true));
        const QString logo = m_dir.filePath(QStringLiteral("logo16.png"));
        (photo.bandjoin(alpha).cast(VIPS_FORMAT_USHORT) * 257)
            .cast(VIPS_FORMAT_USHORT)
            .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_RGB16))
            .pngsave(logo.toUtf8().constData());
        std::vector<blind::Attack> attacks;
        for (const char *id : {"jpeg75", "grey", "screenshot", "resize50"})
            attacks.push_back(*blind::findAttack(QString::fromLatin1(id)));
        const blind::Report r =
            blind::robustnessReport(logo, 3, blind::textPayload(kTinyText), 1, attacks, {});
        QCOMPARE(int(r.rows.size()), 4);
        for (const blind::ReportRow &row : r.rows)
            QVERIFY2(row.error.isEmpty(), qPrintable(row.attackId + u' ' + row.error));
        QVERIFY2(r.rows[0].psnr > 25 && r.rows[0].psnr < 60,
                 qPrintable(QString::number(r.rows[0].psnr)));
        QVERIFY(r.rows[1].psnr > 10);
    }
};

QTEST_GUILESS_MAIN(BlindWatermarkTest)
#include "test_blindwatermark.moc"
