#pragma once

// Work under way on the core's threads that posts back to a window or panel: kept while it
// runs, so the owner waits for it before it goes (its posts would find the owner gone).

#include <QFuture>
#include <QList>

namespace ad::ui
{

class PendingWork
{
public:
    void add(const QFuture<void> &work)
    {
        m_work.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
        m_work.append(work);
    }
    void waitForAll()
    {
        for (QFuture<void> &work : m_work)
            work.waitForFinished();
        m_work.clear();
    }

private:
    QList<QFuture<void>> m_work;
};

} // namespace ad::ui
