#pragma once

// Photograph-like test pictures drawn with libvips noise generators: every seed has its own
// shapes, edges and colours (never a flat field), for tests that must tell pictures apart.

#include <QString>
#include <vips/vips8>

namespace ad::test
{

vips::VImage syntheticPhoto(int seed, int width, int height);
// Saves with the format from the suffix (quality for JPEG/WebP); returns path.
QString savePhoto(const vips::VImage &image, const QString &path, int quality = 92);

} // namespace ad::test
