#include "jobs/cloudbatch.h"

#include "common/error.h"
#include "jobs/nametemplate.h"
#include "jobs/uploadprocessing.h"
#include "storage/accessdenied.h"
#include "storage/objecturl.h"
#include "storage/picprocess.h"
#include "storage/ratelimit.h"
#include "storage/storage.h"
#include "style/printer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <algorithm>

namespace ad::jobs
{

namespace
{

constexpr int kAttempts = 6; // as ObjectClient's own retries: 0.2 s to 3.2 s apart

[[noreturn]] void refuse(const QString &message)
{
    throw ProcessingError(ErrorCode::InvalidArgument, message);
}

storage::ObjectUrl cosLocation(const QString &location)
{
    const storage::ObjectUrl url = storage::parseObjectUrl(location);
    if (!url.remote || url.flavor != storage::Endpoint::Flavor::Cos)
        refuse(
            QCoreApplication::translate(
                "ad::Error", "Run in the cloud needs a COS bucket: '%1' is not a cos:// location")
                .arg(location));
    return url;
}

struct Styled {
    QString rule;             // what the cloud runs
    style::Pipeline pipeline; // for {ext}; references the cloud resolves stay unexpanded
    QString label;
};

// Library styles are sent expanded, so the cloud runs what was checked on the desktop; a
// style/<name> the library does not hold is left for the bucket's own styles.
Styled styled(const QString &text, const style::StyleLookup &lookup)
{
    Styled s;
    s.label = styleLabel(text);
    try {
        s.pipeline = style::parse(text);
        try {
            s.pipeline = style::expandStyles(s.pipeline, lookup);
            s.rule = style::print(s.pipeline);
        } catch (const ProcessingError &e) {
            if (e.error().code != ErrorCode::StyleNotFound) throw;
            s.rule = text.trimmed();
        }
        for (const style::Stage &stage : s.pipeline.stages) {
            if (std::holds_alternative<style::InfoQuery>(stage.op))
                throw ProcessingError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("ad::Error",
                                                "it answers information, which the cloud does not "
                                                "store as a result"));
        }
    } catch (const ProcessingError &e) {
        Error err = e.error();
        err.message =
            QCoreApplication::translate("ad::Error", "style '%1': %2").arg(text, err.message);
        throw ProcessingError(err);
    }
    return s;
}

// What the items of one job share on the pool threads: the request pace, and when the bucket
// last refused the job's credentials.
struct JobShared {
    explicit JobShared(int rate) : limiter(rate) {}
    storage::RateLimiter limiter;
    std::atomic<qint64> refusedAtMs{0};
    // Until one request has been accepted, requests go one at a time: a wrong key is then
    // refused once, not once per thread of the pool.
    QMutex probe;
    std::atomic<bool> accepted{false};
};

class JobsShared
{
public:
    std::shared_ptr<JobShared> forJob(qint64 jobId, int rate)
    {
        const QMutexLocker lock(&m_mutex);
        auto &shared = m_jobs[jobId];
        if (!shared) shared = std::make_shared<JobShared>(rate);
        return shared;
    }

private:
    QMutex m_mutex;
    QHash<qint64, std::shared_ptr<JobShared>> m_jobs;
};

} // namespace

