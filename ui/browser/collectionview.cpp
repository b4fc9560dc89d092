#include "browser/collectionview.h"

#include "browser/assetcolumnsmodel.h"
#include "browser/factscache.h"
#include "browser/thumbnaildelegate.h"
#include "storage/storage.h"

#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStyle>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{
constexpr int kPathRole = Qt::UserRole;
constexpr int kThumb = 128;

// The members once each: a file added under two spellings of its path (through a linked
// folder, say) is one picture, shown and counted once, under its real path.
QStringList distinct(const QStringList &paths)
{
    QStringList out;
    QHash<QString, qsizetype> at; // canonical path -> index in out
    for (const QString &path : paths) {
        QString canonical =
            storage::isRemoteLocation(path) ? path : QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty()) canonical = path; // gone: as it was added
        if (const auto it = at.constFind(canonical); it != at.cend()) {
            if (path == canonical) out[*it] = path;
            continue;
        }
        at.insert(canonical, out.size());
        out << path;
    }
    return out;
}
} // namespace

CollectionView::CollectionView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_list(new QListWidget(this)),
      m_thumbs(new imaging::ThumbnailLoader(kThumb, this)), m_facts(new FactsCache(this))
{
    setObjectName(QStringLiteral("collectionView"));
    m_title->setObjectName(QStringLiteral("collectionTitle"));
    m_title->setMargin(6);
    m_list->setObjectName(QStringLiteral("collectionMembers"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize({kThumb, kThumb});
    // Cells and badges (type, label, favourite, stars, cloud) as the folder grid draws them.
    m_list->setItemDelegate(new ThumbnailDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(4);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { Q_EMIT selectionChanged(selectedPaths()); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT fileActivated(item->data(kPathRole).toString());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &CollectionView::contextMenu);
    connect(m_thumbs, &imaging::ThumbnailLoader::ready, this,
            [this](const QString &path, const QImage &image) {
                for (QListWidgetItem *item : itemsOf(path))
                    item->setIcon(QPixmap::fromImage(image));
            });
    connect(m_facts, &FactsCache::ready, this, [this](const QStringList &paths) {
        for (const QString &path : paths)
            for (QListWidgetItem *item : itemsOf(path))
                showFacts(item);
    });
}

void CollectionView::setCoverLookup(imaging::ThumbnailLoader::CoverLookup lookup)
{
    m_thumbs->setCoverLookup(std::move(lookup));
}

void CollectionView::refreshThumbnail(const QString &path)
{
    if (!itemsOf(path).isEmpty()) m_thumbs->refresh(path);
}

QList<QListWidgetItem *> CollectionView::itemsOf(const QString &path) const
{
    QList<QListWidgetItem *> items;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kPathRole).toString() == path) items << m_list->item(i);
    return items;
}

// A clip's length or a document's pages on the badge, from the facts the folder grid reads.
void CollectionView::showFacts(QListWidgetItem *item)
{
    const assets::AssetFacts *facts = m_facts->facts(item->data(kPathRole).toString());
    if (!facts) return; // asked for; it comes with ready()
    item->setData(AssetColumnsModel::DurationRole, AssetColumnsModel::durationText(facts->seconds));
    if (facts->pages > 0) item->setData(AssetColumnsModel::PagesRole, facts->pages);
}

void CollectionView::showCollection(qint64 id)
{
    m_id = id;
    m_thumbs->cancelAll();
    m_facts->dropQueued();
    m_list->clear();
    const auto c = m_store ? m_store->collection(id) : std::nullopt;
    if (!c) {
        m_title->setText(tr("This collection no longer exists."));
        return;
    }
    const QStringList paths = distinct(m_store->members(id));
    m_title->setText((c->smart()
                          ? tr("Smart collection “%1”: %n item(s)", nullptr, int(paths.size()))
                          : tr("Album “%1”: %n item(s)", nullptr, int(paths.size())))
                         .arg(c->name));
    for (const QString &path : paths) {
        const bool remote = storage::isRemoteLocation(path);
        // A type icon until the thumbnail comes (and for what has none): the theme's, else the
        // style's, which every platform has.
        const QIcon icon = QIcon::fromTheme(
            remote ? QStringLiteral("folder-cloud") : QStringLiteral("text-x-generic"),
            style()->standardIcon(remote ? QStyle::SP_DriveNetIcon : QStyle::SP_FileIcon));
        auto *item = new QListWidgetItem(
            icon, remote ? storage::locationName(path) : QFileInfo(path).fileName(), m_list);
        item->setData(kPathRole, path);
        item->setToolTip(path);
        item->setData(AssetColumnsModel::SuffixRole,
                      QFileInfo(remote ? storage::locationName(path) : path).suffix().toUpper());
        if (const auto e = m_store->catalog().entry(path)) {
            item->setData(AssetColumnsModel::RatingRole, e->rating);
            item->setData(AssetColumnsModel::LabelRole, e->label);
            item->setData(AssetColumnsModel::FavouriteRole, e->favourite);
        }
        if (remote) continue;
        if (!QFileInfo::exists(path)) {
            item->setIcon(QIcon::fromTheme(QStringLiteral("image-missing"),
                                           style()->standardIcon(QStyle::SP_MessageBoxWarning)));
            item->setToolTip(tr("%1 is not there any more: moved or deleted outside AssetDesk. "
                                "Open the folder it went to and it is found again.")
                                 .arg(path));
            continue;
        }
        if (const QImage cached = m_thumbs->cached(path); !cached.isNull())
            item->setIcon(QPixmap::fromImage(cached));
        else
            m_thumbs->request(path);
        showFacts(item);
    }
}

QStringList CollectionView::members() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(kPathRole).toString();
    return out;
}

QStringList CollectionView::selectedPaths() const
{
    QStringList out;
    for (const QListWidgetItem *item : m_list->selectedItems())
        out << item->data(kPathRole).toString();
    return out;
}

void CollectionView::contextMenu(const QPoint &pos)
{
    const auto c = m_store ? m_store->collection(m_id) : std::nullopt;
    const QStringList selected = selectedPaths();
    if (!c || c->smart() || selected.isEmpty()) return;
    QMenu menu(this);
    QAction *remove = menu.addAction(tr("&Remove from Album"));
    if (menu.exec(m_list->viewport()->mapToGlobal(pos)) != remove) return;
    m_store->removeFrom(m_id, selected);
    showCollection(m_id);
    Q_EMIT membersChanged(m_id);
}

} // namespace ad::ui
