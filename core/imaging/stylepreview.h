#pragma once

// Previews for the style editor. A large source is replaced by a reduced proxy (same format,
// metadata kept) so that each edit renders in a fraction of a second; the full-resolution render
// stays available on demand. Both sides are decoded as the style sees them (stored orientation),
// so a before/after split lines up. Thread-safe: call from workers.

#include "imaging/executor.h"
#include "media/ciprocess.h"

#include <QImage>
#include <optional>

namespace ad::imaging
{

// Sources above this many pixels preview through a proxy of kProxyEdge on the long side.
inline constexpr qint64 kProxyAbovePixels = 8'000'000;
inline constexpr int kProxyEdge = 2048;

struct PreviewInput {
    ImageSource source; // the proxy's bytes, or the original's path
    QImage before;      // the input for display, at most `display` in size
    QSize originalSize; // stored orientation, before any proxy
    QSize inputSize;    // what the style receives: the proxy's size or the original's
    qint64 originalBytes = 0;
    int frames = 1;
    bool proxy = false;
    QString resourceRoot;    // the original's folder, for relative watermark images
    bool videoCover = false; // a video, standing in as its cover frame (media/videocover.h)
};

// A video is previewed through its cover frame, which image processing then receives like a
// picture: the frame at `coverSeconds` when the user chose one (Set as Cover), else the default
// cover. Throws ProcessingError when the file cannot be read or decoded. No proxy when
// `allowProxy` is false, or when the original breaks a cloud limit (the render must report that,
// not hide it).
PreviewInput previewInput(const QString &path, QSize display, bool allowProxy = true,
                          std::optional<double> coverSeconds = {});

struct PreviewOutput {
    QImage after; // decoded result for display (first frame); null for JSON answers
    QSize size;   // result size in pixels
    style::ImageFormat format = style::ImageFormat::Png;
    qint64 bytes = 0;
    int frames = 1;
    QByteArray json; // imageInfo, exif, watermark/4 ...
    QStringList warnings;
};

PreviewOutput renderPreview(const PreviewInput &input, const style::Pipeline &pipeline,
                            const ProcessOptions &options, QSize display);

// A ci-process string (snapshot, videoinfo, doc-preview) run on the original file, as process
// and batch run it: its picture for display with size and format, or videoinfo's JSON.
PreviewOutput renderCiPreview(const QString &path, const media::CiProcess &process,
                              const ProcessOptions &options, QSize display);

} // namespace ad::imaging
