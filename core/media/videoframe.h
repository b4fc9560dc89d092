#pragma once

// The cover of a video as the SMH rules define it: its first decodable frame, upright (the
// stream's display rotation applied), scaled to fit a bound. Decoding runs with a deadline and
// a pixel limit, so a broken or hostile file gives an error, not a hang.

#include "media/decoder.h"

#include <QImage>
#include <QString>

namespace ad::media
{

struct Frame;
QImage toQImage(const Frame &frame); // upright

QImage firstVideoFrame(const QString &path, QSize bound, QString *error = nullptr,
                       int timeoutMs = 10000);
// The same read through `source` (a bucket object fetched in ranges).
QImage firstVideoFrame(ByteSource &source, QSize bound, QString *error = nullptr,
                       int timeoutMs = 10000);

// The exact frame shown at `seconds` (not the key frame before it), upright, fitted inside
// `bound` (invalid: the video's own size). What a paused player shows and Save Frame writes.
QImage videoFrameAt(const QString &path, double seconds, QSize bound, QString *error = nullptr,
                    int timeoutMs = 10000);

// The same, with the frame's own time (seconds from the start of the presentation): the time
// to name it by (Save Frame, Set as Cover, a step to the next frame), which can differ from the
// time asked for by up to a frame, or more past the end (the last frame).
struct TimedFrame {
    QImage image;
    double seconds = 0;
};
TimedFrame timedFrameAt(const QString &path, double seconds, QSize bound, QString *error = nullptr);

} // namespace ad::media
