// The persistent job queue: ordering by priority, pause/resume, cancel, retry, progress, the
// CSV report, recovery of items left running by a killed process, and the item that waits for
// each pool's first free thread.

#include "jobs/jobqueue.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace ad::jobs;

// Items that block until the test opens them, recording when each begins.
class Gate
{
public:
    ~Gate() { releaseAll(); }

    JobKind kind()
    {
        JobKind kind;
        kind.run = [this](const ItemRecord &item, const QJsonObject &,
                          const std::atomic<bool> &cancelled) {
            std::unique_lock lock(m_mutex);
            m_started << item.source;
            m_changed.notify_all();
            while (!m_all && !m_open.contains(item.source) && !cancelled)
                m_changed.wait_for(lock, std::chrono::milliseconds(5));
            ItemOutcome o;
            o.state = cancelled ? ItemState::Cancelled : ItemState::Done;
            return o;
        };
        return kind;
    }
    void release(const QString &source)
    {
        std::lock_guard lock(m_mutex);
        m_open << source;
        m_changed.notify_all();
    }
    void releaseAll()
    {
        std::lock_guard lock(m_mutex);
        m_all = true;
        m_changed.notify_all();
    }
    QStringList started()
    {
        std::lock_guard lock(m_mutex);
        return m_started;
    }
    // Blocks this thread, so the queue's events are not processed meanwhile.
    bool waitStarted(int n)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::seconds(5),
                                  [&] { return m_started.size() >= n; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QStringList m_started;
    QSet<QString> m_open;
    bool m_all = false;
};

class JobQueueTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::mutex m_mutex;
    QStringList m_order; // sources in the order items ran

    // A job kind whose items sleep briefly and fail when the source says so.
    JobKind recordingKind(int sleepMs = 5)
    {
        JobKind kind;
        kind.run = [this, sleepMs](const ItemRecord &item, const QJsonObject &,
                                   const std::atomic<bool> &cancelled) {
            {
                std::lock_guard lock(m_mutex);
                m_order << item.source;
            }
            QThread::msleep(sleepMs);
            ItemOutcome o;
            if (cancelled)
                o.state = ItemState::Cancelled;
            else if (item.source.startsWith(QLatin1String("bad")))
                o = {ItemState::Failed, QStringLiteral("bad input"), 0, 0};
            else
                o.bytesOut = 10;
            return o;
        };
        return kind;
    }

    static JobSpec spec(const QString &prefix, int n, int priority = 0)
    {
        JobSpec s;
        s.kind = QStringLiteral("test");
        s.title = prefix;
        s.priority = priority;
        for (int i = 0; i < n; ++i)
            s.items << ItemPlan{QStringLiteral("%1%2").arg(prefix).arg(i),
                                QStringLiteral("out%1").arg(i),
                                {},
                                ItemState::Pending,
                                {}};
        return s;
    }

    int ran()
    {
        std::lock_guard lock(m_mutex);
        return int(m_order.size());
    }

    static void waitIdle(JobQueue &q) { QTRY_VERIFY_WITH_TIMEOUT(q.isIdle(), 10000); }

    // Registers `kind` as "test" with `threads` threads in its pool, and starts the queue.
    static void startWith(JobQueue &q, const JobKind &kind, int threads)
    {
        q.setThreads(kind.pool, threads);
        q.registerKind(QStringLiteral("test"), kind);
        q.start();
    }

private Q_SLOTS:
    void init() { m_order.clear(); }

    void runsEveryItemAndReports()
    {
        JobQueue q(m_dir.filePath(QStringLiteral("a.sqlite")));
        q.registerKind(QStringLiteral("test"), recordingKind());
        q.start();
        QSignalSpy finished(&q, &JobQueue::jobFinished);
        const qint64 id = q.submit(spec(QStringLiteral("good"), 20));
        QVERIFY(finished.wait(10000));
        const JobProgress p = q.progress(id);
        QCOMPARE(p.job.state, JobState::Finished);
        QCOMPARE(p.counts.done, 20);
        QCOMPARE(p.counts.bytesOut, 200);
        QCOMPARE(p.etaSeconds, 0.0);
        QVERIFY(p.itemsPerSecond > 0);
        QCOMPARE(m_order.size(), 20); // each item ran exactly once
        QCOMPARE(QSet<QString>(m_order.begin(), m_order.end()).size(), 20);
    }

