#include "browser/contentview.h"

#include "browser/assetcolumnsmodel.h"
#include "browser/foldermodel.h"
#include "browser/thumbnaildelegate.h"
#include "browser/thumbnailmodel.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>

namespace ad::ui
{

namespace
{
// List rows of one height and one layout: the tree measures a row on the columns on screen only
// (rows shrank when the Name column, the icon's, was scrolled away), and a thumbnail narrower than
// the icon square (a portrait page) moved its name left of the others.
class ListRowDelegate : public QStyledItemDelegate
{
public:
    ListRowDelegate(QSize icon, QObject *parent) : QStyledItemDelegate(parent), m_icon(icon) {}
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int height = std::max(m_icon.height(), option.fontMetrics.height()) + 6;
        if (index.column() != 0)
            return {QStyledItemDelegate::sizeHint(option, index).width(), height};
        // The name column is measured without asking for its thumbnail: the view measures the
        // first row for all (uniform heights) whenever a row changes, and that request, for a
        // row long scrolled away, stayed pending after the scroll's cancellation.
        QStyleOptionViewItem name = option;
        name.text = index.data(Qt::DisplayRole).toString();
        name.features |= QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
        name.decorationSize = m_icon;
        const QWidget *view = option.widget;
        const QStyle *style = view ? view->style() : QApplication::style();
        return {style->sizeFromContents(QStyle::CT_ItemViewItem, &name, QSize(), view).width(),
                height};
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (option->features & QStyleOptionViewItem::HasDecoration) option->decorationSize = m_icon;
    }

private:
    QSize m_icon;
};

} // namespace

