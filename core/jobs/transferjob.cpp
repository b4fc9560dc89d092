#include "jobs/transferjob.h"

#include "jobs/jobqueue.h"

#include "common/error.h"
#include "storage/storage.h"
#include "storage/transferplan.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStandardPaths>

namespace ad::jobs
{

JobSpec planTransferJob(const QStringList &sources, const QString &destination, bool move,
                        qint64 limitRate, const UploadProcessing &processing)
{
    if (destination.trimmed().isEmpty())
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate("ad::Error", "no destination chosen"));
    JobSpec spec;
    spec.kind = kTransferKind;
    // In the interface's language when a window plans the job; one phrase per verb.
    spec.title = (move ? QCoreApplication::translate("ad::jobs", "Move %n item(s) to %1", nullptr,
                                                     int(sources.size()))
                       : QCoreApplication::translate("ad::jobs", "Copy %n item(s) to %1", nullptr,
                                                     int(sources.size())))
                     .arg(destination);
    if (!processing.styles.isEmpty()) {
        QStringList labels;
        for (const UploadStyle &s : processing.styles)
            labels << s.label;
        spec.title += QCoreApplication::translate("ad::jobs", ", processed with %1")
                          .arg(labels.join(QStringLiteral(", ")));
    }
    spec.params = QJsonObject{{QStringLiteral("move"), move},
                              {QStringLiteral("limitRate"), limitRate},
                              {QStringLiteral("processing"), !processing.styles.isEmpty()}};
    spec.output = destination;
    // Several sources always go into the destination as a folder or prefix.
    const QString into = sources.size() > 1 && !destination.endsWith(QLatin1Char('/'))
                             ? destination + QLatin1Char('/')
                             : destination;
    for (const QString &source : sources) {
        // Local folders and prefixes (ending in '/') go recursively; an object goes alone.
        const storage::ObjectUrl url = storage::parseObjectUrl(source);
        const bool recursive =
            !url.remote || url.key.isEmpty() || url.key.endsWith(QLatin1Char('/'));
        for (const storage::TransferItem &t : storage::planTransfers(source, into, recursive)) {
            ItemPlan item;
            item.source = t.source;
            item.target = t.target;
            if (!processing.styles.isEmpty() &&
                storage::directionOf(t) != storage::TransferDirection::Upload)
                throw ProcessingError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "ad::Error", "%1: processing applies to uploads to a bucket only")
                        .arg(t.source));
            // Every name decided and every rule checked before the job exists; files that are
            // not pictures go up as they are.
            if (!processing.styles.isEmpty() && isProcessablePicture(t.source)) {
                const storage::ObjectUrl to = storage::parseObjectUrl(t.target);
                const QList<style::PicRule> rules =
                    picRulesFor(processing.styles, to.key, t.source, processing.nameTemplate,
                                int(spec.items.size()) + 1);
                storage::checkPicRules(storage::endpointFor(to), to.key, rules);
                item.variant = picRulesToText(rules);
            }
            spec.items.append(item);
        }
    }
    if (spec.items.isEmpty())
        throw ProcessingError(ErrorCode::NotFound,
                              QCoreApplication::translate("ad::Error", "nothing to transfer"));
    return spec;
}

namespace
{
// Items run one by one on the I/O pool; those of one limit share one bucket of tokens, so
// the limit holds for the job as a whole (and for jobs started with the same limit).
std::shared_ptr<storage::RateLimiter> limiterFor(qint64 rate)
{
    if (rate <= 0) return nullptr;
    static QMutex lock;
    static QHash<qint64, std::shared_ptr<storage::RateLimiter>> limiters;
    const QMutexLocker locker(&lock);
    auto &limiter = limiters[rate];
    if (!limiter) limiter = std::make_shared<storage::RateLimiter>(rate);
    return limiter;
}
} // namespace

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
        options.limiter = limiterFor(params.value(QStringLiteral("limitRate")).toInteger());
        options.progress = itemProgressReporter(); // bytes of this file, for the Jobs dock
        // Errors reach the queue as exceptions.
        options.picRules = picRulesFromText(item.variant);
        const std::optional<storage::UploadResult> processed = storage::runTransfer(
            {item.source, item.target}, params.value(QStringLiteral("move")).toBool(), options);
        if (!storage::isRemoteLocation(item.target))
            outcome.bytesOut = QFileInfo(item.target).size();
        // A done item's text is its report: the original and each result.
        if (processed)
            outcome.error = uploadResultLines(storage::parseObjectUrl(item.target), *processed)
                                .join(QLatin1Char('\n'));
        else if (params.value(QStringLiteral("processing")).toBool())
            outcome.error =
                QCoreApplication::translate("ad::Error", "not a picture: uploaded unprocessed");
        return outcome;
    };
    return kind;
}

} // namespace ad::jobs
