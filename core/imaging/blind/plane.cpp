#include "imaging/blind/plane.h"

#include <algorithm>
#include <cmath>

namespace ad::imaging::blind
{

vips::VImage lumaImage(const vips::VImage &srgb)
{
    using vips::VImage;
    if (srgb.bands() < 3) return srgb.extract_band(0).cast(VIPS_FORMAT_FLOAT);
    const auto &[r, g, b] = kLumaWeights;
    return srgb.extract_band(0, VImage::option()->set("n", 3))
        .recomb(VImage::new_matrixv(3, 1, r, g, b));
}

Plane lumaOf(const vips::VImage &srgb)
{
    const vips::VImage f = lumaImage(srgb).cast(VIPS_FORMAT_FLOAT).copy_memory();
    Plane p(f.width(), f.height());
    const auto *data = static_cast<const float *>(f.data());
    std::copy(data, data + p.v.size(), p.v.begin());
    return p;
}

namespace
{
// Running-sum mean over 2r+1 samples of a line (edges clamped).
void lineMeans(const float *src, float *dst, int n, int r)
{
    const float scale = 1.0f / float(2 * r + 1);
    double sum = 0;
    for (int i = -r; i <= r; ++i)
        sum += src[std::clamp(i, 0, n - 1)];
    for (int i = 0; i < n; ++i) {
        dst[i] = float(sum) * scale;
        const int out = std::clamp(i - r, 0, n - 1), in = std::clamp(i + r + 1, 0, n - 1);
        sum += src[in] - src[out];
    }
}

// The same running means down every column at once, row by row: walking one column at a time
// reads a new cache line for every sample and took an eighth of an extraction.
void columnMeans(const Plane &p, float *dst, int r)
{
    const float scale = 1.0f / float(2 * r + 1);
    const size_t w = size_t(p.width);
    auto row = [&](int i) { return &p.v[size_t(std::clamp(i, 0, p.height - 1)) * w]; };
    std::vector<double> sum(w, 0.0);
    for (int i = -r; i <= r; ++i) {
        const float *s = row(i);
        for (size_t x = 0; x < w; ++x)
            sum[x] += s[x];
    }
    for (int i = 0; i < p.height; ++i) {
        const float *in = row(i + r + 1), *out = row(i - r);
        float *d = dst + size_t(i) * w;
        for (size_t x = 0; x < w; ++x) {
            d[x] = float(sum[x]) * scale;
            sum[x] += in[x] - out[x];
        }
    }
}
} // namespace

Plane boxBlur(const Plane &p, int r)
{
    Plane tmp(p.width, p.height), out(p.width, p.height);
    for (int y = 0; y < p.height; ++y)
        lineMeans(&p.v[size_t(y) * size_t(p.width)], &tmp.v[size_t(y) * size_t(p.width)], p.width,
                  r);
    columnMeans(tmp, out.v.data(), r);
    return out;
}

// Subtracts the running mean along rows, then along columns: long horizontal and vertical
// structures (banding in smooth gradients, scan lines) correlate along the axes at every lag and
// would drown the tile's lattice.
void removeLines(Plane &p, int r)
{
    std::vector<float> line(size_t(p.width));
    for (int y = 0; y < p.height; ++y) {
        float *row = &p.v[size_t(y) * size_t(p.width)];
        lineMeans(row, line.data(), p.width, r);
        for (int x = 0; x < p.width; ++x)
            row[x] -= line[size_t(x)];
    }
    Plane means(p.width, p.height);
    columnMeans(p, means.v.data(), r);
    for (size_t i = 0; i < p.v.size(); ++i)
        p.v[i] -= means.v[i];
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
