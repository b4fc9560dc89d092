#include "browsebench.h"

#include "browser/assetcolumnsmodel.h"
#include "browser/contentview.h"
#include "browser/mainwindow.h"
#include "jobs/jobqueue.h"
#include "jobs/thumbnailjob.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <ctime>

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

// CPU time of the whole process (all threads), in ms.
qint64 processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

qint64 threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

// How long the GUI thread went without running its event loop: the longest gap between the
// ticks of a 5 ms timer, and how many gaps were over 50 ms. On a loaded machine a gap also holds
// time the thread waited for a core, so the CPU time it spent within the gap is kept too: that
// part is the window's own work.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }
    void restart()
    {
        m_worst = m_worstAt = m_last = m_worstCpu = m_cpuOfWorst = 0;
        m_over50 = m_cpuOver50 = 0;
        m_lastCpu = threadCpuMs();
        m_clock.start();
        m_timer.start();
    }
    qint64 worst()
    {
        tick();
        return m_worst;
    }
    qint64 worstCpu() const { return m_worstCpu; }     // after worst()
    qint64 worstAt() const { return m_worstAt; }       // when the longest gap ended, after worst()
    qint64 cpuOfWorst() const { return m_cpuOfWorst; } // the CPU time within the longest gap
    int over50() const { return m_over50; }
    // Gaps in which the thread itself ran over 50 ms: the window's own work, whatever the load.
    int cpuOver50() const { return m_cpuOver50; }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 cpu = threadCpuMs();
        if (now - m_last > m_worst) {
            m_worst = now - m_last;
            m_worstAt = now;
            m_cpuOfWorst = cpu - m_lastCpu;
        }
        m_worstCpu = std::max(m_worstCpu, cpu - m_lastCpu);
        if (now - m_last > 50) ++m_over50;
        if (cpu - m_lastCpu > 50) ++m_cpuOver50;
        m_last = now;
        m_lastCpu = cpu;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_worst = 0, m_worstAt = 0, m_lastCpu = 0, m_worstCpu = 0, m_cpuOfWorst = 0;
    int m_over50 = 0, m_cpuOver50 = 0;
};

// A field of /proc/self/status in MiB: VmRSS now, VmHWM the peak.
double memoryMiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).simplified().split(' ').value(0).toDouble() / 1024;
    return -1;
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
    const qint64 cpuBefore = processCpuMs();
    const qint64 job = queue->submit(jobs::planThumbnailJob(folder, false));
    waitFor([&] { return queue->isIdle(); }, 3600000);
    const double seconds = clock.elapsed() / 1000.0;
    const double cpuSeconds = (processCpuMs() - cpuBefore) / 1000.0;
    const jobs::ItemCounts counts = queue->progress(job).counts;

    // A new window: empty memory cache, warm disk cache.
    MainWindow fresh(queue, catalog);
    fresh.resize(window.size());
    fresh.show();
    const qint64 warm = firstScreen(fresh, folder);
    std::printf("entries %d\nfirst_screen_cold_ms %lld\nfirst_screen_warm_ms %lld\n"
                "thumbnails_made %d\nthumbnails_per_s %.1f\nthumbnails_s %.1f\n"
                "thumbnails_cpu_s %.1f\n",
                entries, cold, warm, counts.done, counts.done / seconds, seconds, cpuSeconds);
    return cold < 0 || warm < 0 ? 1 : 0;
}

