#include "jobs/jobsindicator.h"

#include "common/icons.h"
#include "common/windowtasks.h"
#include "jobs/jobqueue.h"
#include "jobs/jobsmodel.h"

namespace ad::ui
{

JobsIndicator::JobsIndicator(jobs::JobQueue *queue, QWidget *parent)
    : QToolButton(parent), m_queue(queue)
{
    setObjectName(QStringLiteral("jobsIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setButtonIcon(this, QStringLiteral("system-run"));
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &JobsIndicator::refresh);
    const auto later = [this] {
        if (!m_coalesce.isActive()) m_coalesce.start();
    };
    for (const auto signal :
         {&jobs::JobQueue::jobAdded, &jobs::JobQueue::jobChanged, &jobs::JobQueue::jobFinished})
        connect(queue, signal, this, later);
    connect(queue, &jobs::JobQueue::idle, this, later);
    connect(&WindowTasks::instance(), &WindowTasks::changed, this, later);
    // Running items report their bytes without a signal: followed like the Jobs panel does.
    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &JobsIndicator::refresh);
    refresh();
}

void JobsIndicator::refresh()
{
    int active = 0, total = 0;
    double done = 0;
    for (const qint64 id : m_queue->jobIds()) {
        const jobs::JobProgress p = m_queue->progress(id);
        if (p.job.state != jobs::JobState::Queued && p.job.state != jobs::JobState::Running)
            continue;
        ++active;
        total += p.counts.total;
        done += JobsModel::itemsDone(p);
    }
    // A tool window's own long work counts as a job, and the tooltip says where it runs, since
    // the Jobs panel lists only queued jobs.
    QStringList elsewhere;
    for (const WindowTasks::Task &t : WindowTasks::instance().tasks()) {
        ++active;
        total += t.total;
        done += t.done;
        elsewhere << tr("%1: %2 %").arg(t.name).arg(t.total ? 100 * t.done / t.total : 0);
    }
    m_active = active;
    m_percent = active ? (total ? int(100 * done / total) : 0) : -1;
    if (active && !m_tick.isActive()) m_tick.start();
    if (!active) m_tick.stop();
    setText(active ? tr("%n job(s) · %1 %", nullptr, active).arg(m_percent) : tr("No jobs"));
    setToolTip((QStringList{tr("Show the Jobs panel")} + elsewhere).join(u'\n'));
}

} // namespace ad::ui
