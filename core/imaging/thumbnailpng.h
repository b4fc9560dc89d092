#pragma once

// The PNG of a freedesktop thumbnail, written with libpng's Paeth row filter and zlib's
// run-length strategy: on a photograph's filtered rows deflate's full LZ77 matching costs most of
// the encoding time and finds little, so runs and Huffman coding alone make as small a file
// sooner. libvips' pngsave sets the level, not the strategy.

#include <QByteArray>
#include <QList>
#include <utility>

namespace ad::imaging
{

// `pixels`: `height` rows of `width` x `bands` bytes (1 grey, 2 grey and alpha, 3 RGB, 4 RGBA).
// `text`: key and Latin-1 value of each tEXt chunk, written before the pixels. Empty on failure.
QByteArray encodeThumbnailPng(const unsigned char *pixels, int width, int height, int bands,
                              const QList<std::pair<QByteArray, QByteArray>> &text);

} // namespace ad::imaging
