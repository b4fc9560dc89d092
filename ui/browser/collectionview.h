#pragma once

// A collection's members in the content area, from any folder or bucket: thumbnails and badges
// as the folder grid has them (the same thumbnail loader, a clip's chosen cover included, and the
// same facts for a clip's length or a document's pages), the selection followed by the preview
// and the Inspector like the grid's.

#include "catalog/collections.h"
#include "imaging/thumbnailloader.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

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
    QListWidget *list() const { return m_list; }
    void setCoverLookup(imaging::ThumbnailLoader::CoverLookup lookup);
    void refreshThumbnail(const QString &path); // a member's cover changed

Q_SIGNALS:
    void selectionChanged(const QStringList &paths);
    void fileActivated(const QString &path);
    void membersChanged(qint64 id);

private:
    void contextMenu(const QPoint &pos);
    QList<QListWidgetItem *> itemsOf(const QString &path) const;
    void showFacts(QListWidgetItem *item);

    QLabel *m_title;
    QListWidget *m_list;
    imaging::ThumbnailLoader *m_thumbs;
    class FactsCache *m_facts;
    catalog::CollectionStore *m_store = nullptr;
    qint64 m_id = 0;
};

} // namespace ad::ui
