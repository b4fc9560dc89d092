#include "common/windowtasks.h"

namespace ad::ui
{

WindowTasks &WindowTasks::instance()
{
    static WindowTasks tasks;
    return tasks;
}

int WindowTasks::begin(const QString &name, int total)
{
    const int id = m_next++;
    m_tasks.insert(id, {name, 0, total});
    Q_EMIT changed();
    return id;
}

void WindowTasks::progress(int id, int done)
{
    const auto it = m_tasks.find(id);
    if (it == m_tasks.end() || it->done == done) return;
    it->done = done;
    Q_EMIT changed();
}

void WindowTasks::end(int id)
{
    if (m_tasks.remove(id)) Q_EMIT changed();
}

} // namespace ad::ui
