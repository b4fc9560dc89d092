#include "jobs/jobqueue.h"

#include "common/error.h"
#include "common/workerpriority.h"
#include "storage/atomicfile.h"
#include "style/errortext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaObject>
#include <QScopeGuard>
#include <QThread>

namespace ad::jobs
{

namespace
{
// The byte counters of the item this pool thread is running, for itemProgressReporter().
thread_local std::shared_ptr<ItemBytes> t_itemBytes;

constexpr size_t kRateWindow = 20;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString csvField(const QString &s)
{
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

JobQueue::JobQueue(const QString &journalPath, QObject *parent)
    : QObject(parent), m_store(journalPath)
{
    m_cpu.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    m_io.setMaxThreadCount(4); // transfers wait on the network, not on cores
}

JobQueue::~JobQueue()
{
    for (const Running &r : std::as_const(m_running))
        r.control->cancelled.store(true);
    m_cpu.waitForDone();
    m_io.waitForDone();
}

void JobQueue::registerKind(const QString &kind, JobKind handler)
{
    m_kinds.insert(kind, std::move(handler));
}

void JobQueue::setThreads(PoolKind kind, int threads)
{
    pool(kind).setMaxThreadCount(std::max(1, threads));
    schedule();
}

int JobQueue::threads(PoolKind kind) const
{
    return (kind == PoolKind::Cpu ? m_cpu : m_io).maxThreadCount();
}

QThreadPool &JobQueue::pool(PoolKind kind)
{
    return kind == PoolKind::Cpu ? m_cpu : m_io;
}

const QThreadPool &JobQueue::pool(PoolKind kind) const
{
    return kind == PoolKind::Cpu ? m_cpu : m_io;
}

int JobQueue::inFlight(PoolKind kind) const
{
    return int(std::count_if(m_running.begin(), m_running.end(), [kind](const Running &r) {
        return r.pool == kind && r.control->stage != Stage::Withdrawn;
    }));
}

int JobQueue::capacity(PoolKind kind) const
{
    return pool(kind).maxThreadCount() + 1; // one waiting for the first thread to come free
}

QList<qint64> JobQueue::unfinishedJobs() const
{
    QList<qint64> ids;
    for (const JobRecord &job : m_store.jobs()) {
        if (job.state == JobState::Queued || job.state == JobState::Running ||
            job.state == JobState::Paused)
            ids << job.id;
    }
    return ids;
}

QList<qint64> JobQueue::start()
{
    if (m_started) return {};
    for (ItemRecord item : m_store.itemsIn(ItemState::Running)) {
        const auto job = m_store.job(item.jobId);
        const auto kind = job ? m_kinds.constFind(job->kind) : m_kinds.constEnd();
        const bool completed = kind != m_kinds.constEnd() && kind->completedBeforeCrash &&
                               kind->completedBeforeCrash(item);
        if (completed) {
            item.state = ItemState::Done;
            item.error =
                QCoreApplication::translate("ad::Error", "completed before the interruption");
            item.finishedMs = nowMs();
            m_store.finishItem(item);
        } else {
            item.state = ItemState::Pending;
            item.error.clear();
            item.finishedMs = 0;
            m_store.finishItem(item);
        }
    }
    QList<qint64> resumed;
    for (const JobRecord &job : m_store.jobs()) {
        if (job.state == JobState::Running || job.state == JobState::Queued) {
            m_store.setJobState(job.id, JobState::Queued);
            resumed << job.id;
        }
    }
    m_started = true;
    schedule();
    return resumed;
}

qint64 JobQueue::submit(const JobSpec &spec)
{
    recoverJournal();
    const qint64 id = m_store.createJob(spec); // throws: nothing was submitted
    Q_EMIT jobAdded(id);
    settle(id); // a job whose items were all skipped at planning is finished already
    schedule();
    return id;
}

void JobQueue::pause(qint64 id)
{
    const bool paused = journalled([&] {
        const auto job = m_store.job(id);
        if (!job || (job->state != JobState::Queued && job->state != JobState::Running))
            return false;
        m_store.setJobState(id, JobState::Paused);
        return true;
    });
    if (!paused) return;
    withdrawWaiting(id);
    const auto job = m_store.job(id);
    if (job && m_kinds.value(job->kind).stopOnPause) {
        for (const Running &r : std::as_const(m_running))
            if (r.jobId == id) r.control->cancelled.store(true);
    }
    Q_EMIT jobChanged(id);
}

void JobQueue::resume(qint64 id)
{
    if (!recoverJournal()) return;
    const bool resumed = journalled([&] {
        const auto job = m_store.job(id);
        if (!job || job->state != JobState::Paused) return false;
        m_store.setJobState(id, JobState::Queued);
        return true;
    });
    if (!resumed) return;
    Q_EMIT jobChanged(id);
    schedule();
}

JobQueue::Hold JobQueue::holdOf(qint64 jobId)
{
    Hold &hold = m_holds[jobId];
    if (!hold) hold = std::make_shared<std::atomic<bool>>(false);
    return hold;
}

void JobQueue::cancel(qint64 id)
{
    const bool cancelled = journalled([&] {
        const auto job = m_store.job(id);
        if (!job || job->state == JobState::Finished || job->state == JobState::Cancelled)
            return false;
        m_store.resetItems(id, ItemState::Pending, ItemState::Cancelled);
        m_store.setJobState(id, JobState::Cancelled);
        return true;
    });
    // Running items stop even when the journal could not record the cancel.
    for (const Running &r : std::as_const(m_running)) {
        if (r.jobId == id) r.control->cancelled.store(true);
    }
    if (!cancelled) return;
    Q_EMIT jobChanged(id);
    settle(id);
}

void JobQueue::retryFailed(qint64 id)
{
    if (!recoverJournal()) return;
    const bool retried = journalled([&] {
        if (m_store.resetItems(id, ItemState::Failed, ItemState::Pending) == 0) return false;
        m_store.setJobState(id, JobState::Queued);
        return true;
    });
    if (!retried) return;
    Q_EMIT jobChanged(id);
    schedule();
}

void JobQueue::requeue(qint64 id, const QList<int> &indexes)
{
    if (indexes.isEmpty() || !recoverJournal()) return;
    const bool requeued = journalled([&] {
        for (int index : indexes)
            m_store.requeueItem(id, index);
        m_store.setJobState(id, JobState::Queued);
        return true;
    });
    if (!requeued) return;
    Q_EMIT jobChanged(id);
    schedule();
}

void JobQueue::setPriority(qint64 id, int priority)
{
    if (!journalled([&] {
            m_store.setJobPriority(id, priority);
            return true;
        }))
        return;
    for (Running &r : m_running)
        if (r.jobId == id) r.priority = priority;
    Q_EMIT jobChanged(id);
    schedule();
}

void JobQueue::remove(qint64 id)
{
    const bool removed = journalled([&] {
        const auto job = m_store.job(id);
        if (!job || (job->state != JobState::Finished && job->state != JobState::Cancelled))
            return false;
        m_store.removeJob(id);
        return true;
    });
    if (!removed) return;
    m_rates.remove(id);
    m_holds.remove(id);
    Q_EMIT jobChanged(id);
}

bool JobQueue::journalled(const std::function<bool()> &write)
{
    try {
        return write();
    } catch (const ProcessingError &e) {
        if (m_journalError.isEmpty()) {
            m_journalError = e.error().message;
            // Nothing new starts, including the items waiting for a thread.
            for (const Running &r : std::as_const(m_running)) {
                Stage waiting = Stage::Waiting;
                r.control->stage.compare_exchange_strong(waiting, Stage::Withdrawn);
            }
            Q_EMIT journalFailed(m_journalError);
        }
        return false;
    }
}

bool JobQueue::recoverJournal()
{
    if (m_journalError.isEmpty()) return true;
    while (!m_unjournalled.isEmpty()) {
        try {
            m_store.finishItem(m_unjournalled.first());
        } catch (const ProcessingError &) {
            return false; // still failing: the error already reported stands
        }
        const qint64 jobId = m_unjournalled.takeFirst().jobId;
        settle(jobId);
    }
    m_journalError.clear();
    return true;
}

QList<ItemRecord> JobQueue::items(qint64 id) const
{
    QList<ItemRecord> records = m_store.items(id);
    for (const ItemRecord &kept : m_unjournalled) {
        if (kept.jobId == id && kept.index < records.size()) {
            const ItemRecord stored = records[kept.index];
            records[kept.index] = kept;
            records[kept.index].source = stored.source;
            records[kept.index].target = stored.target;
            records[kept.index].variant = stored.variant;
        }
    }
    for (const Running &r : m_running) { // the journal says "running" from the hand-off on
        if (r.jobId == id && !r.started() && r.index < records.size()) {
            records[r.index].state = ItemState::Pending;
            records[r.index].startedMs = 0;
        }
    }
    return records;
}

QList<qint64> JobQueue::jobIds() const
{
    QList<qint64> ids;
    for (const JobRecord &job : m_store.jobs())
        ids << job.id;
    return ids;
}

std::function<void(qint64, qint64)> itemProgressReporter()
{
    const std::shared_ptr<ItemBytes> bytes = t_itemBytes;
    if (!bytes) return [](qint64, qint64) {};
    return [bytes](qint64 done, qint64 total) {
        bytes->total = total;
        bytes->done = done;
    };
}

JobProgress JobQueue::progress(qint64 id) const
{
    JobProgress p;
    if (const auto job = m_store.job(id)) p.job = *job;
    p.counts = m_store.counts(id);
    for (const ItemRecord &kept : m_unjournalled) { // the journal still says "running"
        if (kept.jobId != id) continue;
        --p.counts.running;
        p.counts.bytesIn += kept.bytesIn;
        p.counts.bytesOut += kept.bytesOut;
        ++(kept.state == ItemState::Done      ? p.counts.done
           : kept.state == ItemState::Failed  ? p.counts.failed
           : kept.state == ItemState::Skipped ? p.counts.skipped
           : kept.state == ItemState::Pending ? p.counts.pending
                                              : p.counts.cancelled);
    }
    const qint64 now = nowMs();
    for (const Running &r : m_running) {
        if (r.jobId != id) continue;
        if (!r.started()) { // waiting for a thread: still pending to the user
            --p.counts.running;
            ++p.counts.pending;
            continue;
        }
        const qint64 started = r.control->startedMs;
        LiveItem live{r.index, r.source, r.bytes->done, r.bytes->total, started};
        if (live.total > 0 && now > started)
            p.bytesPerSecond += double(live.done) * 1000.0 / double(now - started);
        p.running.append(live);
    }
    const auto rate = m_rates.constFind(id);
    if (rate != m_rates.constEnd() && rate->finishedAt.size() >= 2) {
        const double span = double(rate->finishedAt.back() - rate->finishedAt.front()) / 1000.0;
        if (span > 0) p.itemsPerSecond = double(rate->finishedAt.size() - 1) / span;
    }
    const int remaining = p.counts.pending + p.counts.running;
    if (p.itemsPerSecond > 0)
        p.etaSeconds = remaining / p.itemsPerSecond;
    else if (remaining == 0)
        p.etaSeconds = 0;
    return p;
}

bool JobQueue::isIdle() const
{
    if (!m_running.isEmpty()) return false;
    if (!m_journalError.isEmpty()) return true; // nothing more starts
    for (const JobRecord &job : m_store.jobs()) {
        if (job.state == JobState::Queued || job.state == JobState::Running) return false;
    }
    return true;
}

void JobQueue::schedule()
{
    if (m_scheduling || !m_started) return;
    if (!m_journalError.isEmpty()) {
        if (m_running.isEmpty()) Q_EMIT idle();
        return;
    }
    m_scheduling = true;
    journalled([this] {
        dispatch();
        return true;
    });
    m_scheduling = false;
    if (isIdle()) Q_EMIT idle();
}

void JobQueue::dispatch()
{
    QList<JobRecord> runnable;
    for (const JobRecord &job : m_store.jobs()) {
        if ((job.state == JobState::Queued || job.state == JobState::Running) &&
            m_kinds.contains(job.kind))
            runnable << job;
    }
    std::stable_sort(runnable.begin(), runnable.end(), [](const JobRecord &a, const JobRecord &b) {
        return a.priority > b.priority;
    });
    for (const JobRecord &job : std::as_const(runnable)) {
        const JobKind &kind = m_kinds[job.kind];
        const auto waitingBelow = [&] {
            return std::any_of(m_running.begin(), m_running.end(), [&](const Running &r) {
                return r.pool == kind.pool && r.priority < job.priority &&
                       r.control->stage == Stage::Waiting;
            });
        };
        for (;;) {
            const bool room = inFlight(kind.pool) < capacity(kind.pool);
            if (!room && !waitingBelow()) break;
            const auto item = m_store.nextPending(job.id);
            if (!item) break;
            // A lower job's item waiting for a thread gives its place to this job's.
            if (!room && !withdrawWaitingBelow(kind.pool, job.priority)) break;
            startItem(job, kind, *item);
            if (job.state != JobState::Running) {
                m_store.setJobState(job.id, JobState::Running);
                Q_EMIT jobChanged(job.id);
            }
        }
    }
}

void JobQueue::startItem(const JobRecord &job, const JobKind &kind, const ItemRecord &item)
{
    m_store.markRunning(job.id, item.index, nowMs());
    auto control = std::make_shared<Control>();
    auto bytes = std::make_shared<ItemBytes>();
    m_running.append({job.id, item.index, job.priority, control, kind.pool, item.source, bytes});
    pool(kind.pool).start([this, run = kind.run, record = item, params = job.params, control, bytes,
                           hold = holdOf(job.id)] {
        workers::lowerCurrentThread();
        ItemOutcome outcome;
        qint64 started = 0;
        Stage waiting = Stage::Waiting;
        if (!control->stage.compare_exchange_strong(waiting, Stage::Started) || *hold) {
            outcome.state = ItemState::Pending; // withdrawn before a thread took it
        } else if (control->cancelled) {
            outcome.state = ItemState::Cancelled; // cancelled while it waited: never begun
        } else {
            started = nowMs();
            control->startedMs = started;
            t_itemBytes = bytes;
            const auto clear = qScopeGuard([] { t_itemBytes.reset(); });
            try {
                outcome = run(record, params, control->cancelled);
            } catch (const std::exception &e) {
                // A kind may simply throw: an error after a cancel is the cancel.
                outcome.state =
                    control->cancelled.load() ? ItemState::Cancelled : ItemState::Failed;
                // The window shows the error class in its language too; the CLI, English.
                const auto *processing = dynamic_cast<const ProcessingError *>(&e);
                outcome.error =
                    processing ? localizedText(processing->error()) : QString::fromUtf8(e.what());
            }
            if (outcome.pauseJob) *hold = true;
        }
        QMetaObject::invokeMethod(
            this,
            [this, record, outcome, started] {
                finished(record.jobId, record.index, outcome, started);
            },
            Qt::QueuedConnection);
    });
}

bool JobQueue::withdrawWaitingBelow(PoolKind kind, int priority)
{
    Running *lowest = nullptr;
    for (Running &r : m_running) {
        if (r.pool == kind && r.priority < priority && r.control->stage == Stage::Waiting &&
            (!lowest || r.priority < lowest->priority))
            lowest = &r;
    }
    Stage waiting = Stage::Waiting;
    return lowest && lowest->control->stage.compare_exchange_strong(waiting, Stage::Withdrawn);
}

void JobQueue::withdrawWaiting(qint64 jobId)
{
    for (const Running &r : std::as_const(m_running)) {
        Stage waiting = Stage::Waiting;
        if (r.jobId == jobId) r.control->stage.compare_exchange_strong(waiting, Stage::Withdrawn);
    }
}

void JobQueue::finished(qint64 jobId, int index, ItemOutcome outcome, qint64 startedMs)
{
    m_running.erase(
        std::remove_if(m_running.begin(), m_running.end(),
                       [&](const Running &r) { return r.jobId == jobId && r.index == index; }),
        m_running.end());
    const auto job = m_store.job(jobId);
    // Withdrawn before a thread took it: pending again, unless its job was cancelled meanwhile.
    const bool withdrawn = outcome.state == ItemState::Pending;
    if (withdrawn && (!job || job->state == JobState::Cancelled))
        outcome.state = ItemState::Cancelled;
    // An item stopped by pause() waits for the resume.
    if (outcome.state == ItemState::Cancelled && job && job->state == JobState::Paused) {
        outcome.state = ItemState::Pending;
        outcome.error.clear();
    }
    ItemRecord item;
    item.jobId = jobId;
    item.index = index;
    item.state = outcome.state;
    item.error = outcome.error;
    item.bytesIn = outcome.bytesIn;
    item.bytesOut = outcome.bytesOut;
    item.startedMs = startedMs;
    item.finishedMs = withdrawn ? 0 : nowMs();
    if (!journalled([&] {
            m_store.finishItem(item);
            return true;
        }))
        m_unjournalled.append(item);
    if (!withdrawn) {
        Rate &rate = m_rates[jobId];
        rate.finishedAt.push_back(item.finishedMs);
        while (rate.finishedAt.size() > kRateWindow)
            rate.finishedAt.pop_front();
    }
    if (outcome.pauseJob) {
        pause(jobId); // takes back the items still waiting; the held one comes back pending
        if (const Hold hold = m_holds.value(jobId)) *hold = false;
    }
    if (!withdrawn) Q_EMIT itemFinished(jobId, index);
    settle(jobId);
    schedule();
}

void JobQueue::settle(qint64 jobId)
{
    bool ended = false;
    const bool known = journalled([&] {
        const auto job = m_store.job(jobId);
        if (!job) return false;
        // Not counts(): it reads every item of the job, and this runs after each item, so a
        // big job's cost grew with its square (1,000 thumbnails: 29.5 s with it, 23.4 s now).
        const bool pending = m_store.nextPending(jobId).has_value();
        const bool busy = std::any_of(m_running.begin(), m_running.end(),
                                      [&](const Running &r) { return r.jobId == jobId; }) ||
                          std::any_of(m_unjournalled.begin(), m_unjournalled.end(),
                                      [&](const ItemRecord &r) { return r.jobId == jobId; });
        if (busy || pending) return true;
        if (job->state != JobState::Cancelled && job->state != JobState::Finished)
            m_store.setJobState(jobId, JobState::Finished);
        ended = true;
        return true;
    });
    if (!known) return;
    Q_EMIT jobChanged(jobId);
    if (ended) Q_EMIT jobFinished(jobId);
}

bool JobQueue::exportReportCsv(qint64 id, const QString &path) const
{
    const auto job = m_store.job(id);
    if (!job) return false;
    QString csv = QStringLiteral("index,source,target,state,error,bytes_in,bytes_out,seconds\n");
    for (const ItemRecord &item : m_store.items(id)) {
        const double seconds =
            item.finishedMs && item.startedMs ? (item.finishedMs - item.startedMs) / 1000.0 : 0;
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                   .arg(item.index + 1)
                   .arg(csvField(item.source), csvField(item.target), itemStateName(item.state),
                        csvField(item.error))
                   .arg(item.bytesIn)
                   .arg(item.bytesOut)
                   .arg(seconds, 0, 'f', 3);
    }
    try {
        storage::writeFileAtomically(path, csv.toUtf8());
    } catch (const std::exception &) {
        return false;
    }
    return true;
}

} // namespace ad::jobs

#include "moc_jobqueue.cpp"
