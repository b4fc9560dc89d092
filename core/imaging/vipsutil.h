#pragma once

// Thin helpers around the libvips C++ API shared by the imaging files.

#include "style/ast.h"

#include <QByteArray>
#include <QRgb>
#include <QSize>
#include <QString>
#include <functional>
#include <vips/vips8>

namespace ad::imaging
{

void ensureVips(); // initialises libvips once per process; safe from any thread
// Loads libvips' optional format modules (HEIF/AVIF, JPEG XL, ImageMagick, PDF) once.
void ensureVipsModules();
// The loader for bytes or a file, loading the modules on a first miss; null when none fits.
const char *findLoader(const QByteArray &bytes);
const char *findFileLoader(const QString &path);

QByteArray takeBlob(VipsBlob *blob);      // copies and releases a blob returned by a saver
VipsBlob *borrowBlob(const QByteArray &); // wraps bytes without copying; caller keeps them alive

// Decodes bytes shrunk to fit bound (never enlarged; shrink-on-load where the format allows).
// Upright when autoRotate, else in stored orientation. Throws vips::VError.
vips::VImage thumbnailOfBytes(const QByteArray &bytes, QSize bound, bool autoRotate);

int frameHeight(const vips::VImage &image); // page height, or the image height when static
int frameCount(const vips::VImage &image);

// Applies fn to every frame of an animated (vertically stacked) image and restacks the results.
vips::VImage perFrame(const vips::VImage &image,
                      const std::function<vips::VImage(const vips::VImage &)> &fn);

vips::VImage toSrgb(const vips::VImage &image); // sRGB or B_W, 8 bit
vips::VImage withAlpha(const vips::VImage &image);
vips::VImage flattenOnto(const vips::VImage &image, QRgb background);

// Converts a libvips exception into a ProcessingError (InvalidImage unless told otherwise).
[[noreturn]] void rethrowVips(const vips::VError &error);

// Bytes that no loader takes as a picture, in the words every caller uses.
[[noreturn]] void throwNotAnImage();

} // namespace ad::imaging
