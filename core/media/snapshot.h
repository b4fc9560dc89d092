#pragma once

// CI's media endpoints computed locally: `snapshot` (a still at a time), `videoinfo` (the
// stream facts as JSON) and the SMH cover (first frame or the picture itself, sized by size,
// scale or width/height). Frames come from the FFmpeg plugin; encoding is the core's.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <atomic>

namespace ad::media
{

struct SnapshotRequest {
    double time = 0; // seconds
    int width = 0;   // 0: from the height keeping the aspect (both 0: the video's size)
    int height = 0;
    QString format = QStringLiteral("jpg"); // jpg | png
    bool keyFrame = false;                  // mode=keyframe: the key frame at or before `time`
    bool autoRotate = true;                 // rotate=auto
};

struct Still {
    QByteArray bytes;
    QString format; // "jpg" or "png"
};

// Throws ProcessingError (InvalidArgument, NotFound, InvalidImage) with CI-style messages.
Still snapshot(const QString &path, const SnapshotRequest &request);

// {"MediaInfo": {"Stream": {...}, "Format": {...}}} in videoinfo's vocabulary.
QJsonObject videoInfo(const QString &path);

struct CoverRequest {
    int size = 0;  // > 0: exactly size x size, scaled to cover and centre-cropped
    int scale = 0; // > 0 (no size): percent, 1-1000
    int width = 0; // (neither): fit inside width x height; one of them follows the aspect
    int height = 0;
    bool smart = false; // videos: the best of several frames, not the first (smartCoverTime)
};

// Images: the picture itself (EXIF-upright, source format, quality 85); videos: the first
// frame (with `smart`, the frame smartCoverTime picks), as JPEG.
Still cover(const QString &path, const CoverRequest &request);

// Smart cover: the time of the best of `candidates` frames spread over the clip, black, blank
// and blurred frames skipped (media/framescore.h). Throws like snapshot(). Setting `cancelled`
// stops the decodes (FFmpeg's interrupt callback sees it); the time found so far, or 0, is kept.
double smartCoverTime(const QString &path, int candidates = 8,
                      const std::atomic<bool> *cancelled = nullptr);

} // namespace ad::media
