#pragma once

// The Jobs dock: every background job with a progress bar, speed, time left and status, and
// the actions on it (pause, resume, cancel, retry failed items, export the report, remove).

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QTreeView;

namespace ad::jobs
{
class JobQueue;
}

namespace ad::ui
{

class JobsModel;

class JobsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPanel(jobs::JobQueue *queue, QWidget *parent = nullptr);
    int jobCount() const;

private:
    qint64 currentJob() const;
    void updateActions();
    void exportReport();
    void showReport();
    void updateTotal();

    jobs::JobQueue *m_queue;
    JobsModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QLabel *m_journalError; // why nothing new starts: the journal refused a write
    QProgressBar *m_total;
    QAction *m_totalAction = nullptr; // a toolbar widget is shown and hidden through its action
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_cancel;
    QAction *m_retry;
    QAction *m_export;
    QAction *m_remove;
    QAction *m_report;
    QAction *m_raise;
    QAction *m_lower;
};

} // namespace ad::ui
