#pragma once

// The bridge from libvips to QImage, apart from vipsutil so that code without a QImage (the
// CLI's processing path) does not pull QtGui into the process: it costs ~5 ms of start-up.

#include <QImage>
#include <vips/vips8>

namespace ad::imaging
{

// Renders to an RGBA8888 QImage that owns its pixels.
QImage toQImage(const vips::VImage &image);

} // namespace ad::imaging
