#include "jobs/batchrunner.h"

#include "imaging/executor.h"
#include "storage/atomicfile.h"
#include "style/error.h"

#include <QDir>
#include <QFileInfo>

namespace ad::jobs
{

QString partialTagFor(const ItemRecord &item)
{
    return QStringLiteral("job%1-%2").arg(item.jobId).arg(item.index);
}

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
        if (!overwrite && QFileInfo::exists(item.target)) {
            // Created after planning (by someone else): never clobber it.
            outcome.state = ItemState::Skipped;
            outcome.error = QStringLiteral("target appeared after planning");
            return outcome;
        }
        try {
            imaging::ProcessOptions options;
            options.styles = styles;
            const imaging::ProcessResult r =
                imaging::process({item.source, {}}, item.variant, options);
            if (cancelled.load()) {
                outcome.state = ItemState::Cancelled;
                return outcome;
            }
            QDir().mkpath(QFileInfo(item.target).absolutePath());
            storage::writeFileAtomically(item.target, r.data, partialTagFor(item));
            outcome.bytesIn = QFileInfo(item.source).size();
            outcome.bytesOut = r.data.size();
            outcome.error = r.warnings.join(QStringLiteral("; "));
        } catch (const ProcessingError &e) {
            outcome.state = ItemState::Failed;
            outcome.error = e.error().toString();
        }
        return outcome;
    };
    kind.completedBeforeCrash = [](const ItemRecord &item) {
        QFile::remove(storage::partialPathFor(item.target, partialTagFor(item)));
        const QFileInfo target(item.target);
        // The rename is the commit point: a target written since the item started is ours.
        return target.exists() && target.lastModified().toMSecsSinceEpoch() >= item.startedMs - 1;
    };
    return kind;
}

} // namespace ad::jobs
