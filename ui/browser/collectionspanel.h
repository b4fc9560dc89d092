#pragma once

// Collections in the Sources dock: albums (filled by dropping files on them or with Add to
// Album) and smart collections (the filter bar's choice, saved). A context menu renames,
// deletes and exports them as a folder of links or copies.

#include "catalog/collections.h"

#include <QWidget>
#include <functional>

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace ad::ui
{

class CollectionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CollectionsPanel(QWidget *parent = nullptr);
    // The store to show; `currentFilter` gives the filter a new smart collection saves.
    void setStore(catalog::CollectionStore *store, std::function<catalog::Query()> currentFilter);
    void reload();
    void select(qint64 id); // 0: none
    QListWidget *list() const { return m_list; }
    qint64 createAlbum(const QString &name); // 0 with a message when refused
    qint64 createSmart(const QString &name); // from the current filter
    void addToAlbum(qint64 id, const QStringList &paths);
    // Into `folder` (made when missing); the folder it is in is remembered for the next export.
    void exportCollection(qint64 id, catalog::ExportMode mode, const QString &folder);
    // Where the export picker opens: the folder last exported into, else one outside the
    // members' folders and the library (as the other tools propose their outputs).
    QString proposedExportFolder(qint64 id) const;

Q_SIGNALS:
    void collectionActivated(qint64 id);
    void collectionChanged(qint64 id); // members, name or gone
    void exported(const QString &folder, int written, int skipped);
    void done(const QString &confirmation); // an album made or filled, a smart collection saved

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void contextMenu(const QPoint &pos);
    qint64 idAt(const QPoint &viewportPos) const;
    void warn(const QString &title, const QString &message);

    QListWidget *m_list;
    QToolButton *m_add;
    catalog::CollectionStore *m_store = nullptr;
    std::function<catalog::Query()> m_currentFilter;
};

} // namespace ad::ui
