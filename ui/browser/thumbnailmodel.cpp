#include "browser/thumbnailmodel.h"

#include "browser/foldermodel.h"
#include "imaging/thumbnailloader.h"

#include <QPixmap>

namespace ad::ui
{

namespace
{
// The icons made for the view, by their pixels' size: 2,000 icons of 256 px held 400 MB, and a
// scroll through a big folder filled them all. 64 MiB keeps several screens at any zoom.
constexpr int kIconBudgetKiB = 64 * 1024;
// Requests kept while scrolling: a few hundred screens' worth at the smallest icons.
constexpr int kMaxPending = 1000;
} // namespace

ThumbnailModel::ThumbnailModel(FolderModel *files, QObject *parent)
    : QIdentityProxyModel(parent), m_files(files),
      m_loader(new imaging::ThumbnailLoader(256, this)), m_icons(kIconBudgetKiB)
{
    setSourceModel(files);
    connect(m_loader, &imaging::ThumbnailLoader::ready, this, &ThumbnailModel::thumbnailReady);
    // The folder model changes a row's data only when its file changed (size or date).
    connect(files, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row(); ++row) {
                    const QModelIndex file = m_files->index(row, 0, from.parent());
                    if (!m_files->isDir(file)) refresh(m_files->filePath(file));
                }
            });
    connect(m_loader, &imaging::ThumbnailLoader::failed, this, [this](const QString &path) {
        m_failed.insert(path);
        const QModelIndex index = rowOf(path);
        Q_EMIT dataChanged(index, index, {Qt::DecorationRole});
    });
}

void ThumbnailModel::setFallbackIcons(const QIcon &file, const QIcon &folder)
{
    m_fileIcon = file;
    m_folderIcon = folder;
}

void ThumbnailModel::setCoverLookup(std::function<std::optional<double>(const QString &)> lookup)
{
    m_loader->setCoverLookup(std::move(lookup));
}

void ThumbnailModel::refresh(const QString &path)
{
    m_icons.remove(path);
    m_failed.remove(path);
    m_loader->refresh(path);
}

void ThumbnailModel::cancelPending()
{
    m_loader->cancelAll();
    m_asked.clear();
    m_order.clear();
}

void ThumbnailModel::keepOnly(const QSet<QString> &visible)
{
    for (const QString &path : m_loader->pendingPaths()) {
        if (visible.contains(path)) continue;
        m_loader->cancel(path);
        m_asked.remove(path);
    }
    // The order keeps only what is still asked, so it stays as short as the requests.
    m_order.removeIf([this](const QString &path) { return !m_asked.contains(path); });
}

void ThumbnailModel::dropOldest() const
{
    // A scroll asks for every row it passes, faster than ContentView cancels what left the
    // view (20,000 files once left 17,815 requests): past the limit the oldest requests, rows
    // long scrolled away, are dropped as they go.
    while (!m_order.isEmpty() &&
           (m_loader->pending() > kMaxPending || !m_asked.contains(m_order.first()))) {
        const QString oldest = m_order.takeFirst();
        if (m_asked.remove(oldest)) m_loader->cancel(oldest);
    }
}

QModelIndex ThumbnailModel::rowOf(const QString &path)
{
    const QPersistentModelIndex asked = m_asked.take(path);
    return mapFromSource(asked.isValid() ? QModelIndex(asked) : m_files->index(path));
}

bool ThumbnailModel::isSettled(const QString &path) const
{
    return m_icons.contains(path) || m_failed.contains(path) || !m_loader->cached(path).isNull();
}

QStringList ThumbnailModel::pendingPaths() const
{
    return m_loader->pendingPaths();
}

int ThumbnailModel::pending() const
{
    return m_loader->pending();
}

QVariant ThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != 0)
        return QIdentityProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    if (m_files->isDir(source))
        return m_folderIcon.isNull() ? QIdentityProxyModel::data(index, role)
                                     : QVariant(m_folderIcon);
    const QString path = m_files->filePath(source);
    if (const QIcon *icon = m_icons.object(path)) return *icon;
    if (!m_failed.contains(path)) {
        const QImage image = m_loader->cached(path);
        if (!image.isNull()) {
            auto *icon = new QIcon(QPixmap::fromImage(image));
            m_icons.insert(path, icon, std::max<qsizetype>(1, image.sizeInBytes() / 1024));
            return *icon;
        }
        // The view asks for what it shows; the loader runs the newest of those first.
        m_loader->request(path);
        if (!m_asked.contains(path)) { // a repaint while pending asks nothing new
            m_asked.insert(path, QPersistentModelIndex(source));
            m_order.append(path);
            dropOldest();
        }
    }
    const QVariant own = QIdentityProxyModel::data(index, role);
    return own.value<QIcon>().isNull() ? QVariant(m_fileIcon) : own;
}

void ThumbnailModel::thumbnailReady(const QString &path, const QImage &)
{
    const QModelIndex index = rowOf(path);
    if (index.isValid()) Q_EMIT dataChanged(index, index, {Qt::DecorationRole});
}

} // namespace ad::ui
