// assetdesk-cli batch: plans a batch, journals it, runs it on the CPU pool and reports. With
// --cloud the cloud does the processing: one image_process request per object on the I/O pool.

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/stylelibrary.h"
#include "jobs/batchplan.h"
#include "jobs/batchrunner.h"
#include "jobs/cloudbatch.h"
#include "jobs/jobqueue.h"
#include "storage/accessdenied.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QLockFile>
#include <QStandardPaths>
#include <cstdio>
#include <unistd.h>

namespace ad::cli
{

namespace
{

const char *kBatchUsage =
    "assetdesk-cli batch SRC... DST --style 'PROCESSING' [--style ...] [--jobs N] [--name "
    "TEMPLATE]\n"
    "      [--conflict skip|overwrite|rename] [--recursive] [--include GLOB] [--exclude GLOB]\n"
    "      [--styles FILE] [--dry-run] [--resume] [--journal FILE]\n"
    "      [--cloud [--rate N]]   (cos:// source and destination in one bucket)";

struct BatchOptions {
    jobs::BatchRequest request;
    int threads = 0;
    bool dryRun = false;
    bool resume = false;
    bool cloud = false;
    int rate = 0; // --rate; 0: the cloud's limit, or on --resume the rate planned
    QString journal;
    QString stylesFile;
};

std::optional<BatchOptions> parse(const QStringList &args, QString *error)
{
    BatchOptions o;
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("%1 needs a value").arg(a);
                return {};
            }
            return args[++i];
        };
        if (a == QLatin1String("--style"))
            o.request.styles << value();
        else if (a == QLatin1String("--jobs"))
            o.threads = value().toInt();
        else if (a == QLatin1String("--name"))
            o.request.nameTemplate = value();
        else if (a == QLatin1String("--conflict")) {
            const auto policy = jobs::conflictPolicyFromName(value());
            if (!policy) {
                *error = QStringLiteral("--conflict takes skip, overwrite or rename");
                return std::nullopt;
            }
            o.request.conflict = *policy;
        } else if (a == QLatin1String("--recursive"))
            o.request.recursive = true;
        else if (a == QLatin1String("--include"))
            o.request.include << value();
        else if (a == QLatin1String("--exclude"))
            o.request.exclude << value();
        else if (a == QLatin1String("--styles"))
            o.stylesFile = value();
        else if (a == QLatin1String("--dry-run"))
            o.dryRun = true;
        else if (a == QLatin1String("--resume"))
            o.resume = true;
        else if (a == QLatin1String("--journal"))
            o.journal = value();
        else if (a == QLatin1String("--cloud"))
            o.cloud = true;
        else if (a == QLatin1String("--rate")) {
            bool ok = false;
            o.rate = value().toInt(&ok);
            if (error->isEmpty() && (!ok || o.rate < 1 || o.rate > jobs::kCloudMaxRequestRate)) {
                *error = QStringLiteral("--rate takes 1 to %1 requests a second")
                             .arg(jobs::kCloudMaxRequestRate);
                return std::nullopt;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            *error = QStringLiteral("unknown option %1").arg(a);
            return std::nullopt;
        } else
            positional << a;
        if (!error->isEmpty()) return std::nullopt;
    }
    if (o.rate > 0 && !o.cloud && !o.resume) {
        *error = QStringLiteral("--rate paces requests to the cloud: it needs --cloud");
        return std::nullopt;
    }
    if (positional.size() < 2 || (o.request.styles.isEmpty() && !o.resume)) {
        *error = QString::fromLatin1(kBatchUsage);
        return std::nullopt;
    }
    const QString destination = positional.takeLast();
    o.request.destination =
        storage::isRemoteLocation(destination) ? destination : QDir(destination).absolutePath();
    o.request.sources = positional;
    return o;
}

