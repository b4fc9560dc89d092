#pragma once

// Finds the repeated tile in a (possibly rescaled, rotated, cropped) picture without being told
// how it was changed: the autocorrelation of the whitened residual peaks on the tile's lattice,
// which gives period and angle; every pixel is then folded into one tile, and the known
// synchronisation chips locate the tile's origin and orientation by cross-correlation.

#include "imaging/blind/blindlayout.h"
#include "imaging/blind/plane.h"

namespace ad::imaging::blind
{

struct TileReading {
    bool synced = false;
    double confidence = 0;          // peak of the sync correlation in standard deviations
    double period = 0;              // tile period in the residual's pixels
    double rotation = 0;            // degrees
    const Layout *layout = nullptr; // whose chips synced best
    std::array<float, kCells> cells{};
};

// layouts: those that may be present (their chips differ, so the one found says which), first
// the one small pictures are marked with, whose chips alone search a thumbnail's period;
// expectedPeriods: the periods the picture would show had it kept its geometry, tried first;
// search: whether a lattice none of the candidates found is searched for among turned and
// stretched ones (a tenth to a quarter of a second at 1080 px).
TileReading readTile(const Plane &residual, const std::vector<const Layout *> &layouts,
                     const std::vector<double> &expectedPeriods = {}, bool search = true);

// Below this the sync peak is indistinguishable from the largest of the noise peaks.
constexpr double kSyncThreshold = 8.5;
// Copies under this many pixels on their (working) shorter side are web-sized: the lattice
// search tries more candidates there, where each costs little.
constexpr int kWebSizedBelow = 800;

} // namespace ad::imaging::blind
