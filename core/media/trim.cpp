#include "media/trim.h"

#include "common/error.h"
#include "media/frameimage.h"
#include "media/videofacts.h"
#include "plugins/plugin.h"
#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <unistd.h>

namespace ad::media
{

namespace
{

[[noreturn]] void fail(ErrorCode code, const QString &message)
{
    throw ProcessingError(code, message);
}

// The muxer a stream copy writes, by the output's extension.
QString muxerFor(const QString &output)
{
    static const QHash<QString, QString> muxers{
        {QStringLiteral("mp4"), QStringLiteral("mp4")},
        {QStringLiteral("m4v"), QStringLiteral("mp4")},
        {QStringLiteral("mov"), QStringLiteral("mov")},
        {QStringLiteral("mkv"), QStringLiteral("matroska")},
        {QStringLiteral("webm"), QStringLiteral("webm")},
        {QStringLiteral("ts"), QStringLiteral("mpegts")},
    };
    const QString suffix = QFileInfo(output).suffix().toLower();
    const QString muxer = muxers.value(suffix);
    if (muxer.isEmpty())
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error",
                                         "a trimmed clip is written as .mp4, .mov, .mkv, .webm "
                                         "or .ts, not '.%1'")
                 .arg(suffix));
    return muxer;
}

} // namespace

NoKeyFrameInRange::NoKeyFrameInRange(double from, double to, double copyFrom, double copyTo)
    : ProcessingError(ErrorCode::InvalidArgument,
                      QCoreApplication::translate(
                          "ad::Error", "there is no key frame between %1 s and %2 s: a copy "
                                       "without re-encoding would hold %3 s to %4 s of the clip; "
                                       "cut exactly instead")
                          .arg(from)
                          .arg(to)
                          .arg(copyFrom, 0, 'f', 2)
                          .arg(copyTo, 0, 'f', 2)),
      copyFrom(copyFrom), copyTo(copyTo)
{
}

TranscodeSettings exactTrimSettings(double from, double to)
{
    TranscodeSettings s;
    s.muxer = QStringLiteral("mp4");
    s.videoEncoders = {QStringLiteral("libx264"), QStringLiteral("libopenh264"),
                       QStringLiteral("mpeg4")};
    s.audioEncoders = {QStringLiteral("aac")};
    s.crf = 18; // visually lossless for x264: a cut should not look worse than its source
    s.videoKbps = 8000;
    s.audioKbps = 192;
    s.from = from;
    s.to = to;
    return s;
}

TrimOutcome trimFile(const QString &input, const QString &output, const TrimRequest &request,
                     const std::atomic<bool> &cancelled, const TranscodeProgress &progress)
{
    requireFile(input);
    if (!(request.from >= 0) || !(request.to > request.from))
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error",
                                         "the out point (%2 s) must come after the in point (%1 s)")
                 .arg(request.from)
                 .arg(request.to));
    QString why;
    const VideoFacts facts = readVideoFacts(input, &why);
    if (facts.size.isEmpty())
        fail(ErrorCode::InvalidImage,
             QCoreApplication::translate("ad::Error", "cannot trim '%1': %2")
                 .arg(input,
                      why.isEmpty() ? QCoreApplication::translate("ad::Error", "no video") : why));
    if (facts.seconds > 0 && request.from >= facts.seconds)
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "the in point (%1 s) is past the clip's end "
                                                      "(%2 s)")
                 .arg(request.from)
                 .arg(facts.seconds, 0, 'f', 2));
    if (request.exact) {
        TranscodeRequest encode;
        encode.settings = exactTrimSettings(request.from, request.to);
        const TranscodeOutcome done = transcodeFile(input, output, encode, cancelled, progress);
        if (done.frames == 0)
            fail(ErrorCode::InvalidArgument,
                 QCoreApplication::translate("ad::Error", "the clip has no frame after %1 s")
                     .arg(request.from));
        return {request.from, request.to, true};
    }
    const QString muxer = muxerFor(output);
    requireNewOutput(input, output, false);
    QString error;
    const Trimmer *trimmer = plugins::instance<Trimmer>("media", trimmerEntryName, &error);
    if (!trimmer) fail(ErrorCode::IoError, error);

    const QString partial = storage::partialPathFor(output, QStringLiteral("trim"));
    QFile::remove(partial);
    auto removePartial = qScopeGuard([&] { QFile::remove(partial); });
    TrimOutcome outcome;
    if (!trimmer->copy(input, partial, muxer, request.from, request.to, cancelled, progress,
                       &outcome, &error)) {
        if (!outcome.keyFrameInRange)
            throw NoKeyFrameInRange(request.from, request.to, outcome.from, outcome.to);
        if (cancelled)
            fail(ErrorCode::IoError,
                 QCoreApplication::translate("ad::Error", "trimming cancelled"));
        fail(ErrorCode::InvalidImage,
             QCoreApplication::translate("ad::Error", "cannot trim '%1': %2").arg(input, error));
    }
    QFile written(partial);
    if (!written.open(QIODevice::ReadOnly) || ::fsync(written.handle()) != 0)
        fail(ErrorCode::IoError, QCoreApplication::translate("ad::Error", "cannot write '%1': %2")
                                     .arg(output, storage::writeErrorText(errno)));
    written.close();
    // QFile::rename never replaces: a name taken meanwhile is an error, not a lost file.
    if (!QFile::rename(partial, output))
        fail(ErrorCode::IoError,
             QCoreApplication::translate("ad::Error",
                                         "cannot write '%1': the name was taken while trimming")
                 .arg(output));
    removePartial.dismiss();
    return outcome;
}

} // namespace ad::media
