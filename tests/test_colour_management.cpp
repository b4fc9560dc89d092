// Colour management: pictures with a Display P3 or Adobe RGB profile made here show in sRGB
// through every display path (preview/thumbnail, viewer), `strip` converts before dropping the
// profile, other processing keeps it, and the probe names it. Expected values come from lcms2's
// own transform of the same numbers; a difference under ΔE 2 passes.

#include "imaging/colourprofile.h"
#include "imaging/executor.h"
#include "imaging/preview.h"
#include "imaging/viewerimage.h"

#include <QTemporaryDir>
#include <QTest>
#include <lcms2.h>
#include <vips/vips8>

using namespace ad;
using namespace ad::imaging;
using vips::VImage;

namespace
{

// Eight patches: the pure primaries, where wide gamuts differ most from sRGB, and mid tones.
const QList<QList<int>> kPatches{{255, 0, 0},     {0, 255, 0},    {0, 0, 255},    {255, 255, 255},
                                 {128, 128, 128}, {200, 120, 40}, {30, 160, 200}, {240, 200, 220}};
constexpr int kPatch = 16;

QByteArray rgbProfile(const cmsCIExyYTRIPLE &primaries, cmsToneCurve *curve, const char *name)
{
    cmsCIExyY white;
    cmsWhitePointFromTemp(&white, 6504);
    cmsToneCurve *curves[3] = {curve, curve, curve};
    cmsHPROFILE p = cmsCreateRGBProfile(&white, &primaries, curves);
    cmsMLU *description = cmsMLUalloc(nullptr, 1);
    cmsMLUsetASCII(description, "en", "US", name);
    cmsWriteTag(p, cmsSigProfileDescriptionTag, description);
    cmsMLUfree(description);
    cmsUInt32Number size = 0;
    cmsSaveProfileToMem(p, nullptr, &size);
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    cmsSaveProfileToMem(p, out.data(), &size);
    cmsCloseProfile(p);
    cmsFreeToneCurve(curve);
    return out;
}

cmsToneCurve *srgbCurve()
{
    const cmsFloat64Number params[5] = {2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045};
    return cmsBuildParametricToneCurve(nullptr, 4, params);
}

QByteArray displayP3()
{
    return rgbProfile({{0.680, 0.320, 1}, {0.265, 0.690, 1}, {0.150, 0.060, 1}}, srgbCurve(),
                      "Display P3 (test)");
}

QByteArray adobeRgb()
{
    return rgbProfile({{0.640, 0.330, 1}, {0.210, 0.710, 1}, {0.150, 0.060, 1}},
                      cmsBuildGamma(nullptr, 563.0 / 256), "Adobe RGB (test)");
}

QByteArray srgb()
{
    return rgbProfile({{0.640, 0.330, 1}, {0.300, 0.600, 1}, {0.150, 0.060, 1}}, srgbCurve(),
                      "sRGB (test)");
}

// The patches as a picture in the given numbers, tagged with the profile. 16 bit scales them.
VImage patches(const QByteArray &icc, bool sixteen = false)
{
    std::vector<VImage> row;
    for (const auto &c : kPatches) {
        const double scale = sixteen ? 257 : 1;
        row.push_back(VImage::black(kPatch, kPatch, VImage::option()->set("bands", 3))
                          .linear({1, 1, 1}, {c[0] * scale, c[1] * scale, c[2] * scale})
                          .cast(sixteen ? VIPS_FORMAT_USHORT : VIPS_FORMAT_UCHAR));
    }
    VImage out = VImage::arrayjoin(row).copy(VImage::option()->set(
        "interpretation", sixteen ? VIPS_INTERPRETATION_RGB16 : VIPS_INTERPRETATION_sRGB));
    out = out.copy_memory();
    // A copy of the bytes: the caller's QByteArray is often a temporary.
    vips_image_set_blob_copy(out.get_image(), "icc-profile-data", icc.constData(),
                             size_t(icc.size()));
    return out;
}

QString writePng(const QTemporaryDir &dir, const QString &name, const VImage &image)
{
    const QString path = dir.filePath(name);
    image.pngsave(path.toLocal8Bit().data());
    return path;
}

// What lcms makes of the patches in sRGB, the reference the paths are held to.
QList<QList<int>> lcmsExpected(const QByteArray &icc)
{
    cmsHPROFILE from = cmsOpenProfileFromMem(icc.constData(), cmsUInt32Number(icc.size()));
    cmsHPROFILE to = cmsCreate_sRGBProfile();
    cmsHTRANSFORM t =
        cmsCreateTransform(from, TYPE_RGB_8, to, TYPE_RGB_8, INTENT_RELATIVE_COLORIMETRIC, 0);
    QList<QList<int>> out;
    for (const auto &c : kPatches) {
        const quint8 in[3] = {quint8(c[0]), quint8(c[1]), quint8(c[2])};
        quint8 rgb[3];
        cmsDoTransform(t, in, rgb, 1);
        out.append({rgb[0], rgb[1], rgb[2]});
    }
    cmsDeleteTransform(t);
    cmsCloseProfile(from);
    cmsCloseProfile(to);
    return out;
}

double deltaE(const QList<int> &a, const QList<int> &b)
{
    cmsHPROFILE srgbProfile = cmsCreate_sRGBProfile();
    cmsHPROFILE lab = cmsCreateLab4Profile(nullptr);
    cmsHTRANSFORM t = cmsCreateTransform(srgbProfile, TYPE_RGB_8, lab, TYPE_Lab_DBL,
                                         INTENT_RELATIVE_COLORIMETRIC, 0);
    const quint8 pa[3] = {quint8(a[0]), quint8(a[1]), quint8(a[2])};
    const quint8 pb[3] = {quint8(b[0]), quint8(b[1]), quint8(b[2])};
    cmsCIELab la, lb;
    cmsDoTransform(t, pa, &la, 1);
    cmsDoTransform(t, pb, &lb, 1);
    cmsDeleteTransform(t);
    cmsCloseProfile(srgbProfile);
    cmsCloseProfile(lab);
    return cmsDeltaE(&la, &lb);
}

// Each patch's centre in a picture of the patches scaled to `width` across.
QList<QList<int>> sampled(const QImage &image)
{
    QList<QList<int>> out;
    const double step = double(image.width()) / kPatches.size();
    for (int i = 0; i < kPatches.size(); ++i) {
        const QColor c = image.pixelColor(int((i + 0.5) * step), image.height() / 2);
        out.append({c.red(), c.green(), c.blue()});
    }
    return out;
}

QByteArray checkClose(const QList<QList<int>> &got, const QList<QList<int>> &want, double limit = 2)
{
    for (int i = 0; i < want.size(); ++i) {
        const double d = deltaE(got[i], want[i]);
        if (d > limit)
            return QStringLiteral("patch %1: got (%2, %3, %4), lcms says (%5, %6, %7), ΔE %8")
                .arg(i)
                .arg(got[i][0])
                .arg(got[i][1])
                .arg(got[i][2])
                .arg(want[i][0])
                .arg(want[i][1])
                .arg(want[i][2])
                .arg(d)
                .toUtf8();
    }
    return {};
}

} // namespace

class ColourManagementTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(VIPS_INIT("test") == 0);
    }

    void displayPathsConvertToSrgb_data()
    {
        QTest::addColumn<QByteArray>("icc");
        QTest::addColumn<bool>("sixteen");
        QTest::newRow("display-p3") << displayP3() << false;
        QTest::newRow("adobe-rgb") << adobeRgb() << false;
        QTest::newRow("display-p3-16bit") << displayP3() << true;
    }
    void displayPathsConvertToSrgb()
    {
        QFETCH(QByteArray, icc);
        QFETCH(bool, sixteen);
        const QString path = writePng(m_dir, QStringLiteral("wide.png"), patches(icc, sixteen));
        const auto want = lcmsExpected(icc);
        // The wide gamut's colours are not sRGB's numbers: else the test would pass for the
        // wrong reason. (Pure primaries clip to sRGB's; the mid tones move most.)
        double moved = 0;
        for (int i = 0; i < kPatches.size(); ++i)
            moved = std::max(moved, deltaE(want[i], kPatches[i]));
        QVERIFY2(moved > 5, qPrintable(QString::number(moved)));

        QString error;
        const QImage preview = loadPreview(path, QSize(kPatch * 8, kPatch), &error);
        QVERIFY2(!preview.isNull(), qPrintable(error));
        QByteArray why = checkClose(sampled(preview), want);
        QVERIFY2(why.isEmpty(), why.constData());

        const ViewerImage viewer = loadViewerImage(path, QSize(4000, 4000));
        QVERIFY(!viewer.frames.isEmpty());
        why = checkClose(sampled(viewer.frames.first()), want);
        QVERIFY2(why.isEmpty(), why.constData());
    }

    // strip converts first, so the colours survive losing the profile; without strip the
    // numbers and the profile travel together.
    void stripConvertsOtherProcessingKeeps()
    {
        const QByteArray icc = displayP3();
        const QString path = writePng(m_dir, QStringLiteral("p3.png"), patches(icc));
        const auto stripped = process({path, {}}, QStringLiteral("imageMogr2/strip/format/png"));
        const VImage s =
            VImage::new_from_buffer(stripped.data.constData(), size_t(stripped.data.size()), "");
        QVERIFY(embeddedProfile(s).isEmpty());
        QImage decoded;
        QVERIFY(decoded.loadFromData(stripped.data));
        QByteArray why = checkClose(sampled(decoded), lcmsExpected(icc));
        QVERIFY2(why.isEmpty(), why.constData());

        for (const QString &processing :
             {QStringLiteral("imageMogr2/format/webp/quality/100"),
              QStringLiteral("imageMogr2/thumbnail/64x/format/png"),
              QStringLiteral("imageMogr2/rotate/90|imageMogr2/format/png")}) {
            const auto kept = process({path, {}}, processing);
            const VImage k =
                VImage::new_from_buffer(kept.data.constData(), size_t(kept.data.size()), "");
            QCOMPARE(profileDescription(embeddedProfile(k)), QStringLiteral("Display P3 (test)"));
        }
        const auto kept = process({path, {}}, QStringLiteral("imageMogr2/format/png"));
        QVERIFY(decoded.loadFromData(kept.data));
        QCOMPARE(sampled(decoded)[0], kPatches[0]); // the P3 numbers, untouched
    }

    void probeNamesTheProfile()
    {
        const QString p3 = writePng(m_dir, QStringLiteral("named.png"), patches(adobeRgb()));
        QCOMPARE(probeImage(p3).colourProfile, QStringLiteral("Adobe RGB (test)"));
        const QString plain =
            writePng(m_dir, QStringLiteral("plain.png"),
                     VImage::black(8, 8, VImage::option()->set("bands", 3))
                         .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB)));
        QCOMPARE(probeImage(plain).colourProfile, QString());
        QCOMPARE(profileDescription("not a profile"), QString());
    }

    // An sRGB profile (another vendor's bytes) changes nothing: the numbers show as they are.
    void srgbProfileLeavesNumbersAlone()
    {
        const VImage tagged = patches(srgb());
        QCOMPARE(toSrgbByProfile(tagged).get_image(), tagged.get_image());
        const QString path = writePng(m_dir, QStringLiteral("srgb.png"), tagged);
        const QImage preview = loadPreview(path, QSize(kPatch * 8, kPatch));
        QCOMPARE(sampled(preview), kPatches);
    }
};

QTEST_GUILESS_MAIN(ColourManagementTest)
#include "test_colour_management.moc"
