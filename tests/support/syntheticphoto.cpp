#include "support/syntheticphoto.h"

#include "imaging/vipsutil.h"

#include <algorithm>

namespace ad::test
{

using vips::VImage;

VImage syntheticPhoto(int seed, int width, int height)
{
    imaging::ensureVips();
    // Per band: perlin noise at three scales plus worley cells.
    std::vector<VImage> bands;
    for (int b = 0; b < 3; ++b) {
        VImage sum = VImage::black(width, height).cast(VIPS_FORMAT_FLOAT);
        for (int scale : {256, 64, 16}) {
            const int cell = std::max(8, scale - (seed * 13 + b * 7) % (scale / 2));
            sum = sum + VImage::perlin(width, height,
                                       VImage::option()
                                           ->set("cell_size", cell)
                                           ->set("seed", seed * 31 + b * 7 + scale)) *
                            (scale / 64.0);
        }
        const VImage cells = VImage::worley(
            width, height,
            VImage::option()->set("cell_size", 96 + seed % 5 * 20)->set("seed", seed));
        sum = sum * 40 + cells * (0.3 + b * 0.2) + 128;
        bands.push_back(sum.cast(VIPS_FORMAT_UCHAR));
    }
    return VImage::bandjoin(bands).copy(
        VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
}

QString savePhoto(const VImage &image, const QString &path, int quality)
{
    image.write_to_file(path.toUtf8().constData(), VImage::option()->set("Q", quality));
    return path;
}

} // namespace ad::test
