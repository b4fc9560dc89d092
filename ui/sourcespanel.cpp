#include "sourcespanel.h"

#include "collectionspanel.h"

#include "storage/profiles.h"

#include "appsettings.h"
#include "icons.h"

#include <QDir>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{
constexpr int kPathRole = Qt::UserRole + 1;
}

SourcesPanel::SourcesPanel(QWidget *parent)
    : QWidget(parent), m_places(new QListWidget(this)), m_tree(new QTreeView(this)),
      m_dirs(new QFileSystemModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *placesLabel = new QLabel(tr("Places"), this);
    auto *foldersLabel = new QLabel(tr("Folders"), this);
    layout->addWidget(placesLabel);
    layout->addWidget(m_places, 1);
    layout->addWidget(foldersLabel);
    layout->addWidget(m_tree, 3);

    m_dirs->setFilter(QDir::AllDirs | QDir::NoDotAndDotDot);
    m_tree->setModel(m_dirs);
    setTreeRoot(QDir::homePath());
    for (int c = 1; c < m_dirs->columnCount(); ++c)
        m_tree->hideColumn(c);
    m_tree->header()->hide();
    m_tree->setObjectName(QStringLiteral("folderTree"));
    m_places->setObjectName(QStringLiteral("placesList"));
    m_places->setContextMenuPolicy(Qt::CustomContextMenu);

    // Only what the user picks opens a folder: the current index also moves while the model
    // loads, which would switch the view back to an older folder.
    const auto open = [this](const QModelIndex &index) {
        Q_EMIT folderActivated(m_dirs->filePath(index));
    };
    connect(m_tree, &QTreeView::clicked, this, open);
    connect(m_tree, &QTreeView::activated, this, open);
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
    rebuildPlaces();
}

void SourcesPanel::setLibraryFolder(const QString &folder)
{
    m_library = folder;
    rebuildPlaces();
}

void SourcesPanel::setTreeRoot(const QString &folder)
{
    m_dirs->setRootPath(folder);
    m_tree->setRootIndex(m_dirs->index(folder));
}

QString SourcesPanel::treeRoot() const
{
    return m_dirs->filePath(m_tree->rootIndex());
}

void SourcesPanel::showFolder(const QString &folder)
{
    // The tree shows the innermost place holding the folder, or the folder itself.
    const QString path = QDir(folder).absolutePath();
    QString root = path;
    qsizetype longest = -1;
    for (const QString &place : QStringList{QDir::homePath(), m_library} + bookmarks()) {
        const QString p = QDir(place).absolutePath();
        if (place.isEmpty() || p.size() <= longest) continue;
        if (path == p || path.startsWith(p.endsWith(QLatin1Char('/')) ? p : p + QLatin1Char('/'))) {
            root = p;
            longest = p.size();
        }
    }
    if (root != treeRoot()) setTreeRoot(root);
    const QModelIndex index = m_dirs->index(folder);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    addRecentFolder(folder);
    rebuildPlaces();
}

void SourcesPanel::setCollections(CollectionsPanel *panel)
{
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
}

void SourcesPanel::refreshConnections()
{
    rebuildPlaces();
}

} // namespace ad::ui
