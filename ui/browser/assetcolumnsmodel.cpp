#include "browser/assetcolumnsmodel.h"

#include "assets/factscache.h"
#include "browser/foldermodel.h"
#include "browser/thumbnailmodel.h"
#include "files/folderlisting.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QTimer>
#include <algorithm>

namespace ad::ui
{

namespace
{
constexpr int kFileColumns = AssetColumnsModel::Dimensions;
} // namespace

QString AssetColumnsModel::kindName(assets::Kind kind)
{
    switch (kind) {
    case assets::Kind::Image:
        return AssetColumnsModel::tr("Image");
    case assets::Kind::AnimatedImage:
        return AssetColumnsModel::tr("Animated image");
    case assets::Kind::Video:
        return AssetColumnsModel::tr("Video");
    case assets::Kind::Audio:
        return AssetColumnsModel::tr("Audio");
    case assets::Kind::Document:
        return AssetColumnsModel::tr("Document");
    case assets::Kind::Folder:
        return AssetColumnsModel::tr("Folder");
    case assets::Kind::Other:
        break;
    }
    return AssetColumnsModel::tr("Other");
}

QString AssetColumnsModel::favouriteMark()
{
    return QString(QChar(0x2665)); // the heart the grid's favourite badge shows
}

QString AssetColumnsModel::labelName(int label)
{
    switch (label) {
    case 1:
        return tr("Red");
    case 2:
        return tr("Orange");
    case 3:
        return tr("Yellow");
    case 4:
        return tr("Green");
    case 5:
        return tr("Blue");
    case 6:
        return tr("Purple");
    default:
        return tr("None");
    }
}

QString AssetColumnsModel::durationText(double seconds)
{
    if (seconds <= 0) return {};
    const int whole = int(seconds);
    return whole >= 3600
               ? QStringLiteral("%1:%2:%3")
                     .arg(whole / 3600)
                     .arg(whole / 60 % 60, 2, 10, QLatin1Char('0'))
                     .arg(whole % 60, 2, 10, QLatin1Char('0'))
               : QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QColor AssetColumnsModel::labelColour(int label)
{
    // The catalogue's label numbers, in the colours digiKam and Bridge use for them.
    static const QColor colours[] = {QColor(),
                                     QColor(0xe5, 0x39, 0x35),
                                     QColor(0xfb, 0x8c, 0x00),
                                     QColor(0xfd, 0xd8, 0x35),
                                     QColor(0x43, 0xa0, 0x47),
                                     QColor(0x1e, 0x88, 0xe5),
                                     QColor(0x8e, 0x24, 0xaa)};
    return label > 0 && label < int(std::size(colours)) ? colours[label] : QColor();
}

QString AssetColumnsModel::columnTitle(int column)
{
    // The folder model's columns too (it has no titles of its own).
    switch (column) {
    case Name:
        return tr("Name");
    case Size:
        return tr("Size");
    case Type:
        return tr("Type");
    case Modified:
        return tr("Date Modified");
    case Dimensions:
        return tr("Dimensions");
    case Taken:
        return tr("Date Taken");
    case Camera:
        return tr("Camera");
    case Rating:
        return tr("Rating");
    case Label:
        return tr("Label");
    case Duration:
        return tr("Duration");
    case Pages:
        return tr("Pages");
    case AssetKind:
        return tr("Kind");
    case Favourite:
        return tr("Favourite");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

QString AssetColumnsModel::widestValue(int column)
{
    const QLocale locale;
    const auto widest = [](const QStringList &texts) {
        const QFontMetrics metrics{QFont()};
        return *std::max_element(
            texts.begin(), texts.end(), [&](const QString &a, const QString &b) {
                return metrics.horizontalAdvance(a) < metrics.horizontalAdvance(b);
            });
    };
    switch (column) {
    case Size:
        return locale.formattedDataSize(999'990'000);
    case Modified:
    case Taken:
        return locale.toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)),
                               QLocale::ShortFormat);
    case Dimensions:
        return tr("%1 × %2").arg(10000).arg(10000);
    case Camera: // a long name as cameras write it; longer ones show from the files
        return QStringLiteral("Canon EOS 5D Mark IV");
    case Rating:
        return QString(5, QChar(0x2605));
    case Label:
        return widest(
            {labelName(1), labelName(2), labelName(3), labelName(4), labelName(5), labelName(6)});
    case Duration:
        return durationText(35999);
    case Pages:
        return locale.toString(9999);
    case AssetKind: {
        QStringList kinds;
        for (const auto kind :
             {assets::Kind::Image, assets::Kind::AnimatedImage, assets::Kind::Video,
              assets::Kind::Audio, assets::Kind::Document, assets::Kind::Other})
            kinds << kindName(kind);
        return widest(kinds);
    }
    case Favourite:
        return favouriteMark();
    default:
        return {};
    }
}

AssetColumnsModel::AssetColumnsModel(ThumbnailModel *thumbs, QObject *parent)
    : QIdentityProxyModel(parent), m_thumbs(thumbs), m_files(thumbs->files()),
      m_facts(new assets::FactsCache(this)), m_readEntries(new QTimer(this))
{
    setSourceModel(thumbs);
    // Layout changes are handled here, keeping columns (see sourceLayoutAboutToBeChanged).
    const bool handed =
        disconnect(thumbs,
                   SIGNAL(layoutAboutToBeChanged(QList<QPersistentModelIndex>,
                                                 QAbstractItemModel::LayoutChangeHint)),
                   this,
                   SLOT(_q_sourceLayoutAboutToBeChanged(QList<QPersistentModelIndex>,
                                                        QAbstractItemModel::LayoutChangeHint))) &&
        disconnect(thumbs,
                   SIGNAL(layoutChanged(QList<QPersistentModelIndex>,
                                        QAbstractItemModel::LayoutChangeHint)),
                   this,
                   SLOT(_q_sourceLayoutChanged(QList<QPersistentModelIndex>,
                                               QAbstractItemModel::LayoutChangeHint)));
    Q_ASSERT(handed);
    Q_UNUSED(handed);
    connect(thumbs, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &AssetColumnsModel::sourceLayoutAboutToBeChanged);
    connect(thumbs, &QAbstractItemModel::layoutChanged, this,
            &AssetColumnsModel::sourceLayoutChanged);
    connect(m_facts, &assets::FactsCache::ready, this, &AssetColumnsModel::factsReady);
    // A file changed (the folder model's change has no roles; thumbnails name theirs).
    connect(thumbs, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                if (!roles.isEmpty()) return;
                for (int row = from.row(); row <= to.row(); ++row) {
                    const QModelIndex file =
                        m_thumbs->mapToSource(m_thumbs->index(row, 0, from.parent()));
                    if (m_files->isDir(file)) continue;
                    const QString path = m_files->filePath(file);
                    m_facts->forget(path);
                    m_factRows.insert(path); // announced again once read
                    m_facts->facts(path);
                }
            });
    // The badges' library data: asked for once per turn of the event loop (a paint or scroll
    // step), for the files painted in it.
    m_readEntries->setSingleShot(true);
    m_readEntries->setInterval(0);
    connect(m_readEntries, &QTimer::timeout, this, &AssetColumnsModel::readEntries);
}

