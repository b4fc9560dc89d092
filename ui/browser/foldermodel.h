#pragma once

// The folder shown in the browser: one flat list of its entries with the columns name, size,
// type and date modified. Listing, filtering and sorting run in the core off the GUI thread
// (files::makeListingAsync); this model takes each result in one step: the rows inserted and
// removed when few change, else one layout change that keeps the selection by name. A watcher
// lists the folder again when its entries change. Per file it keeps a name, a size, a time and
// two flags, where QFileSystemModel kept a node with a QFileInfo, and sorted 100,000 rows on
// the GUI thread.

#include "files/folderlisting.h"

#include <QAbstractItemModel>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QMimeDatabase>
#include <QTimer>
#include <optional>

class QFileSystemWatcher;

namespace ad::ui
{

class FolderModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { FilePathRole = Qt::UserRole + 1 }; // as QFileSystemModel numbers it

    explicit FolderModel(QObject *parent = nullptr);
    ~FolderModel() override;

    // Shows `folder`: empty at once, its entries when they are listed (directoryLoaded).
    void setRootPath(const QString &folder);
    QString rootPath() const { return m_folder; }
    // Reads the folder again in the background; files changed in place (which the folder's
    // watcher does not report) come back as changed rows.
    void reread();
    // Only the entries with these names; an empty optional shows all.
    void showOnly(const std::optional<QSet<QString>> &names);

    QModelIndex index(const QString &path, int column = 0) const;
    QString filePath(const QModelIndex &index) const;
    QString fileName(const QModelIndex &index) const;
    QFileInfo fileInfo(const QModelIndex &index) const { return QFileInfo(filePath(index)); }
    bool isDir(const QModelIndex &index) const;
    qint64 size(const QModelIndex &index) const;
    QDateTime lastModified(const QModelIndex &index) const;
    // Entries of the folder, a search's hidden files included (sidecars and hidden files not).
    int allCount() const { return int(m_all.size()); }
    bool isFiltered() const { return m_only.has_value(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    // Sorts in the background; the rows move when it is done.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void directoryLoaded(const QString &folder); // each time it was read from disk

private:
    void list(bool read);
    void take(files::FolderListing listing);
    const files::FolderEntry *entry(const QModelIndex &index) const;
    QIcon icon(const files::FolderEntry &e) const;
    QString type(const files::FolderEntry &e) const;
    QMimeType typeOf(const files::FolderEntry &e) const; // from the name alone; else invalid
    // What entries of one type share an icon and a type text under; empty: the file tells.
    static QString typeKey(const files::FolderEntry &e, const QMimeType &mime);

    QString m_folder;
    QList<files::FolderEntry> m_all;   // every entry, sorted
    QList<files::FolderEntry> m_shown; // the rows (m_all unless a search hides files)
    QHash<QString, int> m_rowOf;       // of m_shown, by name
    files::FolderColumn m_column = files::FolderColumn::Name; // as asked
    Qt::SortOrder m_order = Qt::AscendingOrder;
    files::FolderColumn m_shownColumn = files::FolderColumn::Name; // as the rows are
    Qt::SortOrder m_shownOrder = Qt::AscendingOrder;
    std::optional<QSet<QString>> m_only;
    quint64 m_generation = 0; // a new folder drops listings of the one before
    bool m_running = false;   // one listing at a time: each compares with the rows it found
    bool m_again = false;     // asked for another once it is done
    bool m_againRead = false;
    QFutureWatcher<files::FolderListing> m_job; // the listing in the making, and what it was
    quint64 m_jobGeneration = 0;
    bool m_jobRead = false;
    files::FolderColumn m_jobColumn = files::FolderColumn::Name;
    Qt::SortOrder m_jobOrder = Qt::AscendingOrder;
    QFileSystemWatcher *m_watcher;
    QTimer m_changed; // a burst of changes lists once
    // Icons and type words per MIME type, made on the GUI thread for the rows painted.
    QFileIconProvider m_provider;
    QMimeDatabase m_mimes;
    mutable QHash<QString, QIcon> m_icons;
    mutable QHash<QString, QString> m_types;
};

} // namespace ad::ui
