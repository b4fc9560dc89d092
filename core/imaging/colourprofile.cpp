#include "imaging/colourprofile.h"

#include <cmath>
#include <lcms2.h>
#include <memory>

using vips::VImage;

namespace ad::imaging
{

namespace
{

constexpr char kProfileField[] = "icc-profile-data";

struct ProfileCloser {
    void operator()(void *p) const { cmsCloseProfile(p); }
};
using Profile = std::unique_ptr<void, ProfileCloser>;

Profile openProfile(const QByteArray &icc)
{
    if (icc.isEmpty()) return Profile();
    return Profile(cmsOpenProfileFromMem(icc.constData(), cmsUInt32Number(icc.size())));
}

// sRGB profiles differ in bytes between vendors; their colorants and white agree. Comparing
// those skips a transform that would change nothing on most camera and web pictures.
bool isSrgb(void *profile)
{
    if (cmsGetColorSpace(profile) != cmsSigRgbData) return false;
    const cmsCIEXYZ *red =
        static_cast<const cmsCIEXYZ *>(cmsReadTag(profile, cmsSigRedColorantTag));
    const cmsCIEXYZ *green =
        static_cast<const cmsCIEXYZ *>(cmsReadTag(profile, cmsSigGreenColorantTag));
    const cmsCIEXYZ *blue =
        static_cast<const cmsCIEXYZ *>(cmsReadTag(profile, cmsSigBlueColorantTag));
    if (!red || !green || !blue) return false;
    // sRGB's D50-adapted colorants, as every ICC v2/v4 sRGB profile carries them.
    const auto near = [](const cmsCIEXYZ *c, double x, double y, double z) {
        return std::abs(c->X - x) < 0.003 && std::abs(c->Y - y) < 0.003 &&
               std::abs(c->Z - z) < 0.003;
    };
    if (!near(red, 0.4361, 0.2225, 0.0139) || !near(green, 0.3851, 0.7169, 0.0971) ||
        !near(blue, 0.1431, 0.0606, 0.7141))
        return false;
    // Same primaries with another tone curve (linear sRGB) still needs the transform.
    const auto *curve = static_cast<const cmsToneCurve *>(cmsReadTag(profile, cmsSigRedTRCTag));
    return curve && std::abs(cmsEvalToneCurveFloat(curve, 0.5f) - 0.2140f) < 0.002f;
}

} // namespace

QByteArray embeddedProfile(const VImage &image)
{
    if (image.get_typeof(kProfileField) != VIPS_TYPE_BLOB) return {};
    size_t length = 0;
    const void *data = image.get_blob(kProfileField, &length);
    return QByteArray(static_cast<const char *>(data), qsizetype(length));
}

QString profileDescription(const QByteArray &icc)
{
    const Profile profile = openProfile(icc);
    if (!profile) return {};
    wchar_t text[256] = {};
    if (!cmsGetProfileInfo(profile.get(), cmsInfoDescription, "en", "US", text, 256)) return {};
    return QString::fromWCharArray(text).trimmed();
}

VImage toSrgbByProfile(const VImage &image)
{
    const QByteArray icc = embeddedProfile(image);
    const Profile profile = openProfile(icc);
    if (!profile || isSrgb(profile.get())) return image;
    // Grey profiles and profiles that do not fit the bands (a broken file) are left alone:
    // the picture still shows as its numbers say.
    const auto space = cmsGetColorSpace(profile.get());
    const int colours = image.bands() - (image.has_alpha() ? 1 : 0);
    if (!(space == cmsSigRgbData && colours == 3) && !(space == cmsSigCmykData && colours == 4))
        return image;
    const bool wide = image.format() == VIPS_FORMAT_USHORT;
    try {
        return image.icc_transform("srgb", VImage::option()
                                               ->set("embedded", true)
                                               ->set("intent", VIPS_INTENT_RELATIVE)
                                               ->set("depth", wide ? 16 : 8));
    } catch (const vips::VError &) {
        vips_error_clear();
        return image;
    }
}

} // namespace ad::imaging
