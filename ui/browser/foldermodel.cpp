#include "browser/foldermodel.h"

#include <QDateTime>
#include <QDir>
#include <QFileSystemWatcher>
#include <QGuiApplication>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

namespace ad::ui
{

namespace
{
constexpr int kColumns = 4; // name, size, type, date modified
// Past this many runs of rows inserted or removed, one layout change costs the proxies and
// views less than a signal per run (each walks the rows after it).
constexpr int kMaxRuns = 32;
// A burst of changes in the folder (a copy of many files) lists it once per this many ms.
constexpr int kChangeDelayMs = 200;
} // namespace

FolderModel::FolderModel(QObject *parent)
    : QAbstractItemModel(parent), m_watcher(new QFileSystemWatcher(this))
{
    m_changed.setSingleShot(true);
    m_changed.setInterval(kChangeDelayMs);
    connect(&m_changed, &QTimer::timeout, this, [this] { list(true); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_changed.isActive()) m_changed.start();
    });
    // Back from another program (an editor that wrote a file in place): read the folder again.
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive) reread();
            });
    connect(&m_job, &QFutureWatcher<files::FolderListing>::finished, this, [this] {
        if (m_job.future().isValid() && m_job.future().resultCount() > 0) take(m_job.result());
    });
}

FolderModel::~FolderModel() = default;

void FolderModel::setRootPath(const QString &folder)
{
    const QString clean = QDir::cleanPath(folder);
    if (clean == m_folder) {
        list(true); // opened again: what changed since, keeping the rows and the selection
        return;
    }
    beginResetModel();
    ++m_generation;
    m_folder = clean;
    m_all.clear();
    m_shown.clear();
    m_rowOf.clear();
    m_running = m_again = m_againRead = false;
    endResetModel();
    if (!m_watcher->directories().isEmpty()) m_watcher->removePaths(m_watcher->directories());
    if (!m_folder.isEmpty()) m_watcher->addPath(m_folder);
    m_changed.stop();
    list(true);
}

void FolderModel::reread()
{
    if (!m_folder.isEmpty() && !m_changed.isActive()) m_changed.start();
}

void FolderModel::showOnly(const std::optional<QSet<QString>> &names)
{
    m_only = names;
    list(false);
}

void FolderModel::sort(int column, Qt::SortOrder order)
{
    const auto wanted = files::FolderColumn(std::clamp(column, 0, kColumns - 1));
    if (wanted == m_column && order == m_order) return;
    m_column = wanted;
    m_order = order;
    list(false);
}

void FolderModel::list(bool read)
{
    if (m_folder.isEmpty()) return;
    if (m_running) {
        m_again = true;
        m_againRead = m_againRead || read;
        return;
    }
    m_running = true;
    m_jobGeneration = m_generation;
    m_jobRead = read;
    m_jobColumn = m_column;
    m_jobOrder = m_order;
    files::FolderRequest request;
    request.folder = m_folder;
    request.column = m_column;
    request.order = m_order;
    request.only = m_only;
    request.read = read;
    request.all = m_all;     // shared with the worker, not copied
    request.shown = m_shown; // likewise
    m_job.setFuture(files::makeListingAsync(std::move(request)));
}

void FolderModel::take(files::FolderListing listing)
{
    if (m_jobGeneration != m_generation) return; // another folder since; its own is on its way
    m_running = false;
    const files::FolderChange &change = listing.change;
    // No rows yet are in every order: a folder's first rows arrive as inserted.
    const bool sorted =
        !m_shown.isEmpty() && (m_jobColumn != m_shownColumn || m_jobOrder != m_shownOrder);
    if (sorted || change.runs() > kMaxRuns) {
        // One step: persistent indexes (the selection, rows awaiting thumbnails) follow their
        // names; those gone become invalid.
        Q_EMIT layoutAboutToBeChanged();
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before) {
            const int row = index.row() < m_shown.size()
                                ? listing.rowOf.value(m_shown.at(index.row()).name, -1)
                                : -1;
            after << (row < 0 ? QModelIndex() : createIndex(row, index.column()));
        }
        m_shown = listing.shown;
        m_rowOf = std::move(listing.rowOf);
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged();
    } else {
        // Removed from the end, so the rows still to remove keep their numbers; then inserted
        // in order, each landing after what is already in place.
        const QList<int> &gone = change.removed;
        for (qsizetype end = gone.size(); end > 0;) {
            qsizetype start = end - 1;
            while (start > 0 && gone[start - 1] == gone[start] - 1)
                --start;
            beginRemoveRows({}, gone[start], gone[end - 1]);
            m_shown.remove(gone[start], end - start);
            endRemoveRows();
            end = start;
        }
        const QList<int> &added = change.inserted;
        for (qsizetype start = 0; start < added.size();) {
            qsizetype end = start + 1;
            while (end < added.size() && added[end] == added[end - 1] + 1)
                ++end;
            const int first = added[start], count = int(end - start);
            beginInsertRows({}, first, first + count - 1);
            m_shown = m_shown.isEmpty() && count == listing.shown.size()
                          ? listing.shown
                          : m_shown.first(first) + listing.shown.mid(first, count) +
                                m_shown.sliced(first);
            endInsertRows();
            start = end;
        }
        m_shown = listing.shown; // equal by now; shares the listing's storage
        m_rowOf = std::move(listing.rowOf);
        for (const int row : change.changed)
            Q_EMIT dataChanged(index(row, 0), index(row, kColumns - 1));
    }
    m_all = std::move(listing.all);
    m_shownColumn = m_jobColumn;
    m_shownOrder = m_jobOrder;
    if (m_jobRead) Q_EMIT directoryLoaded(m_folder);
    if (std::exchange(m_again, false)) list(std::exchange(m_againRead, false));
}