    // A kind that reports bytes: the running item shows them, with a speed, until it ends.
    void runningItemsReportBytes()
    {
        JobQueue q(QStringLiteral(":memory:"));
        std::atomic<bool> release{false};
        JobKind kind;
        kind.pool = PoolKind::Io;
        kind.run = [&release](const ItemRecord &, const QJsonObject &, const std::atomic<bool> &) {
            const auto report = itemProgressReporter();
            // Reported from another thread, as a transfer's part workers do.
            std::thread([report] { report(40, 100); }).join();
            while (!release)
                QThread::msleep(5);
            return ItemOutcome{};
        };
        q.registerKind(QStringLiteral("bytes"), kind);
        q.start();
        JobSpec s;
        s.kind = QStringLiteral("bytes");
        s.title = QStringLiteral("bytes");
        ItemPlan item;
        item.source = QStringLiteral("/data/big.bin");
        item.target = QStringLiteral("/out/big.bin");
        s.items.append(item);
        const qint64 id = q.submit(s);
        QTRY_VERIFY_WITH_TIMEOUT(
            !q.progress(id).running.isEmpty() && q.progress(id).running.first().done == 40, 5000);
        QTest::qWait(50);
        const JobProgress p = q.progress(id);
        QCOMPARE(p.running.first().total, 100);
        QCOMPARE(p.running.first().source, QStringLiteral("/data/big.bin"));
        QVERIFY(p.bytesPerSecond > 0);
        release = true;
        QTRY_VERIFY_WITH_TIMEOUT(q.isIdle(), 5000);
        QVERIFY(q.progress(id).running.isEmpty());
        // Outside a job the reporter does nothing.
        itemProgressReporter()(1, 2);
    }

    void higherPriorityRunsFirst()
    {
        JobQueue q(QStringLiteral(":memory:"));
        startWith(q, recordingKind(300), 1);
        const qint64 low = q.submit(spec(QStringLiteral("low"), 3, 0));
        QTRY_COMPARE_WITH_TIMEOUT(ran(), 1, 5000);
        q.pause(low); // park it while low0 runs
        q.submit(spec(QStringLiteral("high"), 3, 5));
        q.resume(low);
        waitIdle(q);
        // low0 was already running when the high job arrived; after it, every high item ran before
        // the low job's remaining ones.
        QCOMPARE(m_order, (QStringList{QStringLiteral("low0"), QStringLiteral("high0"),
                                       QStringLiteral("high1"), QStringLiteral("high2"),
                                       QStringLiteral("low1"), QStringLiteral("low2")}));
    }

    void pauseResumeCancel()
    {
        JobQueue q(QStringLiteral(":memory:"));
        startWith(q, recordingKind(20), 1);
        const qint64 id = q.submit(spec(QStringLiteral("p"), 30));
        QTRY_VERIFY_WITH_TIMEOUT(q.progress(id).counts.done >= 2, 5000);
        q.pause(id);
        QTRY_COMPARE_WITH_TIMEOUT(q.progress(id).counts.running, 0, 5000);
        const int doneWhilePaused = q.progress(id).counts.done;
        QTest::qWait(150);
        QCOMPARE(q.progress(id).counts.done, doneWhilePaused); // nothing runs while paused
        QCOMPARE(q.progress(id).job.state, JobState::Paused);
        q.resume(id);
        QTRY_VERIFY_WITH_TIMEOUT(q.progress(id).counts.done >= doneWhilePaused + 2, 5000);
        q.cancel(id);
        waitIdle(q);
        const JobProgress p = q.progress(id);
        QCOMPARE(p.job.state, JobState::Cancelled);
        QVERIFY(p.counts.cancelled > 0);
        QCOMPARE(p.counts.pending, 0);
        QCOMPARE(p.counts.done + p.counts.cancelled, 30);
    }

