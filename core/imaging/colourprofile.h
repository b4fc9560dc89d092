#pragma once

// Colour management through libvips' lcms2 transforms. Pixels are shown and stripped in sRGB:
// a picture with an embedded profile of another space (Display P3, Adobe RGB, a CMYK press
// profile) is converted with its profile first, so its colours keep their meaning; processing
// otherwise keeps the profile with the numbers it describes. Monitor profiles are not read
// (Qt 6.4 does not report one), so sRGB is the display space.

#include <QByteArray>
#include <QString>
#include <vips/vips8>

namespace ad::imaging
{

QByteArray embeddedProfile(const vips::VImage &image); // empty when none

// The profile's own description ("Display P3", "Adobe RGB (1998)"), empty for bytes that are
// not a profile.
QString profileDescription(const QByteArray &icc);

// The picture in sRGB with the profile applied (relative colorimetric, alpha kept, 8 bit or
// 16 bit as it was), or the picture itself when it has no profile or an sRGB one.
vips::VImage toSrgbByProfile(const vips::VImage &image);

} // namespace ad::imaging
