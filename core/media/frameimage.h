#pragma once

// What snapshot, cover, sprites and animations share: the loaded FFmpeg plugin or a clear
// error, the input check, and a decoded frame as an upright libvips image.

#include "media/decoder.h"

#include <vips/vips8>

namespace ad::media
{

const Decoder &requireDecoder();         // throws IoError when the plugin is missing
void requireFile(const QString &path);   // a regular file, or throws (files/regularfile.h)
vips::VImage toVips(const Frame &frame); // sRGB, rotation applied, owns a copy of the pixels

} // namespace ad::media
