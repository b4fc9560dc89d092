#pragma once

// Visible watermarks: watermark/1 (image) and watermark/2 (text), with the placement rules of
// grammar 0.4 and D23.

#include "style/ast.h"

#include <vips/vips8>

namespace ad::imaging
{

vips::VImage applyImageWatermark(const vips::VImage &base, const style::ImageWatermark &spec,
                                 const vips::VImage &mark);
vips::VImage applyTextWatermark(const vips::VImage &base, const style::TextWatermark &spec);

// The text rendered as an RGBA layer with fill, opacity and shadow applied.
vips::VImage renderText(const style::TextWatermark &spec);

} // namespace ad::imaging
