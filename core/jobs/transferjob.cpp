#include "jobs/transferjob.h"

#include "storage/storage.h"
#include "storage/transferplan.h"
#include "style/error.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace ad::jobs
{

JobSpec planTransferJob(const QStringList &sources, const QString &destination, bool move)
{
    if (destination.trimmed().isEmpty())
        throw ProcessingError(ErrorCode::InvalidArgument, QStringLiteral("no destination chosen"));
    JobSpec spec;
    spec.kind = kTransferKind;
    spec.title = QStringLiteral("%1 %2 item(s) to %3")
                     .arg(move ? QStringLiteral("Move") : QStringLiteral("Copy"))
                     .arg(sources.size())
                     .arg(destination);
    spec.params = QJsonObject{{QStringLiteral("move"), move}};
    spec.output = destination;
    // Several sources always go into the destination as a folder or prefix.
    const QString into = sources.size() > 1 && !destination.endsWith(QLatin1Char('/'))
                             ? destination + QLatin1Char('/')
                             : destination;
    for (const QString &source : sources) {
        for (const storage::TransferItem &t : storage::planTransfers(source, into, true)) {
            ItemPlan item;
            item.source = t.source;
            item.target = t.target;
            spec.items.append(item);
        }
    }
    if (spec.items.isEmpty())
        throw ProcessingError(ErrorCode::NotFound, QStringLiteral("nothing to transfer"));
    return spec;
}

JobKind transferKind(const QString &checkpointDir)
{
    JobKind kind;
    kind.pool = PoolKind::Io;
    const QString checkpoints =
        checkpointDir.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  QStringLiteral("/transfers")
            : checkpointDir;
    kind.run = [checkpoints](const ItemRecord &item, const QJsonObject &params,
                             const std::atomic<bool> &cancelled) {
        ItemOutcome outcome;
        storage::TransferOptions options;
        options.checkpointDir = checkpoints;
        options.cancelled = &cancelled;
        // Errors reach the queue as exceptions.
        storage::runTransfer({item.source, item.target},
                             params.value(QStringLiteral("move")).toBool(), options);
        if (!storage::isRemoteLocation(item.target))
            outcome.bytesOut = QFileInfo(item.target).size();
        return outcome;
    };
    return kind;
}

} // namespace ad::jobs
