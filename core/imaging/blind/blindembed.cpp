#include "imaging/blind/blindembed.h"

#include "imaging/blind/plane.h"
#include "imaging/fidelity.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace ad::imaging::blind
{

namespace
{
constexpr double kActivityScale = 4;     // activity is stored in quarter grey levels
constexpr double kDefaultStrength = 3.0; // strengthFor() of level 1
constexpr double kFloor = 0.3;   // of the mean: what the flattest areas keep, about one grey level
constexpr double kSsimC2 = 58.5; // (0.03 * 255)^2, as in SSIM
constexpr double kSsimLoss = 0.028; // SSIM cost allowed by the model: 0.982 or more measured
// Below this shorter side the measured SSIM sets the budget instead: at least kSsimTarget.
constexpr int kCalibratedSide = 1000;
constexpr double kSsimTarget = 0.983;
constexpr double kMaxSsimLoss = 0.08;
// Calm pixels, by local deviation in grey levels, and the share of a level they take at most.
// One level in 6 px cells on a smooth sky or backdrop showed as a mottle at 100 %; a third of
// one (two thirds a little less calm) did not, and kept every attack of the web-sized matrix.
constexpr std::array<std::pair<double, double>, 2> kCalmCaps{{{0.9, 1.0 / 3}, {1.7, 2.0 / 3}}};
// Only on backgrounds this bright (local mean, grey levels): the eye's threshold in dark areas is
// three times that of mid-grey or more (Chou and Li's luminance adaptation), and the moss,
// half of it under 30 levels, lost six attacks when its dark calm pixels were capped too.
constexpr double kDarkBelow = 48;
constexpr int kBright = 1024;      // above any activity (at most 4 x 181)
constexpr int kTableStride = 2048; // above any activity index (kBright + 4 x 181)
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
    const VImage luma = lumaImage(bands);
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
    // Pixels on a background bright enough to show a calm pattern count from kBright on (the
    // comparison gives 255 where true).
    const VImage activity =
        (((var < 0).ifthenelse(0.0, var) * 2.0 + kSsimC2).pow(0.5) * kActivityScale +
         (mean >= kDarkBelow) * (double(kBright) / 255))
            .cast(VIPS_FORMAT_USHORT)
            .copy_memory();
    const VImage hist = activity.hist_find().cast(VIPS_FORMAT_DOUBLE).copy_memory();
    const auto *count = static_cast<const double *>(hist.data());
    const int levels = hist.width();
    double pixels = 0, sum = 0;
    auto actOf = [](int v) { return v % kBright; };
    for (int v = 0; v < levels; ++v)
        pixels += count[v], sum += count[v] * actOf(v);
    const double avg = std::max(1.0, sum / pixels);
    // The amplitude follows the activity raised to this exponent (1: the SSIM model's own
    // shape; chosen below).
    std::vector<double> relative(static_cast<size_t>(levels));
    auto shape = [&](double exponent) {
        for (int v = 0; v < levels; ++v)
            relative[size_t(v)] = std::clamp(std::pow(actOf(v) / avg, exponent), kFloor, 2.5);
    };
    // The pattern is +-1 added to whole grey levels, so a pixel changes by its amplitude rounded:
    // what is under half a level costs nothing and marks nothing. Energy and SSIM cost are counted
    // as they will be, so the budget is spent rather than predicted. Pixels that the first gain
    // leaves at one grey level or none (flat areas) keep that when a second gain is sought for
    // the rest (frozen; 0 for one gain for all).
    auto change = [&](int v, double gain, double frozen) {
        const double r = relative[size_t(v)];
        return frozen > 0 && r * frozen < 1.5 ? r * frozen : r * gain;
    };
    // A luminance change of a spread over the bands in proportion to their luma weights,
    // a * (0.669, 1.313, 0.255), costs the least squared error: 0.746 of the same change in
    // every band, so a picture held by the PSNR (moss) carries 16 % more of it. Changes of one
    // or two grey levels stay the same in every band: split and rounded, one level carries 0.886
    // of a level and two 2.174, and smooth photographs lost a rotated copy or two that way.
    const bool split = colour == 3;
    // Expected square of a change of x levels dithered between its whole neighbours.
    auto dithered = [](double x) {
        const double n = std::floor(x);
        return n * n + (x - n) * (2 * n + 1);
    };
    // Pixels calmer than each deviation take at most that share of a grey level, as a dithered
    // pattern (0 for none).
    std::array<int, kCalmCaps.size()> calmLevels{};
    for (size_t i = 0; i < kCalmCaps.size(); ++i)
        calmLevels[i] =
            int(kActivityScale * std::sqrt(2 * std::pow(kCalmCaps[i].first, 2) + kSsimC2));
    auto calmCap = [&](int v) {
        for (size_t i = 0; i < kCalmCaps.size() && v >= kBright; ++i)
            if (actOf(v) < calmLevels[i]) return kCalmCaps[i].second;
        return 0.0;
    };
    constexpr double kUniformUpTo = 2;
    constexpr auto &kLuma = kLumaWeights;
    constexpr double kLumaNorm = kLuma[0] * kLuma[0] + kLuma[1] * kLuma[1] + kLuma[2] * kLuma[2];
    auto bandChange = [&](int v, double gain, double frozen) {
        const double a = change(v, gain, frozen);
        std::array<double, 3> d{};
        if (const double cap = calmCap(v); cap > 0) {
            d.fill(std::min(a, cap));
            return d;
        }
        if (!split || std::round(a) <= kUniformUpTo) {
            d.fill(std::round(a));
            return d;
        }
        for (int c = 0; c < 3; ++c)
            d[size_t(c)] = std::round(a * kLuma[size_t(c)] / kLumaNorm);
        return d;
    };
    auto meanSquare = [&](const std::array<double, 3> &d) {
        return (dithered(d[0]) + dithered(d[1]) + dithered(d[2])) / 3;
    };
    auto lumaOfChange = [&](const std::array<double, 3> &d) {
        return kLuma[0] * d[0] + kLuma[1] * d[1] + kLuma[2] * d[2];
    };
    // Stronger levels (type 2) ask for more than the default and may cost SSIM in proportion.
    const double k = rmsStrength / kDefaultStrength;
    // Mean squared change and SSIM cost (before the level's allowance) at a gain.
    auto cost = [&](double gain, double frozen) {
        double energy = 0, ssimCost = 0;
        for (int v = 0; v < levels; ++v) {
            if (count[v] == 0) continue;
            const std::array<double, 3> d = bandChange(v, gain, frozen);
            const double luma = lumaOfChange(d);
            const double act = std::max(1.0, actOf(v) / kActivityScale);
            energy += count[v] * meanSquare(d);
            ssimCost += count[v] * (calmCap(v) > 0 ? dithered(luma) : luma * luma) / (act * act);
        }
        return std::pair{energy / pixels, ssimCost / pixels};
    };
    auto fits = [&](double gain, double frozen, double loss) {
        const auto [energy, ssimCost] = cost(gain, frozen);
        return energy <= rmsStrength * rmsStrength && ssimCost <= loss * k * k;
    };
    // The strongest gain within both budgets (both only grow with it), by bisection.
    auto strongest = [&](double lo, double frozen, double loss) {
        double hi = 64;
        for (int i = 0; i < 40; ++i) {
            const double mid = (lo + hi) / 2;
            (fits(mid, frozen, loss) ? lo : hi) = mid;
        }
        return lo;
    };
    // Each pixel's row in the change table: its activity, plus an offset for its place in the
    // tile (the cell's sign) and in an ordered 4 x 4 (Bayer) dither, which turns a fraction of a
    // level into whole levels on that share of the pixels, finely spread. The offsets repeat
    // with the tile (its period is a multiple of 4), so one small image replicated holds them
    // and the whole change is one table lookup.
    const int cell = cellSizeFor(w, h, format);
    const int period = kGrid * cell;
    constexpr std::array<int, 16> kBayer{0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5};
    constexpr int kPlaces = 2 * int(kBayer.size());
    std::vector<uint16_t> offsets(size_t(period) * size_t(period));
    for (int y = 0; y < period; ++y)
        for (int x = 0; x < period; ++x) {
            const bool raised = tile[size_t((y / cell) * kGrid + x / cell)] > 0;
            // The dither threshold's rank (0-15), then the sign.
            const int place = kBayer[size_t((y % 4) * 4 + x % 4)] + (raised ? 16 : 0);
            offsets[size_t(y) * size_t(period) + size_t(x)] = uint16_t(place * kTableStride);
        }
    const VImage index =
        activity + VImage::new_from_memory(offsets.data(), offsets.size() * sizeof(uint16_t),
                                           period, period, 1, VIPS_FORMAT_USHORT)
                       .copy_memory()
                       .replicate((w + period - 1) / period, (h + period - 1) / period)
                       .crop(0, 0, w, h);
    // The detector divides the residual by its local deviation, so a pixel counts by its
    // amplitude over its activity. Where the strength binds before the SSIM budget (a picture
    // textured everywhere, such as moss), amplitude following the activity less closely moves
    // energy to the calmer pixels, which the detector reads best, within the same SSIM budget;
    // where the SSIM budget binds, the exponent 1 reads best and is kept.
    auto readable = [&](double gain, double frozen) {
        double total = 0;
        for (int v = 0; v < levels; ++v)
            total += count[v] * lumaOfChange(bandChange(v, gain, frozen)) /
                     std::max(1.0, actOf(v) / kActivityScale);
        return total;
    };
    // The model underrates what calm pixels cost: measured on moss at 1080p, SSIM 0.977 at the
    // exponent 0.4 on the model's full budget, 0.983 on 0.7 of it. Small pictures measure it.
    const bool calibrated = std::min(w, h) < kCalibratedSide && k == 1;
    auto budgetFor = [&](double e) { return e < 1 && !calibrated ? kSsimLoss * 0.7 : kSsimLoss; };
    double exponent = 1, bestScore = -1;
    // The stronger type-2 levels keep the model's own shape: their SSIM is never measured.
    for (const double e : {1.0, 0.8, 0.6, 0.4}) {
        if (e < 1 && k != 1) break;
        shape(e);
        const double f = strongest(0, 0, budgetFor(e));
        const double score = readable(strongest(f, f, budgetFor(e)), f);
        if (score > bestScore * 1.01) bestScore = score, exponent = e;
    }
    shape(exponent);
    const double budget = budgetFor(exponent);
    // A picture flat nearly everywhere meets the SSIM budget long before the strength asked for,
    // at the step where all its flat pixels would go from one grey level to two. Those keep what
    // the model's budget gives them; whatever budget is left goes to the textured pixels, where a
    // mark is least visible and survives compression best (measured: WebP 50 kept on 7 of 8
    // web-sized photographs, 2 before).
    const double first = strongest(0, 0, budget);
    auto markedWith = [&](double gain) {
        const int lutBands = split ? 3 : 1;
        std::vector<float> table(size_t(kPlaces) * size_t(kTableStride) * size_t(lutBands));
        // The histogram of 16-bit values may run past the largest activity (empty levels).
        for (int v = 0; v < std::min(levels, kTableStride); ++v) {
            const std::array<double, 3> d = bandChange(v, gain, first);
            for (int place = 0; place < kPlaces; ++place) {
                const double threshold = (place % 16 + 0.5) / 16;
                const double sign = place >= 16 ? 1 : -1;
                for (int c = 0; c < lutBands; ++c)
                    table[(size_t(place) * kTableStride + size_t(v)) * size_t(lutBands) +
                          size_t(c)] = float(sign * std::floor(d[size_t(c)] + threshold));
            }
        }
        const VImage lut =
            VImage::new_from_memory(table.data(), table.size() * sizeof(float),
                                    kPlaces * kTableStride, 1, lutBands, VIPS_FORMAT_FLOAT)
                .copy_memory();
        // Every term is a whole number, so the truncating cast needs no half added first: that
        // pass cost 3 % of a 12 Mpx embed.
        return (bands + index.maplut(lut)).cast(VIPS_FORMAT_UCHAR);
    };
    double loss = budget, gain = strongest(first, first, loss);
    VImage marked = markedWith(gain);
    // Small pictures hold few tiles, so every bit of strength counts: there the SSIM actually
    // measured sets the budget (the model is off by up to a factor of two either way), in a few
    // evaluations that cost little at these sizes. Not when the strength asked for binds first
    // (unless the mask is flattened, whose SSIM the model underrates), nor for the stronger
    // type-2 levels, which take the model's budget in proportion.
    if (calibrated && (exponent < 1 || strongest(first, first, kMaxSsimLoss) > gain)) {
        constexpr double kAim = kSsimTarget + 0.001;
        // Scaled from the cost actually spent (where the strength binds, below the budget), and
        // free to go below the first gain.
        if (exponent < 1) loss = cost(gain, first).second;
        // Measured on the luminance when the change is split over the bands: the blue band,
        // barely changed, would otherwise let the luminance change grow past what is seen.
        auto measuredSsim = [&](const VImage &m) {
            return split ? ssimOf(luma, lumaImage(m)) : ssimOf(bands, m);
        };
        marked = marked.copy_memory();
        double ssim = measuredSsim(marked), bestGain = 0;
        VImage best;
        for (int i = 0;; ++i) {
            if (ssim >= kSsimTarget && gain > bestGain) best = marked, bestGain = gain;
            const double next = std::min(kMaxSsimLoss, loss * (1 - kAim) / (1 - ssim));
            if (i == 3 || std::abs(ssim - kAim) < 0.001 || next == loss) break;
            loss = next;
            const double adjusted = strongest(exponent < 1 ? 0 : first, first, loss);
            if (adjusted == gain) break; // the strength binds: the same picture again
            gain = adjusted;
            marked = markedWith(gain).copy_memory();
            ssim = measuredSsim(marked);
        }
        if (!best.is_null()) marked = best;
    }
    if (srgb.bands() > colour)
        marked = marked.bandjoin(
            srgb.extract_band(colour, VImage::option()->set("n", srgb.bands() - colour)));
    return marked.copy(VImage::option()->set("interpretation", srgb.interpretation()))
        .copy_memory();
}

} // namespace ad::imaging::blind