    // Two threads hold two items and a third waits: when one ends, its thread takes the third
    // without the queue's thread (blocked here) handing it over. The waiting item shows as pending.
    void oneItemWaitsForTheFirstFreeThread()
    {
        Gate gate;
        JobQueue q(QStringLiteral(":memory:"));
        startWith(q, gate.kind(), 2);
        const qint64 id = q.submit(spec(QStringLiteral("g"), 6));
        QTRY_COMPARE_WITH_TIMEOUT(gate.started().size(), 2, 5000);
        QTest::qWait(50); // nothing more starts while both threads are busy
        QCOMPARE(gate.started().size(), 2);
        const JobProgress p = q.progress(id);
        QCOMPARE(p.counts.running, 2);
        QCOMPARE(p.counts.pending, 4);
        QCOMPARE(p.running.size(), 2);
        QCOMPARE(q.items(id)[2].state, ItemState::Pending);
        gate.release(QStringLiteral("g0"));
        QVERIFY(gate.waitStarted(3));
        QCOMPARE(gate.started().value(2), QStringLiteral("g2")); // g0 and g1 in either order
        gate.releaseAll();
        waitIdle(q);
        QCOMPARE(q.progress(id).counts.done, 6);
        QCOMPARE(gate.started().size(), 6); // each item ran exactly once
    }