AssetColumnsModel::~AssetColumnsModel() = default;

void AssetColumnsModel::sourceLayoutAboutToBeChanged(const QList<QPersistentModelIndex> &parents,
                                                     QAbstractItemModel::LayoutChangeHint hint)
{
    QList<QPersistentModelIndex> ours;
    for (const QPersistentModelIndex &parent : parents)
        ours << mapFromSource(parent);
    Q_EMIT layoutAboutToBeChanged(ours, hint);
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    for (const QModelIndex &proxy : std::as_const(m_layoutProxy))
        m_layoutSource << QPersistentModelIndex(mapToSource(proxy));
}

void AssetColumnsModel::sourceLayoutChanged(const QList<QPersistentModelIndex> &parents,
                                            QAbstractItemModel::LayoutChangeHint hint)
{
    // Each index goes back to its own column of the row its source item moved to.
    QModelIndexList moved;
    for (qsizetype i = 0; i < m_layoutProxy.size(); ++i) {
        const QModelIndex source = m_layoutSource.at(i);
        moved << (source.isValid()
                      ? mapFromSource(source).siblingAtColumn(m_layoutProxy.at(i).column())
                      : QModelIndex());
    }
    changePersistentIndexList(m_layoutProxy, moved);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    QList<QPersistentModelIndex> ours;
    for (const QPersistentModelIndex &parent : parents)
        ours << mapFromSource(parent);
    Q_EMIT layoutChanged(ours, hint);
}

void AssetColumnsModel::setRoot(const QModelIndex &filesRoot)
{
    m_facts->dropQueued();
    m_factRows.clear();
    m_root = filesRoot;
}

int AssetColumnsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex AssetColumnsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < kFileColumns) return QIdentityProxyModel::index(row, column, parent);
    if (column >= ColumnCount) return {};
    // Our columns share the name column's source item.
    const QModelIndex first = QIdentityProxyModel::index(row, 0, parent);
    return first.isValid() ? createIndex(row, column, first.internalPointer()) : QModelIndex();
}

QModelIndex AssetColumnsModel::sibling(int row, int column, const QModelIndex &index) const
{
    return this->index(row, column, parent(index));
}

QModelIndex AssetColumnsModel::mapToSource(const QModelIndex &proxy) const
{
    if (proxy.isValid() && proxy.column() >= kFileColumns)
        return createSourceIndex(proxy.row(), 0, proxy.internalPointer());
    return QIdentityProxyModel::mapToSource(proxy);
}

Qt::ItemFlags AssetColumnsModel::flags(const QModelIndex &index) const
{
    return QIdentityProxyModel::flags(index.column() < kFileColumns ? index
                                                                    : index.siblingAtColumn(0));
}

QVariant AssetColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) return columnTitle(section);
    return QIdentityProxyModel::headerData(section, orientation, role);
}

const catalog::Entry &AssetColumnsModel::entry(const QString &path) const
{
    auto it = m_entries.find(path);
    if (it == m_entries.end()) {
        catalog::Entry fresh; // not in the catalogue: nothing set
        if (m_catalog) fresh = m_catalog->entry(path).value_or(fresh);
        it = m_entries.insert(path, fresh);
    }
    return it.value();
}

const catalog::Entry &AssetColumnsModel::badgeEntry(const QString &path) const
{
    if (const auto it = m_entries.constFind(path); it != m_entries.cend()) return *it;
    static const catalog::Entry none;
    if (!m_catalog) return none;
    if (!m_entryRows.contains(path)) {
        m_entryRows.insert(path);
        m_entryWanted << path;
        if (!m_readEntries->isActive()) m_readEntries->start();
    }
    // Until read again after a change, what it held before (no flicker of the badges).
    const auto stale = m_stale.constFind(path);
    return stale == m_stale.cend() ? none : *stale;
}

void AssetColumnsModel::readEntries()
{
    const QStringList paths = std::exchange(m_entryWanted, {});
    if (paths.isEmpty() || !m_catalog) return;
    const int generation = m_entryGeneration;
    const QString file = m_catalog->file();
    if (!catalog::Catalog::shareable(file)) {
        QList<catalog::Entry> read;
        for (const QString &path : paths)
            read << m_catalog->entry(path).value_or(catalog::Entry{});
        entriesRead(generation, paths, read);
        return;
    }
    // A file that cannot be read gives empty entries: shown as unrated, not asked again.
    m_entryReader.read(file, paths, [this, generation, paths](const QList<catalog::Entry> &read) {
        QMetaObject::invokeMethod(
            this, [this, generation, paths, read] { entriesRead(generation, paths, read); },
            Qt::QueuedConnection);
    });
}

void AssetColumnsModel::entriesRead(int generation, const QStringList &paths,
                                    const QList<catalog::Entry> &read)
{
    if (generation != m_entryGeneration) return; // the catalogue changed since: asked again
    for (qsizetype i = 0; i < paths.size(); ++i) {
        m_entries.insert(paths[i], read[i]);
        m_stale.remove(paths[i]);
    }
    announce(paths, m_entryRows, 0, {RatingRole, LabelRole, FavouriteRole});
}

void AssetColumnsModel::refreshLibrary(const QList<int> &shownRows)
{
    // Kept for the badges until read again; the list's cells and sorting read at once. The
    // smaller table goes into the larger: after a scroll through 100,000 files, copying every
    // entry took 87 ms of the GUI thread (measured alone), the step of 96 ms seen in the scroll.
    if (m_stale.size() > m_entries.size()) {
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
            m_stale.insert(it.key(), it.value());
        m_entries.clear();
    } else {
        for (auto it = m_stale.cbegin(); it != m_stale.cend(); ++it)
            if (!m_entries.contains(it.key())) m_entries.insert(it.key(), it.value());
        m_stale = std::exchange(m_entries, {});
    }
    m_entryRows.clear();
    m_entryWanted.clear();
    ++m_entryGeneration;
    const QModelIndex root = mapFromSource(m_thumbs->mapFromSource(m_root));
    for (const int row : shownRows)
        Q_EMIT dataChanged(index(row, 0, root), index(row, ColumnCount - 1, root));
}

