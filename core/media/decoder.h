#pragma once

// The FFmpeg side of core/media, built as a plugin (libassetdesk_media.so) and loaded on first
// use: linking libav* costs every process ~20 ms of start-up, which a batch that runs one
// assetdesk-cli per image (and the image-only CLI commands) should not pay.
// The interface speaks QtCore types only (no QImage: the CLI stays free of QtGui), so the plugin
// and the core share no FFmpeg headers.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSize>
#include <QString>
#include <atomic>

namespace ad::media
{

struct FrameRequest {
    double seconds = -1;    // presentation time; < 0 means the first decodable frame
    bool keyFrame = false;  // the nearest key frame at or before `seconds` (faster)
    bool autoRotate = true; // apply the stream's display matrix
    QSize bound;            // fit inside, never enlarging (ignored when `size` is set)
    QSize size;             // exact output; a 0 side follows the other keeping the aspect
    int timeoutMs = 10000;
    // Decoder threads; 0: FFmpeg's choice. One suits callers that already run many decodes
    // side by side (thumbnails); a single snapshot is faster with all cores.
    int threads = 1;
    // Decode key frames only and skip the loop filter (AVDISCARD_NONKEY): several times faster
    // on a long GOP, for looking over candidate frames (smart covers); implies `keyFrame`.
    bool keyFramesOnly = false;
    // Set from another thread to stop the read and decode (FFmpeg's interrupt callback).
    const std::atomic<bool> *cancelled = nullptr;
};

// A decoded picture: packed RGB (3 bytes a pixel, no row padding), scaled as requested.
struct Frame {
    QByteArray rgb;
    QSize size;
    int rotation = 0;   // clockwise quarter turns x 90 still to apply for display (0/90/180/270)
    double seconds = 0; // its presentation time
    bool isNull() const { return rgb.isEmpty(); }
};

// Bytes read in place of a file, such as a bucket object fetched by ranged GETs. Called only
// from the thread that decodes.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    virtual QString name() const = 0; // "clip.mp4": helps FFmpeg guess the container
    virtual qint64 size() const = 0;  // -1 when unknown
    // Up to `max` bytes at `offset` into `data`: how many were read, 0 at the end, -1 on
    // failure or when cancelled (the decode then stops).
    virtual qint64 read(qint64 offset, char *data, qint64 max) = 0;
};

class Decoder
{
public:
    virtual ~Decoder() = default;
    // One frame with the sample aspect ratio applied; `bound`/`size` refer to the upright
    // picture. A time past the end gives the last frame.
    virtual Frame frame(const QString &path, const FrameRequest &request, QString *error) const = 0;
    // Several frames of one file in one pass; `times` ascending. `request.seconds` is ignored.
    virtual QList<Frame> frames(const QString &path, const QList<double> &times,
                                const FrameRequest &request, QString *error) const = 0;
    // Container and stream facts in the vocabulary of CI's videoinfo (ffprobe's names).
    virtual QJsonObject mediaInfo(const QString &path, QString *error) const = 0;
    // frame() reading through `source` instead of a file.
    virtual Frame frameOf(ByteSource &source, const FrameRequest &request,
                          QString *error) const = 0;
    // The container's and the main video stream's metadata tags (creation_time, location,
    // com.apple.quicktime.location.ISO6709, an embedded XMP packet as "xmp", ...), the stream's
    // overriding the container's.
    virtual QMap<QString, QString> tags(const QString &path, QString *error) const = 0;
};

// The plugin's one exported symbol: `const Decoder *assetdesk_media_decoder()`.
inline constexpr char decoderEntryName[] = "assetdesk_media_decoder";

// Loads the plugin once (thread-safe); null with `error` set when it cannot be found.
const Decoder *decoder(QString *error = nullptr);

} // namespace ad::media
