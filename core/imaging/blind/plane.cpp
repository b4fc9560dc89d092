#include "imaging/blind/plane.h"

#include <algorithm>
#include <cmath>

namespace ad::imaging::blind
{

Plane lumaOf(const vips::VImage &srgb)
{
    using vips::VImage;
    const VImage y = srgb.bands() >= 3 ? srgb.extract_band(0, VImage::option()->set("n", 3))
                                             .recomb(VImage::new_matrixv(3, 1, 0.299, 0.587, 0.114))
                                       : srgb.extract_band(0);
    const VImage f = y.cast(VIPS_FORMAT_FLOAT).copy_memory();
    Plane p(f.width(), f.height());
    const auto *data = static_cast<const float *>(f.data());
    std::copy(data, data + p.v.size(), p.v.begin());
    return p;
}

namespace
{
// Running-sum mean over 2r+1 samples of a strided line (edges clamped).
void lineMeans(const float *src, size_t srcStride, float *dst, size_t dstStride, int n, int r)
{
    const float scale = 1.0f / float(2 * r + 1);
    double sum = 0;
    for (int i = -r; i <= r; ++i)
        sum += src[size_t(std::clamp(i, 0, n - 1)) * srcStride];
    for (int i = 0; i < n; ++i) {
        dst[size_t(i) * dstStride] = float(sum) * scale;
        const int out = std::clamp(i - r, 0, n - 1), in = std::clamp(i + r + 1, 0, n - 1);
        sum += src[size_t(in) * srcStride] - src[size_t(out) * srcStride];
    }
}
} // namespace

Plane boxBlur(const Plane &p, int r)
{
    Plane tmp(p.width, p.height), out(p.width, p.height);
    for (int y = 0; y < p.height; ++y)
        lineMeans(&p.v[size_t(y) * size_t(p.width)], 1, &tmp.v[size_t(y) * size_t(p.width)], 1,
                  p.width, r);
    for (int x = 0; x < p.width; ++x)
        lineMeans(&tmp.v[size_t(x)], size_t(p.width), &out.v[size_t(x)], size_t(p.width), p.height,
                  r);
    return out;
}

// Subtracts the running mean along rows, then along columns: long horizontal and vertical
// structures (banding in smooth gradients, scan lines) correlate along the axes at every lag and
// would drown the tile's lattice.
void removeLines(Plane &p, int r)
{
    std::vector<float> line(size_t(std::max(p.width, p.height)));
    for (int y = 0; y < p.height; ++y) {
        float *row = &p.v[size_t(y) * size_t(p.width)];
        lineMeans(row, 1, line.data(), 1, p.width, r);
        for (int x = 0; x < p.width; ++x)
            row[x] -= line[size_t(x)];
    }
    for (int x = 0; x < p.width; ++x) {
        float *col = &p.v[size_t(x)];
        lineMeans(col, size_t(p.width), line.data(), 1, p.height, r);
        for (int y = 0; y < p.height; ++y)
            col[size_t(y) * size_t(p.width)] -= line[size_t(y)];
    }
}

Plane whitenedResidual(const Plane &luma, bool byVariance)
{
    constexpr float kEqualDeviation = 10; // grey levels, where both weightings agree
    const Plane mean = boxBlur(luma, 2);
    Plane r(luma.width, luma.height), sq(luma.width, luma.height);
    for (size_t i = 0; i < r.v.size(); ++i) {
        r.v[i] = luma.v[i] - mean.v[i];
        sq.v[i] = r.v[i] * r.v[i];
    }
    const Plane var = boxBlur(sq, 4);
    for (size_t i = 0; i < r.v.size(); ++i) {
        const float deviation = std::sqrt(var.v[i] + 1.0f);
        const float weight = byVariance ? kEqualDeviation / (deviation * deviation) : 1 / deviation;
        r.v[i] = std::clamp(r.v[i] * weight, -3.0f, 3.0f);
    }
    removeLines(r, 16);
    return r;
}

} // namespace ad::imaging::blind
