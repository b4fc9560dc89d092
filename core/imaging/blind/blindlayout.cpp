#include "imaging/blind/blindlayout.h"

#include "imaging/blind/blindcode.h"

#include <random>

namespace ad::imaging::blind
{

namespace
{
Layout makeLayout(int type)
{
    // mt19937's sequence is fixed by the standard; the shuffle is written out because
    // std::shuffle's use of it is not.
    std::mt19937 rng(0xAD5EB1u + unsigned(type) * 7919u);
    std::array<int, kCells> order;
    for (int i = 0; i < kCells; ++i)
        order[size_t(i)] = i;
    for (int i = kCells - 1; i > 0; --i)
        std::swap(order[size_t(i)], order[rng() % unsigned(i + 1)]);
    Layout l;
    l.isSync.fill(true);
    for (int j = 0; j < kCodedBits; ++j) {
        l.dataCell[size_t(j)] = order[size_t(j)];
        l.isSync[size_t(order[size_t(j)])] = false;
    }
    for (float &c : l.chip)
        c = (rng() & 1) ? 1.0f : -1.0f;
    return l;
}
} // namespace

const Layout &layoutFor(int type)
{
    static const std::array<Layout, 3> layouts = {makeLayout(1), makeLayout(2), makeLayout(3)};
    return layouts[size_t(std::clamp(type, 1, 3) - 1)];
}

std::array<float, kCells> tileValues(const Layout &layout, const std::vector<bool> &coded)
{
    std::array<float, kCells> t = layout.chip;
    for (size_t j = 0; j < coded.size(); ++j) {
        if (coded[j]) t[size_t(layout.dataCell[j])] *= -1.0f;
    }
    return t;
}

} // namespace ad::imaging::blind
