#include "contentview.h"

#include "thumbnailmodel.h"

#include <QDir>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QListView>
#include <QStyle>
#include <QTreeView>

namespace ad::ui
{

ContentView::ContentView(QWidget *parent)
    : QStackedWidget(parent), m_model(new QFileSystemModel(this)),
      m_thumbs(new ThumbnailModel(m_model, this)), m_grid(new QListView(this)),
      m_list(new QTreeView(this))
{
    m_model->setFilter(QDir::AllEntries | QDir::NoDotAndDotDot);
    m_model->setReadOnly(true);
    m_thumbs->setFallbackIcons(style()->standardIcon(QStyle::SP_FileIcon),
                               style()->standardIcon(QStyle::SP_DirIcon));

    m_grid->setObjectName(QStringLiteral("contentGrid"));
    m_grid->setModel(m_thumbs);
    m_grid->setTextElideMode(Qt::ElideMiddle);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setWordWrap(true);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Files drag out to other applications as URLs (the file model provides them).
    m_grid->setDragEnabled(true);
    m_grid->setDragDropMode(QAbstractItemView::DragOnly);

    m_list->setObjectName(QStringLiteral("contentList"));
    m_list->setModel(m_thumbs);
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->setSelectionModel(m_grid->selectionModel()); // one selection for both views
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    addWidget(m_grid);
    addWidget(m_list);
    setIconSize(96);

    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex source = m_thumbs->mapToSource(current);
                if (source.isValid() && !m_model->isDir(source))
                    Q_EMIT currentFileChanged(m_model->filePath(source));
            });
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectionCountChanged(int(selectedPaths().size())); });
    connect(m_grid, &QAbstractItemView::activated, this, &ContentView::activate);
    connect(m_list, &QAbstractItemView::activated, this, &ContentView::activate);
    connect(m_model, &QFileSystemModel::directoryLoaded, this, [this](const QString &folder) {
        Q_EMIT entriesChanged(entryCount());
        Q_EMIT folderListed(folder);
    });
}

void ContentView::setFolder(const QString &folder)
{
    m_thumbs->cancelPending();
    const QModelIndex root = m_thumbs->mapFromSource(m_model->setRootPath(folder));
    m_grid->setRootIndex(root);
    m_list->setRootIndex(root);
    Q_EMIT folderOpened(folder);
}

QString ContentView::folder() const
{
    return m_model->rootPath();
}

void ContentView::setMode(Mode mode)
{
    setCurrentWidget(mode == Mode::Grid ? static_cast<QWidget *>(m_grid) : m_list);
}

ContentView::Mode ContentView::mode() const
{
    return currentWidget() == m_grid ? Mode::Grid : Mode::List;
}

void ContentView::setIconSize(int pixels)
{
    m_grid->setIconSize(QSize(pixels, pixels));
    m_grid->setGridSize(QSize(pixels + 40, pixels + 44));
}

int ContentView::entryCount() const
{
    return m_thumbs->rowCount(m_grid->rootIndex());
}

QStringList ContentView::selectedPaths() const
{
    QStringList paths;
    // Not selectedRows(): that wants every column selected, and the grid selects column 0 only.
    for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes()) {
        if (index.column() == 0) paths << m_model->filePath(m_thumbs->mapToSource(index));
    }
    return paths;
}

void ContentView::selectFirstFile()
{
    const QModelIndex root = m_grid->rootIndex();
    for (int row = 0; row < m_thumbs->rowCount(root); ++row) {
        const QModelIndex index = m_thumbs->index(row, 0, root);
        if (!m_model->isDir(m_thumbs->mapToSource(index))) {
            activeView()->setCurrentIndex(index);
            return;
        }
    }
}

QAbstractItemView *ContentView::activeView() const
{
    return mode() == Mode::Grid ? static_cast<QAbstractItemView *>(m_grid) : m_list;
}

void ContentView::activate(const QModelIndex &index)
{
    const QModelIndex source = m_thumbs->mapToSource(index);
    if (m_model->isDir(source)) setFolder(m_model->filePath(source));
}

} // namespace ad::ui

namespace ad::ui
{

bool ContentView::selectPath(const QString &path)
{
    const QModelIndex index = m_thumbs->mapFromSource(m_model->index(path));
    if (!index.isValid() || index.parent() != m_grid->rootIndex()) return false;
    activeView()->setCurrentIndex(index);
    return true;
}

void ContentView::showOnly(const std::optional<QStringList> &names)
{
    if (!names) {
        m_model->setNameFilters({});
        return;
    }
    // Name filters are wildcards: escape the names, and match nothing for an empty result.
    QStringList patterns;
    for (const QString &name : *names) {
        QString escaped = name;
        escaped.replace(QLatin1Char('['), QStringLiteral("[[]"))
            .replace(QLatin1Char('*'), QStringLiteral("[*]"))
            .replace(QLatin1Char('?'), QStringLiteral("[?]"));
        patterns << escaped;
    }
    m_model->setNameFilterDisables(false);
    m_model->setNameFilters(patterns.isEmpty() ? QStringList{QStringLiteral("/")} : patterns);
    Q_EMIT entriesChanged(entryCount());
}

QStringList ContentView::fileNames() const
{
    return QDir(folder()).entryList(QDir::Files | QDir::NoDotAndDotDot);
}

int ContentView::thumbnailsPending() const
{
    return m_thumbs->pending();
}

} // namespace ad::ui
