#pragma once

// The Sources dock: places (home, sample library, bookmarks, recent) above a folder tree.
// Saved cloud connections join the places list and open on their buckets. The tree is rooted
// at the place the shown folder is in (Home at first), not at the file system's root.

#include <QWidget>

class QFileSystemModel;
class QListWidget;
class QTreeView;

namespace ad::ui
{

class SourcesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesPanel(QWidget *parent = nullptr);
    void setLibraryFolder(const QString &folder);
    void showFolder(const QString &folder); // selects the folder in the tree without emitting
    void addBookmark(const QString &folder);
    void refreshConnections(); // after profiles were added or removed
    // Shows the collections between the places and the folder tree.
    void setCollections(class CollectionsPanel *panel);
    QString treeRoot() const;
    QListWidget *places() const { return m_places; }

Q_SIGNALS:
    void folderActivated(const QString &folder);

private:
    void rebuildPlaces();
    void setTreeRoot(const QString &folder);

    QListWidget *m_places;
    QTreeView *m_tree;
    QFileSystemModel *m_dirs;
    QString m_library;
};

} // namespace ad::ui
