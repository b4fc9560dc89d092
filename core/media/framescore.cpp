#include "media/framescore.h"

#include "imaging/vipsutil.h"

#include <cmath>

namespace ad::media
{

namespace
{
// Below these a frame is a fade, a slate or a lens cap rather than a picture.
constexpr double kBlackMean = 24;     // mean luma
constexpr double kBlankRange = 20;    // luma levels between the 5th and 95th percentile
constexpr double kBlankEntropy = 1.5; // bits: at most a handful of grey levels
// A frame far softer than the sharpest candidate is motion blur or a focus pull.
constexpr double kBlurShare = 0.15;
} // namespace

double FrameScore::score() const
{
    // Detail (entropy) first; sharpness breaks ties between equally busy frames.
    return entropy + 0.25 * std::log2(1 + sharpness);
}

FrameScore scoreFrame(const vips::VImage &image)
{
    FrameScore s;
    try {
        const vips::VImage luma = image.colourspace(VIPS_INTERPRETATION_B_W)[0];
        s.meanLuma = luma.avg();
        s.lumaRange = luma.percent(95) - luma.percent(5);
        s.entropy = luma.hist_find().hist_entropy();
        const vips::VImage laplacian =
            vips::VImage::new_matrixv(3, 3, 0.0, 1.0, 0.0, 1.0, -4.0, 1.0, 0.0, 1.0, 0.0);
        const double deviation =
            luma.cast(VIPS_FORMAT_FLOAT)
                .conv(laplacian, vips::VImage::option()->set("precision", VIPS_PRECISION_FLOAT))
                .deviate();
        s.sharpness = deviation * deviation;
    } catch (const vips::VError &e) {
        imaging::rethrowVips(e);
    }
    s.black = s.meanLuma < kBlackMean && s.lumaRange < 2 * kBlankRange;
    s.blank = s.lumaRange < kBlankRange || s.entropy < kBlankEntropy;
    return s;
}

int pickBestFrame(QList<FrameScore> &scores)
{
    double sharpest = 0;
    for (const FrameScore &s : std::as_const(scores))
        if (!s.black && !s.blank) sharpest = std::max(sharpest, s.sharpness);
    for (FrameScore &s : scores)
        s.blurred = s.sharpness < kBlurShare * sharpest;
    int best = -1;
    for (int i = 0; i < scores.size(); ++i) {
        const FrameScore &s = scores[i];
        if (best < 0) {
            best = i;
            continue;
        }
        const FrameScore &b = scores[best];
        if (s.rejected() != b.rejected() ? !s.rejected() : s.score() > b.score()) best = i;
    }
    return best;
}

} // namespace ad::media