ContentView::ContentView(QWidget *parent)
    : QStackedWidget(parent), m_model(new FolderModel(this)),
      m_thumbs(new ThumbnailModel(m_model, this)), m_columns(new AssetColumnsModel(m_thumbs, this)),
      m_sorted(new AssetSortModel(m_columns, this)), m_delegate(new ThumbnailDelegate(this)),
      m_grid(new QListView(this)), m_list(new QTreeView(this)), m_fitLater(new QTimer(this))
{
    m_thumbs->setFallbackIcons(style()->standardIcon(QStyle::SP_FileIcon),
                               style()->standardIcon(QStyle::SP_DirIcon));

    m_grid->setObjectName(QStringLiteral("contentGrid"));
    m_grid->setModel(m_sorted);
    m_grid->setItemDelegate(m_delegate);
    m_grid->setMouseTracking(true); // the hover frame
    m_grid->setSpacing(4);
    m_grid->setTextElideMode(Qt::ElideMiddle);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    // Each relayout (every batch of a listing, every sort) places every item: in steps, so a
    // folder of 100,000 files does not hold the GUI thread for one long layout.
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(2000);
    m_grid->setWordWrap(true);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Files drag out to other applications as URLs (the folder model provides them).
    m_grid->setDragEnabled(true);
    m_grid->setDragDropMode(QAbstractItemView::DragOnly);

    m_list->setObjectName(QStringLiteral("contentList"));
    m_list->setModel(m_sorted);
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->setSelectionModel(m_grid->selectionModel()); // one selection for both views
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Whole rows, from either view: the selection is shared, and one made in the grid (its
    // column 0) would highlight only the Name cell in the list.
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setUniformRowHeights(true); // 10,000 rows scroll without measuring each
    const int icon = m_list->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_list);
    m_list->setIconSize(QSize(icon, icon)); // thumbnails of any shape in the same square
    m_list->setItemDelegate(new ListRowDelegate(m_list->iconSize(), m_list));
    m_list->setAllColumnsShowFocus(true);
    QHeaderView *header = m_list->header();
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // Content widths come from the rows on screen: a folder of 100,000 files costs no more.
    header->setResizeContentsPrecision(0);
    // Columns are chosen from the header's context menu and remembered.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &ContentView::showColumnMenu);
    {
        const QScopedValueRollback fitting(m_fitting, true);
        for (const int column : hiddenColumns())
            header->setSectionHidden(column, column != 0);
    }
    fitColumns();
    // Until the user sets a width, columns grow to what the folder shows as it lists and its
    // facts arrive (a camera's name, a file type), at most once per tenth of a second.
    m_fitLater->setSingleShot(true);
    m_fitLater->setInterval(100);
    connect(m_fitLater, &QTimer::timeout, this, &ContentView::fitColumns);
    const auto fitSoon = [this] {
        if (!m_userWidths && mode() == Mode::List && !m_fitLater->isActive()) m_fitLater->start();
    };
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, fitSoon);
    connect(m_sorted, &QAbstractItemModel::dataChanged, this, fitSoon);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, fitSoon);
    // Switching to the list fits at once: its rows are there, and a width that jumps a moment
    // after the list shows looks broken.
    connect(this, &ContentView::modeChanged, this, [this](Mode mode) {
        if (mode == Mode::List) fitColumns();
    });
    // Hiding and showing a column (which the header does lazily, after the constructor's
    // hidden columns) resizes it from or to 0; only a width changed in view is the user's.
    connect(header, &QHeaderView::sectionResized, this, [this](int, int before, int after) {
        if (!m_fitting && before > 0 && after > 0) m_userWidths = true;
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ContentView::sortChanged);

    // Drops from other applications (file managers) copy or move files in; the views' own
    // drag-and-drop stays drag-only because the folder model is read-only.
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_grid), static_cast<QAbstractItemView *>(m_list)}) {
        view->viewport()->setAcceptDrops(true);
        view->viewport()->installEventFilter(this);
        auto *note = new QLabel(view->viewport());
        note->setObjectName(QStringLiteral("emptyNote"));
        note->setAlignment(Qt::AlignCenter);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setAttribute(Qt::WA_TransparentForMouseEvents); // drops and clicks reach the view
        note->hide();
        m_emptyNotes << note;
    }
    // While scrolling, requests for thumbnails that left the view are dropped every tenth of a
    // second, and once more after the last step, so the pool works on what is on screen. The
    // timer is not restarted by each step: a scroll that never paused kept every request made
    // on the way pending until it stopped.
    auto *scrolled = new QTimer(this);
    scrolled->setSingleShot(true);
    scrolled->setInterval(100);
    connect(scrolled, &QTimer::timeout, this, &ContentView::cancelInvisibleThumbnails);
    const auto scrolling = [scrolled] {
        if (!scrolled->isActive()) scrolled->start();
    };
    connect(m_grid->verticalScrollBar(), &QScrollBar::valueChanged, scrolled, scrolling);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, scrolled, scrolling);

    addWidget(m_grid);
    addWidget(m_list);
    setIconSize(96);

    // The selection, not the current index, says what is shown: the views make an item current
    // without selecting it (on focus, after a click on empty space). Rows that leave the model
    // leave the selection without a selectionChanged, hence the model's signals too (the
    // selection model, made first, has updated itself by then).
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContentView::updateSelection);
    const auto rowsMoved = [this] {
        updateSelection();
        // Queued: these signals arrive while the proxies and views are still taking the change
        // in (selectPending's own lookups can list a folder and emit them), and making an item
        // current there reaches a view that has not caught up.
        QMetaObject::invokeMethod(this, &ContentView::selectPending, Qt::QueuedConnection);
    };
    connect(m_sorted, &QAbstractItemModel::rowsRemoved, this, rowsMoved);
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, rowsMoved);
    connect(m_sorted, &QAbstractItemModel::layoutChanged, this, rowsMoved);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &ContentView::updateSelection);
    connect(m_grid, &QAbstractItemView::activated, this, &ContentView::activate);
    connect(m_list, &QAbstractItemView::activated, this, &ContentView::activate);
    // Filters and file changes alter the rows after the fact: keep the count current.
    const auto recount = [this] {
        updateEmptyNote();
        Q_EMIT entriesChanged(entryCount());
    };
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, recount);
    connect(m_sorted, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(m_sorted, &QAbstractItemModel::layoutChanged, this, recount);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, recount);
    connect(m_model, &FolderModel::directoryLoaded, this, [this](const QString &folder) {
        m_listed = true;
        updateEmptyNote();
        Q_EMIT entriesChanged(entryCount());
        Q_EMIT folderListed(folder);
    });
}

void ContentView::setFolder(const QString &folder)
{
    m_listed = false;
    updateEmptyNote();
    m_thumbs->cancelPending();
    rememberSelection();
    // The old folder's rows leave the selection before they leave the folder model.
    m_pendingSelect.clear();
    m_grid->selectionModel()->clear();
    m_model->setRootPath(folder);
    m_columns->setRoot({}); // the folder model is flat: its rows are the folder's
    Q_EMIT folderOpened(folder);
    // Back in a folder, the preview and the Inspector show what was selected there, as soon
    // as it is listed; files gone since are left out.
    const Remembered last = m_remembered.value(this->folder());
    for (const QString &path : last.selected)
        if (QFileInfo::exists(path)) m_pendingSelect << path;
    m_pendingCurrent = last.current;
    selectPending();
}

