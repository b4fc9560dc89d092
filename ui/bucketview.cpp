#include "bucketview.h"

#include "bucketmodel.h"

#include <QAction>
#include <QBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace ad::ui
{

BucketView::BucketView(QWidget *parent)
    : QWidget(parent), m_model(new BucketModel(this)), m_path(new QLabel(this)),
      m_status(new QLabel(this)), m_grid(new QListView(this)), m_thumbDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("bucketView"));
    auto *up = new QToolButton(this);
    up->setIcon(style()->standardIcon(QStyle::SP_FileDialogToParent));
    up->setToolTip(tr("Up (Alt+Up)"));
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(up, &QToolButton::clicked, this, &BucketView::goUp);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QHBoxLayout;
    bar->addWidget(up);
    bar->addWidget(m_path, 1);
    bar->addWidget(m_status);

    m_grid->setObjectName(QStringLiteral("bucketGrid"));
    m_grid->setModel(m_model);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setIconSize(QSize(112, 112));
    m_grid->setGridSize(QSize(150, 150));
    m_grid->setWordWrap(true);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_grid, 1);

    // Thumbnails for what is on screen, once scrolling or streaming settles.
    m_thumbDelay->setSingleShot(true);
    m_thumbDelay->setInterval(120);
    connect(m_thumbDelay, &QTimer::timeout, this, &BucketView::requestVisibleThumbnails);
    connect(m_grid->verticalScrollBar(), &QScrollBar::valueChanged, m_thumbDelay,
            qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, m_thumbDelay, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BucketView::updateStatus);
    connect(m_model, &BucketModel::listed, this, &BucketView::updateStatus);
    connect(m_model, &BucketModel::failed, this,
            [this](const QString &message) { m_status->setText(tr("Failed: %1").arg(message)); });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (!index.isValid() || index.data(BucketModel::FolderRole).toBool()) return;
                Q_EMIT currentObjectChanged(index.data(BucketModel::LocationRole).toString(),
                                            index.data(BucketModel::EtagRole).toString(),
                                            index.data(BucketModel::SizeRole).toLongLong());
            });
    connect(m_grid, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.data(BucketModel::FolderRole).toBool())
            setLocation(index.data(BucketModel::LocationRole).toString());
    });
}

void BucketView::setLocation(const QString &location)
{
    m_model->setLocation(location);
    m_path->setText(location);
    updateStatus();
    Q_EMIT locationChanged(location);
}

QString BucketView::location() const
{
    return m_model->location();
}

void BucketView::goUp()
{
    const QString parent = m_model->parentLocation();
    if (!parent.isEmpty()) setLocation(parent);
}

void BucketView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_thumbDelay->start(); // what is on screen changed
}

void BucketView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_thumbDelay->start();
}

void BucketView::requestVisibleThumbnails()
{
    // Rows run in reading order: from the first item on screen to the last.
    QList<int> rows;
    const QRect visible = m_grid->viewport()->rect();
    const QModelIndex first = m_grid->indexAt(visible.topLeft() + QPoint(4, 4));
    const QModelIndex last = m_grid->indexAt(visible.bottomRight() - QPoint(4, 4));
    const int end = last.isValid() ? last.row() : m_model->rowCount() - 1;
    for (int row = first.isValid() ? first.row() : 0; row <= end; ++row)
        if (m_grid->visualRect(m_model->index(row)).intersects(visible)) rows.append(row);
    m_model->requestThumbnails(rows);
}

void BucketView::updateStatus()
{
    const int n = m_model->rowCount();
    m_status->setText(m_model->isListing() ? tr("Listing… %n item(s)", nullptr, n)
                                           : tr("%n item(s)", nullptr, n));
}

} // namespace ad::ui