JobSpec planCloudBatch(const BatchRequest &r, int rate)
{
    if (rate < 1 || rate > kCloudMaxRequestRate)
        refuse(QCoreApplication::translate(
                   "ad::Error", "the request rate must be 1 to %1 a second (the cloud's limit)")
                   .arg(kCloudMaxRequestRate));
    if (r.styles.isEmpty())
        refuse(QCoreApplication::translate("ad::Error", "a batch needs at least one style"));
    if (r.sources.isEmpty())
        refuse(QCoreApplication::translate("ad::Error", "a batch needs a source"));
    const storage::ObjectUrl first = cosLocation(r.sources.first());
    for (const QString &source : r.sources) {
        const storage::ObjectUrl url = cosLocation(source);
        if (url.bucket != first.bucket || url.profile != first.profile)
            refuse(QCoreApplication::translate(
                       "ad::Error",
                       "Run in the cloud takes sources of one bucket: '%1' and '%2' differ")
                       .arg(r.sources.first(), source));
    }
    if (r.destination.isEmpty())
        refuse(QCoreApplication::translate("ad::Error", "a batch needs a destination prefix"));
    const storage::ObjectUrl target = cosLocation(r.destination);
    // Pic-Operations can name another bucket, which we do not support: results stay in the
    // bucket the cloud reads from.
    if (target.bucket != first.bucket || target.profile != first.profile)
        refuse(QCoreApplication::translate(
                   "ad::Error",
                   "Run in the cloud writes its results into the source's bucket: '%1' is not in "
                   "%2")
                   .arg(r.destination, first.bucket));

    QList<Styled> styles;
    for (const QString &s : r.styles)
        styles << styled(s, r.styleLookup);
    const QString pattern = !r.nameTemplate.isEmpty() ? r.nameTemplate
                            : r.styles.size() == 1    ? QStringLiteral("{name}.{ext}")
                                                      : QStringLiteral("{name}_{style}.{ext}");
    QString destination = r.destination;
    while (destination.endsWith(QLatin1Char('/')))
        destination.chop(1);

    // What exists under the destination: one listing, never a HEAD per result.
    QSet<QString> existing;
    storage::storageFor(destination)
        ->list(destination + QLatin1Char('/'), true, [&](const QList<storage::Entry> &page) {
            for (const storage::Entry &e : page)
                existing.insert(e.location);
            return true;
        });
    const auto exists = [&](const QString &location) { return existing.contains(location); };

    JobSpec spec;
    spec.kind = kCloudBatchKind;
    spec.output = destination + QLatin1Char('/');
    spec.params = {{QStringLiteral("destination"), spec.output},
                   {QStringLiteral("conflict"), conflictPolicyName(r.conflict)},
                   {QStringLiteral("template"), pattern},
                   {QStringLiteral("styles"), QJsonArray::fromStringList(r.styles)},
                   {QStringLiteral("rate"), rate}};
    const QList<BatchSource> sources = collectSources(r, destination);
    QSet<QString> originals;
    for (const BatchSource &source : sources)
        originals.insert(source.path);
    spec.title = QStringLiteral("Cloud batch: %1 object(s) × %2 style(s) → %3")
                     .arg(sources.size())
                     .arg(r.styles.size())
                     .arg(spec.output);
    NameReservation names;
    for (int i = 0; i < sources.size(); ++i) {
        const QString name = storage::locationName(sources[i].path);
        QList<style::PicRule> rules;
        QStringList targets;
        QStringList skipped;
        for (const Styled &s : styles) {
            NameFields fields;
            fields.name =
                name.contains(QLatin1Char('.')) ? name.section(QLatin1Char('.'), 0, -2) : name;
            fields.ext = outputExtension(s.pipeline, sources[i].path);
            fields.style = s.label;
            fields.index = i + 1;
            fields.date = r.date;
            fields.dir = sources[i].relativeDir;
            const QString location = names.claim(
                storage::joinLocation(destination, expandNameTemplate(pattern, fields)),
                r.conflict == ConflictPolicy::Rename ? NameReservation::Unavailable(exists)
                                                     : NameReservation::Unavailable());
            // Overwrite may name a source itself; the cloud would replace the original.
            if (originals.contains(location))
                refuse(QCoreApplication::translate(
                           "ad::Error", "'%1' would replace its original: choose another "
                                        "destination or name template")
                           .arg(location));
            if (r.conflict == ConflictPolicy::Skip && exists(location)) {
                skipped << location;
                continue;
            }
            // Absolute: relative fileids land next to the source, not under the destination.
            rules.append({QLatin1Char('/') + storage::parseObjectUrl(location).key, s.rule});
            targets << location;
        }
        for (qsizetype from = 0; from < rules.size(); from += style::kCloudMaxRules) {
            ItemPlan item;
            item.source = sources[i].path;
            item.target = targets.mid(from, style::kCloudMaxRules).join(QLatin1Char('\n'));
            item.variant = picRulesToText(rules.mid(from, style::kCloudMaxRules));
            spec.items << item;
        }
        if (!skipped.isEmpty()) {
            ItemPlan item;
            item.source = sources[i].path;
            item.target = skipped.join(QLatin1Char('\n'));
            item.variant = QStringLiteral("[]");
            item.state = ItemState::Skipped;
            item.note = QCoreApplication::translate("ad::Error", "target exists");
            spec.items << item;
        }
    }
    return spec;
}

