#pragma once

// How good a video frame is as a cover, for smart covers: black, blank (flat) and blurred
// frames are rejected, the others ranked by detail. The measures and thresholds are explained
// in docs/decisions.md ("Smart cover").

#include <vips/vips8>

#include <QList>

namespace ad::media
{

struct FrameScore {
    double meanLuma = 0;  // 0-255
    double lumaRange = 0; // 95th minus 5th percentile of luma
    double entropy = 0;   // of the 256-bin luma histogram, bits
    double sharpness = 0; // variance of the Laplacian of luma
    bool black = false;
    bool blank = false;
    bool blurred = false; // set by pickBestFrame, relative to the sharpest candidate
    bool rejected() const { return black || blank || blurred; }
    double score() const;
};

FrameScore scoreFrame(const vips::VImage &image);

// Marks the blurred candidates and returns the index of the best one that is not rejected; when
// every candidate is rejected, the best-scoring one anyway (-1 only for an empty list).
int pickBestFrame(QList<FrameScore> &scores);

} // namespace ad::media
