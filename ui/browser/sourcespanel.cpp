#include "browser/sourcespanel.h"

#include "browser/collectionspanel.h"

#include "storage/profiles.h"
#include "storage/storage.h"

#include "common/icons.h"
#include "common/rightpress.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace ad::ui
{

namespace
{
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kListedRole = Qt::UserRole + 2; // a tree item whose subfolders are listed

QString absolute(const QString &folder)
{
    return QDir::cleanPath(QDir(folder).absolutePath());
}

bool within(const QString &path, const QString &folder)
{
    return path == folder ||
           path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'));
}
} // namespace

SourcesPanel::SourcesPanel(QWidget *parent)
    : QWidget(parent), m_places(new QListWidget(this)), m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *placesLabel = new QLabel(tr("Places"), this);
    auto *foldersLabel = new QLabel(tr("Folders"), this);
    layout->addWidget(placesLabel);
    layout->addWidget(m_places, 1);
    layout->addWidget(foldersLabel);
    layout->addWidget(m_tree, 3);

    m_tree->setHeaderHidden(true);
    m_tree->setObjectName(QStringLiteral("folderTree"));
    m_places->setObjectName(QStringLiteral("placesList"));
    m_places->setContextMenuPolicy(Qt::CustomContextMenu);

    // Subfolders are listed when a folder is opened in the tree, and again after it is closed
    // and opened, so folders made meanwhile appear.
    connect(m_tree, &QTreeWidget::itemExpanded, this, &SourcesPanel::listSubfolders);
    connect(m_tree, &QTreeWidget::itemCollapsed, this, [](QTreeWidgetItem *item) {
        qDeleteAll(item->takeChildren());
        item->setData(0, kListedRole, false);
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    });
    const auto open = [this](QTreeWidgetItem *item) {
        Q_EMIT folderActivated(item->data(0, kPathRole).toString());
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, open);
    connect(m_tree, &QTreeWidget::itemActivated, this, open);
    connect(m_places, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT folderActivated(item->data(kPathRole).toString());
    });
    connect(m_places, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT folderActivated(item->data(kPathRole).toString());
    });
    connect(m_places, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QListWidgetItem *item = m_places->itemAt(pos);
        if (!item || !bookmarks().contains(item->data(kPathRole).toString())) return;
        QMenu menu(this);
        QAction *remove = menu.addAction(tr("Remove Bookmark"));
        if (menu.exec(m_places->viewport()->mapToGlobal(pos)) == remove) {
            QStringList marks = bookmarks();
            marks.removeAll(item->data(kPathRole).toString());
            setBookmarks(marks);
            rebuildPlaces();
        }
    });
    m_places->viewport()->installEventFilter(this);
    rebuildPlaces();
}

bool SourcesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A right click (a bookmark's menu) does not select the place beside the source shown.
    if (watched == m_places->viewport() && isRightPress(event)) return true;
    return QWidget::eventFilter(watched, event);
}

void SourcesPanel::setLibraryFolder(const QString &folder)
{
    m_library = folder;
    rebuildPlaces();
}

QString SourcesPanel::treeRoot() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, kPathRole).toString() : m_treeTops.value(0);
}

QTreeWidgetItem *SourcesPanel::addTreeItem(QTreeWidgetItem *parent, const QString &label,
                                           const QString &path)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, label);
    item->setToolTip(0, QDir::toNativeSeparators(path));
    item->setData(0, kPathRole, path);
    item->setIcon(0,
                  style()->standardIcon(path == absolute(QDir::homePath()) ? QStyle::SP_DirHomeIcon
                                                                           : QStyle::SP_DirIcon));
    item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    return item;
}

void SourcesPanel::listSubfolders(QTreeWidgetItem *item)
{
    if (item->data(0, kListedRole).toBool()) return;
    item->setData(0, kListedRole, true);
    const QDir dir(item->data(0, kPathRole).toString());
    const QStringList names = dir.entryList(QDir::AllDirs | QDir::NoDotAndDotDot,
                                            QDir::Name | QDir::IgnoreCase | QDir::LocaleAware);
    for (const QString &name : names)
        addTreeItem(item, name, dir.filePath(name));
    item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
}

