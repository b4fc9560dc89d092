#pragma once

// The core's pool for work a view waits on: a file's facts, a document's pages, a bucket
// listing, a histogram. Views hand work to it and receive futures; they start no threads.
// It is not Qt's global pool on purpose: Qt's raster engine paints large areas on that pool
// and waits for it, so slow reads queued there would freeze painting.

#include "common/workerpriority.h"

#include <QThreadPool>
#include <QtConcurrent>
#include <utility>

namespace ad::background
{

QThreadPool &pool();

template <class Work> auto run(Work &&work)
{
    return QtConcurrent::run(&pool(), [work = std::forward<Work>(work)]() mutable {
        workers::lowerCurrentThread();
        return work();
    });
}

} // namespace ad::background
