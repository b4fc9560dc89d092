#pragma once

// Runs journalled jobs on thread pools: CPU work and I/O on separate pools, highest priority
// first, with pause, resume, cancel, retry of failed items and crash recovery. Lives in one
// thread (usually the GUI's or the CLI's main thread); items run on the pools. Each pool holds
// one item more than its threads, waiting: a thread that finishes an item takes it at once
// instead of idling until this thread hears of the end and starts the next.
//
// When the journal refuses a write (a full disk), nothing new starts: items already running
// finish, their outcomes are kept in memory (progress() and items() include them) and
// journalFailed() is emitted; idle() follows once they are all back. The next submit(),
// resume() or retry writes the kept outcomes and, if the journal takes them, carries on.

#include "jobs/jobstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace ad::jobs
{

struct ItemOutcome {
    ItemState state = ItemState::Done;
    QString error;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    // The kind found that no other item of the job can succeed either (its credentials were
    // refused): the job is paused after this item, its pending items kept for Resume.
    bool pauseJob = false;
};

enum class PoolKind { Cpu, Io };

struct ItemBytes {
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

struct JobKind {
    PoolKind pool = PoolKind::Cpu;
    // Does one item on a pool thread; should return Cancelled soon after cancelled turns true.
    // An exception fails the item with its message (or cancels it, once cancelled is set).
    std::function<ItemOutcome(const ItemRecord &item, const QJsonObject &params,
                              const std::atomic<bool> &cancelled)>
        run;
    // After a crash: was this item (left "running") completed before the process died?
    // Also removes its partial output. Without it, such items simply run again.
    std::function<bool(const ItemRecord &item)> completedBeforeCrash;
    // Long items (a transcode): pausing the job cancels its running items, which go back to
    // pending and restart on resume. Otherwise they finish and only new ones wait.
    bool stopOnPause = false;
};

// An item being worked on, with the bytes its kind has reported so far (transfers do).
struct LiveItem {
    int index = 0;
    QString source;
    qint64 done = 0;
    qint64 total = 0; // 0: the kind reports no byte progress
    qint64 startedMs = 0;
};

struct JobProgress {
    JobRecord job;
    ItemCounts counts;
    double itemsPerSecond = 0;
    double etaSeconds = -1; // -1: unknown
    QList<LiveItem> running;
    double bytesPerSecond = 0; // over the running items that report bytes
};

// Inside a kind's run(): a function that reports the current item's bytes (done, total), safe
// to call from any thread (a transfer's part workers); a no-op outside a job.
std::function<void(qint64 done, qint64 total)> itemProgressReporter();

class JobQueue : public QObject
{
    Q_OBJECT
public:
    explicit JobQueue(const QString &journalPath, QObject *parent = nullptr);
    ~JobQueue() override;

    void registerKind(const QString &kind, JobKind handler);
    void setThreads(PoolKind pool, int threads);
    int threads(PoolKind pool) const;

    // Jobs the journal holds that have not ended (queued, running, paused): work a previous
    // process left behind. Safe to call before start().
    QList<qint64> unfinishedJobs() const;
    // Settles items left running by a killed process, queues their jobs again and begins
    // dispatching. Nothing runs before this, so recovery never mistakes our own work for
    // a crashed process's. Returns the jobs that continue.
    QList<qint64> start();

    qint64 submit(const JobSpec &spec);
    void pause(qint64 id);
    void resume(qint64 id);
    void cancel(qint64 id);
    void retryFailed(qint64 id);
    void requeue(qint64 id, const QList<int> &indexes); // run these items again
    void setPriority(qint64 id, int priority);
    void remove(qint64 id); // finished or cancelled jobs only

    QList<qint64> jobIds() const;
    JobProgress progress(qint64 id) const;
    QList<ItemRecord> items(qint64 id) const;
    bool isIdle() const; // nothing running and nothing runnable (or the journal failed)
    // Why the journal refused a write (an IoError's message); empty while it works.
    QString journalError() const { return m_journalError; }
    bool exportReportCsv(qint64 id, const QString &path) const;

Q_SIGNALS:
    void jobAdded(qint64 id);
    void jobChanged(qint64 id);
    void jobFinished(qint64 id);
    void itemFinished(qint64 id, int index);
    void idle();
    void journalFailed(const QString &error);

private:
    // An item handed to a pool waits for a thread; withdrawing it (a pause, or a job of higher
    // priority) and a thread taking it race, so the two settle it with one compare-and-swap.
    enum class Stage { Waiting, Started, Withdrawn };
    struct Control {
        std::atomic<bool> cancelled{false};
        std::atomic<Stage> stage{Stage::Waiting};
        std::atomic<qint64> startedMs{0}; // when a thread took it
    };
    struct Running {
        qint64 jobId;
        int index;
        int priority;
        std::shared_ptr<Control> control;
        PoolKind pool;
        QString source;
        std::shared_ptr<ItemBytes> bytes;
        bool started() const { return control->stage == Stage::Started; }
    };
    struct Rate {
        std::deque<qint64> finishedAt; // ms, the most recent completions
    };
    // Set by a worker whose item asks to pause its job, before the queue's thread hears of it:
    // the job's item waiting for that same worker must not start meanwhile (a refused key
    // would be sent again). Cleared once the queue has paused the job.
    using Hold = std::shared_ptr<std::atomic<bool>>;
    QHash<qint64, Hold> m_holds;
    Hold holdOf(qint64 jobId);

    void schedule();
    void finished(qint64 jobId, int index, ItemOutcome outcome, qint64 startedMs);
    void settle(qint64 jobId);
    QThreadPool &pool(PoolKind kind);
    const QThreadPool &pool(PoolKind kind) const;
    void dispatch(); // starts pending items while their pools have room
    void startItem(const JobRecord &job, const JobKind &kind, const ItemRecord &item);
    // Withdraws the lowest-priority waiting item of the pool below this priority, if any.
    bool withdrawWaitingBelow(PoolKind kind, int priority);
    void withdrawWaiting(qint64 jobId);
    // Runs journal work returning whether it changed anything; a failure stops dispatching and
    // is reported through journalFailed() instead of thrown (this runs from event handlers).
    bool journalled(const std::function<bool()> &write);
    bool recoverJournal(); // writes the outcomes kept in memory; true when the journal works
    int inFlight(PoolKind kind) const; // running or waiting for a thread, not withdrawn
    int capacity(PoolKind kind) const;

    JobStore m_store;
    QHash<QString, JobKind> m_kinds;
    QThreadPool m_cpu;
    QThreadPool m_io;
    QList<Running> m_running;
    QHash<qint64, Rate> m_rates;
    bool m_scheduling = false;
    bool m_started = false;
    QString m_journalError;
    QList<ItemRecord> m_unjournalled; // finished while the journal failed
};

} // namespace ad::jobs
