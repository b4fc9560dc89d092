#include "common/workerpriority.h"

#include <QCoreApplication>
#include <QThread>
#include <atomic>
#include <sys/resource.h>
#include <unistd.h>

namespace ad::workers
{

namespace
{
std::atomic<int> g_levels{0};
thread_local int t_applied = 0;
} // namespace

void setNiceness(int levels)
{
    g_levels = levels;
}

int niceness()
{
    return g_levels;
}

void lowerCurrentThread()
{
    const int wanted = g_levels.load(std::memory_order_relaxed);
    if (wanted == t_applied) return;
    // A pool may run work on the thread that waits for it; the GUI thread keeps its level.
    if (const QCoreApplication *app = QCoreApplication::instance();
        app && QThread::currentThread() == app->thread())
        return;
    // Linux keeps a nice value per thread: PRIO_PROCESS with a thread id changes that thread only.
    const id_t thread = id_t(gettid());
    const int current = getpriority(PRIO_PROCESS, thread);
    if (setpriority(PRIO_PROCESS, thread, current - t_applied + wanted) == 0) t_applied = wanted;
}

} // namespace ad::workers