void ContentView::rememberSelection()
{
    // Only a selection: leaving clears it (a collection shown) before the folder changes.
    const QStringList selected = selectedPaths();
    if (selected.isEmpty() || folder().isEmpty()) return;
    const QModelIndex current = m_grid->selectionModel()->currentIndex();
    m_remembered.insert(
        folder(), {selected, current.isValid() ? m_model->filePath(toFiles(current)) : QString()});
}

void ContentView::reread()
{
    m_model->reread();
}

QString ContentView::folder() const
{
    return m_model->rootPath();
}

void ContentView::setMode(Mode mode)
{
    if (mode == this->mode()) return;
    setCurrentWidget(mode == Mode::Grid ? static_cast<QWidget *>(m_grid) : m_list);
    Q_EMIT modeChanged(mode);
}

ContentView::Mode ContentView::mode() const
{
    return currentWidget() == m_grid ? Mode::Grid : Mode::List;
}

void ContentView::setIconSize(int pixels)
{
    // The delegate sizes cells from this and the font (ThumbnailDelegate::cellSize).
    m_grid->setIconSize(QSize(pixels, pixels));
}

ContentView::~ContentView()
{
    // Views first: their shared selection model holds indexes of the proxies, which as older
    // children would otherwise go first.
    delete m_list;
    delete m_grid;
}

int ContentView::entryCount() const
{
    return m_sorted->rowCount(m_grid->rootIndex());
}

QStringList ContentView::selectedPaths() const
{
    // Not selectedRows(): that wants every column selected, and the grid selects column 0 only.
    QModelIndexList indexes;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes()) {
        if (index.column() == 0 && index.parent() == m_grid->rootIndex()) indexes << index;
    }
    std::sort(indexes.begin(), indexes.end()); // view order, whatever order they were picked in
    QStringList paths;
    for (const QModelIndex &index : std::as_const(indexes))
        paths << m_model->filePath(toFiles(index));
    return paths;
}

void ContentView::updateSelection()
{
    QStringList paths = selectedPaths();
    if (paths == m_selected) return;
    m_selected = std::move(paths);
    Q_EMIT selectionChanged(m_selected);
}

void ContentView::clearSelection()
{
    rememberSelection();
    m_pendingSelect.clear();
    m_grid->selectionModel()->clear();
}

void ContentView::selectPlaced(const QStringList &paths)
{
    // Files moved away (to the trash, say) leave the selection now, not when the listing
    // notices; what lands in this folder is selected.
    QItemSelection gone;
    QStringList gonePaths;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes()) {
        const QString path = m_model->filePath(toFiles(index));
        if (QFileInfo::exists(path)) continue;
        gone.select(index, index);
        gonePaths << path;
    }
    // Culling goes on where it was: with nothing placed here, the file after the last one that
    // went (or before, at the end) is selected, not nothing with the focus at the top.
    const QString neighbour = gonePaths.isEmpty() ? QString() : neighbourOf(gonePaths);
    m_grid->selectionModel()->select(gone,
                                     QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    const QString here = QDir::cleanPath(folder());
    m_pendingSelect.clear();
    m_pendingCurrent.clear();
    for (const QString &path : paths)
        if (QDir::cleanPath(QFileInfo(path).absolutePath()) == here) m_pendingSelect << path;
    if (m_pendingSelect.isEmpty() && !neighbour.isEmpty()) m_pendingSelect << neighbour;
    selectPending();
}

QString ContentView::neighbourOf(const QStringList &leaving) const
{
    const QStringList files = shownFiles();
    const QSet<QString> away(leaving.cbegin(), leaving.cend());
    qsizetype last = -1;
    for (qsizetype i = 0; i < files.size(); ++i)
        if (away.contains(files[i])) last = i;
    if (last < 0) return {};
    const auto stays = [&](qsizetype i) {
        return !away.contains(files[i]) && QFileInfo::exists(files[i]);
    };
    for (qsizetype i = last + 1; i < files.size(); ++i)
        if (stays(i)) return files[i];
    for (qsizetype i = last - 1; i >= 0; --i)
        if (stays(i)) return files[i];
    return {};
}

