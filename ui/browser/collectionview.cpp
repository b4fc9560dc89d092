#include "browser/collectionview.h"

#include "assets/factscache.h"
#include "browser/assetcolumnsmodel.h"
#include "browser/thumbnaildelegate.h"
#include "settings/appsettings.h"
#include "storage/storage.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMimeDatabase>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{
constexpr int kPathRole = Qt::UserRole;
constexpr int kThumb = 128;
// The list's columns: the folder list's, then the member's folder (members come from many).
constexpr int kFolder = AssetColumnsModel::ColumnCount;
constexpr int kColumns = kFolder + 1;

// Sorts by the value behind a column (bytes, dates, pixels) where there is one, else by text;
// rows whose value is not known yet go last.
class MemberRow : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, AssetColumnsModel::SortRole);
        const QVariant b = other.data(column, AssetColumnsModel::SortRole);
        if (a.isValid() != b.isValid()) return a.isValid();
        if (a.isValid()) {
            const QPartialOrdering order = QVariant::compare(a, b);
            if (order == QPartialOrdering::Less) return true;
            if (order == QPartialOrdering::Greater) return false;
        }
        return text(column).localeAwareCompare(other.text(column)) < 0 ||
               (text(column) == other.text(column) &&
                text(0).localeAwareCompare(other.text(0)) < 0);
    }
};

constexpr int kOrderRole = Qt::UserRole + 100; // a grid item's row in the sorted list

// The grid's items sort by their row in the list, so both show one order.
class MemberItem : public QListWidgetItem
{
public:
    using QListWidgetItem::QListWidgetItem;
    bool operator<(const QListWidgetItem &other) const override
    {
        return data(kOrderRole).toInt() < other.data(kOrderRole).toInt();
    }
};

void setCell(QTreeWidgetItem *row, int column, const QString &text, const QVariant &sortKey = {})
{
    row->setText(column, text);
    row->setData(column, AssetColumnsModel::SortRole, text.isEmpty() ? QVariant() : sortKey);
}

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
    : QWidget(parent), m_title(new QLabel(this)), m_views(new QStackedWidget(this)),
      m_list(new QListWidget(this)), m_table(new QTreeWidget(this)),
      m_thumbs(new imaging::ThumbnailLoader(kThumb, this)), m_facts(new assets::FactsCache(this))
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
    m_table->setObjectName(QStringLiteral("collectionList"));
    m_table->setColumnCount(kColumns);
    QStringList titles;
    for (int column = 0; column < kFolder; ++column)
        titles << AssetColumnsModel::columnTitle(column);
    m_table->setHeaderLabels(titles << tr("Folder"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->header()->setStretchLastSection(false);
    // The folder list's columns are chosen here too, for both (the Folder column stays).
    m_table->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->header(), &QWidget::customContextMenuRequested, this,
            &CollectionView::showColumnMenu);
    // Sorting again (a header click, or facts arriving under a sort by them) reorders the grid.
    connect(m_table->model(), &QAbstractItemModel::layoutChanged, this,
            &CollectionView::orderGridAsList);
    connect(m_table->header(), &QHeaderView::sortIndicatorChanged, this,
            &CollectionView::sortChanged);
    m_views->addWidget(m_list);
    m_views->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_views, 1);
    // Each view speaks while it is the one shown; a switch carries the selection across.
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_list), static_cast<QAbstractItemView *>(m_table)}) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view] {
            if (m_views->currentWidget() == view) Q_EMIT selectionChanged(selectedPaths());
        });
        connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            Q_EMIT fileActivated(index.siblingAtColumn(0).data(kPathRole).toString());
        });
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { contextMenu(view, pos); });
    }
    connect(m_thumbs, &imaging::ThumbnailLoader::ready, this,
            [this](const QString &path, const QImage &image) {
                const QPixmap pixmap = QPixmap::fromImage(image);
                for (QListWidgetItem *item : itemsOf(path))
                    item->setIcon(pixmap);
                for (QTreeWidgetItem *row : rowsOf(path))
                    row->setIcon(0, pixmap);
            });
    connect(m_facts, &assets::FactsCache::ready, this, [this](const QStringList &paths) {
        for (const QString &path : paths) {
            for (QListWidgetItem *item : itemsOf(path))
                showFacts(item);
            for (QTreeWidgetItem *row : rowsOf(path))
                showFacts(row);
        }
    });
}

void CollectionView::setMode(ContentView::Mode mode)
{
    QWidget *shown = mode == ContentView::Mode::List ? static_cast<QWidget *>(m_table) : m_list;
    showChosenColumns(); // chosen in the folder list since
    if (m_views->currentWidget() == shown) return;
    const QStringList selected = selectedPaths();
    m_views->setCurrentWidget(shown);
    // The same members stay selected: nothing for the preview or the Inspector to follow.
    const QSignalBlocker quietList(m_list->selectionModel());
    const QSignalBlocker quietTable(m_table->selectionModel());
    m_list->clearSelection();
    m_table->clearSelection();
    for (const QString &path : selected) {
        for (QListWidgetItem *item : itemsOf(path))
            item->setSelected(true);
        for (QTreeWidgetItem *row : rowsOf(path))
            row->setSelected(true);
    }
    m_list->viewport()->update();
    m_table->viewport()->update();
}