bool AssetColumnsModel::isLibraryColumn(int column)
{
    return column == Rating || column == Label || column == Favourite || column == Tags;
}

QVariant AssetColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) return {};
    const int column = index.column();
    const bool ours = column >= kFileColumns;
    const bool libraryRole = role >= SortRole && role <= DurationRole;
    if (!ours && !libraryRole) return QIdentityProxyModel::data(index, role);
    const QModelIndex file = m_thumbs->mapToSource(mapToSource(index));
    const bool dir = m_files->isDir(file);
    if (role == IsDirRole) return dir;
    if (dir)
        return column == AssetKind && role == Qt::DisplayRole ? kindName(assets::Kind::Folder)
                                                              : QVariant();
    const QString path = m_files->filePath(file);
    if (!m_facts->known(path)) m_factRows.insert(path);
    switch (role) {
    case Qt::DisplayRole:
        return ours ? displayed(column, path) : QVariant();
    case Qt::DecorationRole:
        if (column == Label) {
            const QColor colour = labelColour(entry(path).label);
            return colour.isValid() ? QVariant(colour) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == Dimensions || column == Duration || column == Pages
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case SortRole:
        return sortValue(column, path);
    case RatingRole:
        return badgeEntry(path).rating;
    case LabelRole:
        return badgeEntry(path).label;
    case FavouriteRole:
        return badgeEntry(path).favourite;
    case PagesRole:
        if (const assets::AssetFacts *f = m_facts->facts(path); f && f->pages > 0) return f->pages;
        return {};
    case SuffixRole:
        return m_files->fileInfo(file).suffix().toUpper();
    case DurationRole:
        return displayed(Duration, path);
    default:
        return {};
    }
}

QVariant AssetColumnsModel::displayed(int column, const QString &path) const
{
    const QLocale locale;
    switch (column) {
    case Rating: {
        const int stars = entry(path).rating;
        return stars > 0 ? QString(stars, QChar(0x2605)) : QString();
    }
    case Label: {
        const int label = entry(path).label;
        return label > 0 ? labelName(label) : QString();
    }
    case Favourite:
        return entry(path).favourite ? favouriteMark() : QString();
    case Tags:
        return entry(path).tags.join(QLatin1String(", "));
    default:
        break;
    }
    const assets::AssetFacts *f = m_facts->facts(path);
    if (!f) return {};
    switch (column) {
    case Dimensions:
        return dimensionsText(*f);
    case Taken:
        return f->taken.isValid() ? locale.toString(f->taken, QLocale::ShortFormat) : QString();
    case Camera:
        return f->camera;
    case Duration:
        return durationText(f->seconds);
    case Pages:
        return f->pages > 0 ? locale.toString(f->pages) : QString();
    case AssetKind:
        return kindName(f->kind);
    default:
        return {};
    }
}

QString AssetColumnsModel::dimensionsText(const assets::AssetFacts &facts)
{
    // The unit is said for pages only: the Inspector names both, and a page is not pixels.
    if (facts.pageSize.isValid())
        return tr("%1 × %2 pt").arg(facts.pageSize.width()).arg(facts.pageSize.height());
    return facts.size.isValid() ? tr("%1 × %2").arg(facts.size.width()).arg(facts.size.height())
                                : QString();
}

qint64 AssetColumnsModel::dimensionsArea(const assets::AssetFacts &facts)
{
    const QSize size = facts.pageSize.isValid() ? facts.pageSize : facts.size;
    return size.isValid() ? qint64(size.width()) * size.height() : 0;
}

QVariant AssetColumnsModel::sortValue(int column, const QString &path) const
{
    switch (column) {
    case Rating:
        return entry(path).rating;
    case Label:
        return entry(path).label;
    case Favourite:
        return int(entry(path).favourite);
    case Tags: { // untagged files last, as unknown values
        const QStringList &tags = entry(path).tags;
        return tags.isEmpty() ? QVariant() : QVariant(tags.join(QLatin1Char(' ')).toLower());
    }
    default:
        break;
    }
    const assets::AssetFacts *f = m_facts->facts(path);
    if (!f) return {};
    switch (column) {
    case Dimensions:
        return dimensionsArea(*f) > 0 ? QVariant(dimensionsArea(*f)) : QVariant();
    case Taken:
        return f->taken.isValid() ? QVariant(f->taken) : QVariant();
    case Camera:
        return f->camera.isEmpty() ? QVariant() : QVariant(f->camera);
    case Duration:
        return f->seconds > 0 ? QVariant(f->seconds) : QVariant();
    case Pages:
        return f->pages > 0 ? QVariant(f->pages) : QVariant();
    case AssetKind:
        return kindName(f->kind);
    default:
        return {};
    }
}