void SourcesPanel::rebuildTree()
{
    QStringList tops{absolute(QDir::homePath())};
    if (!m_library.isEmpty()) tops << absolute(m_library);
    for (const QString &mark : bookmarks())
        tops << absolute(mark);
    // A folder shown before the place holding it was known (the library set after it) is
    // found under that place now.
    const QString outside = std::exchange(m_outside, QString());
    if (!outside.isEmpty() && std::none_of(tops.begin(), tops.end(),
                                           [&](const QString &t) { return within(outside, t); }))
        m_outside = outside;
    if (!m_outside.isEmpty()) tops << m_outside;
    tops.removeDuplicates();
    if (tops == m_treeTops) return;
    m_treeTops = tops;
    m_tree->clear();
    for (const QString &top : tops) {
        // A short name, even for a folder outside the places; the tooltip has the whole path.
        const QString label = top == tops.first() ? tr("Home") : QDir(top).dirName();
        addTreeItem(nullptr, label.isEmpty() ? QDir::toNativeSeparators(top) : label, top);
    }
    if (!outside.isEmpty() && m_outside.isEmpty()) showFolder(outside);
}

void SourcesPanel::showFolder(const QString &folder)
{
    // The folder is found under the innermost top-level folder holding it, or becomes one.
    const QString path = absolute(folder);
    addRecentFolder(folder);
    m_outside.clear();
    rebuildPlaces(); // and the tree, without the last folder shown outside the places
    QTreeWidgetItem *item = nullptr;
    qsizetype longest = -1;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QString top = m_tree->topLevelItem(i)->data(0, kPathRole).toString();
        if (top.size() > longest && within(path, top)) {
            item = m_tree->topLevelItem(i);
            longest = top.size();
        }
    }
    if (!item) {
        m_outside = path;
        rebuildTree();
        item = m_tree->topLevelItem(m_tree->topLevelItemCount() - 1);
    }
    // Down the path one folder at a time, listing each on the way.
    while (item->data(0, kPathRole).toString() != path) {
        listSubfolders(item);
        QTreeWidgetItem *next = nullptr;
        for (int i = 0; i < item->childCount() && !next; ++i)
            if (within(path, item->child(i)->data(0, kPathRole).toString())) next = item->child(i);
        if (!next) break; // hidden, or gone meanwhile: its nearest listed parent is shown
        item->setExpanded(true);
        item = next;
    }
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
    if (m_collections) m_collections->select(0);
}

void SourcesPanel::showBucket(const QString &location)
{
    // The connection whose root holds the location (its places item reads as a folder would).
    QListWidgetItem *connection = nullptr;
    for (int i = 0; i < m_places->count(); ++i) {
        const QString root = m_places->item(i)->data(kPathRole).toString();
        if (storage::isRemoteLocation(root) && location.startsWith(root))
            connection = m_places->item(i);
    }
    m_places->clearSelection();
    m_places->setCurrentItem(connection);
    clearTree();
    if (m_collections) m_collections->select(0);
}

void SourcesPanel::showCollection(qint64 id)
{
    m_places->clearSelection();
    m_places->setCurrentItem(nullptr);
    clearTree();
    if (m_collections) m_collections->select(id);
}

void SourcesPanel::clearTree()
{
    m_tree->clearSelection();
    m_tree->setCurrentItem(nullptr);
}

void SourcesPanel::setCollections(CollectionsPanel *panel)
{
    m_collections = panel;
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_places) + 1, panel, 1);
}

void SourcesPanel::addBookmark(const QString &folder)
{
    QStringList marks = bookmarks();
    if (!marks.contains(folder)) {
        marks << folder;
        setBookmarks(marks);
        rebuildPlaces();
    }
}

void SourcesPanel::rebuildPlaces()
{
    m_places->clear();
    auto add = [this](const QString &label, const QString &path, const QString &icon) {
        auto *item = new QListWidgetItem(label, m_places);
        setItemIcon(item, icon);
        item->setData(kPathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    };
    add(tr("Home"), QDir::homePath(), QStringLiteral("user-home"));
    if (!m_library.isEmpty())
        add(tr("Sample library"), m_library, QStringLiteral("drive-harddisk"));
    for (const QString &mark : bookmarks())
        add(QDir(mark).dirName(), mark, QStringLiteral("user-bookmarks"));
    const QStringList recent = recentFolders();
    for (int i = 0; i < std::min<qsizetype>(3, recent.size()); ++i)
        add(tr("Recent: %1").arg(QDir(recent[i]).dirName()), recent[i], QStringLiteral("folder"));
    // Each saved connection opens on its list of buckets.
    for (const storage::Profile &p : storage::profiles()) {
        const QString root =
            (p.flavor == storage::Endpoint::Flavor::Cos ? QStringLiteral("cos://")
                                                        : QStringLiteral("s3://")) +
            p.name + QLatin1Char('@');
        add(p.name, root, QStringLiteral("network-server"));
    }
    rebuildTree();
}

void SourcesPanel::refreshConnections()
{
    rebuildPlaces();
}

} // namespace ad::ui
