#include "media/snapshot.h"

#include "assets/assetkind.h"
#include "common/error.h"
#include "imaging/vipsutil.h"
#include "media/frameimage.h"
#include "media/framescore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <cmath>

namespace ad::media
{

namespace
{

[[noreturn]] void fail(ErrorCode code, const QString &message)
{
    throw ProcessingError(code, message);
}

QByteArray encode(const vips::VImage &image, const QString &format, int quality)
{
    try {
        if (format == QLatin1String("png")) return imaging::takeBlob(image.pngsave_buffer());
        return imaging::takeBlob(image.jpegsave_buffer(vips::VImage::option()->set("Q", quality)));
    } catch (const vips::VError &e) {
        imaging::rethrowVips(e);
    }
}

// Snapshot and videoinfo on a picture or a document are refused by kind: FFmpeg would read a
// JPEG as a one-frame video and answer as if it were a clip.
void requireMedia(const QString &path, bool audioToo, const char *operation)
{
    const assets::Kind kind = assets::kindOfPath(path);
    if (kind == assets::Kind::Video || (audioToo && kind == assets::Kind::Audio)) return;
    const QString name = QFileInfo(path).fileName();
    const char *text = assets::isPicture(kind)
                           ? QT_TRANSLATE_NOOP("ad::Error", "%1 takes a video; %2 is a picture")
                       : kind == assets::Kind::Document
                           ? QT_TRANSLATE_NOOP("ad::Error", "%1 takes a video; %2 is a document")
                           : QT_TRANSLATE_NOOP("ad::Error", "%1 takes a video; %2 is not one");
    fail(ErrorCode::InvalidImage,
         QCoreApplication::translate("ad::Error", text).arg(QLatin1String(operation), name));
}

double durationOf(const QJsonObject &info)
{
    return info.value(QStringLiteral("Format"))
        .toObject()
        .value(QStringLiteral("Duration"))
        .toString()
        .toDouble();
}

} // namespace

double smartCoverTime(const QString &path, int candidates, const std::atomic<bool> *cancelled)
{
    requireFile(path);
    const Decoder &decoder = requireDecoder();
    QString error;
    const QJsonObject info = decoder.mediaInfo(path, &error);
    if (info.isEmpty()) fail(ErrorCode::InvalidImage, error);
    const double duration = durationOf(info);
    // Spread over the clip, clear of its very start and end (fades, slates, credits).
    QList<double> times;
    for (int i = 1; i <= candidates; ++i)
        times << duration * i / (candidates + 1);
    if (duration <= 0) return 0; // a still or an unknown length: its first frame
    FrameRequest request;
    request.bound = QSize(256, 256); // plenty to judge; decoding dominates, not scoring
    request.cancelled = cancelled;
    request.threads = 0;
    // Key frames first: each costs one decode instead of a GOP's worth (a 60 s 1080p clip took
    // seconds exactly). A clip whose candidates share one or two key frames, or whose key frames
    // are all black, blank or blurred, is looked at again frame-exactly.
    const auto best = [&](bool keyFramesOnly, bool *usable) {
        request.keyFramesOnly = keyFramesOnly;
        const QList<Frame> frames = decoder.frames(path, times, request, &error);
        QList<FrameScore> scores;
        QList<double> distinct;
        for (const Frame &frame : frames) {
            scores << scoreFrame(toVips(frame));
            if (!distinct.contains(frame.seconds)) distinct << frame.seconds;
        }
        const int pick = pickBestFrame(scores);
        *usable = pick >= 0 && !scores[pick].rejected() &&
                  distinct.size() >= std::min<qsizetype>(3, times.size());
        return pick >= 0 ? frames[pick].seconds : 0.0;
    };
    bool usable = false;
    const double keyFrame = best(true, &usable);
    // Long clips stay on key frames: their candidates lie whole GOPs apart anyway.
    if (usable || duration > 120) return keyFrame;
    return best(false, &usable);
}

Still snapshot(const QString &path, const SnapshotRequest &r)
{
    requireFile(path);
    requireMedia(path, false, "snapshot");
    if (!std::isfinite(r.time) || r.time < 0)
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "time must be 0 or more seconds"));
    if (r.width < 0 || r.height < 0 || r.width > 9999 || r.height > 9999)
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error",
                                         "width and height must be within 0-9999, got %1x%2")
                 .arg(r.width)
                 .arg(r.height));
    const QString format = r.format.toLower();
    if (format != QLatin1String("jpg") && format != QLatin1String("png"))
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "format must be jpg or png, got \"%1\"")
                 .arg(r.format));
    FrameRequest request;
    request.seconds = r.time;
    request.keyFrame = r.keyFrame;
    request.autoRotate = r.autoRotate;
    request.size = QSize(r.width, r.height);
    request.threads = 0; // one still, wanted now: every core
    QString error;
    const Decoder &decoder = requireDecoder();
    // The decoder answers a time past the end with the last frame; a poster asked for at 90 s
    // of a 10 s clip is a mistake to report, not a picture to hand out.
    const QJsonObject info = decoder.mediaInfo(path, &error);
    if (info.isEmpty()) fail(ErrorCode::InvalidImage, error);
    const double duration = durationOf(info);
    if (duration > 0 && r.time > duration)
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error",
                                         "time %1 s is past the end of the video (%2 s long)")
                 .arg(r.time)
                 .arg(duration, 0, 'f', 3));
    const Frame frame = decoder.frame(path, request, &error);
    if (frame.isNull()) fail(ErrorCode::InvalidImage, error);
    return {encode(toVips(frame), format, 85), format};
}

