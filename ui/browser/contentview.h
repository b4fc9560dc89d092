#pragma once

// The content area: one folder's entries as an icon grid or a detailed list (same model).

#include <QHash>
#include <QStackedWidget>
#include <optional>

class QLabel;
class QListView;
class QTreeView;
class QAbstractItemView;

namespace ad::catalog
{
class Catalog;
}

namespace ad::ui
{

class ContentView : public QStackedWidget
{
    Q_OBJECT
public:
    enum class Mode { Grid, List };
    explicit ContentView(QWidget *parent = nullptr);
    ~ContentView() override;
    class ThumbnailModel *thumbnails() const { return m_thumbs; } // the grid's pictures

    void setFolder(const QString &folder);
    QString folder() const;
    // Reads the folder again: files changed in place get new thumbnails and facts.
    void reread();
    void setMode(Mode mode); // modeChanged() follows, so the toolbar can show it
    Mode mode() const;
    void setIconSize(int pixels);
    int entryCount() const;
    QStringList selectedPaths() const;
    void selectFirstFile();
    bool selectPath(const QString &path); // false when the path is not in the current folder
    // After a file operation: deselects selected files that are gone, and selects those of
    // `paths` in this folder, now or as soon as it lists them; forgotten when another folder
    // opens.
    void selectPlaced(const QStringList &paths);
    void clearSelection();
    int thumbnailsPending() const;
    // Shows only the entries with these names (folders too); an empty optional shows all.
    void showOnly(const std::optional<QStringList> &names);
    // While showOnly() hides files: how many entries the folder holds in all.
    std::optional<int> unfilteredCount() const;

    // Ratings, labels and favourites in the grid's badges and the list's columns.
    void setCatalog(catalog::Catalog *catalog);
    void refreshLibrary(); // the catalogue changed: show what it holds now
    // Selects the file `step` places after (or before) the first selected one, in view order.
    void selectRelative(int step);

    // Sorts by an AssetColumnsModel column: 0 name, 1 size, 2 type, 3 date modified,
    // 4 dimensions, 5 date taken, 7 rating, ...
    void sortBy(int column, Qt::SortOrder order);
    // "Sorted by Date Modified, descending": the sort in words, for the status bar, since the
    // grid has no header and the list's indicator scrolls away with its column.
    QString sortText() const;
    // The list's columns as saved (widths, order, shown, the sort); widths restored or dragged
    // are the user's and no longer follow what the folder shows.
    bool restoreListColumns(const QByteArray &state);
    // The columns the user hid in the list (from its header's menu); collections hide them too.
    static QList<int> hiddenColumns();
    void showChosenColumns(); // hiddenColumns() changed (in a collection's list)
    QListView *grid() const { return m_grid; }
    QTreeView *list() const { return m_list; }
    class AssetColumnsModel *columns() const { return m_columns; }
    class ThumbnailDelegate *delegate() const { return m_delegate; }
    // Cancels thumbnail requests of items no longer in view (runs every tenth of a second while
    // scrolling, and after it).
    void cancelInvisibleThumbnails();
    QStringList pendingThumbnails() const;
    QStringList shownNames() const; // the current folder's entries in view order
    QStringList shownFiles() const; // paths of the files in view, in view order
    // Every file in view has its thumbnail (or a type icon because it has none); false while
    // nothing is listed yet.
    bool visibleThumbnailsReady() const;

Q_SIGNALS:
    // Files dropped from outside: into `folder` (the current one, or a folder under the
    // pointer); `move` when the user asked for a move (Shift), else a copy.
    void filesDropped(const QStringList &paths, const QString &folder, bool move);
    // The selected paths, whenever they change: by the user, or because selected rows left
    // the view (another folder, a search, a rename, the trash). The one source for what the
    // preview and the Inspector show.
    void selectionChanged(const QStringList &paths);
    void fileActivated(const QString &path); // double-click or Enter on a file
    void folderOpened(const QString &folder);
    void entriesChanged(int count);
    void folderListed(const QString &folder); // the folder model read it (again)
    void modeChanged(ContentView::Mode mode);
    void sortChanged(); // sortText() changed

private:
    QAbstractItemView *activeView() const;
    void activate(const QModelIndex &index);
    bool eventFilter(QObject *watched, QEvent *event) override;
    std::pair<int, int> rowsOnScreen() const; // first and last, in view order; empty: {0, -1}
    QSet<QString> visibleFiles() const;
    void updateSelection();
    void selectPending();
    // The shown file that takes the place of `leaving` (files about to go from the view).
    QString neighbourOf(const QStringList &leaving) const;
    void rememberSelection(); // the folder's selection and current item, for when it is back
    QModelIndex toFiles(const QModelIndex &viewIndex) const;
    QModelIndex fromFiles(const QModelIndex &fileIndex) const;
    void showColumnMenu(const QPoint &at);
    void showColumn(int column, bool shown);
    // Widens the list's columns to their titles (with the sort arrow) and to the widest of a
    // usual value and the rows on screen, until the user sets widths; never narrows them.
    void fitColumns();
    // The words on an empty view: nothing matches the search or filter, or the folder is empty.
    void updateEmptyNote();

    class FolderModel *m_model;
    class ThumbnailModel *m_thumbs;
    class AssetColumnsModel *m_columns;
    class AssetSortModel *m_sorted;
    class ThumbnailDelegate *m_delegate;
    QListView *m_grid;
    QTreeView *m_list;
    QStringList m_selected;      // as last announced by selectionChanged
    QStringList m_pendingSelect; // for selectPlaced
    QString m_pendingCurrent;    // of m_pendingSelect, made current when selected
    struct Remembered {
        QStringList selected;
        QString current;
    };
    QHash<QString, Remembered> m_remembered; // by folder, restored when it shows again
    class QTimer *m_fitLater;     // fitColumns() once a burst of rows or facts has arrived
    bool m_fitting = false;       // the widths changing are ours, not the user's
    bool m_userWidths = false;    // dragged or restored: fitColumns() leaves them
    bool m_listed = false;        // the folder shown has been listed: empty means empty
    QList<QLabel *> m_emptyNotes; // one on each view's viewport
};

} // namespace ad::ui
