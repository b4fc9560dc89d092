#include "common/background.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>

namespace ad::background
{

QThreadPool &pool()
{
    static QThreadPool *shared = [] {
        auto *p = new QThreadPool;
        // At least two: one slow read (a document converting) must not hold up the next.
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        p->setObjectName(QStringLiteral("background"));
        // As with Qt's global pool, the application waits for running work as it ends.
        qAddPostRoutine([] { pool().waitForDone(); });
        return p;
    }();
    return *shared;
}

} // namespace ad::background
