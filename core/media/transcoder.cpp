#include "media/transcoder.h"

#include "common/error.h"
#include "media/frameimage.h"
#include "plugins/plugin.h"
#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <fcntl.h>
#include <unistd.h>

namespace ad::media
{

const Transcoder *transcoder(QString *error)
{
    return plugins::instance<Transcoder>("media", transcoderEntryName, error);
}

QString firstAvailableEncoder(const QStringList &candidates)
{
    const Transcoder *t = transcoder();
    if (!t) return {};
    for (const QString &name : candidates)
        if (t->hasEncoder(name)) return name;
    return {};
}

QString transcodePartialPath(const QString &output)
{
    // A fixed tag: after a crash the job finds (and removes) the partial file of its target.
    return storage::partialPathFor(output, QStringLiteral("transcode"));
}

namespace
{

[[noreturn]] void fail(ErrorCode code, const QString &message)
{
    throw ProcessingError(code, message);
}

// Durable before visible, like every other output the core writes.
bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    const bool synced = ::fsync(fd) == 0;
    return ::close(fd) == 0 && synced;
}

} // namespace

void requireNewOutput(const QString &input, const QString &output, bool replace)
{
    if (!replace && QFileInfo::exists(output))
        fail(ErrorCode::IoError,
             QCoreApplication::translate(
                 "ad::Error", "'%1' exists already; choose another name or allow replacing it")
                 .arg(output));
    if (QFileInfo(output).absoluteFilePath() == QFileInfo(input).absoluteFilePath())
        fail(ErrorCode::IoError,
             QCoreApplication::translate("ad::Error", "the output would replace the source '%1'")
                 .arg(input));
}

TranscodeOutcome transcodeFile(const QString &input, const QString &output,
                               const TranscodeRequest &request, const std::atomic<bool> &cancelled,
                               const TranscodeProgress &progress)
{
    requireFile(input);
    requireNewOutput(input, output, request.replace);
    QString error;
    const Transcoder *engine = transcoder(&error);
    if (!engine) fail(ErrorCode::IoError, error);

    const QString partial = transcodePartialPath(output);
    QFile::remove(partial); // a previous attempt's leftovers: this run restarts the file
    auto removePartial = qScopeGuard([&] { QFile::remove(partial); });
    TranscodeOutcome outcome;
    if (!engine->transcode(input, partial, request.settings, cancelled, progress, &outcome,
                           &error)) {
        switch (outcome.failure) {
        case TranscodeFailure::NoEncoder:
        case TranscodeFailure::NoStream:
            fail(ErrorCode::UnsupportedFormat, error);
        case TranscodeFailure::BadInput:
            fail(ErrorCode::InvalidImage, error);
        case TranscodeFailure::Cancelled:
            fail(ErrorCode::IoError,
                 QCoreApplication::translate("ad::Error", "transcoding cancelled"));
        case TranscodeFailure::None:
        case TranscodeFailure::Write:
            break;
        }
        fail(ErrorCode::IoError,
             QCoreApplication::translate("ad::Error", "cannot write '%1': %2").arg(output, error));
    }
    if (!syncFile(partial))
        fail(ErrorCode::IoError, QCoreApplication::translate("ad::Error", "cannot write '%1': %2")
                                     .arg(output, storage::writeErrorText(errno)));
    // QFile::rename never replaces an existing file: a name taken meanwhile is an error.
    const bool renamed = request.replace ? ::rename(QFile::encodeName(partial).constData(),
                                                    QFile::encodeName(output).constData()) == 0
                                         : QFile::rename(partial, output);
    if (!renamed)
        fail(ErrorCode::IoError,
             QCoreApplication::translate("ad::Error",
                                         "cannot write '%1': the name was taken while transcoding")
                 .arg(output));
    removePartial.dismiss();
    return outcome;
}

} // namespace ad::media