// One journal per destination folder, so runs into different folders never meet.
QString defaultJournal(const QString &destination)
{
    const QByteArray key =
        QCryptographicHash::hash(destination.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/batch/") + QString::fromLatin1(key) + QStringLiteral(".sqlite");
}

QString duration(double seconds)
{
    if (seconds < 0) return QStringLiteral("--:--");
    const int s = int(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

class Reporter
{
public:
    explicit Reporter(bool tty) : m_tty(tty) { m_clock.start(); }
    void setCloud(bool cloud) { m_cloud = cloud; } // results are printed, one a line

    void item(const jobs::JobProgress &p, const jobs::ItemRecord &item)
    {
        const jobs::ItemCounts &c = p.counts;
        if (item.state == jobs::ItemState::Failed) {
            clearLine();
            std::fprintf(stderr, "failed: %s: %s\n", shown(item.source).constData(),
                         shown(item.error).constData());
        }
        // A cloud item's note holds its results (UploadResult): one line each.
        const QStringList results = m_cloud && item.state == jobs::ItemState::Done
                                        ? item.error.split(QLatin1Char('\n'))
                                        : QStringList();
        if (!m_tty) {
            if (m_cloud) // an item is one request of up to 5 results
                std::printf("[request %d/%d] %s %s\n", c.finished(), c.total,
                            qPrintable(jobs::itemStateName(item.state)),
                            shown(item.source).constData());
            else
                std::printf("[%d/%d] %s %s -> %s\n", c.finished(), c.total,
                            qPrintable(jobs::itemStateName(item.state)),
                            shown(item.source).constData(), shown(item.target).constData());
            for (const QString &line : results)
                std::printf("  %s\n", shown(line).constData());
            std::fflush(stdout);
            return;
        }
        if (!results.isEmpty()) {
            clearLine();
            for (const QString &line : results)
                std::printf("%s\n", shown(line).constData());
        }
        if (m_clock.elapsed() - m_lastDraw < 100 && c.finished() < c.total)
            return; // at most ten redraws a second
        m_lastDraw = m_clock.elapsed();
        const int width = 30;
        const int filled = c.total ? width * c.finished() / c.total : width;
        std::printf("\r[%s%s] %d/%d %3d%%  %.1f/s  ETA %s  failed %d ",
                    QByteArray(filled, '#').constData(),
                    QByteArray(width - filled, '.').constData(), c.finished(), c.total,
                    c.total ? 100 * c.finished() / c.total : 100, p.itemsPerSecond,
                    qPrintable(duration(p.etaSeconds)), c.failed);
        std::fflush(stdout);
        m_drawn = true;
    }

    void clearLine()
    {
        if (m_tty && m_drawn) {
            std::printf("\r%s\r", QByteArray(80, ' ').constData());
            std::fflush(stdout);
        }
    }

    double seconds() const { return m_clock.elapsed() / 1000.0; }

private:
    bool m_tty;
    bool m_cloud = false;
    bool m_drawn = false;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1000;
};

// --resume: failed items run again, and so do done ones whose local output has gone since; each
// says why. Returns whether anything was put back in the queue.
bool resumeItems(jobs::JobQueue &queue, qint64 jobId)
{
    QList<int> again;
    int done = 0;
    int waiting = 0; // never finished: they run too
    const QList<jobs::ItemRecord> items = queue.items(jobId);
    for (const jobs::ItemRecord &item : items) {
        if (item.state == jobs::ItemState::Failed) {
            std::printf("%s: retrying after earlier failure: %s\n", shown(item.source).constData(),
                        shown(item.error).constData());
            again << item.index;
        } else if (item.state == jobs::ItemState::Done && !storage::isRemoteLocation(item.target) &&
                   !QFileInfo::exists(item.target)) {
            std::printf("%s: output %s is gone; writing it again\n", shown(item.source).constData(),
                        shown(item.target).constData());
            again << item.index;
        } else if (item.state == jobs::ItemState::Done) {
            ++done;
        } else if (item.state == jobs::ItemState::Pending ||
                   item.state == jobs::ItemState::Running) {
            ++waiting;
        }
    }
    std::printf("resuming: %d of %d item(s) already done, %lld to retry, %d not run yet\n", done,
                int(items.size()), static_cast<long long>(again.size()), waiting);
    std::fflush(stdout);
    queue.requeue(jobId, again);
    return !again.isEmpty();
}

int dryRun(const jobs::JobSpec &spec)
{
    int writes = 0;
    int skips = 0;
    int requests = 0; // cloud: one per item
    for (const jobs::ItemPlan &item : spec.items) {
        const bool skip = item.state == jobs::ItemState::Skipped;
        requests += skip ? 0 : 1;
        // A cloud item plans up to 5 outputs, one a line.
        for (const QString &target : item.target.split(QLatin1Char('\n'))) {
            ++(skip ? skips : writes);
            std::printf("%s\t%s\t%s%s\n", skip ? "skip" : "write", shown(item.source).constData(),
                        shown(target).constData(),
                        skip ? qPrintable(QStringLiteral("\t(") + item.note + QLatin1Char(')'))
                             : "");
        }
    }
    if (spec.kind == jobs::kCloudBatchKind) std::printf("%d request(s) to the cloud\n", requests);
    std::printf("dry run: %d output(s) would be written, %d skipped, nothing was written\n", writes,
                skips);
    return 0;
}

} // namespace

int batchCommand(const QStringList &args)
{
    QString error;
    auto parsed = parse(args, &error);
    if (!parsed) return usageError(error);
    BatchOptions &o = *parsed;
    try {
        o.request.styleLookup = styleLibrary(o.stylesFile);
        const auto plan = [&o] {
            return o.cloud ? jobs::planCloudBatch(o.request,
                                                  o.rate > 0 ? o.rate : jobs::kCloudMaxRequestRate)
                           : jobs::planBatch(o.request);
        };
        if (o.dryRun) return dryRun(plan());

        const QString journal =
            o.journal.isEmpty() ? defaultJournal(o.request.destination) : o.journal;
        QDir().mkpath(QFileInfo(journal).absolutePath());
        QLockFile lock(journal + QStringLiteral(".lock"));
        if (!lock.tryLock(0))
            return reportError({ErrorCode::IoError,
                                QStringLiteral("another batch into '%1' is running (journal %2)")
                                    .arg(o.request.destination, journal)});

        jobs::JobQueue queue(journal);
        queue.registerKind(jobs::kBatchKind, jobs::batchStyleKind(o.request.styleLookup));
        queue.registerKind(jobs::kCloudBatchKind, jobs::cloudBatchKind(o.rate));
        if (o.threads > 0)
            queue.setThreads(o.cloud ? jobs::PoolKind::Io : jobs::PoolKind::Cpu, o.threads);
        qint64 jobId = 0;
        Reporter reporter(::isatty(STDOUT_FILENO));
        // Handlers run in the event loop: a journal that fails to read ends the run here too.
        QObject::connect(&queue, &jobs::JobQueue::itemFinished, [&](qint64 id, int index) {
            try {
                const auto items = queue.items(id);
                if (index < items.size()) reporter.item(queue.progress(id), items[index]);
            } catch (const ProcessingError &) {
                QCoreApplication::quit();
            }
        });
        QObject::connect(&queue, &jobs::JobQueue::jobFinished, qApp, [&](qint64 id) {
            if (id == jobId) QCoreApplication::quit();
        });
        // A cloud batch pauses itself when the bucket refuses its credentials.
        QObject::connect(&queue, &jobs::JobQueue::jobChanged, qApp, [&](qint64 id) {
            if (id == jobId && queue.progress(id).job.state == jobs::JobState::Paused &&
                queue.isIdle())
                QCoreApplication::quit();
        });
        // A journal that refuses writes stops the run once the running items are back.
        QObject::connect(&queue, &jobs::JobQueue::idle, qApp, [&] {
            if (!queue.journalError().isEmpty()) QCoreApplication::quit();
        });

        const QList<qint64> unfinished = queue.unfinishedJobs();
        if (o.resume) {
            const QList<qint64> ids = queue.jobIds();
            if (ids.isEmpty())
                return reportError(
                    {ErrorCode::NotFound, QStringLiteral("nothing to resume in %1").arg(journal)});
            queue.start();
            jobId = unfinished.isEmpty() ? ids.last() : unfinished.last();
            queue.resume(jobId); // a job paused in the application continues too
            if (!resumeItems(queue, jobId) && unfinished.isEmpty())
                return reportError({ErrorCode::NotFound,
                                    QStringLiteral("nothing to resume in %1: every item of the "
                                                   "last batch is done and its output in place")
                                        .arg(journal)});
        } else {
            // Left alone until the user says --resume: nothing has been started.
            if (!unfinished.isEmpty())
                return reportError(
                    {ErrorCode::InvalidArgument,
                     QStringLiteral(
                         "an interrupted batch into '%1' exists; continue it with --resume")
                         .arg(o.request.destination)});
            queue.start();
            jobId = queue.submit(plan());
            // Pairs left out at planning (a picture for a poster string, a target that exists)
            // are named once, with the reason, before the work starts.
            for (const jobs::ItemRecord &item : queue.items(jobId))
                if (item.state == jobs::ItemState::Skipped)
                    std::printf("skipped: %s for '%s' (%s)\n", shown(item.source).constData(),
                                shown(item.variant).constData(), shown(item.error).constData());
        }
        reporter.setCloud(queue.progress(jobId).job.kind == jobs::kCloudBatchKind);

        const bool stopped = !queue.journalError().isEmpty() && queue.isIdle();
        if (!stopped && queue.progress(jobId).job.state != jobs::JobState::Finished)
            QCoreApplication::exec();
        reporter.clearLine();

        // The summary of what was done, also (from memory) when the journal failed.
        if (!queue.journalError().isEmpty())
            reportError({ErrorCode::IoError, queue.journalError()});
        const jobs::JobProgress p = queue.progress(jobId);
        const jobs::ItemCounts &c = p.counts;
        if (p.job.kind == jobs::kCloudBatchKind) {
            // Items are requests; what the user asked for are results, one per target.
            int results = 0;
            for (const jobs::ItemRecord &item : queue.items(jobId))
                if (item.state == jobs::ItemState::Done)
                    results += int(item.target.split(QLatin1Char('\n')).size());
            std::printf("%d result(s) stored by %d request(s) done, %d failed, %d skipped of %d "
                        "in %.1f s; output: %s\n",
                        results, c.done, c.failed, c.skipped, c.total, reporter.seconds(),
                        qPrintable(p.job.output));
        } else
            std::printf("%d done, %d failed, %d skipped of %d in %.1f s; output: %s\n", c.done,
                        c.failed, c.skipped, c.total, reporter.seconds(), qPrintable(p.job.output));
        if (!queue.journalError().isEmpty()) {
            std::printf("stopped: %d item(s) not started; continue with --resume once the "
                        "journal can be written\n",
                        c.total - c.finished());
            return 1;
        }
        if (p.job.state == jobs::JobState::Paused) {
            std::printf("stopped early: the bucket refused the requests (see the failure above); "
                        "%d item(s) not sent (only requests already on their way when the refusal "
                        "came were sent). Fix the credentials, then continue with --resume\n",
                        c.total - c.finished());
            return 1;
        }
        return c.failed > 0 ? 1 : 0;
    } catch (const ProcessingError &e) {
        return reportError(storage::withAccessHint(e.error(), QStringLiteral("list and process "
                                                                             "its objects")));
    }
}

} // namespace ad::cli
