#pragma once

// Transcoding a clip with libav* in-process: the FFmpeg side lives in the media plugin
// (ffmpegtranscoder.cpp) behind Transcoder, which speaks QtCore types only; transcodeFile()
// is what callers use: it checks the input, never replaces an existing output unless asked,
// writes a partial file beside the target and renames it only when the clip is complete.

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace ad::media
{

struct TranscodeSettings {
    QString muxer;             // FFmpeg muxer name: mp4, webm, mp3
    QStringList videoEncoders; // the first the FFmpeg build has is used; empty: audio only
    QStringList audioEncoders; // likewise; empty: no audio
    int boxWidth = 0;          // the picture fits inside boxWidth x boxHeight, turned to the
    int boxHeight = 0;         // source's orientation; 0 x 0: the source's size
    bool upscale = false;      // a source smaller than the box is enlarged only when asked
    int crf = -1;              // >= 0: constant quality (the encoder's scale)
    int videoKbps = 0;         // used when crf < 0
    int audioKbps = 128;
    QString speed;   // x264/x265 preset name (medium when empty)
    double from = 0; // seconds: only the frames shown from..to (to 0: the end) are encoded
    double to = 0;
};

// Frames (or, for audio only, milliseconds) done and the estimated total.
using TranscodeProgress = std::function<void(qint64 done, qint64 total)>;

// Why a transcode failed, so the caller can give the right error code.
enum class TranscodeFailure { None, NoEncoder, NoStream, BadInput, Write, Cancelled };

struct TranscodeOutcome {
    TranscodeFailure failure = TranscodeFailure::None;
    qint64 frames = 0; // video frames written (0 for audio only)
    QString videoEncoder;
    QString audioEncoder;
};

class Transcoder
{
public:
    virtual ~Transcoder() = default;
    virtual bool hasEncoder(const QString &name) const = 0;
    // Writes `output` (any name: the muxer is chosen by settings.muxer). Returns false with
    // `error` and outcome->failure set on failure or when `cancelled` turned true; `output`
    // may then hold a partial file, which the caller removes.
    virtual bool transcode(const QString &input, const QString &output,
                           const TranscodeSettings &settings, const std::atomic<bool> &cancelled,
                           const TranscodeProgress &progress, TranscodeOutcome *outcome,
                           QString *error) const = 0;
};

inline constexpr char transcoderEntryName[] = "assetdesk_media_transcoder";

// The plugin's transcoder, or null with `error` set when the media plugin cannot be loaded.
const Transcoder *transcoder(QString *error = nullptr);

// The first encoder of `candidates` the FFmpeg build has; empty when none (or no plugin).
QString firstAvailableEncoder(const QStringList &candidates);

struct TranscodeRequest {
    TranscodeSettings settings;
    bool replace = false; // an existing output is an error unless this is set
};

// The partial file transcodeFile() writes for `output` (removed on failure or cancel).
QString transcodePartialPath(const QString &output);
// Throws IoError when `output` exists (unless `replace`) or is the source itself: the rule for
// every clip written from another (transcodes and trims).
void requireNewOutput(const QString &input, const QString &output, bool replace);

// Throws ProcessingError: NotFound (no input), IoError (output exists, cannot write, or
// cancelled), UnsupportedFormat (no encoder for the settings, no video or audio stream to
// encode), InvalidImage (the input cannot be decoded). Nothing is left at `output` or beside
// it unless the whole clip was written.
TranscodeOutcome transcodeFile(const QString &input, const QString &output,
                               const TranscodeRequest &request, const std::atomic<bool> &cancelled,
                               const TranscodeProgress &progress = {});

} // namespace ad::media
