#pragma once

// Decoding for the image viewer: upright, at full resolution up to a bound (shrink-on-load
// beyond it), with every frame of an animated GIF or WebP and its timing.

#include <QImage>
#include <QList>
#include <QString>

namespace ad::imaging
{

struct ViewerImage {
    QList<QImage> frames; // one for a still image
    QList<int> delaysMs;  // per frame; empty for a still image
    QSize fullSize;       // upright size of the original, before any shrink
    QString format;       // loader's format, as ImageProbe::format
    QString error;
    bool isNull() const { return frames.isEmpty(); }
    bool animated() const { return frames.size() > 1; }
};

// Animations keep at most this many frames: a viewer plays them from memory.
inline constexpr int maxAnimationFrames = 500;

class RenderCancel;

// `cancel` (optional) stops the decode mid-way, as for thumbnails: no frames, `error` set.
ViewerImage loadViewerImage(const QString &path, QSize bound, RenderCancel *cancel = nullptr);

} // namespace ad::imaging
