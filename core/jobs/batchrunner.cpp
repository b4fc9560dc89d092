#include "jobs/batchrunner.h"

#include "common/error.h"
#include "imaging/executor.h"
#include "media/ciprocess.h"
#include "storage/atomicfile.h"
#include "storage/storage.h"
#include "style/errortext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>

namespace ad::jobs
{

QString partialTagFor(const ItemRecord &item)
{
    return QStringLiteral("job%1-%2").arg(item.jobId).arg(item.index);
}

namespace
{

// Image processing on the bytes, or a ci-process string on a file (a bucket object goes
// through a temporary copy: FFmpeg and Poppler read files).
imaging::ProcessResult runVariant(const QString &source, bool remote, const QByteArray &bytes,
                                  const QString &variant, const imaging::ProcessOptions &options)
{
    const auto ci = media::parseCiProcess(variant);
    if (!ci) return imaging::process({remote ? QString() : source, bytes}, variant, options);
    QTemporaryFile copy(QDir::tempPath() + QStringLiteral("/assetdesk-XXXXXX.") +
                        QFileInfo(storage::locationName(source)).suffix());
    QString path = source;
    if (remote) {
        if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
            throw ProcessingError(
                ErrorCode::IoError,
                QCoreApplication::translate("ad::Error", "cannot write a temporary copy: %1")
                    .arg(copy.errorString()));
        path = copy.fileName();
    }
    const media::CiOutput out = media::runCiProcess(path, *ci, options.styles);
    imaging::ProcessResult r;
    r.data = out.bytes;
    r.isJson = out.format == QLatin1String("json");
    return r;
}

} // namespace

JobKind batchStyleKind(style::StyleLookup styles)
{
    JobKind kind;
    kind.pool = PoolKind::Cpu;
    kind.run = [styles](const ItemRecord &item, const QJsonObject &params,
                        const std::atomic<bool> &cancelled) {
        ItemOutcome outcome;
        if (cancelled.load()) {
            outcome.state = ItemState::Cancelled;
            return outcome;
        }
        const bool overwrite =
            params.value(QStringLiteral("conflict")).toString() == QLatin1String("overwrite");
        const bool remoteSource = storage::isRemoteLocation(item.source);
        const bool remoteTarget = storage::isRemoteLocation(item.target);
        std::shared_ptr<storage::Storage> targetStorage;
        try {
            targetStorage = storage::storageFor(item.target);
        } catch (const ProcessingError &e) {
            outcome.state = ItemState::Failed;
            outcome.error = localizedText(e.error());
            return outcome;
        }
        if (!overwrite && targetStorage->exists(item.target)) {
            // Created after planning (by someone else): never clobber it.
            outcome.state = ItemState::Skipped;
            outcome.error =
                QCoreApplication::translate("ad::Error", "target appeared after planning");
            return outcome;
        }
        try {
            imaging::ProcessOptions options;
            options.styles = styles;
            // Bucket objects are fetched whole (the 32 MB input limit keeps that small).
            const QByteArray bytes =
                remoteSource ? storage::storageFor(item.source)->read(item.source) : QByteArray();
            const imaging::ProcessResult r =
                runVariant(item.source, remoteSource, bytes, item.variant, options);
            if (cancelled.load()) {
                outcome.state = ItemState::Cancelled;
                return outcome;
            }
            if (remoteTarget) {
                targetStorage->write(item.target, r.data); // one PUT: whole or absent
            } else {
                const QString folder = QFileInfo(item.target).absolutePath();
                if (!QDir().mkpath(folder))
                    throw ProcessingError(
                        ErrorCode::IoError,
                        QCoreApplication::translate("ad::Error", "cannot create folder '%1': %2")
                            .arg(folder, storage::writeErrorText(errno)));
                storage::writeFileAtomically(item.target, r.data, partialTagFor(item));
            }
            outcome.bytesIn = remoteSource ? bytes.size() : QFileInfo(item.source).size();
            outcome.bytesOut = r.data.size();
            outcome.error = r.warnings.join(QStringLiteral("; "));
        } catch (const ProcessingError &e) {
            outcome.state = ItemState::Failed;
            outcome.error = localizedText(e.error());
        }
        return outcome;
    };
    kind.completedBeforeCrash = [](const ItemRecord &item) {
        if (storage::isRemoteLocation(item.target)) {
            // The PUT is the commit point; Last-Modified has one-second resolution.
            try {
                const storage::Entry target = storage::storageFor(item.target)->head(item.target);
                return target.modified.toMSecsSinceEpoch() >= item.startedMs - 1000;
            } catch (const ProcessingError &) {
                return false;
            }
        }
        QFile::remove(storage::partialPathFor(item.target, partialTagFor(item)));
        const QFileInfo target(item.target);
        // The rename is the commit point: a target written since the item started is ours.
        return target.exists() && target.lastModified().toMSecsSinceEpoch() >= item.startedMs - 1;
    };
    return kind;
}

} // namespace ad::jobs
