#include "imaging/vipsqimage.h"

#include "imaging/colourprofile.h"
#include "imaging/vipsutil.h"

using vips::VImage;

namespace ad::imaging
{

QImage toQImage(const VImage &image)
{
    VImage img = toSrgb(toSrgbByProfile(image));
    if (img.bands() < 3) img = img.colourspace(VIPS_INTERPRETATION_sRGB);
    if (img.bands() == 3) img = img.bandjoin_const({255});
    img = img.cast(VIPS_FORMAT_UCHAR);
    size_t size = 0;
    void *pixels = img.write_to_memory(&size);
    return QImage(
        static_cast<const uchar *>(pixels), img.width(), img.height(), img.width() * 4,
        QImage::Format_RGBA8888, [](void *p) { g_free(p); }, pixels);
}

} // namespace ad::imaging