ContentView::Mode CollectionView::mode() const
{
    return m_views->currentWidget() == m_table ? ContentView::Mode::List : ContentView::Mode::Grid;
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

QList<QTreeWidgetItem *> CollectionView::rowsOf(const QString &path) const
{
    QList<QTreeWidgetItem *> rows;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        if (m_table->topLevelItem(i)->data(0, kPathRole).toString() == path)
            rows << m_table->topLevelItem(i);
    return rows;
}

// The list's columns from the same facts: dimensions, date taken, camera, length, pages, kind.
void CollectionView::showFacts(QTreeWidgetItem *row)
{
    const assets::AssetFacts *f = m_facts->facts(row->data(0, kPathRole).toString());
    if (!f) return; // asked for; it comes with ready()
    const QLocale locale;
    setCell(row, AssetColumnsModel::Dimensions, AssetColumnsModel::dimensionsText(*f),
            AssetColumnsModel::dimensionsArea(*f));
    setCell(row, AssetColumnsModel::Taken,
            f->taken.isValid() ? locale.toString(f->taken, QLocale::ShortFormat) : QString(),
            f->taken);
    setCell(row, AssetColumnsModel::Camera, f->camera, f->camera);
    setCell(row, AssetColumnsModel::Duration, AssetColumnsModel::durationText(f->seconds),
            f->seconds);
    setCell(row, AssetColumnsModel::Pages, f->pages > 0 ? locale.toString(f->pages) : QString(),
            f->pages);
    setCell(row, AssetColumnsModel::AssetKind, AssetColumnsModel::kindName(f->kind));
}

void CollectionView::addRow(const QString &path, const QIcon &icon)
{
    const bool remote = storage::isRemoteLocation(path);
    const QString name = remote ? storage::locationName(path) : QFileInfo(path).fileName();
    auto *row = new MemberRow(m_table);
    row->setIcon(0, icon);
    setCell(row, AssetColumnsModel::Name, name);
    row->setData(0, kPathRole, path);
    row->setToolTip(0, path);
    for (const int column : {AssetColumnsModel::Size, AssetColumnsModel::Dimensions,
                             AssetColumnsModel::Duration, AssetColumnsModel::Pages})
        row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    setCell(row, AssetColumnsModel::Type,
            QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).comment());
    setCell(row, kFolder,
            remote ? path.left(path.lastIndexOf(QLatin1Char('/')))
                   : QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    if (remote) return;
    const QFileInfo info(path);
    if (!info.exists()) return;
    const QLocale locale;
    setCell(row, AssetColumnsModel::Size, locale.formattedDataSize(info.size()), info.size());
    setCell(row, AssetColumnsModel::Modified,
            locale.toString(info.lastModified(), QLocale::ShortFormat), info.lastModified());
}

void CollectionView::showLibrary(const QString &path)
{
    const catalog::Entry e = m_store->catalog().entry(path).value_or(catalog::Entry());
    for (QListWidgetItem *item : itemsOf(path)) {
        item->setData(AssetColumnsModel::RatingRole, e.rating);
        item->setData(AssetColumnsModel::LabelRole, e.label);
        item->setData(AssetColumnsModel::FavouriteRole, e.favourite);
    }
    for (QTreeWidgetItem *row : rowsOf(path)) {
        setCell(row, AssetColumnsModel::Rating,
                e.rating > 0 ? QString(e.rating, QChar(0x2605)) : QString(), e.rating);
        setCell(row, AssetColumnsModel::Label,
                e.label > 0 ? AssetColumnsModel::labelName(e.label) : QString(), e.label);
        const QColor colour = AssetColumnsModel::labelColour(e.label);
        row->setData(AssetColumnsModel::Label, Qt::DecorationRole,
                     colour.isValid() ? QVariant(colour) : QVariant());
        setCell(row, AssetColumnsModel::Favourite,
                e.favourite ? AssetColumnsModel::favouriteMark() : QString(), int(e.favourite));
        setCell(row, AssetColumnsModel::Tags, e.tags.join(QLatin1String(", ")),
                e.tags.join(QLatin1Char(' ')).toLower());
    }
}

void CollectionView::refreshLibrary()
{
    for (const QString &path : members())
        showLibrary(path);
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
    m_table->clear();
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
    m_table->setSortingEnabled(false); // rows are sorted once, not as each comes
    for (const QString &path : paths) {
        const bool remote = storage::isRemoteLocation(path);
        // A type icon until the thumbnail comes (and for what has none): the theme's, else the
        // style's, which every platform has.
        const QIcon icon = QIcon::fromTheme(
            remote ? QStringLiteral("folder-cloud") : QStringLiteral("text-x-generic"),
            style()->standardIcon(remote ? QStyle::SP_DriveNetIcon : QStyle::SP_FileIcon));
        auto *item = new MemberItem(
            icon, remote ? storage::locationName(path) : QFileInfo(path).fileName(), m_list);
        item->setData(kPathRole, path);
        item->setToolTip(path);
        item->setData(AssetColumnsModel::SuffixRole,
                      QFileInfo(remote ? storage::locationName(path) : path).suffix().toUpper());
        addRow(path, item->icon());
        showLibrary(path);
        if (remote) continue;
        if (!QFileInfo::exists(path)) {
            item->setIcon(QIcon::fromTheme(QStringLiteral("image-missing"),
                                           style()->standardIcon(QStyle::SP_MessageBoxWarning)));
            item->setToolTip(tr("%1 is not there any more: moved or deleted outside AssetDesk. "
                                "Open the folder it went to and it is found again.")
                                 .arg(path));
            for (QTreeWidgetItem *row : rowsOf(path)) {
                row->setIcon(0, item->icon());
                row->setToolTip(0, item->toolTip());
            }
            continue;
        }
        if (const QImage cached = m_thumbs->cached(path); !cached.isNull()) {
            item->setIcon(QPixmap::fromImage(cached));
            for (QTreeWidgetItem *row : rowsOf(path))
                row->setIcon(0, item->icon());
        } else {
            m_thumbs->request(path);
        }
        showFacts(item);
        for (QTreeWidgetItem *row : rowsOf(path))
            showFacts(row);
    }
    m_table->setSortingEnabled(true);
    orderGridAsList();
    showChosenColumns();
    for (int column = 0; column < kColumns; ++column)
        m_table->resizeColumnToContents(column);
}

void CollectionView::sortBy(int column, Qt::SortOrder order)
{
    const QHeaderView *header = m_table->header();
    if (header->sortIndicatorSection() == column && header->sortIndicatorOrder() == order) return;
    m_table->sortByColumn(column, order);
}

QString CollectionView::sortText() const
{
    const QHeaderView *header = m_table->header();
    const int section = header->sortIndicatorSection();
    const QString column =
        section == kFolder ? tr("Folder") : AssetColumnsModel::columnTitle(section);
    return header->sortIndicatorOrder() == Qt::AscendingOrder
               ? ContentView::tr("Sorted by %1, ascending").arg(column)
               : ContentView::tr("Sorted by %1, descending").arg(column);
}

void CollectionView::orderGridAsList()
{
    QHash<QString, int> rowOf;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        rowOf.insert(m_table->topLevelItem(i)->data(0, kPathRole).toString(), i);
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setData(kOrderRole,
                                 rowOf.value(m_list->item(i)->data(kPathRole).toString()));
    m_list->sortItems();
}

void CollectionView::showColumnMenu(const QPoint &at)
{
    QMenu menu(this);
    for (int column = 1; column < kFolder; ++column) {
        QAction *a = menu.addAction(AssetColumnsModel::columnTitle(column));
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(column));
        connect(a, &QAction::toggled, this, [this, column](bool shown) {
            m_table->setColumnHidden(column, !shown);
            if (shown) m_table->resizeColumnToContents(column);
            QList<int> hidden;
            for (int c = 1; c < kFolder; ++c)
                if (m_table->isColumnHidden(c)) hidden << c;
            setHiddenListColumns(hidden);
            Q_EMIT columnsChosen();
        });
    }
    menu.exec(m_table->header()->mapToGlobal(at));
}

