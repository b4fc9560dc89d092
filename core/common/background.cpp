#include "common/background.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>
#include <algorithm>

namespace ad::background
{

namespace
{
QMutex g_lock;
QList<QThreadPool *> g_pools; // every newPool(), waited for as the application ends

void waitForAll()
{
    g_lock.lock();
    const QList<QThreadPool *> pools = g_pools; // work that ends may still make a pool
    g_lock.unlock();
    for (QThreadPool *p : pools)
        p->waitForDone();
}
} // namespace

QThreadPool &newPool(const char *name, int threads)
{
    auto *p = new QThreadPool;
    p->setMaxThreadCount(threads);
    p->setObjectName(QLatin1String(name));
    const QMutexLocker locked(&g_lock);
    if (g_pools.isEmpty()) qAddPostRoutine(waitForAll);
    g_pools << p;
    return *p;
}

QThreadPool &pool()
{
    // At least two: one slow read (a document converting) must not hold up the next.
    static QThreadPool &shared = newPool("background", std::max(2, QThread::idealThreadCount()));
    return shared;
}

} // namespace ad::background