void ContentView::selectPending()
{
    if (m_pendingSelect.isEmpty()) return;
    QItemSelection wanted;
    for (const QString &path : std::as_const(m_pendingSelect)) {
        const QModelIndex index = fromFiles(m_model->index(path));
        if (!index.isValid() || index.parent() != m_grid->rootIndex()) return; // not listed yet
        wanted.select(index, index);
    }
    m_pendingSelect.clear();
    const QModelIndex current = fromFiles(m_model->index(std::exchange(m_pendingCurrent, {})));
    // Persistent: the selection's listeners (the Inspector) may change the rows under it.
    const QPersistentModelIndex first =
        wanted.contains(current) ? current : wanted.indexes().constFirst();
    QItemSelectionModel *selection = m_grid->selectionModel();
    selection->select(wanted, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!first.isValid()) return;
    selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    activeView()->scrollTo(first);
}

void ContentView::selectFirstFile()
{
    const QModelIndex root = m_grid->rootIndex();
    for (int row = 0; row < m_sorted->rowCount(root); ++row) {
        const QModelIndex index = m_sorted->index(row, 0, root);
        if (!m_model->isDir(toFiles(index))) {
            selectPath(m_model->filePath(toFiles(index)));
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
    const QModelIndex source = toFiles(index);
    if (m_model->isDir(source))
        setFolder(m_model->filePath(source));
    else
        Q_EMIT fileActivated(m_model->filePath(source));
}

} // namespace ad::ui

namespace ad::ui
{

bool ContentView::selectPath(const QString &path)
{
    const QModelIndex index = fromFiles(m_model->index(path));
    if (!index.isValid() || index.parent() != m_grid->rootIndex()) return false;
    // Exactly this file, whatever modifier keys are held (setCurrentIndex would honour them).
    QAbstractItemView *view = activeView();
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
    return true;
}

void ContentView::showOnly(const std::optional<QStringList> &names)
{
    m_model->showOnly(names ? std::optional(QSet<QString>(names->begin(), names->end()))
                            : std::nullopt);
    updateEmptyNote();
    Q_EMIT entriesChanged(entryCount());
}

std::optional<int> ContentView::unfilteredCount() const
{
    if (!m_model->isFiltered()) return std::nullopt;
    return m_model->allCount();
}

int ContentView::thumbnailsPending() const
{
    return m_thumbs->pending();
}

void ContentView::sortBy(int column, Qt::SortOrder order)
{
    m_list->sortByColumn(column, order); // sorts the shared model, so the grid follows
}

QString ContentView::sortText() const
{
    const QHeaderView *header = m_list->header();
    const QString column = AssetColumnsModel::columnTitle(header->sortIndicatorSection());
    return header->sortIndicatorOrder() == Qt::AscendingOrder
               ? tr("Sorted by %1, ascending").arg(column)
               : tr("Sorted by %1, descending").arg(column);
}

bool ContentView::restoreListColumns(const QByteArray &state)
{
    const QScopedValueRollback fitting(m_fitting, true);
    if (!m_list->header()->restoreState(state)) return false;
    m_userWidths = true;
    return true;
}

void ContentView::fitColumns()
{
    if (m_userWidths) return;
    const QScopedValueRollback fitting(m_fitting, true);
    QHeaderView *header = m_list->header();
    QStyle *style = header->style();
    // A title as QHeaderView measures it (bold, margins) with room for the sort arrow, which
    // any column shows once sorted.
    QStyleOptionHeader title;
    title.initFrom(header);
    title.orientation = Qt::Horizontal;
    title.state |= QStyle::State_Horizontal;
    QFont bold = header->font();
    bold.setBold(true);
    title.fontMetrics = QFontMetrics(bold);
    const int headerMargin = style->pixelMetric(QStyle::PM_HeaderMargin, &title, header);
    const QFontMetrics cells = m_list->fontMetrics();
    const int cellMargin =
        2 * (m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 1);
    const bool rowsShown = currentWidget() == m_list;
    const QAbstractItemView *rows = m_list; // QTreeView hides its override of this public call
    for (int column = 0; column < AssetColumnsModel::ColumnCount; ++column) {
        title.section = column;
        title.text = m_sorted->headerData(column, Qt::Horizontal).toString();
        const QSize titleSize =
            style->sizeFromContents(QStyle::CT_HeaderSection, &title, {}, header);
        int width = titleSize.width() + titleSize.height() + headerMargin;
        if (column == AssetColumnsModel::Name) {
            // As wide as the names on screen, up to 40 characters (longer ones elide in the
            // middle): a fixed 260 px pushed Date Modified past the edge of the default window.
            width = std::max(width, 16 * cells.averageCharWidth());
            if (rowsShown)
                width = std::max(width, std::min(rows->sizeHintForColumn(column),
                                                 40 * cells.averageCharWidth()));
        } else {
            const QString sample = AssetColumnsModel::widestValue(column);
            if (!sample.isEmpty())
                width = std::max(width, cells.horizontalAdvance(sample) + cellMargin);
            if (column == AssetColumnsModel::Label)
                width += m_list->iconSize().width() + cellMargin;
            // A long value (a camera's name) gets up to 30 characters.
            if (rowsShown)
                width = std::max(width, std::min(rows->sizeHintForColumn(column),
                                                 30 * cells.averageCharWidth()));
        }
        // Hidden columns keep the width they will show with.
        if (header->isSectionHidden(column) || width > header->sectionSize(column))
            header->resizeSection(column, width);
    }
}

void ContentView::setCatalog(catalog::Catalog *catalog)
{
    m_columns->setCatalog(catalog);
    m_columns->refreshLibrary();
}

void ContentView::refreshLibrary()
{
    // Only the rows on screen change now (the others are read again when they show): a change
    // over every row of a folder of 100,000 held the GUI thread for half a second in the views
    // and the sort proxy. Sorted by rating, label, favourite or tags, the rows sort again.
    const QModelIndex root = m_grid->rootIndex();
    const auto [first, last] = rowsOnScreen();
    QList<int> rows;
    for (int row = first; row <= last; ++row)
        rows << m_sorted->mapToSource(m_sorted->index(row, 0, root)).row();
    m_columns->refreshLibrary(rows);
    if (AssetColumnsModel::isLibraryColumn(m_sorted->sortedColumn())) m_sorted->invalidate();
}

void ContentView::selectRelative(int step)
{
    const QStringList files = shownFiles();
    if (files.isEmpty()) return;
    const QStringList selected = selectedPaths();
    const qsizetype at = selected.isEmpty() ? -1 : files.indexOf(selected.first());
    const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + step, 0, files.size() - 1);
    selectPath(files[next]);
}

QList<int> ContentView::hiddenColumns()
{
    return hiddenListColumns(
        {AssetColumnsModel::Type, AssetColumnsModel::Camera, AssetColumnsModel::Pages});
}

void ContentView::showColumn(int column, bool shown)
{
    QHeaderView *header = m_list->header();
    if (header->isSectionHidden(column) != shown) return;
    {
        const QScopedValueRollback fitting(m_fitting, true); // not a width chosen
        header->setSectionHidden(column, !shown);
    }
    if (shown && header->sectionSize(column) < 40) header->resizeSection(column, 100);
    if (shown) fitColumns();
}

void ContentView::showChosenColumns()
{
    const QList<int> hidden = hiddenColumns();
    for (int column = 1; column < AssetColumnsModel::ColumnCount; ++column)
        showColumn(column, !hidden.contains(column));
}

void ContentView::showColumnMenu(const QPoint &at)
{
    QHeaderView *header = m_list->header();
    QMenu menu(this);
    for (int column = 1; column < AssetColumnsModel::ColumnCount; ++column) {
        QAction *a = menu.addAction(m_sorted->headerData(column, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(column));
        connect(a, &QAction::toggled, this, [this, header, column](bool shown) {
            showColumn(column, shown);
            QList<int> hidden;
            for (int c = 1; c < AssetColumnsModel::ColumnCount; ++c)
                if (header->isSectionHidden(c)) hidden << c;
            setHiddenListColumns(hidden);
        });
    }
    menu.exec(header->mapToGlobal(at));
}

QModelIndex ContentView::toFiles(const QModelIndex &viewIndex) const
{
    return m_thumbs->mapToSource(m_columns->mapToSource(m_sorted->mapToSource(viewIndex)));
}

QModelIndex ContentView::fromFiles(const QModelIndex &fileIndex) const
{
    return m_sorted->mapFromSource(m_columns->mapFromSource(m_thumbs->mapFromSource(fileIndex)));
}

std::pair<int, int> ContentView::rowsOnScreen() const
{
    // Only the rows on screen are looked at: a walk over every row at each scroll step held the
    // GUI thread in a folder of 100,000 files.
    const QModelIndex root = m_grid->rootIndex();
    const int rows = m_sorted->rowCount(root);
    int first = 0, last = -1;
    if (mode() == Mode::List) {
        // One row per line: those at the viewport's top and bottom edges (x = 1 is in a column
        // however the list is scrolled sideways).
        const QModelIndex top = m_list->indexAt(QPoint(1, 0));
        if (!top.isValid()) return {0, -1};
        const QModelIndex bottom = m_list->indexAt(QPoint(1, m_list->viewport()->height() - 1));
        first = top.row();
        last = bottom.isValid() ? bottom.row() : rows - 1;
    } else {
        // The grid fills its lines in row order: the first item reaching the viewport by
        // bisection, then items until one starts below it.
        const QRect shown = m_grid->viewport()->rect();
        const auto rect = [&](int row) {
            return m_grid->visualRect(m_sorted->index(row, 0, root));
        };
        for (int high = rows; first < high;) {
            const int middle = first + (high - first) / 2;
            if (rect(middle).bottom() < shown.top())
                first = middle + 1;
            else
                high = middle;
        }
        last = first;
        while (last < rows && rect(last).top() <= shown.bottom())
            ++last;
        --last;
    }
    return {first, last};
}

QSet<QString> ContentView::visibleFiles() const
{
    const QModelIndex root = m_grid->rootIndex();
    const auto [first, last] = rowsOnScreen();
    QSet<QString> visible;
    for (int row = first; row <= last; ++row) {
        const QModelIndex source = toFiles(m_sorted->index(row, 0, root));
        if (!m_model->isDir(source)) visible.insert(m_model->filePath(source));
    }
    return visible;
}

void ContentView::cancelInvisibleThumbnails()
{
    m_thumbs->keepOnly(visibleFiles());
}

bool ContentView::visibleThumbnailsReady() const
{
    const QSet<QString> visible = visibleFiles();
    if (visible.isEmpty()) return false;
    for (const QString &path : visible)
        if (!m_thumbs->isSettled(path)) return false;
    return true;
}

QStringList ContentView::shownNames() const
{
    QStringList names;
    const QModelIndex root = m_grid->rootIndex();
    for (int row = 0; row < m_sorted->rowCount(root); ++row)
        names << m_sorted->index(row, 0, root).data().toString();
    return names;
}

QStringList ContentView::shownFiles() const
{
    QStringList files;
    const QModelIndex root = m_grid->rootIndex();
    for (int row = 0; row < m_sorted->rowCount(root); ++row) {
        const QModelIndex source = toFiles(m_sorted->index(row, 0, root));
        if (!m_model->isDir(source)) files << m_model->filePath(source);
    }
    return files;
}

QStringList ContentView::pendingThumbnails() const
{
    return m_thumbs->pendingPaths();
}

void ContentView::updateEmptyNote()
{
    QString text;
    if (entryCount() == 0) {
        if (unfilteredCount())
            text = tr("Nothing here matches the search or filter.");
        else if (m_listed)
            text = tr("This folder is empty.");
    }
    for (QLabel *note : std::as_const(m_emptyNotes)) {
        note->setText(text);
        note->setGeometry(note->parentWidget()->rect());
        note->setVisible(!text.isEmpty());
    }
}

bool ContentView::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::Resize) {
        for (QLabel *note : std::as_const(m_emptyNotes))
            if (note->parentWidget() == watched) note->setGeometry(note->parentWidget()->rect());
    }
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QStackedWidget::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    // Local files from elsewhere; our own drags (out of the grid) are not drops into the
    // folder they came from.
    QStringList paths;
    if (drop->source() != m_grid && drop->source() != m_list) {
        for (const QUrl &url : drop->mimeData()->urls())
            if (url.isLocalFile()) paths << url.toLocalFile();
    }
    if (paths.isEmpty()) return false;
    const bool move = drop->modifiers() & Qt::ShiftModifier;
    drop->setDropAction(move ? Qt::MoveAction : Qt::CopyAction);
    drop->accept();
    if (type != QEvent::Drop) return true;
    QString target = folder();
    // Dropped onto a folder in the view: into that folder.
    auto *view = activeView();
    if (watched == view->viewport()) {
        const QModelIndex at = toFiles(view->indexAt(drop->position().toPoint()));
        if (at.isValid() && m_model->isDir(at)) target = m_model->filePath(at);
    }
    Q_EMIT filesDropped(paths, target, move);
    return true;
}

} // namespace ad::ui
