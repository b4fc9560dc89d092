#pragma once

// Trimming a clip between an in and an out point, in-process through libav*. By default the
// packets are copied (no quality loss, as fast as the disk): the cut then falls on key frames,
// the start on the last one at or before the in point and the end on the first one at or after
// the out point, so the result can be up to a GOP longer at each end. An exact cut re-encodes
// (H.264/AAC in MP4) through the transcoder. Like transcodeFile(), a partial file beside the
// target is renamed only when the clip is complete, and an existing output is never replaced.

#include "common/error.h"
#include "media/transcoder.h"

#include <QString>
#include <atomic>

namespace ad::media
{

struct TrimRequest {
    double from = 0; // seconds
    double to = 0;   // seconds, > from
    bool exact = false;
};

struct TrimOutcome {
    double from = 0; // where the written clip really starts and ends in the source
    double to = 0;
    bool reencoded = false;
    bool keyFrameInRange = true; // a stream copy found a key frame within [from, to)
};

// A stream copy of a range with no key frame inside it could only hold the whole GOPs around
// the range (`copyFrom` to `copyTo` of the source, for a clip with one key frame the whole
// clip), so it is refused and nothing is written; an exact cut gives the range.
class NoKeyFrameInRange : public ProcessingError
{
public:
    NoKeyFrameInRange(double from, double to, double copyFrom, double copyTo);
    double copyFrom, copyTo;
};

// The plugin's stream copy (ffmpegtrim.cpp). `output` is written with the muxer `format`
// names (an FFmpeg short name such as "mp4", "matroska"). Returns false with `error` set on
// failure or cancellation.
class Trimmer
{
public:
    virtual ~Trimmer() = default;
    virtual bool copy(const QString &input, const QString &output, const QString &format,
                      double from, double to, const std::atomic<bool> &cancelled,
                      const TranscodeProgress &progress, TrimOutcome *outcome,
                      QString *error) const = 0;
};

inline constexpr char trimmerEntryName[] = "assetdesk_media_trimmer";

// The re-encoding settings of an exact cut (H.264 or another MPEG-4 video encoder, AAC).
TranscodeSettings exactTrimSettings(double from, double to);

// Throws ProcessingError: NotFound (no input), InvalidArgument (out not after in, or in past
// the end; NoKeyFrameInRange for a stream copy), IoError (output exists, cannot write, cancelled),
// InvalidImage (undecodable input), UnsupportedFormat (the output's type cannot hold the streams).
TrimOutcome trimFile(const QString &input, const QString &output, const TrimRequest &request,
                     const std::atomic<bool> &cancelled, const TranscodeProgress &progress = {});

} // namespace ad::media
