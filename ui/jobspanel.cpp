#include "jobspanel.h"

#include "jobsmodel.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{
// Draws the Progress column as a progress bar with the "done/total" text on it.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data(JobsModel::ProgressRole).toInt();
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};
} // namespace

JobsPanel::JobsPanel(jobs::JobQueue *queue, QWidget *parent)
    : QWidget(parent), m_queue(queue), m_model(new JobsModel(queue, this)),
      m_view(new QTreeView(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemDelegateForColumn(JobsModel::Progress, new ProgressDelegate(m_view));
    m_view->header()->setSectionResizeMode(JobsModel::Title, QHeaderView::Stretch);
    m_view->header()->resizeSection(JobsModel::Progress, 160);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_empty->setText(tr("No background jobs."));
    m_empty->setAlignment(Qt::AlignCenter);

    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto add = [&](const QString &text, QStyle::StandardPixmap icon, auto slot) {
        QAction *a = bar->addAction(style()->standardIcon(icon), text);
        m_view->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_pause = add(tr("Pause"), QStyle::SP_MediaPause, [this] { m_queue->pause(currentJob()); });
    m_resume = add(tr("Resume"), QStyle::SP_MediaPlay, [this] { m_queue->resume(currentJob()); });
    m_cancel = add(tr("Cancel"), QStyle::SP_MediaStop, [this] { m_queue->cancel(currentJob()); });
    m_retry = add(tr("Retry Failed"), QStyle::SP_BrowserReload,
                  [this] { m_queue->retryFailed(currentJob()); });
    m_export = add(tr("Export Report…"), QStyle::SP_DialogSaveButton, [this] { exportReport(); });
    m_remove = add(tr("Remove"), QStyle::SP_TrashIcon, [this] { m_queue->remove(currentJob()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    const auto update = [this] {
        m_empty->setVisible(m_model->rowCount() == 0);
        m_view->setVisible(m_model->rowCount() > 0);
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateActions();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JobsPanel::updateActions);
    update();
}

int JobsPanel::jobCount() const
{
    return m_model->rowCount();
}

qint64 JobsPanel::currentJob() const
{
    return m_model->jobAt(m_view->currentIndex().row());
}

void JobsPanel::updateActions()
{
    const jobs::JobProgress *p = m_model->progressAt(m_view->currentIndex().row());
    const jobs::JobState s = p ? p->job.state : jobs::JobState::Finished;
    const bool active = p && (s == jobs::JobState::Queued || s == jobs::JobState::Running);
    const bool ended = p && (s == jobs::JobState::Finished || s == jobs::JobState::Cancelled);
    m_pause->setEnabled(active);
    m_resume->setEnabled(p && s == jobs::JobState::Paused);
    m_cancel->setEnabled(p && !ended);
    m_retry->setEnabled(p && p->counts.failed > 0 && s != jobs::JobState::Cancelled);
    m_export->setEnabled(p != nullptr);
    m_remove->setEnabled(ended);
}

void JobsPanel::exportReport()
{
    const qint64 id = currentJob();
    if (!id) return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), QStringLiteral("job-%1.csv").arg(id), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !m_queue->exportReportCsv(id, path))
        QMessageBox::warning(this, tr("Export Report"),
                             tr("The report could not be written to %1.").arg(path));
}

} // namespace ad::ui
