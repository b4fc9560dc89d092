#pragma once

// A collection's members in the content area, from any folder or bucket: thumbnails and badges
// as the folder grid has them (the same thumbnail loader, a clip's chosen cover included, and the
// same facts for a clip's length or a document's pages), or a list with the folder list's
// columns (those the user chose there) and the member's folder, as View > Grid and List choose; the
// selection is followed by the preview and the Inspector like the grid's, and carried across a
// switch.

#include "browser/contentview.h"
#include "catalog/collections.h"
#include "imaging/thumbnailloader.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ad::assets
{
class FactsCache;
}

namespace ad::ui
{

class CollectionView : public QWidget
{
    Q_OBJECT
public:
    explicit CollectionView(QWidget *parent = nullptr);
    void setStore(catalog::CollectionStore *store) { m_store = store; }
    void showCollection(qint64 id); // again to refresh
    qint64 collectionId() const { return m_id; }
    QStringList members() const;
    QStringList selectedPaths() const;
    QListWidget *list() const { return m_list; }   // the grid
    QTreeWidget *table() const { return m_table; } // the list with columns
    void setMode(ContentView::Mode mode);
    ContentView::Mode mode() const;
    void setCoverLookup(imaging::ThumbnailLoader::CoverLookup lookup);
    void refreshThumbnail(const QString &path); // a member's cover changed
    void refreshLibrary();                      // ratings, labels or favourites changed: show them
    // The list's sort (a column of the folder list's, or the last, Folder); the grid shows the
    // members in the same order.
    void sortBy(int column, Qt::SortOrder order);
    QString sortText() const; // as ContentView::sortText() words it

Q_SIGNALS:
    void selectionChanged(const QStringList &paths);
    void fileActivated(const QString &path);
    void membersChanged(qint64 id);
    void columnsChosen(); // from the list header's menu, saved for the folder list too
    // The sort changed (from the list's header, or sortBy()).
    void sortChanged(int column, Qt::SortOrder order);

private:
    void contextMenu(QWidget *view, const QPoint &pos);
    QList<QListWidgetItem *> itemsOf(const QString &path) const;
    QList<QTreeWidgetItem *> rowsOf(const QString &path) const;
    void showFacts(QListWidgetItem *item);
    void showFacts(QTreeWidgetItem *row);
    void addRow(const QString &path, const QIcon &icon);
    void showLibrary(const QString &path); // rating, label, favourite and tags of a member
    void showChosenColumns();
    void showColumnMenu(const QPoint &at);
    void orderGridAsList();

    QLabel *m_title;
    QStackedWidget *m_views;
    QListWidget *m_list;
    QTreeWidget *m_table;
    imaging::ThumbnailLoader *m_thumbs;
    assets::FactsCache *m_facts;
    catalog::CollectionStore *m_store = nullptr;
    qint64 m_id = 0;
};

} // namespace ad::ui
