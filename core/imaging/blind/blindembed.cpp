#include "imaging/blind/blindembed.h"

#include <algorithm>
#include <cmath>

namespace ad::imaging::blind
{

namespace
{
constexpr double kActivityScale = 4;     // activity is stored in quarter grey levels
constexpr double kDefaultStrength = 3.0; // strengthFor() of level 1
constexpr double kFloor = 0.3;   // of the mean: what the flattest areas keep, about one grey level
constexpr double kSsimC2 = 58.5; // (0.03 * 255)^2, as in SSIM
constexpr double kSsimLoss = 0.026; // predicted SSIM cost allowed: 0.984 or more measured
} // namespace

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
    // Built as one libvips pipeline: it runs on every core in strips, so a 50 Mpx picture never
    // holds a full-size float plane (the hand-written loops took 2 s and 1.6 GB at 12 Mpx).
    const int w = srgb.width(), h = srgb.height();
    const int colour = srgb.bands() >= 3 ? 3 : 1;
    const VImage bands = srgb.extract_band(0, VImage::option()->set("n", colour));
    const VImage luma = colour == 3 ? bands.recomb(VImage::new_matrixv(3, 1, 0.299, 0.587, 0.114))
                                    : bands.cast(VIPS_FORMAT_FLOAT);
    // Perceptual mask: a change of a grey levels costs a window of deviation sigma (5 x 5) about
    // a^2 / (2 sigma^2 + C2) of its SSIM (C2 = (0.03 * 255)^2), so the pattern's amplitude follows
    // sqrt(2 sigma^2 + C2): textures carry most of it, flat skies and backdrops little. That cost,
    // summed over the picture, bounds the strength too.
    VImage box = VImage::new_matrixv(5, 1, 1.0, 1.0, 1.0, 1.0, 1.0);
    box.set("scale", 5.0);
    auto mean5 = [&](const VImage &in) {
        return in.convsep(box, VImage::option()->set("precision", VIPS_PRECISION_FLOAT));
    };
    const VImage mean = mean5(luma), meanSq = mean5(luma * luma);
    const VImage var = meanSq - mean * mean;
    // Kept once, in quarter grey levels: its histogram gives the mean and the energy of the
    // clamped mask without evaluating the filters again, and a lookup table turns it into gain.
    const VImage activity =
        (((var < 0).ifthenelse(0.0, var) * 2.0 + kSsimC2).pow(0.5) * kActivityScale)
            .cast(VIPS_FORMAT_USHORT)
            .copy_memory();
    const VImage hist = activity.hist_find().cast(VIPS_FORMAT_DOUBLE).copy_memory();
    const auto *count = static_cast<const double *>(hist.data());
    const int levels = hist.width();
    double pixels = 0, sum = 0;
    for (int v = 0; v < levels; ++v)
        pixels += count[v], sum += count[v] * v;
    const double avg = std::max(1.0, sum / pixels);
    std::vector<float> relative(static_cast<size_t>(levels));
    double energy = 0, ssimCost = 0;
    for (int v = 0; v < levels; ++v) {
        const double r = std::clamp(v / avg, kFloor, 2.5);
        relative[size_t(v)] = float(r);
        energy += count[v] * r * r;
        const double act = std::max(1.0, v / kActivityScale);
        ssimCost += count[v] * r * r / (act * act);
    }
    // The strength asked for, unless that would cost more SSIM than allowed (a picture that is
    // flat nearly everywhere gets a fainter mark rather than visible noise).
    // Stronger levels (type 2) ask for more than the default and get it in proportion.
    const double gain =
        std::min(rmsStrength / std::sqrt(energy / pixels),
                 std::sqrt(kSsimLoss / (ssimCost / pixels)) * rmsStrength / kDefaultStrength);
    for (float &r : relative)
        r *= float(gain);
    const VImage lut = VImage::new_from_memory(relative.data(), relative.size() * sizeof(float),
                                               levels, 1, 1, VIPS_FORMAT_FLOAT);
    const VImage mask = activity.maplut(lut);
    // The tile, one cell per pixel, enlarged to its cell size and repeated over the picture.
    const int cell = cellSizeFor(w, h, format);
    const VImage cells =
        VImage::new_from_memory(const_cast<float *>(tile.data()), tile.size() * sizeof(float),
                                kGrid, kGrid, 1, VIPS_FORMAT_FLOAT)
            .copy_memory();
    const int period = kGrid * cell;
    const VImage pattern = cells.zoom(cell, cell)
                               .replicate((w + period - 1) / period, (h + period - 1) / period)
                               .crop(0, 0, w, h);
    VImage marked = (bands + mask * pattern + 0.5).cast(VIPS_FORMAT_UCHAR);
    if (srgb.bands() > colour)
        marked = marked.bandjoin(
            srgb.extract_band(colour, VImage::option()->set("n", srgb.bands() - colour)));
    return marked.copy(VImage::option()->set("interpretation", srgb.interpretation()))
        .copy_memory();
}

} // namespace ad::imaging::blind
