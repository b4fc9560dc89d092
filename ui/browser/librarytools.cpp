// MainWindow's librarian tools: Tools > Find Duplicates, collections (Sources and the content
// area) and Show on Map. Kept apart from mainwindow.cpp, which is long enough.

#include "browser/mainwindow.h"

#include "browser/assetcolumnsmodel.h"
#include "browser/collectionspanel.h"
#include "browser/collectionview.h"
#include "browser/contentview.h"
#include "browser/duplicateswindow.h"
#include "browser/filterbar.h"
#include "browser/namedialog.h"
#include "browser/sourcespanel.h"
#include "buckets/bucketview.h"
#include "catalog/collections.h"
#include "common/asyncrun.h"
#include "common/icons.h"
#include "imaging/geolocation.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ad::ui
{

void MainWindow::setUpLibraryTools(QVBoxLayout *contentLayout)
{
    m_collections = std::make_unique<catalog::CollectionStore>(*m_catalog);
    m_collectionView = new CollectionView(this);
    m_collectionView->setStore(m_collections.get());
    m_collectionView->setCoverLookup([this](const QString &path) { return coverSeconds(path); });
    m_collectionView->hide();
    contentLayout->addWidget(m_collectionView, 1);
    m_collectionsPanel = new CollectionsPanel(this);
    // A smart collection keeps the search words and the filter bar's choices, in every folder.
    m_collectionsPanel->setStore(m_collections.get(), [this] {
        catalog::Query q;
        q.text = m_search->text().trimmed();
        m_filterBar->apply(q);
        return q;
    });
    m_sources->setCollections(m_collectionsPanel);
    connect(m_collectionsPanel, &CollectionsPanel::collectionActivated, this,
            &MainWindow::showCollection);
    connect(m_collectionsPanel, &CollectionsPanel::collectionChanged, this, [this](qint64 id) {
        if (m_collectionView->isVisible() && m_collectionView->collectionId() == id)
            showCollection(id);
    });
    connect(m_collectionsPanel, &CollectionsPanel::exported, this,
            [this](const QString &folder, int written, int skipped) {
                statusBar()->showMessage(
                    skipped ? tr("%n file(s) exported to %1; %2 bucket object(s) left out", nullptr,
                                 written)
                                  .arg(folder)
                                  .arg(skipped)
                            : tr("%n file(s) exported to %1", nullptr, written).arg(folder),
                    8000);
            });
    connect(m_collectionsPanel, &CollectionsPanel::done, this,
            [this](const QString &confirmation) { statusBar()->showMessage(confirmation, 8000); });
    connect(m_collectionView, &CollectionView::columnsChosen, m_content,
            &ContentView::showChosenColumns);
    // A collection's header sorts the folder list too (and so the Sort By menu and the saved
    // sort), except by Folder, which only collections have.
    connect(m_collectionView, &CollectionView::sortChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (column < AssetColumnsModel::ColumnCount) m_content->sortBy(column, order);
                showSortStatus();
            });
    connect(m_collectionView, &CollectionView::selectionChanged, this, &MainWindow::showSelection);
    connect(m_collectionView, &CollectionView::selectionChanged, this, &MainWindow::updateStatus);
    // Rating keys, the Inspector and undo change members' stars and labels as in a folder.
    connect(m_undo, &QUndoStack::indexChanged, m_collectionView, &CollectionView::refreshLibrary);
    connect(m_collectionView, &CollectionView::fileActivated, this, [this](const QString &path) {
        if (QFileInfo::exists(path)) openViewer(path);
    });

    // U: Documents to Images has D in the same menu.
    m_findDuplicatesAction = new QAction(tr("Find D&uplicates…"), this);
    m_findDuplicatesAction->setObjectName(QStringLiteral("findDuplicatesAction"));
    setActionIcon(m_findDuplicatesAction, QStringLiteral("edit-copy"));
    connect(m_findDuplicatesAction, &QAction::triggered, this, [this] { openDuplicates(); });

    auto *addToAlbum = new QAction(tr("Add to &Album…"), this);
    addToAlbum->setObjectName(QStringLiteral("addToAlbumAction"));
    setActionIcon(addToAlbum, QStringLiteral("folder-pictures"));
    connect(addToAlbum, &QAction::triggered, this, [this] {
        const QStringList paths = selectedAssets();
        if (paths.isEmpty()) return;
        QStringList names;
        QList<qint64> ids;
        for (const catalog::Collection &c : m_collections->all())
            if (!c.smart()) {
                names << c.name;
                ids << c.id;
            }
        QInputDialog ask(this);
        ask.setObjectName(QStringLiteral("addToAlbumDialog"));
        ask.setWindowTitle(tr("Add to Album"));
        ask.setLabelText(tr("Add %n item(s) to the album (type a new name to make one):", nullptr,
                            int(paths.size())));
        ask.setComboBoxItems(names);
        ask.setComboBoxEditable(true);
        fitNameDialog(&ask);
        const QString name = ask.exec() == QDialog::Accepted ? ask.textValue() : QString();
        if (name.trimmed().isEmpty()) return;
        const qsizetype at = names.indexOf(name.trimmed());
        const qint64 id = at >= 0 ? ids[at] : m_collectionsPanel->createAlbum(name);
        if (id) m_collectionsPanel->addToAlbum(id, paths);
    });
    auto *showOnMap = new QAction(tr("Show on &Map"), this);
    showOnMap->setObjectName(QStringLiteral("showOnMapAction"));
    connect(showOnMap, &QAction::triggered, this, &MainWindow::showOnMap);
    m_collectionActions = {addToAlbum, showOnMap};
    m_content->addActions(m_collectionActions);
    m_collectionView->list()->addActions(m_collectionActions);
    m_collectionView->table()->addActions(m_collectionActions);
}

