#pragma once

// Long work a tool window runs itself rather than as a queued job (the watermark's robustness
// report): the status bar's jobs button counts it too, so that nothing runs unseen. Used from
// the GUI thread only.

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

namespace ad::ui
{

class WindowTasks : public QObject
{
    Q_OBJECT
public:
    struct Task {
        QString name; // what runs and where, as the button's tooltip lists it
        int done = 0;
        int total = 0;
    };

    static WindowTasks &instance();

    int begin(const QString &name, int total); // returns the task's id
    void progress(int id, int done);
    void end(int id); // an id already ended, or 0, is ignored
    QList<Task> tasks() const { return m_tasks.values(); }

Q_SIGNALS:
    void changed();

private:
    QMap<int, Task> m_tasks;
    int m_next = 1;
};

} // namespace ad::ui
