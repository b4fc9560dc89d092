#include "imaging/blind/blindlayout.h"

#include "imaging/blind/blindcode.h"

#include <algorithm>
#include <random>

namespace ad::imaging::blind
{

namespace
{
// Cells per coded bit of format 3: its 152 coded bits take 608 cells, leaving 416 chips, about
// as many as format 2 syncs with. Measured at 640x480: five repeats (264 chips) lost the sync
// more often than they gained bits; six characters in four cells kept two attacks more of 90.
constexpr int kTinyRepeat = 4;

Layout makeLayout(unsigned key, int format, int codedBits, int repeat)
{
    // mt19937's sequence is fixed by the standard; the shuffle is written out because
    // std::shuffle's use of it is not.
    std::mt19937 rng(key);
    std::array<int, kCells> order;
    for (int i = 0; i < kCells; ++i)
        order[size_t(i)] = i;
    for (int i = kCells - 1; i > 0; --i)
        std::swap(order[size_t(i)], order[rng() % unsigned(i + 1)]);
    Layout l;
    l.format = format;
    l.codedBits = codedBits;
    l.repeat = repeat;
    l.isSync.fill(true);
    for (int j = 0; j < codedBits * repeat; ++j) {
        l.dataCell.push_back(order[size_t(j)]);
        l.isSync[size_t(order[size_t(j)])] = false;
    }
    for (float &c : l.chip)
        c = (rng() & 1) ? 1.0f : -1.0f;
    return l;
}
} // namespace

const Layout &layoutFor(int type)
{
    auto v1 = [](unsigned type) { return makeLayout(0xAD5EB1u + type * 7919u, 1, kCodedBits, 1); };
    static const std::array<Layout, 3> layouts = {v1(1), v1(2), v1(3)};
    return layouts[size_t(std::clamp(type, 1, 3) - 1)];
}

const Layout &shortTextLayout()
{
    static const Layout layout = makeLayout(0xAD5EB2u, 2, codedBitsOf(2), 3);
    return layout;
}

const Layout &tinyTextLayout()
{
    static const Layout layout = makeLayout(0xAD5EB3u, 3, codedBitsOf(3), kTinyRepeat);
    return layout;
}

const Layout &sealLayout()
{
    static const Layout layout =
        makeLayout(0xAD5EB4u, kSealFormat, codedBitsOf(kSealFormat), kTinyRepeat);
    return layout;
}

std::array<float, kCells> tileValues(const Layout &layout, const std::vector<bool> &coded)
{
    std::array<float, kCells> t = layout.chip;
    for (size_t j = 0; j < coded.size(); ++j) {
        for (int k = 0; k < layout.repeat; ++k)
            if (coded[j])
                t[size_t(layout.dataCell[j * size_t(layout.repeat) + size_t(k)])] *= -1.0f;
    }
    return t;
}

} // namespace ad::imaging::blind