    // Pausing takes back the item waiting for a thread: it does not run until the resume.
    void pauseHoldsTheWaitingItem()
    {
        Gate gate;
        JobQueue q(QStringLiteral(":memory:"));
        startWith(q, gate.kind(), 1);
        const qint64 id = q.submit(spec(QStringLiteral("p"), 4));
        QTRY_COMPARE_WITH_TIMEOUT(gate.started().size(), 1, 5000);
        q.pause(id);
        gate.releaseAll();
        QTRY_COMPARE_WITH_TIMEOUT(q.progress(id).counts.done, 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(q.progress(id).counts.running, 0, 5000);
        QTest::qWait(100);
        QCOMPARE(gate.started(), QStringList{QStringLiteral("p0")});
        QCOMPARE(q.progress(id).counts.pending, 3);
        QSignalSpy finished(&q, &JobQueue::itemFinished);
        q.resume(id);
        waitIdle(q);
        QCOMPARE(gate.started(), (QStringList{QStringLiteral("p0"), QStringLiteral("p1"),
                                              QStringLiteral("p2"), QStringLiteral("p3")}));
        QCOMPARE(q.progress(id).counts.done, 4);
        QCOMPARE(finished.count(), 3); // the withdrawn p1 finished once, after the resume
    }

    // An item whose outcome pauses its job (a bucket refusing the key) stops the item waiting
    // for the same thread at once, before the queue's thread has heard of it; after the
    // resume the rest run.
    void anItemThatPausesItsJobHoldsTheNext()
    {
        JobKind kind;
        kind.run = [this](const ItemRecord &item, const QJsonObject &, const std::atomic<bool> &) {
            {
                std::lock_guard lock(m_mutex);
                m_order << item.source;
            }
            ItemOutcome o;
            if (item.source == QLatin1String("r0") && ran() == 1) {
                o.state = ItemState::Failed;
                o.error = QStringLiteral("refused");
                o.pauseJob = true;
            }
            return o;
        };
        JobQueue q(QStringLiteral(":memory:"));
        kind.pool = PoolKind::Io;
        startWith(q, kind, 1);
        // One thread and one item waiting for it: r1 waits while r0 runs.
        const qint64 id = q.submit(spec(QStringLiteral("r"), 3));
        QTRY_COMPARE_WITH_TIMEOUT(q.progress(id).job.state, JobState::Paused, 5000);
        QTest::qWait(100);
        QCOMPARE(ran(), 1);
        QCOMPARE(q.progress(id).counts.failed, 1);
        QCOMPARE(q.progress(id).counts.pending, 2);
        q.retryFailed(id);
        q.resume(id);
        waitIdle(q);
        QCOMPARE(q.progress(id).counts.done, 3);
    }

    // A job of higher priority takes the place of a lower job's item waiting for a thread.
    void higherPriorityTakesTheWaitingPlace()
    {
        Gate gate;
        JobQueue q(QStringLiteral(":memory:"));
        startWith(q, gate.kind(), 1);
        const qint64 low = q.submit(spec(QStringLiteral("low"), 3, 0));
        QTRY_COMPARE_WITH_TIMEOUT(gate.started().size(), 1, 5000);
        const qint64 high = q.submit(spec(QStringLiteral("high"), 2, 5));
        gate.releaseAll();
        waitIdle(q);
        QCOMPARE(gate.started(), (QStringList{QStringLiteral("low0"), QStringLiteral("high0"),
                                              QStringLiteral("high1"), QStringLiteral("low1"),
                                              QStringLiteral("low2")}));
        QCOMPARE(q.progress(low).counts.done, 3);
        QCOMPARE(q.progress(high).counts.done, 2);
    }

    // Cancelling a job whose next item waits for a thread: it never runs, and the job ends.
    void cancelledWaitingItemNeverRuns()
    {
        Gate gate;
        JobQueue q(QStringLiteral(":memory:"));
        startWith(q, gate.kind(), 1);
        QSignalSpy ended(&q, &JobQueue::jobFinished);
        const qint64 id = q.submit(spec(QStringLiteral("c"), 3));
        QTRY_COMPARE_WITH_TIMEOUT(gate.started().size(), 1, 5000);
        q.cancel(id);
        waitIdle(q);
        QCOMPARE(gate.started(), QStringList{QStringLiteral("c0")});
        const JobProgress p = q.progress(id);
        QCOMPARE(p.job.state, JobState::Cancelled);
        QCOMPARE(p.counts.cancelled, 3);
        QCOMPARE(p.counts.pending, 0);
        QCOMPARE(ended.count(), 1);
    }

    void retryFailedItems()
    {
        JobQueue q(QStringLiteral(":memory:"));
        q.registerKind(QStringLiteral("test"), recordingKind());
        q.start();
        JobSpec s = spec(QStringLiteral("good"), 3);
        s.items << ItemPlan{
            QStringLiteral("bad-1"), QStringLiteral("x"), {}, ItemState::Pending, {}};
        const qint64 id = q.submit(s);
        waitIdle(q);
        QCOMPARE(q.progress(id).counts.failed, 1);
        QCOMPARE(q.items(id).last().error, QStringLiteral("bad input"));
        m_order.clear();
        q.retryFailed(id);
        waitIdle(q);
        QCOMPARE(m_order, QStringList{QStringLiteral("bad-1")}); // only the failed item ran again
        QCOMPARE(q.progress(id).counts.failed, 1);
    }

    void csvReport()
    {
        JobQueue q(QStringLiteral(":memory:"));
        q.registerKind(QStringLiteral("test"), recordingKind());
        q.start();
        JobSpec s = spec(QStringLiteral("good"), 2);
        s.items << ItemPlan{
            QStringLiteral("bad, \"quoted\""), QStringLiteral("x"), {}, ItemState::Pending, {}};
        const qint64 id = q.submit(s);
        waitIdle(q);
        const QString path = m_dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(q.exportReportCsv(id, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines[0],
                 QByteArray("index,source,target,state,error,bytes_in,bytes_out,seconds"));
        QVERIFY(lines[1].startsWith("1,\"good0\",\"out0\",done,\"\",0,10,"));
        QVERIFY(lines[3].startsWith("3,\"bad, \"\"quoted\"\"\",\"x\",failed,\"bad input\","));
    }

    void skippedAtPlanningFinishesAtOnce()
    {
        JobQueue q(QStringLiteral(":memory:"));
        q.registerKind(QStringLiteral("test"), recordingKind());
        q.start();
        JobSpec s = spec(QStringLiteral("s"), 2);
        for (ItemPlan &item : s.items)
            item.state = ItemState::Skipped;
        const qint64 id = q.submit(s);
        QCOMPARE(q.progress(id).job.state, JobState::Finished);
        QVERIFY(m_order.isEmpty());
    }

    void journalSurvivesAndRecovers()
    {
        const QString path = m_dir.filePath(QStringLiteral("recover.sqlite"));
        qint64 id = 0;
        {
            // Simulate a crash: items marked running in the journal, then the queue vanishes.
            JobStore store(path);
            id = store.createJob(spec(QStringLiteral("r"), 4));
            store.markRunning(id, 0, 1000);
            store.markRunning(id, 1, 1000);
            store.setJobState(id, JobState::Running);
        }
        JobQueue q(path);
        JobKind kind = recordingKind();
        kind.completedBeforeCrash = [](const ItemRecord &item) { return item.index == 0; };
        q.registerKind(QStringLiteral("test"), kind);
        q.setThreads(PoolKind::Cpu, 1); // before start(): must not dispatch anything yet
        QCOMPARE(q.unfinishedJobs(), QList<qint64>{id});
        QCOMPARE(q.start(), QList<qint64>{id});
        waitIdle(q);
        // Item 0 counted as completed before the crash; 1 ran again; 2 and 3 ran once.
        QCOMPARE(q.progress(id).counts.done, 4);
        m_order.sort();
        QCOMPARE(m_order,
                 (QStringList{QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")}));
    }
};

QTEST_GUILESS_MAIN(JobQueueTest)
#include "test_jobqueue.moc"
