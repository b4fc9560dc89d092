#include "browsebench.h"

#include "contentview.h"
#include "jobs/jobqueue.h"
#include "jobs/thumbnailjob.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>
#include <cstdio>

namespace ad::ui
{

namespace
{
// Runs the event loop until done() or the timeout; returns the elapsed milliseconds, or -1.
template <typename Pred> qint64 waitFor(Pred done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return clock.elapsed();
}

qint64 firstScreen(MainWindow &window, const QString &folder)
{
    QElapsedTimer clock;
    clock.start();
    window.openFolder(folder);
    if (waitFor([&] { return window.content()->visibleThumbnailsReady(); }, 60000) < 0) return -1;
    return clock.elapsed();
}
} // namespace

int runBrowseBench(MainWindow &window, jobs::JobQueue *queue, catalog::Catalog *catalog)
{
    const QString folder = window.content()->folder();
    window.openFolder(QCoreApplication::applicationDirPath()); // start from elsewhere
    const qint64 cold = firstScreen(window, folder);
    waitFor([&] { return window.content()->entryCount() > 0; }, 60000);
    const int entries = window.content()->entryCount();

    // The whole folder through the pre-generation job, as Tools > Pre-generate would run it.
    QElapsedTimer clock;
    clock.start();
    const qint64 job = queue->submit(jobs::planThumbnailJob(folder, false));
    waitFor([&] { return queue->isIdle(); }, 3600000);
    const double seconds = clock.elapsed() / 1000.0;
    const jobs::ItemCounts counts = queue->progress(job).counts;

    // A new window: empty memory cache, warm disk cache.
    MainWindow fresh(queue, catalog);
    fresh.resize(window.size());
    fresh.show();
    const qint64 warm = firstScreen(fresh, folder);
    std::printf("entries %d\nfirst_screen_cold_ms %lld\nfirst_screen_warm_ms %lld\n"
                "thumbnails_made %d\nthumbnails_per_s %.1f\n",
                entries, cold, warm, counts.done, counts.done / seconds);
    return cold < 0 || warm < 0 ? 1 : 0;
}

} // namespace ad::ui