QStringList MainWindow::selectedAssets() const
{
    // Shown in the window, whether or not the window is on screen (minimised, or a menu's
    // action triggered before it shows).
    if (!m_collectionView->isHidden()) return m_collectionView->selectedPaths();
    if (!m_buckets->isHidden()) return m_buckets->selectedLocations();
    return m_content->selectedPaths();
}

void MainWindow::confirmLibraryEdit(const QString &confirmation, const QStringList &paths)
{
    QString text = confirmation;
    // A member rated or labelled out of a smart collection stays in view until the collection
    // is shown again (undo brings it back); the user is told it no longer belongs.
    const auto c = m_collectionView->isHidden()
                       ? std::nullopt
                       : m_collections->collection(m_collectionView->collectionId());
    if (c && c->smart()) {
        const QStringList now = m_collections->members(c->id);
        const QSet<QString> members(now.begin(), now.end());
        const auto leaving = std::count_if(paths.begin(), paths.end(), [&](const QString &path) {
            return !members.contains(path) &&
                   !members.contains(QFileInfo(path).canonicalFilePath());
        });
        if (leaving > 0)
            text = tr("%1; %n item(s) no longer match “%2” and leave it when it is shown again",
                      nullptr, int(leaving))
                       .arg(confirmation, c->name);
    }
    statusBar()->showMessage(text, 8000);
}

DuplicatesWindow *MainWindow::openDuplicates()
{
    if (!m_duplicates) {
        m_duplicates = new DuplicatesWindow(m_catalog, m_undo, this);
        m_duplicates->setAttribute(Qt::WA_DeleteOnClose);
        m_duplicates->setPlaces(
            {m_buckets->isVisible() ? m_buckets->location() : m_content->folder()});
    }
    m_duplicates->show();
    m_duplicates->raise();
    m_duplicates->activateWindow();
    return m_duplicates;
}

void MainWindow::showCollection(qint64 id)
{
    const auto c = m_collections->collection(id);
    if (!c) {
        m_collectionsPanel->reload();
        return;
    }
    m_content->hide();
    m_buckets->hide();
    m_filterBar->hide();
    m_content->clearSelection();
    m_collectionView->setMode(m_content->mode()); // View > Grid or List, as for folders
    const QHeaderView *header = m_content->list()->header();
    m_collectionView->sortBy(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_collectionView->show();
    m_collectionView->showCollection(id);
    showSortStatus();
    m_sources->showCollection(id);
    showSelection({});
    updateStatus();
    setWindowTitle(tr("%1 — AssetDesk").arg(c->name));
}

void MainWindow::showOnMap()
{
    const QStringList paths = selectedAssets();
    if (paths.isEmpty()) return;
    const QString path = paths.first();
    if (!QFileInfo::exists(path)) {
        QMessageBox::information(this, tr("Show on Map"),
                                 tr("Only files on this computer can show their position."));
        return;
    }
    // exiv2 reads the file: off the GUI thread.
    runCatching(
        this, [path] { return imaging::geoUrl(imaging::readPhotoMetadata(path)); },
        [this, path](const Outcome<std::optional<QUrl>> &found) {
            if (found.value && *found.value) {
                if (!QDesktopServices::openUrl(**found.value))
                    QMessageBox::information(
                        this, tr("Show on Map"),
                        tr("No map application is set up for geo: links. The position is "
                           "%1.")
                            .arg((*found.value)->path()));
                return;
            }
            QMessageBox::information(this, tr("Show on Map"),
                                     tr("“%1” has no GPS position in its EXIF or XMP data.")
                                         .arg(QFileInfo(path).fileName()));
        });
}

} // namespace ad::ui
