#include "jobs/jobspanel.h"

#include "jobs/jobsmodel.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
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
      m_view(new QTreeView(this)), m_empty(new QLabel(this)), m_journalError(new QLabel(this)),
      m_total(new QProgressBar(this))
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
    // A full disk under the journal stops the queue quietly otherwise: say so, and what to do.
    m_journalError->setObjectName(QStringLiteral("journalError"));
    m_journalError->setWordWrap(true);
    m_journalError->setForegroundRole(QPalette::BrightText);
    m_journalError->setBackgroundRole(QPalette::Highlight);
    m_journalError->setAutoFillBackground(true);
    m_journalError->setMargin(6);
    m_journalError->hide();
    connect(m_queue, &jobs::JobQueue::journalFailed, this, [this](const QString &error) {
        m_journalError->setText(
            tr("The job journal cannot be saved: %1. Items already running finish; nothing new "
               "starts. Free some space, then choose Resume.")
                .arg(error));
        m_journalError->show();
    });

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
    m_resume = add(tr("Resume"), QStyle::SP_MediaPlay, [this] {
        m_journalError->hide(); // shown again if the journal still refuses
        m_queue->resume(currentJob());
    });
    m_cancel = add(tr("Cancel"), QStyle::SP_MediaStop, [this] { m_queue->cancel(currentJob()); });
    m_retry = add(tr("Retry Failed"), QStyle::SP_BrowserReload, [this] {
        m_journalError->hide();
        m_queue->retryFailed(currentJob());
    });
    m_export = add(tr("Export Report…"), QStyle::SP_DialogSaveButton, [this] { exportReport(); });
    m_remove = add(tr("Remove"), QStyle::SP_TrashIcon, [this] { m_queue->remove(currentJob()); });
    m_report = add(tr("Show Report…"), QStyle::SP_FileDialogDetailedView, [this] { showReport(); });
    m_raise = add(tr("Raise Priority"), QStyle::SP_ArrowUp, [this] {
        if (const auto *p = m_model->progressAt(m_view->currentIndex().row()))
            m_queue->setPriority(p->job.id, p->job.priority + 1);
    });
    m_lower = add(tr("Lower Priority"), QStyle::SP_ArrowDown, [this] {
        if (const auto *p = m_model->progressAt(m_view->currentIndex().row()))
            m_queue->setPriority(p->job.id, p->job.priority - 1);
    });
    connect(m_view, &QTreeView::doubleClicked, this, &JobsPanel::showReport);
    m_total->setMaximumWidth(260);
    m_total->setFormat(tr("All jobs: %v/%m"));
    m_total->setToolTip(tr("Items finished across the jobs that have not ended"));
    bar->addSeparator();
    m_totalAction = bar->addWidget(m_total);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_journalError);
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
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPanel::updateTotal);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPanel::updateTotal);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JobsPanel::updateActions);
    update();
    updateTotal();
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
    m_report->setEnabled(p != nullptr);
    m_raise->setEnabled(p && !ended);
    m_lower->setEnabled(p && !ended);
}

void JobsPanel::updateTotal()
{
    int total = 0;
    int finished = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const jobs::JobProgress *p = m_model->progressAt(row);
        if (p->job.state == jobs::JobState::Finished || p->job.state == jobs::JobState::Cancelled)
            continue;
        total += p->counts.total;
        finished += p->counts.finished();
    }
    m_totalAction->setVisible(total > 0);
    m_total->setRange(0, std::max(1, total));
    m_total->setValue(finished);
}

void JobsPanel::showReport()
{
    const jobs::JobProgress *p = m_model->progressAt(m_view->currentIndex().row());
    if (!p) return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Job Report"));
    auto *layout = new QVBoxLayout(&dialog);
    const jobs::ItemCounts &c = p->counts;
    auto *summary = new QLabel(tr("%1 done, %2 failed, %3 skipped, %4 cancelled of %5. Output: %6")
                                   .arg(c.done)
                                   .arg(c.failed)
                                   .arg(c.skipped)
                                   .arg(c.cancelled)
                                   .arg(c.total)
                                   .arg(p->job.output),
                               &dialog);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *table = new QTreeWidget(&dialog);
    // "Details": a done item's text is its results, a failed one's the reason.
    table->setHeaderLabels({tr("Source"), tr("Output"), tr("State"), tr("Details")});
    table->setRootIsDecorated(false);
    // Locations share their start (cos://bucket/prefix/): the end is what tells them apart.
    table->setTextElideMode(Qt::ElideMiddle);
    // Failures first: they are what a report is read for.
    QList<jobs::ItemRecord> items = m_queue->items(p->job.id);
    std::stable_sort(
        items.begin(), items.end(), [](const jobs::ItemRecord &a, const jobs::ItemRecord &b) {
            return (a.state == jobs::ItemState::Failed) > (b.state == jobs::ItemState::Failed);
        });
    for (const jobs::ItemRecord &item : std::as_const(items)) {
        auto *row = new QTreeWidgetItem(
            table, {item.source, item.target, jobs::itemStateName(item.state), item.error});
        for (int column : {0, 1, 3})
            row->setToolTip(column, row->text(column)); // the whole text of an elided cell
    }
    // Locations get room for their ends; details (a result a line) are shown whole, scrolling.
    table->setColumnWidth(0, 220);
    table->setColumnWidth(1, 260);
    table->resizeColumnToContents(2);
    table->resizeColumnToContents(3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &JobsPanel::exportReport);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(960, 420);
    dialog.exec();
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
