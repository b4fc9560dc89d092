#pragma once

// Adds the tiled pattern to the picture's luminance, scaled by local activity so that flat areas
// change least, at a fixed overall strength (root-mean-square change in grey levels).

#include "imaging/blind/blindlayout.h"

#include <vips/vips8>

namespace ad::imaging::blind
{

// Cell size in pixels for a picture: the pattern grows with the picture so that it survives the
// same relative downscaling at any resolution. Formats 2 and 3 (short texts) use larger cells.
int cellSizeFor(int width, int height, int format);

// srgb: 8-bit sRGB or grey, with or without alpha. Returns the same layout of bands.
vips::VImage embedTile(const vips::VImage &srgb, const std::array<float, kCells> &tile,
                       double rmsStrength, int format);

} // namespace ad::imaging::blind