JobKind cloudBatchKind(int rate)
{
    auto jobs = std::make_shared<JobsShared>();
    JobKind kind;
    kind.pool = PoolKind::Io;
    kind.run = [jobs, rate](const ItemRecord &item, const QJsonObject &params,
                            const std::atomic<bool> &cancelled) {
        ItemOutcome outcome;
        const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
        const storage::ObjectUrl source = storage::parseObjectUrl(item.source);
        storage::Endpoint endpoint = storage::endpointFor(source);
        endpoint.maxAttempts = 1; // retried here, so that each attempt is paced and reported
        storage::BucketStorage bucket(endpoint);
        bucket.setCancelFlag(&cancelled);
        const QList<style::PicRule> rules = picRulesFromText(item.variant);
        const int planned = params.value(QStringLiteral("rate")).toInt(kCloudMaxRequestRate);
        const auto job = jobs->forJob(
            item.jobId, std::clamp(rate > 0 ? rate : planned, 1, kCloudMaxRequestRate));
        QString earlier; // the last retried failure
        for (int attempt = 1;; ++attempt) {
            job->limiter.acquire(1, &cancelled);
            if (cancelled.load()) {
                outcome.state = ItemState::Cancelled;
                return outcome;
            }
            std::unique_lock<QMutex> probing(job->probe, std::defer_lock);
            if (!job->accepted.load()) probing.lock();
            // Started before the bucket refused another item of the job (and so before the job
            // was paused and resumed): it would be refused alike, so it is not sent.
            if (const qint64 refused = job->refusedAtMs.load();
                refused > 0 && startedMs <= refused) {
                outcome.state = ItemState::Failed;
                outcome.error = QCoreApplication::translate(
                    "ad::Error", "not sent: the bucket refused the job's credentials");
                outcome.pauseJob = true;
                return outcome;
            }
            storage::UploadResult result;
            try {
                result = bucket.processStored(item.source, rules);
            } catch (const ProcessingError &e) {
                if (cancelled.load()) {
                    outcome.state = ItemState::Cancelled;
                    return outcome;
                }
                QString code;
                const int status = storage::httpStatusIn(e.error().message, &code);
                if ((status == 0 || status >= 500) && attempt < kAttempts) {
                    earlier = e.error().message;
                    for (int slept = 0; slept < (200 << (attempt - 1)) && !cancelled.load();
                         slept += 50)
                        QThread::msleep(50);
                    continue;
                }
                outcome.state = ItemState::Failed;
                outcome.error =
                    storage::withAccessHint(
                        e.error(), QCoreApplication::translate("ad::Error", "process its objects"))
                        .message;
                if (attempt > 1)
                    outcome.error +=
                        QCoreApplication::translate("ad::Error", " (after %1 attempts)")
                            .arg(attempt);
                // Every other item would be refused alike: stop instead of failing them all.
                outcome.pauseJob =
                    status == 401 || status == 403 || code == QLatin1String("NoSuchBucket");
                if (outcome.pauseJob)
                    job->refusedAtMs = QDateTime::currentMSecsSinceEpoch();
                else if (status > 0)
                    job->accepted = true; // an answer about the object, not the key
                return outcome;
            }
            job->accepted = true;
            QStringList lines;
            for (const storage::PicProcessed &p : result.results) {
                lines << processedLine(p.key, p);
                outcome.bytesOut += std::max<qint64>(0, p.size);
            }
            if (attempt > 1)
                lines << QCoreApplication::translate("ad::Error",
                                                     "answered on attempt %1; before: %2")
                             .arg(QString::number(attempt), earlier);
            outcome.error = lines.join(QLatin1Char('\n'));
            return outcome;
        }
    };
    // No completedBeforeCrash: a request in flight at a kill is sent again and writes the same
    // fileids, so each result still exists once.
    return kind;
}

} // namespace ad::jobs
