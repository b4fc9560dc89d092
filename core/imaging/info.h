#pragma once

// JSON answers of the information endpoints, in the shapes fixed by D14.

#include "style/ast.h"

#include <QByteArray>
#include <QSize>
#include <vips/vips8>

namespace ad::imaging
{

QByteArray imageInfoJson(const QByteArray &bytes, style::ImageFormat format, QSize size,
                         int frames);
QByteArray exifJson(const QByteArray &bytes);
QByteArray imageAveJson(const vips::VImage &image);

QString infoFormatName(style::ImageFormat format); // jpeg, png, gif, webp, heif, avif, bmp

} // namespace ad::imaging
