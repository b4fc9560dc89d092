#include "imaging/blind/blindembed.h"

#include "imaging/blind/plane.h"

#include <algorithm>
#include <cmath>

namespace ad::imaging::blind
{

using vips::VImage;

int cellSizeFor(int width, int height, int format)
{
    const int side = std::min(width, height);
    if (format == 1) return std::clamp(int(std::lround(side / 256.0)), 4, 16);
    // Six pixels at least: a third of that survives scaling to 30 % (measured: 5 px lost more).
    return std::clamp(int(std::lround(side / 200.0)), 6, 24);
}

VImage embedTile(const VImage &srgb, const std::array<float, kCells> &tile, double rmsStrength,
                 int format)
{
    const Plane luma = lumaOf(srgb);
    const int w = luma.width, h = luma.height;
    // Local activity: deviation over 5x5, floored so flat areas still carry some signal.
    Plane sq(w, h);
    for (size_t i = 0; i < sq.v.size(); ++i)
        sq.v[i] = luma.v[i] * luma.v[i];
    const Plane mean = boxBlur(luma, 2), meanSq = boxBlur(sq, 2);
    Plane mask(w, h);
    double sum = 0;
    for (size_t i = 0; i < mask.v.size(); ++i) {
        const float var = std::max(0.0f, meanSq.v[i] - mean.v[i] * mean.v[i]);
        mask.v[i] = std::sqrt(var + 9.0f);
        sum += mask.v[i];
    }
    const float avg = float(sum / double(mask.v.size()));
    double energy = 0;
    for (float &m : mask.v) {
        m = std::clamp(m / avg, 0.3f, 2.5f);
        energy += double(m) * m;
    }
    const float gain = float(rmsStrength / std::sqrt(energy / double(mask.v.size())));
    const int cell = cellSizeFor(w, h, format);
    Plane delta(w, h);
    for (int y = 0; y < h; ++y) {
        const int row = ((y / cell) % kGrid) * kGrid;
        for (int x = 0; x < w; ++x)
            delta.at(x, y) = gain * mask.at(x, y) * tile[size_t(row + (x / cell) % kGrid)];
    }
    const VImage d = VImage::new_from_memory(delta.v.data(), delta.v.size() * sizeof(float), w, h,
                                             1, VIPS_FORMAT_FLOAT);
    const int colour = srgb.bands() >= 3 ? 3 : 1;
    VImage bands = srgb.extract_band(0, VImage::option()->set("n", colour));
    VImage marked = (bands + d + 0.5).cast(VIPS_FORMAT_UCHAR);
    if (srgb.bands() > colour)
        marked = marked.bandjoin(
            srgb.extract_band(colour, VImage::option()->set("n", srgb.bands() - colour)));
    // The delta buffer goes out of scope: render now.
    return marked.copy(VImage::option()->set("interpretation", srgb.interpretation()))
        .copy_memory();
}

} // namespace ad::imaging::blind
