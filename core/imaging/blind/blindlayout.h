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
    int format = 1; // 1: first generation, 256-bit frame; 2: short text; 3: small pictures' text;
                    // 4: type 2's seal
    int codedBits = 0;         // channel bits of the frame
    int repeat = 1;            // cells per channel bit
    std::vector<int> dataCell; // copy k of coded bit j lives in cell dataCell[j * repeat + k]
    std::array<float, kCells> chip{}; // +-1 per cell
    std::array<bool, kCells> isSync{};
};

// The first generation's layout of a type (every type-1 and type-2 mark, long texts).
const Layout &layoutFor(int type);
// Type-3 texts that fit the short frame (format 2) or the small pictures' frame (format 3): each
// its own key, so their chips never sync as another's and the chips found say which is present.
const Layout &shortTextLayout();
const Layout &tinyTextLayout();
// Type 2's seal (format 4): format 3's frame, cells and repeats under a key of its own.
const Layout &sealLayout();

// Cell values (+-1) of the tile for these coded bits.
std::array<float, kCells> tileValues(const Layout &layout, const std::vector<bool> &coded);

} // namespace ad::imaging::blind
