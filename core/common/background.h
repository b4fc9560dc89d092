#pragma once

// The core's pools. pool() takes work a view waits on: a file's facts, a document's pages, a
// bucket listing, a histogram. Views hand work to it and receive futures; they start no threads.
// None is Qt's global pool, on purpose: Qt's raster engine paints large areas on that pool and
// waits for it, so slow reads queued there would freeze painting.

#include "common/workerpriority.h"

#include <QThreadPool>
#include <QtConcurrent>
#include <utility>

namespace ad::background
{

QThreadPool &pool();

// A new pool of the core's own, kept for the life of the process (callers hold it in a static):
// as with Qt's global pool, the application waits for its running work as it ends.
QThreadPool &newPool(const char *name, int threads);

// Runs `work` on `target`, its thread below the GUI thread (workers::lowerCurrentThread).
template <class Work> auto runOn(QThreadPool &target, Work &&work)
{
    return QtConcurrent::run(&target, [work = std::forward<Work>(work)]() mutable {
        workers::lowerCurrentThread();
        return work();
    });
}

template <class Work> auto run(Work &&work)
{
    return runOn(pool(), std::forward<Work>(work));
}

} // namespace ad::background
