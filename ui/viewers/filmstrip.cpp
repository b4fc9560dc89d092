#include "viewers/filmstrip.h"

#include "imaging/thumbnailloader.h"

#include <QFileIconProvider>
#include <QFileInfo>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QScrollBar>

namespace ad::ui
{

namespace
{
constexpr int kIcon = 96;
// Thumbnails asked for on each side of the current file: a long folder is not decoded whole.
constexpr int kReach = 30;
} // namespace

Filmstrip::Filmstrip(QWidget *parent)
    : QListWidget(parent), m_loader(new imaging::ThumbnailLoader(128, this))
{
    setObjectName(QStringLiteral("filmstrip"));
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setIconSize(QSize(kIcon, kIcon));
    setGridSize(QSize(kIcon + 16, kIcon + fontMetrics().height() + 12));
    setTextElideMode(Qt::ElideMiddle);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFixedHeight(gridSize().height() + horizontalScrollBar()->sizeHint().height() +
                   2 * frameWidth());

    connect(m_loader, &imaging::ThumbnailLoader::ready, this, &Filmstrip::thumbnailReady);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) return;
        requestAround(row);
        if (!m_following) Q_EMIT picked(row);
    });
}

void Filmstrip::setFiles(const QStringList &paths, const QStringList &names)
{
    m_loader->cancelAll();
    m_rows.clear();
    m_shown.clear();
    const QScopedValueRollback following(m_following, true);
    clear();
    const QFileIconProvider icons;
    for (int row = 0; row < paths.size(); ++row) {
        const QFileInfo info(paths[row]);
        auto *item = new QListWidgetItem(icons.icon(info), names.value(row, info.fileName()), this);
        item->setToolTip(names.value(row, info.fileName()));
        item->setSizeHint(gridSize());
        m_rows.insert(paths[row], row);
        item->setData(Qt::UserRole, paths[row]);
    }
}

void Filmstrip::setCurrent(int index)
{
    const QScopedValueRollback following(m_following, true);
    setCurrentRow(index);
    scrollToItem(item(index), QAbstractItemView::PositionAtCenter);
}

bool Filmstrip::hasThumbnail(int index) const
{
    const QListWidgetItem *it = item(index);
    return it && m_shown.contains(it->data(Qt::UserRole).toString());
}

void Filmstrip::setCoverLookup(imaging::ThumbnailLoader::CoverLookup lookup)
{
    m_loader->setCoverLookup(std::move(lookup));
}

void Filmstrip::refreshThumbnail(const QString &path)
{
    if (!m_rows.contains(path)) return;
    m_shown.remove(path);
    m_loader->refresh(path);
}

int Filmstrip::thumbnailsPending() const
{
    return m_loader->pending();
}

void Filmstrip::requestAround(int index)
{
    // The file on screen first, then its neighbours nearest first: within a priority the
    // loader runs the newest request first, so the farthest are asked for first.
    QList<int> rows;
    for (int d = kReach; d >= 1; --d)
        rows << index + d << index - d;
    rows << index;
    for (const int row : rows) {
        const QListWidgetItem *it = item(row);
        if (!it) continue;
        const QString path = it->data(Qt::UserRole).toString();
        if (m_shown.contains(path)) continue;
        if (const QImage cached = m_loader->cached(path); !cached.isNull())
            thumbnailReady(path, cached); // a cache hit is not signalled
        else
            m_loader->request(path, row == index ? loading::Priority::Visible
                                                 : loading::Priority::Neighbour);
    }
}

void Filmstrip::thumbnailReady(const QString &path, const QImage &image)
{
    m_shown.insert(path);
    if (QListWidgetItem *it = item(m_rows.value(path, -1)))
        it->setIcon(QPixmap::fromImage(
            image.scaled(kIcon, kIcon, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace ad::ui
