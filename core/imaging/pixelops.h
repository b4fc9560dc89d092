#pragma once

// The pixel operations of imageMogr2, each a pure function on a (possibly animated) image.

#include "style/ast.h"

#include <QRect>
#include <vips/vips8>

namespace ad::imaging
{

vips::VImage resizeTo(const vips::VImage &image, QSize size);
vips::VImage padTo(const vips::VImage &image, QSize canvas, QRgb color, bool alphaTarget);
vips::VImage cropTo(const vips::VImage &image, const QRect &rect);
vips::VImage circle(const vips::VImage &image, int radius, bool alphaTarget);
vips::VImage roundCorners(const vips::VImage &image, int radius, bool alphaTarget);
vips::VImage rotate(const vips::VImage &image, int degrees, bool alphaTarget);
vips::VImage flip(const vips::VImage &image, bool vertical);
vips::VImage blur(const vips::VImage &image, const style::Blur &blur);
// ImageMagick's -brightness-contrast: slope = tan(pi*(c/100+1)/4), intercept from brightness.
vips::VImage brightnessContrast(const vips::VImage &image, int brightness, int contrast);
vips::VImage sharpen(const vips::VImage &image, int amount);
vips::VImage grayscale(const vips::VImage &image);

} // namespace ad::imaging
