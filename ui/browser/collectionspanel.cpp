#include "browser/collectionspanel.h"

#include "browser/namedialog.h"
#include "browser/querytext.h"
#include "common/icons.h"
#include "common/outputfolders.h"
#include "common/rightpress.h"
#include "metadata/xmpfile.h"
#include "storage/storage.h"
#include "style/errortext.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace ad::ui
{

namespace
{
constexpr int kIdRole = Qt::UserRole;
constexpr int kSmartRole = Qt::UserRole + 1;

// Local files as URLs, bucket objects as text lines (as the bucket view drags them).
QStringList droppedPaths(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    if (paths.isEmpty())
        for (const QString &line : mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (storage::isRemoteLocation(line.trimmed())) paths << line.trimmed();
    return paths;
}
} // namespace

CollectionsPanel::CollectionsPanel(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_add(new QToolButton(this))
{
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(new QLabel(tr("Collections"), this), 1);
    m_add->setObjectName(QStringLiteral("newCollectionButton"));
    m_add->setText(QStringLiteral("+"));
    m_add->setToolTip(tr("New album or smart collection"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_add);
    menu->addAction(tr("New &Album…"), this, [this] {
        const QString name =
            askName(this, tr("New Album"), tr("Name:"), {}, QStringLiteral("newAlbumDialog"));
        if (!name.isEmpty()) createAlbum(name);
    });
    menu->addAction(tr("New &Smart Collection from the Filter…"), this, [this] {
        const QString name = askName(
            this, tr("New Smart Collection"),
            tr("Name (the collection keeps the search words and the filter bar's choices):"), {},
            QStringLiteral("newSmartDialog"));
        if (!name.isEmpty()) createSmart(name);
    });
    m_add->setMenu(menu);
    header->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);

    m_list->setObjectName(QStringLiteral("collectionsList"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setAcceptDrops(true);
    m_list->viewport()->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->viewport()->installEventFilter(this);
    connect(m_list, &QWidget::customContextMenuRequested, this, &CollectionsPanel::contextMenu);
    const auto activate = [this](QListWidgetItem *item) {
        Q_EMIT collectionActivated(item->data(kIdRole).toLongLong());
    };
    connect(m_list, &QListWidget::itemClicked, this, activate);
    connect(m_list, &QListWidget::itemActivated, this, activate);
}

void CollectionsPanel::setStore(catalog::CollectionStore *store,
                                std::function<catalog::Query()> currentFilter)
{
    m_store = store;
    m_currentFilter = std::move(currentFilter);
    reload();
}

void CollectionsPanel::reload()
{
    const qint64 current =
        m_list->currentItem() ? m_list->currentItem()->data(kIdRole).toLongLong() : 0;
    m_list->clear();
    if (!m_store) return;
    for (const catalog::Collection &c : m_store->all()) {
        // Told apart at a glance: a picture for an album, a magnifier for a saved search, from
        // the shipped set where the desktop's theme lacks them (both were blank there, and
        // under AssetDesk's own look).
        auto *item = new QListWidgetItem(c.name, m_list);
        setItemIcon(item, c.smart() ? QStringLiteral("folder-saved-search")
                                    : QStringLiteral("folder-pictures"));
        item->setData(kIdRole, c.id);
        item->setData(kSmartRole, c.smart());
        item->setToolTip(c.smart() ? tr("Smart collection: what its saved filter finds now (%1)")
                                         .arg(queryText(*c.query))
                                   : tr("Album: drop files here to add them"));
        if (c.id == current) m_list->setCurrentItem(item);
    }
}

void CollectionsPanel::select(qint64 id)
{
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kIdRole).toLongLong() == id)
            m_list->setCurrentItem(m_list->item(row));
}

void CollectionsPanel::warn(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

qint64 CollectionsPanel::createAlbum(const QString &name)
{
    try {
        const qint64 id = m_store->createAlbum(name);
        reload();
        Q_EMIT done(tr("Album “%1” created").arg(name.trimmed()));
        return id;
    } catch (const ProcessingError &e) {
        warn(tr("New Album"), localizedText(e.error()));
        return 0;
    }
}

qint64 CollectionsPanel::createSmart(const QString &name)
{
    try {
        const qint64 id =
            m_store->createSmart(name, m_currentFilter ? m_currentFilter() : catalog::Query{});
        reload();
        Q_EMIT done(tr("Smart collection “%1” created: %n item(s) match", nullptr,
                       int(m_store->members(id).size()))
                        .arg(name.trimmed()));
        return id;
    } catch (const ProcessingError &e) {
        warn(tr("New Smart Collection"), localizedText(e.error()));
        return 0;
    }
}

void CollectionsPanel::addToAlbum(qint64 id, const QStringList &paths)
{
    try {
        m_store->add(id, paths);
        Q_EMIT collectionChanged(id);
        const auto album = m_store->collection(id);
        Q_EMIT done(tr("Added %n item(s) to “%1”", nullptr, int(paths.size()))
                        .arg(album ? album->name : QString()));
    } catch (const ProcessingError &e) {
        warn(tr("Add to Album"), localizedText(e.error()));
    }
}

QString CollectionsPanel::proposedExportFolder(qint64 id) const
{
    return proposedOutputFolder(OutputTool::Export, m_store->members(id));
}

void CollectionsPanel::exportCollection(qint64 id, catalog::ExportMode mode, const QString &folder)
{
    try {
        const catalog::ExportResult r = catalog::exportMembers(m_store->members(id), folder, mode);
        // Sidecars travel with their files but are not counted as exported files.
        const auto files = std::count_if(r.written.cbegin(), r.written.cend(), [](const auto &w) {
            return !metadata::isSidecar(w.second);
        });
        setOutputFolderSetting(OutputTool::Export, QFileInfo(folder).absolutePath());
        Q_EMIT exported(folder, int(files), int(r.skipped.size()));
    } catch (const ProcessingError &e) {
        warn(tr("Export Collection"), localizedText(e.error()));
    }
}

qint64 CollectionsPanel::idAt(const QPoint &viewportPos) const
{
    const QListWidgetItem *item = m_list->itemAt(viewportPos);
    return item ? item->data(kIdRole).toLongLong() : 0;
}

bool CollectionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A right click opens the context menu without selecting: the source shown stays the one
    // selected in Sources (the album clicked showed as selected beside the folder shown).
    if (watched == m_list->viewport() && isRightPress(event)) return true;
    // Files dropped on an album join it; smart collections take none.
    if (watched == m_list->viewport() && m_store) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            const QListWidgetItem *item = m_list->itemAt(drag->position().toPoint());
            const bool album = item && !item->data(kSmartRole).toBool();
            if (album && !droppedPaths(drag->mimeData()).isEmpty()) {
                drag->setDropAction(Qt::LinkAction);
                drag->accept();
            } else {
                drag->ignore();
            }
            return true;
        }
        if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            if (const qint64 id = idAt(drop->position().toPoint())) {
                addToAlbum(id, droppedPaths(drop->mimeData()));
                drop->setDropAction(Qt::LinkAction);
                drop->accept();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CollectionsPanel::contextMenu(const QPoint &pos)
{
    const qint64 id = idAt(pos);
    QMenu menu(this);
    if (id == 0) {
        menu.addActions(m_add->menu()->actions());
        menu.exec(m_list->viewport()->mapToGlobal(pos));
        return;
    }
    QAction *rename = menu.addAction(tr("&Rename…"));
    QAction *remove = menu.addAction(tr("&Delete Collection"));
    menu.addSeparator();
    QAction *links = menu.addAction(tr("Export as Folder of &Links…"));
    QAction *copies = menu.addAction(tr("Export as Folder of &Copies…"));
    QAction *chosen = menu.exec(m_list->viewport()->mapToGlobal(pos));
    const auto c = m_store->collection(id);
    if (!chosen || !c) return;
    if (chosen == rename) {
        const QString name = askName(this, tr("Rename Collection"), tr("Name:"), c->name,
                                     QStringLiteral("renameCollectionDialog"));
        if (name.isEmpty() || name == c->name) return;
        try {
            m_store->rename(id, name);
        } catch (const ProcessingError &e) {
            warn(tr("Rename Collection"), localizedText(e.error()));
        }
        reload();
        Q_EMIT collectionChanged(id);
    } else if (chosen == remove) {
        if (QMessageBox::question(
                this, tr("Delete Collection"),
                tr("Delete the collection “%1”? Its files stay where they are.").arg(c->name)) !=
            QMessageBox::Yes)
            return;
        m_store->remove(id);
        reload();
        Q_EMIT collectionChanged(id);
    } else {
        // The picker opens outside the library (it opened inside the source tree before).
        const QString proposed = proposedExportFolder(id);
        QDir().mkpath(proposed);
        QString folder;
        do {
            folder = QFileDialog::getExistingDirectory(
                this, chosen == links ? tr("Export as Links Into") : tr("Export as Copies Into"),
                proposed);
        } while (!folder.isEmpty() && !confirmOutputFolder(this, folder, m_store->members(id)));
        // A folder named after the collection, inside the one chosen.
        QString name = c->name;
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        if (!folder.isEmpty())
            exportCollection(
                id, chosen == links ? catalog::ExportMode::Links : catalog::ExportMode::Copies,
                QDir(folder).filePath(name));
    }
}

} // namespace ad::ui
