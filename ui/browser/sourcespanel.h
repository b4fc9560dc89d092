#pragma once

// The Sources dock: places (home, sample library, bookmarks, recent) above a folder tree.
// Saved cloud connections join the places list and open on their buckets. The tree's top
// level is Home, the library and the bookmarked folders (whatever they hold), each opening on
// its subfolders; never the file system's root.

#include <QStringList>
#include <QWidget>

class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ad::ui
{

class SourcesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesPanel(QWidget *parent = nullptr);
    void setLibraryFolder(const QString &folder);
    // One source is selected across places, folders and collections: the one shown.
    void showFolder(const QString &folder);   // selects the folder in the tree without emitting
    void showBucket(const QString &location); // selects its connection in the places
    void showCollection(qint64 id);
    void addBookmark(const QString &folder);
    void refreshConnections(); // after profiles were added or removed
    // Shows the collections between the places and the folder tree.
    void setCollections(class CollectionsPanel *panel);
    QString treeRoot() const; // the top-level folder holding the folder shown
    QListWidget *places() const { return m_places; }
    QTreeWidget *folderTree() const { return m_tree; }

Q_SIGNALS:
    void folderActivated(const QString &folder);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void rebuildPlaces();
    void rebuildTree();
    QTreeWidgetItem *addTreeItem(QTreeWidgetItem *parent, const QString &label,
                                 const QString &path);
    void listSubfolders(QTreeWidgetItem *item);
    void clearTree();

    class CollectionsPanel *m_collections = nullptr;

    QListWidget *m_places;
    QTreeWidget *m_tree;
    QString m_library;
    QString m_outside;      // a folder shown that no place holds: a top-level item of its own
    QStringList m_treeTops; // the top level's folders, rebuilt only when they change
};

} // namespace ad::ui
