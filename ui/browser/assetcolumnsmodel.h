#pragma once

// The folder's files with the columns a librarian sorts by: the folder model's own (name, size,
// type, modified) followed by dimensions, date taken, camera, rating, label, duration, pages,
// kind, favourite and tags. Library data (rating, label, favourite, tags) comes from the
// catalogue, the rest from a FactsCache; both are read once per file and kept, never per paint. The
// same values are roles on the name column, for the grid's badges.

#include <QCollator>
#include <QHash>
#include <QIdentityProxyModel>
#include <QSet>
#include <QSortFilterProxyModel>
#include <memory>

#include "assets/assetfacts.h"
#include "catalog/catalog.h"
#include "catalog/entryreader.h"

class QTimer;

namespace ad::assets
{
class FactsCache;
}

namespace ad::ui
{

class FolderModel;
class ThumbnailModel;

class AssetColumnsModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    // The folder model's columns keep their numbers; ours follow.
    enum Column {
        Name = 0,
        Size = 1,
        Type = 2,
        Modified = 3,
        Dimensions = 4,
        Taken,
        Camera,
        Rating,
        Label,
        Duration,
        Pages,
        AssetKind,
        Favourite,
        Tags,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 200, // the column's value to sort by; null while unknown
        RatingRole,                    // int 0-5
        LabelRole,                     // int, 0 = none
        FavouriteRole,                 // bool
        PagesRole,                     // int, documents; null while unknown
        SuffixRole,                    // the file type as shown on a badge ("JPG")
        IsDirRole,                     // bool
        DurationRole,                  // a clip's length as its badge shows it ("1:05")
    };

    AssetColumnsModel(ThumbnailModel *thumbs, QObject *parent = nullptr);
    ~AssetColumnsModel() override;
    void setCatalog(catalog::Catalog *catalog) { m_catalog = catalog; }
    // The folder shown, as an index of the folder model (facts are fetched for its files).
    void setRoot(const QModelIndex &filesRoot);
    // Ratings, labels or favourites changed in the catalogue: read them again, at once for
    // `shownRows` (the rows on screen), the others when they are next shown.
    void refreshLibrary(const QList<int> &shownRows = {});
    static bool isLibraryColumn(int column);    // its values come from the catalogue
    bool isDir(const QModelIndex &index) const; // without a call to data()
    // Every file of the shown folder has its facts (for tests and sorting).
    bool factsComplete() const;
    int factsPending() const;

    static QString labelName(int label);
    static QString durationText(double seconds); // "1:05", "1:02:03"; empty for none
    static QString kindName(assets::Kind kind);  // the Kind column's words
    static QString favouriteMark();              // the Favourite column's
    // "600 × 400", or a PDF's page "595 × 842 pt"; empty for none. Sorted by area.
    static QString dimensionsText(const assets::AssetFacts &facts);
    static qint64 dimensionsArea(const assets::AssetFacts &facts);
    static QColor labelColour(int label);
    static QString columnTitle(int column);
    // The widest value a column usually shows, in the interface language (the latest date, five
    // stars, the longest label); empty where only the files can tell (name, type).
    static QString widestValue(int column);

    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxy) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const catalog::Entry &entry(const QString &path) const;
    // For the grid's badges: what is kept, else read in the background with the other files
    // painted in the same step (their rows change when it arrives); until then what it held
    // before a refresh, or nothing. Never a catalogue query per painted file.
    const catalog::Entry &badgeEntry(const QString &path) const;
    void readEntries();
    void entriesRead(int generation, const QStringList &paths, const QList<catalog::Entry> &read);
    // dataChanged over the rows of those `paths` that were asked for (taken out of `rows`),
    // columns 0 to `lastColumn`.
    void announce(const QStringList &paths, QSet<QString> &rows, int lastColumn,
                  const QList<int> &roles);
    QVariant displayed(int column, const QString &path) const;
    QVariant sortValue(int column, const QString &path) const;
    void factsReady(const QStringList &paths);
    // QIdentityProxyModel keeps persistent indexes across a source layout change by mapping
    // them to the source and back, which would move every index of our columns to column 0
    // (they share its source item): selections and the current index then lose their column.
    void sourceLayoutAboutToBeChanged(const QList<QPersistentModelIndex> &parents,
                                      QAbstractItemModel::LayoutChangeHint hint);
    void sourceLayoutChanged(const QList<QPersistentModelIndex> &parents,
                             QAbstractItemModel::LayoutChangeHint hint);

    ThumbnailModel *m_thumbs;
    FolderModel *m_files;
    assets::FactsCache *m_facts;
    catalog::Catalog *m_catalog = nullptr;
    QPersistentModelIndex m_root;
    mutable QHash<QString, catalog::Entry> m_entries;
    mutable QSet<QString> m_factRows;               // files whose facts are awaited
    mutable QHash<QString, catalog::Entry> m_stale; // m_entries before refreshLibrary()
    mutable QSet<QString> m_entryRows;              // files whose entries are awaited
    mutable QStringList m_entryWanted;              // of those, not yet handed to the worker
    QTimer *m_readEntries;
    int m_entryGeneration = 0;          // refreshLibrary() drops reads begun before it
    catalog::EntryReader m_entryReader; // the badges' entries, off the GUI thread
    // During a source layout change: our persistent indexes, their source items and columns.
    QModelIndexList m_layoutProxy;
    QList<QPersistentModelIndex> m_layoutSource;
};

// Folders first in either direction, as file managers list them. The folder model's own
// columns (name, size, type, modified) are sorted there, off the GUI thread, and kept in its
// order here; ours sort here by the known values: files whose value is not read yet go last and
// move into place as their facts arrive.
class AssetSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AssetSortModel(AssetColumnsModel *columns, QObject *parent = nullptr);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortedColumn() const { return m_column; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
    int m_column = 0;
};

} // namespace ad::ui