void AssetColumnsModel::factsReady(const QStringList &paths)
{
    announce(paths, m_factRows, ColumnCount - 1, {});
}

void AssetColumnsModel::announce(const QStringList &paths, QSet<QString> &rows, int lastColumn,
                                 const QList<int> &roles)
{
    // One change per run of neighbouring rows, so a sorted view moves them in one go. Not one
    // change from the first row to the last: once the folder has sorted, the rows asked for
    // lie far apart, and a change over the rows between took the sort proxy and the views
    // through thousands of rows that had not changed.
    QHash<QPersistentModelIndex, QList<int>> byParent;
    for (const QString &path : paths) {
        if (!rows.remove(path)) continue;              // asked for in a folder shown before
        const QModelIndex file = m_files->index(path); // where it is now
        const QModelIndex index = mapFromSource(m_thumbs->mapFromSource(file));
        if (index.isValid()) byParent[index.parent()] << index.row();
    }
    for (auto it = byParent.begin(); it != byParent.end(); ++it) {
        QList<int> &changed = it.value();
        std::sort(changed.begin(), changed.end());
        for (qsizetype i = 0; i < changed.size();) {
            qsizetype j = i;
            while (j + 1 < changed.size() && changed[j + 1] <= changed[j] + 1)
                ++j;
            Q_EMIT dataChanged(index(changed[i], 0, it.key()),
                               index(changed[j], lastColumn, it.key()), roles);
            i = j + 1;
        }
    }
}

bool AssetColumnsModel::isDir(const QModelIndex &index) const
{
    return m_files->isDir(m_thumbs->mapToSource(mapToSource(index)));
}

bool AssetColumnsModel::factsComplete() const
{
    const QModelIndex root = mapFromSource(m_thumbs->mapFromSource(m_root));
    for (int row = 0; row < rowCount(root); ++row) {
        const QModelIndex file = m_thumbs->mapToSource(mapToSource(index(row, 0, root)));
        if (!m_files->isDir(file) && !m_facts->known(m_files->filePath(file))) return false;
    }
    return true;
}

int AssetColumnsModel::factsPending() const
{
    return m_facts->pending();
}

AssetSortModel::AssetSortModel(AssetColumnsModel *columns, QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(files::naturalCollator())
{
    setSourceModel(columns);
    setSortRole(AssetColumnsModel::SortRole);
    setDynamicSortFilter(true);
}

void AssetSortModel::sort(int column, Qt::SortOrder order)
{
    m_column = column;
    if (column >= kFileColumns) {
        QSortFilterProxyModel::sort(column, order);
        return;
    }
    // The folder model's order as it is (it sorts in the background, folders first): sorting
    // 100,000 rows again here held the GUI thread for most of a second.
    QSortFilterProxyModel::sort(-1, order);
    sourceModel()->sort(column, order);
}

bool AssetSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Descending sorts call lessThan(right, left): each answer is given for the direction shown,
    // so folders come first either way.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const auto *columns = static_cast<const AssetColumnsModel *>(sourceModel());
    const bool leftDir = columns->isDir(left);
    const bool rightDir = columns->isDir(right);
    if (leftDir != rightDir) return leftDir == ascending;
    // Shown A to Z whatever the direction: used for folders, which are always by name (most
    // columns have no value for them), and for files of equal value.
    const auto byName = [&] {
        const int order = m_collator.compare(left.siblingAtColumn(0).data().toString(),
                                             right.siblingAtColumn(0).data().toString());
        return ascending ? order < 0 : order > 0;
    };
    if (leftDir) return byName();
    const QVariant a = left.data(AssetColumnsModel::SortRole);
    const QVariant b = right.data(AssetColumnsModel::SortRole);
    // Unknown values (folders, files not read yet) go last whichever the direction.
    if (a.isNull() != b.isNull()) return a.isNull() == (sortOrder() == Qt::DescendingOrder);
    if (!a.isNull()) {
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less) return true;
        if (order == QPartialOrdering::Greater) return false;
    }
    return byName(); // equal: so the order is stable
}

} // namespace ad::ui
