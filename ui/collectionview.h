#pragma once

// A collection's members in the content area, from any folder or bucket: thumbnails made on
// the thread pool, the selection followed by the preview and the Inspector like the grid's.

#include "catalog/collections.h"

#include <QWidget>

class QLabel;
class QListWidget;

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

Q_SIGNALS:
    void selectionChanged(const QStringList &paths);
    void fileActivated(const QString &path);
    void membersChanged(qint64 id);

private:
    void contextMenu(const QPoint &pos);

    QLabel *m_title;
    QListWidget *m_list;
    catalog::CollectionStore *m_store = nullptr;
    qint64 m_id = 0;
    quint64 m_generation = 0; // thumbnails of an older listing are dropped
};

} // namespace ad::ui
