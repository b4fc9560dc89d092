#pragma once

// The status bar's jobs button: how many jobs are active and how far they are ("2 jobs · 45 %"),
// or that none is. Clicking it opens the Jobs dock, which stays collapsed while nothing runs.

#include <QTimer>
#include <QToolButton>

namespace ad::jobs
{
class JobQueue;
}

namespace ad::ui
{

class JobsIndicator : public QToolButton
{
    Q_OBJECT
public:
    explicit JobsIndicator(jobs::JobQueue *queue, QWidget *parent = nullptr);
    int activeJobs() const { return m_active; }
    int percent() const { return m_percent; } // -1 while nothing is active
    void refresh();                           // now, rather than a moment after the queue's signal

private:
    jobs::JobQueue *m_queue;
    QTimer m_coalesce; // items finish many times a second; the text follows 4 times
    QTimer m_tick;     // while jobs are active
    int m_active = 0;
    int m_percent = -1;
};

} // namespace ad::ui
