#pragma once

// Where the coded bits and the synchronisation chips sit in the repeated tile. The tile is
// kGrid x kGrid cells; a key derived from the watermark type shuffles which cells carry data and
// scrambles every cell with a pseudo-random sign, so the pattern looks like noise whatever the
// payload and a mark of one type never reads as another.

#include <array>
#include <vector>

namespace ad::imaging::blind
{

constexpr int kGrid = 32;
constexpr int kCells = kGrid * kGrid;

struct Layout {
    std::array<int, kCells> dataCell{}; // coded bit j lives in cell dataCell[j]
    std::array<float, kCells> chip{};   // +-1 per cell
    std::array<bool, kCells> isSync{};
};

const Layout &layoutFor(int type);

// Cell values (+-1) of the tile for these coded bits.
std::array<float, kCells> tileValues(const Layout &layout, const std::vector<bool> &coded);

} // namespace ad::imaging::blind
