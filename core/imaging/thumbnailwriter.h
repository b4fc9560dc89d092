#pragma once

// Freedesktop thumbnails of still pictures made by libvips (shrink-on-load, sRGB) and encoded
// from its pixels with their Thumb:: keys (imaging/thumbnailpng), with no QImage in between and
// not Qt's PNG writer (the two cost pre-generation most of its lead over vipsthumbnail).

#include "imaging/xdgthumbnails.h"

#include <QImage>
#include <QString>

namespace ad::imaging
{

enum class StillThumbnail {
    Written,
    NotStill,   // a video, document, PDF page or unknown file: loadPreview() decides
    Unreadable, // a picture libvips recognised but could not decode (error says why)
    CacheNotWritable,
};

class RenderCancel;

// The JPEG decoder's own scale (1, 2, 4 or 8) for a picture of `width` x `height` bound by a
// square of `edge`: the largest that leaves at least 1.5 for the resize after it.
int jpegShrinkOnLoad(int width, int height, int edge);

// `cancel` (optional) stops the decode from another thread; `shown` (optional) also receives
// the thumbnail as a QImage for the window, decoded once for both, and even when the cache
// cannot be written.
StillThumbnail writeStillThumbnail(const XdgThumbnailCache &cache, const QString &file,
                                   XdgThumbnailCache::Size size, QString *error = nullptr,
                                   RenderCancel *cancel = nullptr, QImage *shown = nullptr);

} // namespace ad::imaging