QModelIndex FolderModel::index(const QString &path, int column) const
{
    const QString clean = QDir::cleanPath(path);
    const qsizetype slash = clean.lastIndexOf(QLatin1Char('/'));
    if (slash < 0) return {};
    const QString folder = slash == 0 ? QStringLiteral("/") : clean.left(slash);
    if (folder != m_folder) return {};
    const QString name = clean.mid(slash + 1);
    const int row = m_rowOf.value(name, -1);
    // The names' rows are replaced with the rows themselves; in between, a stale row is no row.
    if (row < 0 || row >= m_shown.size() || m_shown.at(row).name != name) return {};
    return createIndex(row, column);
}

const files::FolderEntry *FolderModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_shown.size()) return nullptr;
    return &m_shown.at(index.row());
}

QString FolderModel::fileName(const QModelIndex &index) const
{
    const files::FolderEntry *e = entry(index);
    return e ? e->name : QString();
}

QString FolderModel::filePath(const QModelIndex &index) const
{
    const files::FolderEntry *e = entry(index);
    if (!e) return {};
    return m_folder.endsWith(QLatin1Char('/')) ? m_folder + e->name
                                               : m_folder + QLatin1Char('/') + e->name;
}

bool FolderModel::isDir(const QModelIndex &index) const
{
    const files::FolderEntry *e = entry(index);
    return e && e->dir;
}

qint64 FolderModel::size(const QModelIndex &index) const
{
    const files::FolderEntry *e = entry(index);
    return e ? e->size : 0;
}

QDateTime FolderModel::lastModified(const QModelIndex &index) const
{
    const files::FolderEntry *e = entry(index);
    return e ? QDateTime::fromMSecsSinceEpoch(e->modifiedMs) : QDateTime();
}

QModelIndex FolderModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_shown.size() || column < 0 || column >= kColumns)
        return {};
    return createIndex(row, column);
}

QModelIndex FolderModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex FolderModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int FolderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int FolderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

bool FolderModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.isEmpty();
}

Qt::ItemFlags FolderModel::flags(const QModelIndex &index) const
{
    if (!entry(index)) return Qt::NoItemFlags;
    // Read-only, flat: rows drag out as URLs and never expand.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QMimeType FolderModel::typeOf(const files::FolderEntry &e) const
{
    if (e.dir || e.symlink) return {};
    const QList<QMimeType> types = m_mimes.mimeTypesForFileName(e.name);
    return types.size() == 1 ? types.first() : QMimeType();
}

QString FolderModel::typeKey(const files::FolderEntry &e, const QMimeType &mime)
{
    return e.dir && !e.symlink ? QStringLiteral("/folder") : mime.name();
}

QIcon FolderModel::icon(const files::FolderEntry &e) const
{
    // One icon per type, from Qt's provider for the first file of it; a file whose name does
    // not decide its type (or a link) is asked of the provider itself, which reads it.
    const QString key = typeKey(e, typeOf(e));
    const QFileInfo info(m_folder + QLatin1Char('/') + e.name);
    if (key.isEmpty()) return m_provider.icon(info);
    auto it = m_icons.find(key);
    if (it == m_icons.end()) it = m_icons.insert(key, m_provider.icon(info));
    return *it;
}

QString FolderModel::type(const files::FolderEntry &e) const
{
    const QMimeType mime = typeOf(e);
    const QString key = typeKey(e, mime);
    const QFileInfo info(m_folder + QLatin1Char('/') + e.name);
    if (key.isEmpty()) return m_provider.type(info);
    auto it = m_types.find(key);
    if (it == m_types.end())
        it = m_types.insert(key, !mime.isValid()            ? m_provider.type(info)
                                 : mime.comment().isEmpty() ? mime.name()
                                                            : mime.comment());
    return *it;
}

QVariant FolderModel::data(const QModelIndex &index, int role) const
{
    const files::FolderEntry *e = entry(index);
    if (!e) return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case 0:
            return e->name;
        case 1:
            return e->dir ? QString() : QLocale().formattedDataSize(e->size);
        case 2:
            return type(*e);
        default:
            return QLocale().toString(lastModified(index), QLocale::ShortFormat);
        }
    case Qt::DecorationRole:
        return index.column() == 0 ? QVariant(icon(*e)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == 1 ? QVariant(Qt::AlignTrailing | Qt::AlignVCenter) : QVariant();
    case FilePathRole:
        return filePath(index);
    default:
        return {};
    }
}

QStringList FolderModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

QMimeData *FolderModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QUrl> urls;
    for (const QModelIndex &index : indexes)
        if (index.column() == 0 && entry(index)) urls << QUrl::fromLocalFile(filePath(index));
    auto *data = new QMimeData;
    data->setUrls(urls);
    return data;
}

} // namespace ad::ui