QJsonObject videoInfo(const QString &path)
{
    requireFile(path);
    requireMedia(path, true, "videoinfo");
    QString error;
    const QJsonObject info = requireDecoder().mediaInfo(path, &error);
    if (info.isEmpty()) fail(ErrorCode::InvalidImage, error);
    return {{QStringLiteral("MediaInfo"), info}};
}

Still cover(const QString &path, const CoverRequest &r)
{
    requireFile(path);
    if (r.size < 0 || r.size > 4096)
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "size must be within 1-4096"));
    if (r.scale < 0 || r.scale > 1000)
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "scale must be within 1-1000"));
    if (r.width < 0 || r.height < 0)
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "width and height must be positive"));
    imaging::ensureVips();
    vips::VImage image;
    QString format = QStringLiteral("jpg");
    try {
        if (assets::kindOfPath(path) == assets::Kind::Video) {
            QString error;
            FrameRequest request;
            if (r.smart) request.seconds = smartCoverTime(path);
            const Frame frame = requireDecoder().frame(path, request, &error);
            if (frame.isNull()) fail(ErrorCode::InvalidImage, error);
            image = toVips(frame);
        } else {
            const char *loader = imaging::findFileLoader(path);
            if (!loader)
                fail(ErrorCode::InvalidImage,
                     QCoreApplication::translate("ad::Error", "not an image or a video"));
            // Upright before any crop or scale (SMH decision), first frame of an animation.
            image = vips::VImage::new_from_file(QFile::encodeName(path).constData())
                        .autorot()
                        .colourspace(VIPS_INTERPRETATION_sRGB);
            const QString nick = QString::fromLatin1(vips_nickname_find(g_type_from_name(loader)));
            if (nick.startsWith(QLatin1String("png")) || nick.startsWith(QLatin1String("gif")))
                format = QStringLiteral("png");
        }
        const double w = image.width(), h = image.height();
        if (r.size > 0) { // cover the square, then centre-crop (upscaling allowed)
            const double k = r.size / std::min(w, h);
            image = image.resize(k, vips::VImage::option()->set("vscale", k));
            image = image.extract_area((image.width() - r.size) / 2, (image.height() - r.size) / 2,
                                       std::min(r.size, image.width()),
                                       std::min(r.size, image.height()));
        } else if (r.scale > 0) {
            image = image.resize(r.scale / 100.0);
        } else if (r.width > 0 || r.height > 0) {
            const double k = r.width > 0 && r.height > 0 ? std::min(r.width / w, r.height / h)
                             : r.width > 0               ? r.width / w
                                                         : r.height / h;
            image = image.resize(k);
        }
        return {encode(image, format, 85), format};
    } catch (const vips::VError &e) {
        imaging::rethrowVips(e);
    }
}

} // namespace ad::media