int runScrollBench(MainWindow &window)
{
    ContentView *content = window.content();
    const QString folder = content->folder();
    const int expected =
        int(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size());
    window.openFolder(QCoreApplication::applicationDirPath()); // start from elsewhere
    content->setMode(ContentView::Mode::Grid);
    window.resize(1440, 900);
    const double rssBefore = memoryMiB("VmRSS");

    // Listing: the folder model lists and sorts in the background and takes the rows in at once.
    Heartbeat beat;
    beat.restart();
    QElapsedTimer clock;
    clock.start();
    // The catalogue records the folder in the background while it lists and scrolls.
    qint64 recorded = -1;
    QObject scope; // the connection ends with this function
    QObject::connect(&window, &MainWindow::folderRecorded, &scope, [&](const QString &shown) {
        if (shown == folder) recorded = clock.elapsed();
    });
    window.openFolder(folder);
    const qint64 listed = waitFor([&] { return content->entryCount() >= expected; }, 600000);
    const qint64 listingGap = beat.worst();
    const qint64 listingCpu = beat.worstCpu();
    const qint64 listingCpuOfWorst = beat.cpuOfWorst();
    const int listingOver50 = beat.over50();
    const int listingCpuOver50 = beat.cpuOver50();
    const qint64 first = waitFor([&] { return content->visibleThumbnailsReady(); }, 60000);

    // Top to bottom, a page per frame, as fast as a dragged scroll bar or a held Page Down.
    QScrollBar *bar = content->grid()->verticalScrollBar();
    QEventLoop loop;
    QTimer step;
    step.setInterval(16);
    int pages = 0;
    QObject::connect(&step, &QTimer::timeout, &loop, [&] {
        if (bar->value() >= bar->maximum()) return loop.quit();
        bar->setValue(bar->value() + bar->pageStep());
        ++pages;
    });
    const QSize viewport = content->grid()->viewport()->size();
    const qint64 scrollStart = clock.elapsed();
    beat.restart();
    clock.restart();
    step.start();
    loop.exec();
    step.stop();
    const qint64 scrolled = clock.elapsed();
    const qint64 scrollGap = beat.worst();
    const qint64 scrollCpu = beat.worstCpu();
    const qint64 scrollWorstAt = beat.worstAt();
    const qint64 scrollCpuOfWorst = beat.cpuOfWorst();
    const int scrollOver50 = beat.over50();
    const int scrollCpuOver50 = beat.cpuOver50();
    const int pendingAtBottom = content->thumbnailsPending();
    const double rssBottom = memoryMiB("VmRSS");
    beat.restart();
    const qint64 last = waitFor([&] { return content->visibleThumbnailsReady(); }, 600000);
    const qint64 settleGap = beat.worst();

    // A click on Date Modified, newest first: the folder model sorts in the background and
    // the rows move in one step.
    const auto firstName = [&] {
        const QAbstractItemModel *model = content->grid()->model();
        return model->index(0, 0, content->grid()->rootIndex()).data().toString();
    };
    const QString top = firstName();
    beat.restart();
    content->sortBy(AssetColumnsModel::Modified, Qt::DescendingOrder);
    const qint64 sorted = waitFor([&] { return firstName() != top; }, 60000);
    const qint64 sortGap = beat.worst();
    const qint64 sortCpuOfWorst = beat.cpuOfWorst();
    std::printf(
        "entries %d\nlisting_ms %lld\nlisting_worst_gap_ms %lld\nlisting_worst_cpu_ms %lld\n"
        "listing_gaps_over_50ms %d\nfirst_screen_ms %lld\nscroll_pages %d\nscroll_ms %lld\n"
        "scroll_worst_gap_ms %lld\nscroll_worst_cpu_ms %lld\nscroll_gaps_over_50ms %d\n"
        "pending_at_bottom %d\nlast_screen_ms %lld\nsettle_worst_gap_ms %lld\n"
        "rss_before_mib %.0f\nrss_bottom_mib %.0f\nrss_end_mib %.0f\nrss_peak_mib %.0f\n",
        content->entryCount(), listed, listingGap, listingCpu, listingOver50, first, pages,
        scrolled, scrollGap, scrollCpu, scrollOver50, pendingAtBottom, last, settleGap, rssBefore,
        rssBottom, memoryMiB("VmRSS"), memoryMiB("VmHWM"));
    std::printf("grid_viewport %dx%d\n", viewport.width(), viewport.height());
    std::printf("listing_worst_gap_cpu_ms %lld\nlisting_cpu_over_50ms %d\n"
                "scroll_worst_gap_cpu_ms %lld\nscroll_cpu_over_50ms %d\n",
                listingCpuOfWorst, listingCpuOver50, scrollCpuOfWorst, scrollCpuOver50);
    // Times since the folder was opened: when it was recorded, and the longest scroll gap.
    std::printf("recorded_ms %lld\nscroll_start_ms %lld\nscroll_worst_at_ms %lld\n", recorded,
                scrollStart, scrollStart + scrollWorstAt);
    std::printf("sort_ms %lld\nsort_worst_gap_ms %lld\nsort_worst_gap_cpu_ms %lld\n", sorted,
                sortGap, sortCpuOfWorst);
    return listed < 0 || first < 0 || last < 0 || sorted < 0 ? 1 : 0;
}

} // namespace ad::ui
