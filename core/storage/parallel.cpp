#include "storage/parallel.h"

#include <QMutex>
#include <QThreadPool>
#include <exception>

namespace ad::storage
{

void runInParallel(int threads, qsizetype count, const std::function<void(qsizetype)> &task)
{
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, threads));
    QMutex mutex;
    std::exception_ptr failure;
    for (qsizetype i = 0; i < count; ++i) {
        pool.start([&, i] {
            {
                QMutexLocker lock(&mutex);
                if (failure) return;
            }
            try {
                task(i);
            } catch (...) {
                QMutexLocker lock(&mutex);
                if (!failure) failure = std::current_exception();
            }
        });
    }
    pool.waitForDone();
    if (failure) std::rethrow_exception(failure);
}

} // namespace ad::storage