void CollectionView::showChosenColumns()
{
    // The folder list's choice (its header's menu); the Folder column is the collection's own.
    const QList<int> hidden = ContentView::hiddenColumns();
    for (int column = 1; column < kFolder; ++column)
        m_table->setColumnHidden(column, hidden.contains(column));
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
    if (mode() == ContentView::Mode::List) {
        for (const QTreeWidgetItem *row : m_table->selectedItems())
            out << row->data(0, kPathRole).toString();
        return out;
    }
    for (const QListWidgetItem *item : m_list->selectedItems())
        out << item->data(kPathRole).toString();
    return out;
}

void CollectionView::contextMenu(QWidget *view, const QPoint &pos)
{
    const auto c = m_store ? m_store->collection(m_id) : std::nullopt;
    const QStringList selected = selectedPaths();
    if (!c || c->smart() || selected.isEmpty()) return;
    QMenu menu(this);
    QAction *remove = menu.addAction(tr("&Remove from Album"));
    const auto *scrolled = static_cast<QAbstractScrollArea *>(view);
    if (menu.exec(scrolled->viewport()->mapToGlobal(pos)) != remove) return;
    m_store->removeFrom(m_id, selected);
    showCollection(m_id);
    Q_EMIT membersChanged(m_id);
}

} // namespace ad::ui
