#include "jobspanel.h"

#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ad::ui
{

JobsPanel::JobsPanel(QWidget *parent)
    : QWidget(parent), m_model(new QStandardItemModel(0, 4, this)), m_view(new QTreeView(this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    m_model->setHorizontalHeaderLabels({tr("Job"), tr("Progress"), tr("Speed"), tr("Status")});
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_empty->setText(tr("No background jobs."));
    m_empty->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    const auto update = [this] {
        m_empty->setVisible(m_model->rowCount() == 0);
        m_view->setVisible(m_model->rowCount() > 0);
    };
    connect(m_model, &QStandardItemModel::rowsInserted, this, update);
    connect(m_model, &QStandardItemModel::rowsRemoved, this, update);
    update();
}

int JobsPanel::jobCount() const
{
    return m_model->rowCount();
}

} // namespace ad::ui
