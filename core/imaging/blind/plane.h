#pragma once

// A single-channel float image and the few filters the blind watermark needs.

#include <array>
#include <vector>
#include <vips/vips8>

namespace ad::imaging::blind
{

struct Plane {
    int width = 0;
    int height = 0;
    std::vector<float> v;

    Plane() = default;
    Plane(int w, int h) : width(w), height(h), v(size_t(w) * size_t(h), 0.0f) {}
    float &at(int x, int y) { return v[size_t(y) * size_t(width) + size_t(x)]; }
    float at(int x, int y) const { return v[size_t(y) * size_t(width) + size_t(x)]; }
};

// Rec. 601 weights of R, G and B in the luma the detector reads.
constexpr std::array<double, 3> kLumaWeights{0.299, 0.587, 0.114};

// The luma of an 8-bit sRGB or grey image (alpha ignored), 0..255, as a float pipeline.
vips::VImage lumaImage(const vips::VImage &srgb);

// The same, computed into a plane.
Plane lumaOf(const vips::VImage &srgb);

// Mean over a (2r+1)^2 window, edges clamped; O(1) per pixel.
Plane boxBlur(const Plane &p, int r);

// The high-pass residual divided by its local deviation: whitens the host picture so that the
// faint periodic pattern dominates correlations. byVariance divides by the local variance instead
// (the same at a deviation of 10 grey levels), so strongly textured pixels count less still.
Plane whitenedResidual(const Plane &luma, bool byVariance = false);

} // namespace ad::imaging::blind
