#pragma once

// Encoding rendered pages. JPEG goes straight from the renderer's pixels through libjpeg-turbo
// (it takes RGB and BGRX as they are, which saves a repacking pass and libvips' pipeline per
// page, the bulk of the per-page cost after rendering); PNG and merged pages go through libvips.

#include "document/pdfrenderer.h"

#include <QByteArray>
#include <vector>
#include <vips/vips8>

namespace ad::document
{

QByteArray encodeJpeg(const PageBitmap &page, int quality); // 4:2:0, baseline
vips::VImage toVips(const PageBitmap &page);                // an sRGB view of the pixels
QByteArray encodePng(const vips::VImage &image);
QByteArray encodeVipsJpeg(const vips::VImage &image, int quality);

} // namespace ad::document
