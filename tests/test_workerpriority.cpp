// Worker threads run the configured nice levels below the process while the thread that owns
// the application (the GUI thread) keeps its own: the background pool and the loading
// scheduler lower the thread a task lands on.

#include "common/background.h"
#include "common/workerpriority.h"
#include "loading/scheduler.h"

#include <QTest>
#include <sys/resource.h>
#include <unistd.h>

using namespace ad;

namespace
{
int threadNice()
{
    return getpriority(PRIO_PROCESS, id_t(gettid()));
}

// The nice level each of many background tasks ran at: more tasks than the pool has threads,
// all at once, so every thread takes some. Empty when they did not all end within 5 s.
QList<int> backgroundThreadNices()
{
    QList<QFuture<int>> runs;
    for (int i = 0; i < 3 * background::pool().maxThreadCount(); ++i)
        runs << background::run([] {
            QThread::msleep(5);
            return threadNice();
        });
    // Waiting with result() would let Qt run a task not yet started on this thread instead.
    if (!QTest::qWaitFor(
            [&] {
                return std::all_of(runs.begin(), runs.end(),
                                   [](auto &f) { return f.isFinished(); });
            },
            5000))
        return {};
    QList<int> nices;
    for (QFuture<int> &f : runs)
        nices << f.result();
    return nices;
}
} // namespace

class WorkerPriorityTest : public QObject
{
    Q_OBJECT
    int m_base = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_base = threadNice();
        QVERIFY2(m_base <= 15, "the test needs room for five more levels");
    }

    void zeroChangesNothing()
    {
        QCOMPARE(workers::niceness(), 0);
        QFuture<int> nice = background::run(threadNice);
        QTRY_VERIFY(nice.isFinished());
        QCOMPARE(nice.result(), m_base);
    }

    void workersRunBelowTheMainThread()
    {
        workers::setNiceness(5);
        const QList<int> nices = backgroundThreadNices();
        QVERIFY(!nices.isEmpty());
        for (const int nice : nices)
            QCOMPARE(nice, m_base + 5);

        loading::Scheduler scheduler(1 << 20, 2);
        int inScheduler = -100;
        QObject context;
        loading::Request request;
        request.location = QStringLiteral("/nowhere/a.jpg");
        bool done = false;
        scheduler.submit(
            request, loading::Priority::Visible, &context,
            [&](const loading::Result &) { done = true; },
            [&](const loading::Request &, imaging::RenderCancel &) {
                inScheduler = threadNice();
                return loading::Result();
            });
        QTRY_VERIFY(done);
        QCOMPARE(inScheduler, m_base + 5);

        // A pool that runs a task on the thread waiting for it leaves that thread alone.
        workers::lowerCurrentThread();
        QCOMPARE(threadNice(), m_base);
    }

    void backToZeroRaisesThemAgain()
    {
        workers::setNiceness(0);
        const QList<int> nices = backgroundThreadNices();
        QVERIFY(!nices.isEmpty());
        // Raising a thread back needs the privilege to lower a nice value: as root it is granted;
        // otherwise the thread stays where it was, which is never above the process.
        for (const int nice : nices)
            QVERIFY(nice == m_base || (geteuid() != 0 && nice == m_base + 5));
    }
};

QTEST_GUILESS_MAIN(WorkerPriorityTest)
#include "test_workerpriority.moc"
