#include "browser/mainwindow.h"

#include "browser/aboutdialog.h"
#include "browser/assetcolumnsmodel.h"
#include "browser/collectionview.h"
#include "browser/contentview.h"
#include "browser/filecommands.h"
#include "browser/filterbar.h"
#include "browser/gettingstarteddialog.h"
#include "browser/inspectorpanel.h"
#include "browser/libraryactions.h"
#include "browser/librarypanel.h"
#include "browser/metadatapanel.h"
#include "browser/previewpane.h"
#include "browser/renamedialog.h"
#include "browser/sourcespanel.h"
#include "browser/thumbnailmodel.h"
#include "buckets/bucketmodel.h"
#include "buckets/bucketview.h"
#include "buckets/uploaddialog.h"
#include "catalog/catalog.h"
#include "catalog/collections.h"
#include "catalog/folderrecording.h"
#include "catalog/stylestore.h"
#include "common/error.h"
#include "common/icons.h"
#include "common/imageloader.h"
#include "common/outputfolders.h"
#include "common/theme.h"
#include "jobs/batchdialog.h"
#include "jobs/doctoimagedialog.h"
#include "jobs/jobqueue.h"
#include "jobs/jobsindicator.h"
#include "jobs/jobspanel.h"
#include "jobs/standardkinds.h"
#include "jobs/thumbnailjob.h"
#include "jobs/transcodedialog.h"
#include "jobs/transferjob.h"
#include "jobs/uploadprocessing.h"
#include "loading/scheduler.h"
#include "metadata/xmpfile.h"
#include "settings/appsettings.h"
#include "settings/connectionsdialog.h"
#include "settings/endpointdialog.h"
#include "settings/preferencesdialog.h"
#include "settings/shortcutsdialog.h"
#include "storage/storage.h"
#include "style/errortext.h"
#include "styleeditor/styleeditorwindow.h"
#include "styleeditor/stylepreview.h"
#include "videotools/videopostersdialog.h"
#include "videotools/videotools.h"
#include "viewers/comparewindow.h"
#include "viewers/filmstrip.h"
#include "viewers/mediaview.h"
#include "viewers/quicklook.h"
#include "viewers/videoplayer.h"
#include "viewers/viewerwindow.h"
#include "watermark/watermarkwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{
const char *kGeometry = "window/geometry";
const char *kState = "window/state";
const char *kSplitter = "window/splitter";
const char *kFolder = "browse/folder";
const char *kMode = "browse/mode";
const char *kListHeader = "browse/listHeader";

// Some platforms (and the offscreen one) define no binding for a standard key.
QKeySequence standardOr(QKeySequence::StandardKey key, QKeyCombination fallback)
{
    const QKeySequence standard(key);
    return standard.isEmpty() ? QKeySequence(fallback) : standard;
}

// What the Style Editor previews: the first picture, else the first video (its cover frame for
// image styles, the clip itself for ci-process strings).
QString styleEditorAsset(const QStringList &paths)
{
    const QString image = MediaView::imagesAmong(paths).value(0);
    if (!image.isEmpty()) return image;
    for (const QString &path : paths)
        if (MediaView::kindFor(path) == MediaView::Kind::Video) return path;
    return {};
}
} // namespace

namespace
{
jobs::JobQueue *memoryQueue(QObject *owner)
{
    auto *queue = new jobs::JobQueue(QStringLiteral(":memory:"), owner);
    jobs::registerStandardKinds(*queue);
    queue->start();
    return queue;
}
} // namespace

MainWindow::MainWindow(jobs::JobQueue *queue, catalog::Catalog *catalog, QWidget *parent)
    : QMainWindow(parent), m_queue(queue ? queue : memoryQueue(this)),
      m_ownCatalog(catalog ? nullptr
                           : std::make_unique<catalog::Catalog>(QStringLiteral(":memory:"))),
      m_catalog(catalog ? catalog : m_ownCatalog.get()),
      m_styles(std::make_unique<catalog::StyleStore>(*m_catalog)), m_loader(new ImageLoader(this)),
      m_content(new ContentView(this)), m_buckets(new BucketView(this)),
      m_filterBar(new FilterBar(this)), m_preview(new PreviewPane(m_loader, this)),
      m_sources(new SourcesPanel(this)), m_inspector(new InspectorPanel(m_catalog, this)),
      m_jobs(new JobsPanel(m_queue, this)), m_statusCount(new QLabel(this)),
      m_sizeSlider(new QSlider(Qt::Horizontal, this)), m_search(new QLineEdit(this)),
      m_searchDelay(new QTimer(this)), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AssetDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/assetdesk.svg")));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("centralSplitter"));
    // The filter bar sits above the grid, hidden until View > Filter Bar.
    auto *contentPane = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(contentPane);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_filterBar);
    contentLayout->addWidget(m_content, 1);
    contentLayout->addWidget(m_buckets, 1);
    m_buckets->hide();
    m_filterBar->hide();
    splitter->addWidget(contentPane);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The preview's pages (the document and video toolbars) would ask for more width than a
    // 1280 px window leaves beside the docks, squeezing them; both sides take what is left.
    contentPane->setMinimumWidth(200);
    m_preview->setMinimumWidth(200);
    setCentralWidget(splitter);

    m_sourcesDock =
        addDock(m_sources, tr("Sources"), QStringLiteral("sourcesDock"), Qt::LeftDockWidgetArea);
    m_inspectorDock = addDock(m_inspector, tr("Inspector"), QStringLiteral("inspectorDock"),
                              Qt::RightDockWidgetArea);
    m_jobsDock = addDock(m_jobs, tr("Jobs"), QStringLiteral("jobsDock"), Qt::BottomDockWidgetArea);

    m_sizeSlider->setRange(48, 256);
    // Fixed: a long status message squeezed it, and the handle moved under the mouse.
    m_sizeSlider->setFixedWidth(160);
    m_sizeSlider->setObjectName(QStringLiteral("thumbnailSizeSlider"));
    m_sizeSlider->setToolTip(tr("Thumbnail size"));
    m_statusCount->setObjectName(QStringLiteral("statusCount"));
    statusBar()->addWidget(m_statusCount, 1);
    // The sort in words: the grid has no header, and the list's arrow scrolls away.
    m_statusSort = new QLabel(m_content->sortText(), this);
    m_statusSort->setObjectName(QStringLiteral("statusSort"));
    statusBar()->addPermanentWidget(m_statusSort);
    connect(m_content, &ContentView::sortChanged, this, [this] {
        // One sort for folders and collections: a collection sorts as the folder list does.
        const QHeaderView *header = m_content->list()->header();
        if (m_collectionView)
            m_collectionView->sortBy(header->sortIndicatorSection(), header->sortIndicatorOrder());
        showSortStatus();
    });
    // Kept when chosen, not only on close: a session that ends otherwise keeps it too.
    connect(m_content->list()->header(), &QHeaderView::sortIndicatorChanged, this,
            [](int column, Qt::SortOrder order) {
                setSortSetting({column, order});
            });
    statusBar()->addPermanentWidget(new QLabel(tr("Size:"), this));
    statusBar()->addPermanentWidget(m_sizeSlider);
    // The Jobs dock stays collapsed while nothing runs; this button says what runs and opens it.
    m_jobsIndicator = new JobsIndicator(m_queue, this);
    statusBar()->addPermanentWidget(m_jobsIndicator);
    connect(m_jobsIndicator, &QToolButton::clicked, this, [this] {
        m_jobsDock->show();
        m_jobsDock->raise();
    });

    setUpLibraryTools(contentLayout);
    createActions();
    createFileActions();
    createMenus();
    createToolBar();

    connect(m_sources, &SourcesPanel::folderActivated, this, &MainWindow::openFolder);
    connect(m_content, &ContentView::folderOpened, this, [this](const QString &folder) {
        m_sources->showFolder(folder);
        setWindowTitle(tr("%1 — AssetDesk").arg(QDir::toNativeSeparators(folder)));
        updateStatus();
    });
    connect(m_content, &ContentView::selectionChanged, this, &MainWindow::showSelection);
    m_inspector->setUndoStack(m_undo);
    // Library edits (keys, Inspector) and their undo show at once on the grid and the list.
    m_content->setCatalog(m_catalog);
    // A clip given a cover in the viewer shows that frame in the grid, and as the preview's
    // poster.
    m_content->thumbnails()->setCoverLookup(
        [this](const QString &path) { return coverSeconds(path); });
    m_preview->view()->videoPlayer()->setCoverLookup(
        [this](const QString &path) { return coverSeconds(path); });
    connect(m_undo, &QUndoStack::indexChanged, m_content, &ContentView::refreshLibrary);
    connect(m_content, &ContentView::fileActivated, this, &MainWindow::openViewer);
    // Files dropped on a bucket upload as a transfer job (processed on upload with the style
    // chosen in the bucket's bar); the listing follows when it ends.
    m_buckets->setStyleLibrary(m_styles.get());
    connect(m_buckets, &BucketView::filesDropped, this,
            [this](const QStringList &paths, const QString &location) {
                if (const qint64 job =
                        submitTransfer(paths, location, false, m_buckets->uploadStyle());
                    job > 0)
                    m_bucketUploads.insert(job);
            });
    // Renames and moves inside buckets are transfer jobs too (server-side copy, then delete).
    connect(m_buckets, &BucketView::transferRequested, this,
            [this](const QStringList &sources, const QString &destination, bool move) {
                if (const qint64 job = submitTransfer(sources, destination, move); job > 0)
                    m_bucketUploads.insert(job);
            });
    connect(m_buckets, &BucketView::objectActivated, this, &MainWindow::openBucketObject);
    // So does the listing of a prefix any other job wrote into (Copy to Bucket, Run in the
    // cloud, a batch between prefixes): its objects appear without leaving the folder.
    connect(m_queue, &jobs::JobQueue::jobFinished, this, [this](qint64 id) {
        const bool ours = m_bucketUploads.remove(id);
        if (!m_buckets->isVisible()) return;
        QString output = m_queue->progress(id).job.output;
        QString shown = m_buckets->location();
        for (QString *location : {&output, &shown})
            while (location->endsWith(QLatin1Char('/')))
                location->chop(1);
        if (ours || (storage::isRemoteLocation(output) && !shown.isEmpty() &&
                     (output == shown || output.startsWith(shown + QLatin1Char('/')))))
            m_buckets->refresh();
    });
    // A bucket object previews from a local copy, fetched by the loading pipeline. A newer
    // selection first cancels the older download, so moving through a bucket never leaves
    // transfers running for objects no longer shown.
    connect(m_buckets, &BucketView::currentObjectChanged, this,
            [this](const QString &location, const QString &etag, qint64 size) {
                loading::Scheduler::shared().cancel(std::exchange(m_previewLoad, 0));
                m_previewing = location;
                const QDateTime modified =
                    m_buckets->grid()->currentIndex().data(BucketModel::ModifiedRole).toDateTime();
                m_inspector->showObject(location, size, modified, etag);
                m_previewLoad = loading::Scheduler::shared().submit(
                    loading::objectCopyRequest(location, etag, size), loading::Priority::Visible,
                    this, [this, location, etag, size, modified](const loading::Result &copy) {
                        m_previewLoad = 0;
                        if (location != m_previewing) return; // the user moved on
                        if (!copy.ok()) {
                            m_preview->view()->showMessage(
                                tr("Cannot preview %1:\n%2").arg(location, copy.error));
                            return;
                        }
                        m_preview->showFile(copy.localPath, storage::locationName(location));
                        m_inspector->showObject(location, size, modified, etag, copy.localPath);
                        m_bucketCopy = copy.localPath;
                        if (m_styleEditor) m_styleEditor->setAsset(copy.localPath, location);
                    });
            });
    connect(m_content, &ContentView::entriesChanged, this, &MainWindow::updateStatus);
    connect(m_sizeSlider, &QSlider::valueChanged, m_content, &ContentView::setIconSize);
    // Search as you type, a moment after the last key.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_content, &ContentView::folderListed, this,
            [this](const QString &folder) { recordFolder(folder); });
    connect(m_inspector->metadataPanel(), &MetadataPanel::folderImported, this,
            [this](const QString &folder) {
                if (folder == m_content->folder()) m_content->refreshLibrary();
            });
    connect(m_content, &ContentView::folderOpened, this, [this] {
        m_search->clear();
        // The filter bar's choices go from folder to folder; the names it shows are this one's.
        if (m_filterBar->isActive()) runSearch();
    });
    connect(m_filterBar, &FilterBar::changed, this, &MainWindow::runSearch);
    connect(m_content, &ContentView::filesDropped, this,
            [this](const QStringList &paths, const QString &folder, bool move) {
                runFileCommand(
                    move ? tr("Move") : tr("Copy"),
                    [paths, folder, move] {
                        return move ? files::moveInto(paths, folder)
                                    : files::copyInto(paths, folder);
                    },
                    !move);
            });

    restoreSettings(); // the window's size first: dock widths are shares of it
    if (!QSettings().contains(QLatin1String(kState))) {
        resizeDocks({m_jobsDock}, {140}, Qt::Vertical);
        resizeDocks({m_sourcesDock, m_inspectorDock}, {240, 280}, Qt::Horizontal);
    }
    if (QSettings().contains(QLatin1String(kSplitter)))
        splitter->restoreState(QSettings().value(kSplitter).toByteArray());
    else // shares of what the docks leave, 3 to 2, again once the window has its real size
        for (const int delay : {0, 200})
            QTimer::singleShot(delay, splitter, [splitter] { splitter->setSizes({3000, 2000}); });
    if (m_queue->isIdle()) m_jobsDock->hide();
    // Right-click on the files offers what the File menu does with a selection.
    m_content->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_content->addActions(m_fileActions);
    applyPreferences();
}

void MainWindow::applyPreferences()
{
    m_sizeSlider->setValue(thumbnailSizeSetting());
    if (const int items = jobConcurrency(); items > 0)
        m_queue->setThreads(jobs::PoolKind::Cpu, items);
    refreshIcons(this);
}

ViewerWindow *MainWindow::openViewer(const QString &path)
{
    const QStringList files = m_content->shownFiles();
    auto *window = new ViewerWindow(m_loader, this);
    // Chosen covers before the first file shows: its poster and the strip's thumbnails.
    const auto cover = [this](const QString &clip) { return coverSeconds(clip); };
    window->view()->videoPlayer()->setCoverLookup(cover);
    window->filmstrip()->setCoverLookup(cover);
    const qsizetype at = files.indexOf(path);
    window->setFiles(at >= 0 ? files : QStringList{path}, at >= 0 ? int(at) : 0);
    // The browser follows the viewer, so closing it leaves the grid on the last file seen.
    connect(window, &ViewerWindow::currentChanged, m_content, &ContentView::selectPath);
    VideoTools *video = window->videoTools();
    video->setCoversEnabled(true);
    connect(video, &VideoTools::coverChosen, this,
            [this, window](const QString &clip, double seconds) {
                m_catalog->setCover(clip, {seconds, QSize()});
                coverChanged(clip);
                window->filmstrip()->refreshThumbnail(clip);
                // Said where the user is (the viewer) and here, where the grid changed.
                const QString done = tr("The frame at %1 s is now the cover of %2.")
                                         .arg(seconds, 0, 'f', 2)
                                         .arg(QFileInfo(clip).fileName());
                window->showMessage(done);
                statusBar()->showMessage(done, 5000);
            });
    connect(video, &VideoTools::coverCleared, this, [this, window](const QString &clip) {
        m_catalog->clearCover(clip);
        coverChanged(clip);
        window->filmstrip()->refreshThumbnail(clip);
        const QString done =
            tr("%1 shows its default cover again.").arg(QFileInfo(clip).fileName());
        window->showMessage(done);
        statusBar()->showMessage(done, 5000);
    });
    window->show();
    return window;
}

std::optional<double> MainWindow::coverSeconds(const QString &clip) const
{
    const auto cover = m_catalog->cover(clip);
    return cover ? std::optional(cover->seconds) : std::nullopt;
}

void MainWindow::coverChanged(const QString &clip)
{
    // Everywhere the clip's picture shows: the grid (and the shared disk cache), an album
    // showing it, and the preview's poster.
    m_content->thumbnails()->refresh(clip);
    m_collectionView->refreshThumbnail(clip);
    m_preview->view()->videoPlayer()->coverChanged(clip);
    if (m_quickLook) m_quickLook->view()->videoPlayer()->coverChanged(clip);
    if (m_styleEditor) m_styleEditor->preview()->coverChanged(clip);
}

void MainWindow::openBucketObject(const QString &location, const QString &etag, qint64 size)
{
    statusBar()->showMessage(tr("Fetching %1…").arg(location));
    // Through the loading pipeline, like the preview (whose copy it shares): opening another
    // object first cancels this download.
    loading::Scheduler::shared().cancel(std::exchange(m_openLoad, 0));
    m_openLoad = loading::Scheduler::shared().submit(
        loading::objectCopyRequest(location, etag, size), loading::Priority::Visible, this,
        [this, location](const loading::Result &copy) {
            m_openLoad = 0;
            statusBar()->clearMessage();
            if (!copy.ok()) {
                QMessageBox::warning(this, tr("Open in Viewer"),
                                     tr("Cannot open %1:\n%2").arg(location, copy.error));
                return;
            }
            auto *window = new ViewerWindow(m_loader, this);
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->setFiles({copy.localPath}, 0, {storage::locationName(location)});
            window->show();
            Q_EMIT bucketObjectOpened(window);
        });
}

CompareWindow *MainWindow::compareSelection()
{
    const QStringList images = MediaView::imagesAmong(m_content->selectedPaths());
    if (images.size() < 2) return nullptr;
    auto *window = new CompareWindow(m_loader, images[0], images[1], this);
    window->show();
    return window;
}

MainWindow::~MainWindow()
{
    // Folder recordings use the catalogue's file and post back here: they end first.
    *m_recordStop = true;
    m_recordings.waitForAll();
    // The library fields write to the catalogue and the views read it: they go before a
    // catalogue this window owns (the base class would hide, and so lay out, them after it).
    delete m_inspector;
    delete m_content;
    // Its members' library data comes from the collections, which go before the children.
    delete std::exchange(m_collectionView, nullptr);
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &name,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::setLibraryFolder(const QString &folder)
{
    setLibraryRoot(folder); // the tools do not propose writing into it
    m_sources->setLibraryFolder(folder);
}

void MainWindow::openFolder(const QString &folder)
{
    // What a collection had selected is not shown once the folder is.
    const bool fromCollection = m_collectionView->isVisibleTo(this);
    m_collectionView->hide();
    updateStatus(); // the folder's count again, not the collection's
    showSortStatus();
    // Buckets show in their own view; local folders in the file grid. Either way what was
    // shown before is not selected any more.
    if (storage::isRemoteLocation(folder)) {
        m_content->hide();
        m_filterBar->hide();
        m_buckets->show();
        m_buckets->setLocation(folder);
        m_sources->showBucket(folder);
        m_content->clearSelection();
        showSelection({});
        setWindowTitle(tr("%1 — AssetDesk").arg(folder));
        return;
    }
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) return;
    const bool fromBucket = m_buckets->isVisibleTo(this);
    m_buckets->hide();
    m_previewing.clear(); // a bucket copy still on its way is not shown, nor fetched
    loading::Scheduler::shared().cancel(std::exchange(m_previewLoad, 0));
    // Collections and buckets hide the bar, not its filters: a filter that applies here shows.
    const bool filtering = m_filterBarAction->isChecked() || m_filterBar->isActive();
    m_filterBarAction->setChecked(filtering);
    m_filterBar->setVisible(filtering);
    m_content->show();
    m_content->setFolder(folder);
    if (fromBucket || fromCollection) showSelection(m_content->selectedPaths());
}

// The one place that follows the file selection: preview, Inspector, Style Editor and status.
void MainWindow::showSelection(const QStringList &paths)
{
    m_preview->showSelection(paths);
    m_inspector->showSelection(paths);
    if (paths.size() == 1) {
        // The files either side are decoded ahead, so arrowing through a folder is instant.
        const QStringList files = m_content->shownFiles();
        const qsizetype at = files.indexOf(paths.first());
        if (at >= 0) m_preview->preload({files.value(at + 1), files.value(at - 1)});
    }
    if (m_quickLook && m_quickLook->isVisible() && paths.size() == 1)
        m_quickLook->showFile(paths.first());
    m_currentImage = MediaView::imagesAmong(paths).value(0);
    if (const QString asset = styleEditorAsset(paths); m_styleEditor && !asset.isEmpty())
        m_styleEditor->setAsset(asset);
    updateStatus();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Folder…"), this);
    setActionIcon(m_openAction, QStringLiteral("document-open"));
    m_openAction->setShortcut(standardOr(QKeySequence::Open, Qt::CTRL | Qt::Key_O));
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Open Folder"), m_content->folder());
        openFolder(folder);
    });

    m_upAction = new QAction(tr("&Up"), this);
    setActionIcon(m_upAction, QStringLiteral("go-up"));
    m_upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_upAction, &QAction::triggered, this, [this] {
        QDir dir(m_content->folder());
        if (dir.cdUp()) openFolder(dir.absolutePath());
    });

    m_bookmarkAction = new QAction(tr("&Bookmark This Folder"), this);
    setActionIcon(m_bookmarkAction, QStringLiteral("bookmark-new"));
    m_bookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_bookmarkAction, &QAction::triggered, this,
            [this] { m_sources->addBookmark(m_content->folder()); });

    auto *viewGroup = new QActionGroup(this);
    m_gridAction = new QAction(tr("&Grid"), viewGroup);
    m_gridAction->setObjectName(QStringLiteral("gridViewAction"));
    setActionIcon(m_gridAction, QStringLiteral("view-grid"));
    m_gridAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_gridAction->setCheckable(true);
    m_listAction = new QAction(tr("&List"), viewGroup);
    m_listAction->setObjectName(QStringLiteral("listViewAction"));
    setActionIcon(m_listAction, QStringLiteral("view-list"));
    m_listAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_listAction->setCheckable(true);
    // A collection shown switches with the folder's view.
    connect(m_gridAction, &QAction::triggered, this, [this] {
        m_content->setMode(ContentView::Mode::Grid);
        m_collectionView->setMode(ContentView::Mode::Grid);
    });
    connect(m_listAction, &QAction::triggered, this, [this] {
        m_content->setMode(ContentView::Mode::List);
        m_collectionView->setMode(ContentView::Mode::List);
    });
    // The toolbar shows the mode however it was set.
    connect(m_content, &ContentView::modeChanged, this, [this](ContentView::Mode mode) {
        (mode == ContentView::Mode::List ? m_listAction : m_gridAction)->setChecked(true);
    });

    // 0-5 rate, 6-9 label, "." favourite: on the selected files, undoable.
    m_libraryActions = new LibraryActions(
        m_catalog, m_undo,
        [this] { return m_buckets->isHidden() ? selectedAssets() : QStringList(); }, this);
    connect(m_libraryActions, &LibraryActions::changed, this,
            [this] { m_inspector->showSelection(selectedAssets()); });
    connect(m_libraryActions, &LibraryActions::applied, this, &MainWindow::confirmLibraryEdit);
    connect(m_inspector->libraryPanel(), &LibraryPanel::applied, this,
            &MainWindow::confirmLibraryEdit);
    m_quickLookAction = new QAction(tr("&Quick Look"), this);
    m_quickLookAction->setObjectName(QStringLiteral("quickLookAction"));
    setActionIcon(m_quickLookAction, QStringLiteral("view-reveal"));
    m_quickLookAction->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_quickLookAction, &QAction::triggered, this, &MainWindow::toggleQuickLook);

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(
        standardOr(QKeySequence::Preferences, Qt::CTRL | Qt::Key_Comma));
    setActionIcon(m_preferencesAction, QStringLiteral("preferences-system"));
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        if (PreferencesDialog(this).exec() != QDialog::Accepted) return;
        applyPreferences();
        if (jobConcurrency() == 0) // back to automatic
            m_queue->setThreads(jobs::PoolKind::Cpu, QThread::idealThreadCount());
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    setActionIcon(m_quitAction, QStringLiteral("application-exit"));
    m_quitAction->setShortcut(standardOr(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_docAction = new QAction(tr("&Documents to Images…"), this);
    setActionIcon(m_docAction, QStringLiteral("x-office-document"));
    m_docAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_docAction, &QAction::triggered, this, &MainWindow::openDocToImageDialog);
    m_batchAction = new QAction(tr("&Batch Process…"), this);
    setActionIcon(m_batchAction, QStringLiteral("system-run"));
    m_batchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_batchAction, &QAction::triggered, this, [this] { openBatchDialog(); });

    m_aboutAction = new QAction(tr("&About AssetDesk"), this);
    setActionIcon(m_aboutAction, QStringLiteral("help-about"));
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->show();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_bookmarkAction);
    QAction *connections = file->addAction(tr("Cloud &Connections…"), this, [this] {
        ConnectionsDialog dialog(this);
        dialog.exec();
        m_sources->refreshConnections();
    });
    connections->setObjectName(QStringLiteral("connectionsAction"));
    setActionIcon(connections, QStringLiteral("folder-remote"));
    file->addSeparator();
    file->addActions(m_fileActions);
    file->addActions(m_collectionActions);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setProperty(kShortcutName, tr("Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setProperty(kShortcutName, tr("Redo"));
    setActionIcon(undo, QStringLiteral("edit-undo"));
    setActionIcon(redo, QStringLiteral("edit-redo"));
    // The edit's confirmation would otherwise stay, saying the opposite of what now holds.
    // These run after the stack's own connections, so the step has been taken.
    connect(undo, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Undone: %1").arg(m_undo->text(m_undo->index())), 8000);
    });
    connect(redo, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Redone: %1").arg(m_undo->text(m_undo->index() - 1)), 8000);
    });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addMenu(m_libraryActions->ratingMenu());
    edit->addMenu(m_libraryActions->labelMenu());
    edit->addAction(m_libraryActions->favouriteAction());
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_gridAction);
    view->addAction(m_listAction);
    view->addSeparator();
    view->addAction(m_upAction);
    m_rescanAction =
        view->addAction(tr("&Rescan Folder"), QKeySequence::Refresh, this, &MainWindow::rescan);
    setActionIcon(m_rescanAction, QStringLiteral("view-refresh"));
    view->addSeparator();
    QAction *filters = m_filterBarAction = view->addAction(tr("&Filter Bar"));
    filters->setObjectName(QStringLiteral("filterBarAction"));
    filters->setCheckable(true);
    setActionIcon(filters, QStringLiteral("edit-find-replace"));
    filters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(filters, &QAction::toggled, m_filterBar, &QWidget::setVisible);
    connect(filters, &QAction::toggled, this, [this](bool on) {
        if (!on) m_filterBar->clear(); // hidden filters must not hide files
    });
    QMenu *sort = view->addMenu(tr("&Sort By"));
    auto *sortGroup = new QActionGroup(this);
    auto *descending = new QAction(tr("Desc&ending"), this);
    descending->setCheckable(true);
    const auto applySort = [this, sortGroup, descending] {
        const QAction *chosen = sortGroup->checkedAction();
        m_content->sortBy(chosen ? chosen->data().toInt() : 0,
                          descending->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
    };
    // Every one of AssetColumnsModel's columns, as a header click offers: the file model's,
    // then the facts and library data.
    for (const auto &[text, column] :
         {std::pair{tr("&Name"), int(AssetColumnsModel::Name)},
          std::pair{tr("Date &Modified"), int(AssetColumnsModel::Modified)},
          std::pair{tr("Date T&aken"), int(AssetColumnsModel::Taken)},
          std::pair{tr("Si&ze"), int(AssetColumnsModel::Size)},
          std::pair{tr("&Dimensions"), int(AssetColumnsModel::Dimensions)},
          std::pair{tr("&Rating"), int(AssetColumnsModel::Rating)},
          std::pair{tr("&Type"), int(AssetColumnsModel::Type)},
          std::pair{tr("&Camera"), int(AssetColumnsModel::Camera)},
          std::pair{tr("&Label"), int(AssetColumnsModel::Label)},
          std::pair{tr("D&uration"), int(AssetColumnsModel::Duration)},
          std::pair{tr("&Pages"), int(AssetColumnsModel::Pages)},
          std::pair{tr("&Kind"), int(AssetColumnsModel::AssetKind)},
          std::pair{tr("&Favourite"), int(AssetColumnsModel::Favourite)},
          std::pair{tr("Ta&gs"), int(AssetColumnsModel::Tags)}}) {
        QAction *a = sort->addAction(text);
        a->setCheckable(true);
        a->setData(column);
        a->setChecked(column == 0);
        sortGroup->addAction(a);
        connect(a, &QAction::triggered, this, applySort);
    }
    sort->addSeparator();
    sort->addAction(descending);
    connect(descending, &QAction::toggled, this, applySort);
    // The menu follows the sort however it was chosen: here, a list header click, or the
    // order restored from the last session.
    connect(m_content->list()->header(), &QHeaderView::sortIndicatorChanged, this,
            [sortGroup, descending](int column, Qt::SortOrder order) {
                for (QAction *a : sortGroup->actions())
                    a->setChecked(a->data().toInt() == column);
                const QSignalBlocker quiet(descending);
                descending->setChecked(order == Qt::DescendingOrder);
            });
    view->addSeparator();
    view->addAction(m_sourcesDock->toggleViewAction());
    view->addAction(m_inspectorDock->toggleViewAction());
    view->addAction(m_jobsDock->toggleViewAction());

    view->addSeparator();
    QAction *viewer = view->addAction(tr("Open in &Viewer"), this, [this] {
        if (m_buckets->isVisible()) {
            const QModelIndex current = m_buckets->grid()->currentIndex();
            if (current.isValid() && !current.data(BucketModel::FolderRole).toBool())
                openBucketObject(current.data(BucketModel::LocationRole).toString(),
                                 current.data(BucketModel::EtagRole).toString(),
                                 current.data(BucketModel::SizeRole).toLongLong());
        } else if (const QStringList paths = m_content->selectedPaths(); !paths.isEmpty()) {
            openViewer(paths.first());
        }
    });
    viewer->setShortcut(QKeySequence(Qt::Key_F3));
    setActionIcon(viewer, QStringLiteral("image-x-generic"));
    QAction *compare = view->addAction(tr("&Compare Side by Side"), this, [this] {
        if (!compareSelection())
            QMessageBox::information(this, tr("Compare"), tr("Select two images to compare them."));
    });
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    setActionIcon(compare, QStringLiteral("view-dual"));
    view->addAction(m_quickLookAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_findDuplicatesAction);
    tools->addAction(m_batchAction);
    tools->addAction(m_docAction);
    QAction *transcode = tools->addAction(tr("T&ranscode…"), this, [this] {
        TranscodeDialog dialog(m_queue, m_content->selectedPaths(), m_content->folder(), this);
        if (dialog.exec() == QDialog::Accepted) m_jobsDock->show();
    });
    transcode->setObjectName(QStringLiteral("transcodeAction"));
    setActionIcon(transcode, QStringLiteral("video-x-generic"));
    QAction *posters = tools->addAction(tr("&Video Posters and Sprites…"), this, [this] {
        VideoPostersDialog dialog(m_queue, m_content->selectedPaths(), m_content->folder(), this);
        if (m_buckets->isVisible()) dialog.usePrefix(m_buckets->location());
        if (dialog.exec() == QDialog::Accepted) m_jobsDock->show();
    });
    posters->setObjectName(QStringLiteral("videoPostersAction"));
    m_watermarkAction =
        tools->addAction(tr("Blind &Watermark…"), this, [this] { openWatermarkTool(); });
    m_watermarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    setActionIcon(m_watermarkAction, QStringLiteral("view-conceal"));
    m_styleEditorAction =
        tools->addAction(tr("&Style Editor…"), this, [this] { openStyleEditor(); });
    m_styleEditorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    setActionIcon(m_styleEditorAction, QStringLiteral("document-edit"));
    QAction *endpoint =
        tools->addAction(tr("&Local Endpoint…"), this, [this] { openEndpointDialog(); });
    endpoint->setObjectName(QStringLiteral("localEndpointAction"));
    endpoint->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    setActionIcon(endpoint, QStringLiteral("network-server"));
    tools->addSeparator();
    QAction *thumbnails =
        tools->addAction(tr("Pre-generate &Thumbnails for This Folder"), this, [this] {
            try {
                m_queue->submit(jobs::planThumbnailJob(m_content->folder(), true));
                m_jobsDock->show();
            } catch (const ProcessingError &e) {
                QMessageBox::warning(this, tr("Thumbnails"), e.error().message);
            }
        });
    setActionIcon(thumbnails, QStringLiteral("insert-image"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Getting Started"), this, [this] {
        auto *dialog = new GettingStartedDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setObjectName(QStringLiteral("gettingStartedAction"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(m_openAction);
    bar->addAction(m_upAction);
    bar->addSeparator();
    bar->addAction(m_rescanAction);
    bar->addSeparator();
    bar->addAction(m_gridAction);
    bar->addAction(m_listAction);
    bar->addSeparator();
    bar->addAction(m_batchAction);
    bar->addAction(m_docAction);
    bar->addAction(m_watermarkAction);
    bar->addAction(m_styleEditorAction);
    bar->addSeparator();
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search names, tags and notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    bar->addWidget(m_search);
    auto *focusSearch = new QAction(tr("&Find"), this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, m_search, qOverload<>(&QWidget::setFocus));
    setActionIcon(focusSearch, QStringLiteral("edit-find"));
    addAction(focusSearch);
    bar->addSeparator();
    bar->addAction(m_preferencesAction);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(kGeometry).toByteArray())) resize(1280, 800);
    if (windowMaximizedSetting()) setWindowState(windowState() | Qt::WindowMaximized);
    restoreState(s.value(kState).toByteArray());
    const bool list = s.value(kMode).toString() == QLatin1String("list");
    m_content->setMode(list ? ContentView::Mode::List : ContentView::Mode::Grid);
    (list ? m_listAction : m_gridAction)->setChecked(true);
    m_sizeSlider->setValue(thumbnailSizeSetting());
    // The list's columns (widths, order, shown) and the sort, which the grid shares.
    // The sort is read first: restoring the header announces the one it saved, which is kept.
    const SortChoice sort = sortSetting();
    m_content->restoreListColumns(s.value(kListHeader).toByteArray());
    m_content->sortBy(sort.column, sort.order);
    const QString folder = s.value(kFolder).toString();
    if (!folder.isEmpty()) openFolder(folder);
}

void MainWindow::toggleQuickLook()
{
    if (m_quickLook && m_quickLook->isVisible()) {
        m_quickLook->view()->clear();
        m_quickLook->hide();
        return;
    }
    const QStringList paths = m_content->selectedPaths();
    if (m_buckets->isVisible() || paths.isEmpty()) return;
    if (!m_quickLook) {
        m_quickLook = new QuickLook(m_loader, this);
        // A clip opens on its cover, as in the preview and the viewer.
        m_quickLook->view()->videoPlayer()->setCoverLookup(
            [this](const QString &path) { return coverSeconds(path); });
        connect(m_quickLook, &QuickLook::step, m_content, &ContentView::selectRelative);
        // Esc closes it from the grid too, while it is open.
        auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
        escape->setEnabled(false);
        connect(escape, &QShortcut::activated, this, &MainWindow::toggleQuickLook);
        connect(m_quickLook, &QuickLook::shown, escape, &QShortcut::setEnabled);
    }
    m_quickLook->showFile(paths.first());
}

void MainWindow::changeEvent(QEvent *event)
{
    // Kept as it changes, like the sort: a session ended without closing the window keeps it.
    if (event->type() == QEvent::WindowStateChange && isVisible())
        setWindowMaximizedSetting(isMaximized());
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The Style Editor's unsaved style is answered for first; Cancel keeps everything open.
    if (m_styleEditor && !m_styleEditor->confirmClose()) {
        event->ignore();
        return;
    }
    QSettings s;
    s.setValue(kGeometry, saveGeometry());
    s.setValue(kState, saveState());
    s.setValue(kSplitter, static_cast<QSplitter *>(centralWidget())->saveState());
    s.setValue(kFolder, m_content->folder());
    s.setValue(kMode, m_content->mode() == ContentView::Mode::List ? "list" : "grid");
    s.setValue(kListHeader, m_content->list()->header()->saveState());
    setThumbnailSizeSetting(m_sizeSlider->value());
    delete m_endpoint; // the endpoint serves only while the application runs
    event->accept();
}

void MainWindow::openBatchDialog(const QString &style)
{
    QStringList files;
    for (const QString &path : m_content->selectedPaths()) {
        if (QFileInfo(path).isFile()) files << path;
    }
    // In a bucket the batch starts from its objects (and may then run in the cloud).
    const bool bucket = m_buckets->isVisible();
    BatchDialog dialog(m_queue, bucket ? m_buckets->selectedLocations() : files,
                       bucket ? m_buckets->location() : m_content->folder(), this);
    dialog.setStyleLookup(m_styles->lookup());
    if (!style.isEmpty()) dialog.setStyles({style});
    if (dialog.exec() == QDialog::Accepted) m_jobsDock->show();
}

StyleEditorWindow *MainWindow::openStyleEditor()
{
    if (!m_styleEditor) {
        m_styleEditor = new StyleEditorWindow(
            m_styles.get(), [this](const QString &processing) { openBatchDialog(processing); },
            this);
        m_styleEditor->setAttribute(Qt::WA_DeleteOnClose);
        m_styleEditor->setWindowFlag(Qt::Window);
        m_styleEditor->preview()->setCoverLookup(
            [this](const QString &path) { return coverSeconds(path); });
        if (m_buckets->isVisible() && !m_bucketCopy.isEmpty())
            m_styleEditor->setAsset(m_bucketCopy, m_previewing);
        else if (!m_currentImage.isEmpty())
            m_styleEditor->setAsset(m_currentImage);
        else if (const QString asset = styleEditorAsset(m_content->selectedPaths());
                 !asset.isEmpty())
            m_styleEditor->setAsset(asset);
    }
    m_styleEditor->show();
    m_styleEditor->raise();
    m_styleEditor->activateWindow();
    return m_styleEditor;
}

EndpointDialog *MainWindow::openEndpointDialog()
{
    if (!m_endpoint) {
        EndpointContext context;
        context.source = [this] {
            return m_buckets->isVisibleTo(this) ? m_buckets->location() : m_content->folder();
        };
        context.picture = [this] {
            if (!m_buckets->isVisibleTo(this)) return m_currentImage;
            const QModelIndex current = m_buckets->grid()->currentIndex();
            return current.data(BucketModel::FolderRole).toBool()
                       ? QString()
                       : current.data(BucketModel::LocationRole).toString();
        };
        context.processing = [this] {
            return m_styleEditor ? m_styleEditor->processing() : QString();
        };
        context.styles = [this] { return m_styles->all(); };
        m_endpoint = new EndpointDialog(std::move(context), this);
        connect(m_content, &ContentView::folderOpened, m_endpoint, &EndpointDialog::refreshSource);
        connect(m_buckets, &BucketView::locationChanged, m_endpoint,
                &EndpointDialog::refreshSource);
    }
    m_endpoint->refreshSource();
    m_endpoint->show();
    m_endpoint->raise();
    m_endpoint->activateWindow();
    return m_endpoint;
}

WatermarkWindow *MainWindow::openWatermarkTool()
{
    if (!m_watermark) {
        m_watermark =
            new WatermarkWindow([this](const QString &rule) { openBatchDialog(rule); }, this);
        m_watermark->setAttribute(Qt::WA_DeleteOnClose);
        m_watermark->setPictures(MediaView::imagesAmong(m_content->selectedPaths()));
        // Over this window, as a dialog would open: without a window manager (or with one that
        // does not place windows) it opened at the screen's corner.
        m_watermark->move(geometry().center() - m_watermark->rect().center());
    }
    m_watermark->show();
    m_watermark->raise();
    m_watermark->activateWindow();
    return m_watermark;
}

void MainWindow::openDocToImageDialog()
{
    DocToImageDialog dialog(m_queue, m_content->selectedPaths(), m_content->folder(), this);
    if (dialog.exec() == QDialog::Accepted) m_jobsDock->show();
}

void MainWindow::runFileCommand(const QString &text,
                                std::function<QList<QPair<QString, QString>>()> action,
                                bool createsCopies)
{
    // What a command puts in place is selected once listed, so the Inspector follows the file.
    m_undo->push(
        new FileCommand(text, std::move(action), createsCopies, m_catalog, this,
                        [this](const QStringList &paths) { m_content->selectPlaced(paths); }));
}

void MainWindow::createFileActions()
{
    auto add = [this](const QString &text, const QString &icon, const QKeySequence &shortcut,
                      auto slot) {
        auto *a = new QAction(text, this);
        setActionIcon(a, icon);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        m_fileActions << a;
        return a;
    };
    add(tr("New &Folder…"), QStringLiteral("folder-new"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
            const QString name = QInputDialog::getText(this, tr("New Folder"), tr("Name:"),
                                                       QLineEdit::Normal, tr("New Folder"));
            if (name.isEmpty()) return;
            const QString parent = m_content->folder();
            // Recorded as something created from nothing: undo removes it again while it is empty.
            runFileCommand(
                tr("New Folder"),
                [parent, name] {
                    return files::Moves{{QString(), files::makeFolder(parent, name)}};
                },
                true);
        });
    add(tr("&Rename…"), QStringLiteral("insert-text"), QKeySequence(Qt::Key_F2), [this] {
        const QStringList selection = m_content->selectedPaths();
        if (selection.isEmpty()) return;
        if (selection.size() == 1) {
            const QString old = QFileInfo(selection.first()).fileName();
            const QString name = askNewName(this, selection.first());
            if (name.isEmpty() || name == old) return;
            const QString path = selection.first();
            runFileCommand(tr("Rename"), [path, name] { return files::rename(path, name); });
            return;
        }
        const QString pattern = QInputDialog::getText(
            this, tr("Batch Rename"),
            tr("Template for %n file(s) — {name} {ext} {index} {date}:", nullptr,
               int(selection.size())),
            QLineEdit::Normal, QStringLiteral("{name}-{index}.{ext}"));
        if (pattern.isEmpty()) return;
        runFileCommand(tr("Batch Rename"),
                       [selection, pattern] { return files::renameAll(selection, pattern); });
    });
    // Copy To and Move To differ only in the operation and whether undo deletes or moves back.
    const auto intoFolder = [this](const QString &title, const QString &undoText, bool copy) {
        const QStringList selection = m_content->selectedPaths();
        const QString folder =
            selection.isEmpty()
                ? QString()
                : QFileDialog::getExistingDirectory(this, title, m_content->folder());
        if (folder.isEmpty()) return;
        runFileCommand(
            undoText,
            [selection, folder, copy] {
                return copy ? files::copyInto(selection, folder)
                            : files::moveInto(selection, folder);
            },
            copy);
    };
    add(tr("&Copy To…"), QStringLiteral("edit-copy"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        [intoFolder, this] { intoFolder(tr("Copy To"), tr("Copy"), true); });
    add(tr("&Move To…"), QStringLiteral("go-jump"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        [intoFolder, this] { intoFolder(tr("Move To"), tr("Move"), false); });
    // To a bucket prefix (or any folder) as a background transfer job.
    const auto toLocation = [this](bool move) {
        if (m_content->selectedPaths().isEmpty()) return;
        UploadDialog dialog(move ? tr("Move to a Bucket") : tr("Copy to a Bucket"), m_styles.get(),
                            this);
        dialog.setDestination(QSettings().value(QStringLiteral("transfer/last")).toString());
        if (dialog.exec() != QDialog::Accepted) return;
        QSettings().setValue(QStringLiteral("transfer/last"), dialog.destination());
        transferSelection(dialog.destination(), move, dialog.styleName());
    };
    add(tr("Copy to &Bucket…"), QStringLiteral("folder-remote"), QKeySequence(),
        [toLocation] { toLocation(false); });
    add(tr("Move to B&ucket…"), QStringLiteral("send-to"), QKeySequence(),
        [toLocation] { toLocation(true); });
    add(tr("Move to &Trash"), QStringLiteral("user-trash"), QKeySequence(QKeySequence::Delete),
        [this] {
            const QStringList selection = m_content->selectedPaths();
            if (selection.isEmpty()) return;
            runFileCommand(tr("Move to Trash"),
                           [selection] { return files::moveToTrash(selection); });
            // Said, as every other edit is: the grid alone changes quietly.
            const auto gone = std::count_if(selection.cbegin(), selection.cend(),
                                            [](const QString &p) { return !QFileInfo::exists(p); });
            if (gone > 0)
                statusBar()->showMessage(tr("Moved %n item(s) to the trash", nullptr, int(gone)),
                                         5000);
        });
    add(tr("Open with &External Application"), QStringLiteral("document-open-recent"),
        QKeySequence(Qt::CTRL | Qt::Key_Return), [this] {
            for (const QString &path : m_content->selectedPaths())
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        });
    // The editor chosen in Preferences (a program, with arguments if any) gets the files.
    m_editorAction = add(
        tr("Open with External &Editor"), QStringLiteral("document-edit"),
        QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
            const QStringList paths = m_content->selectedPaths();
            if (paths.isEmpty()) return;
            QStringList command = QProcess::splitCommand(externalEditor());
            if (command.isEmpty()) {
                QMessageBox::information(
                    this, tr("External Editor"),
                    tr("Choose your editor under Edit > Preferences > Jobs > External editor."));
                return;
            }
            const QString program = command.takeFirst();
            if (!QProcess::startDetached(program, command + paths))
                QMessageBox::warning(this, tr("External Editor"),
                                     tr("“%1” could not be started. Check the external editor "
                                        "in Preferences.")
                                         .arg(program));
        });
    m_editorAction->setObjectName(QStringLiteral("externalEditorAction"));
    add(tr("Re&veal in File Manager"), QStringLiteral("folder"), QKeySequence(),
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_content->folder())); });
}

qint64 MainWindow::transferSelection(const QString &destination, bool move,
                                     const QString &uploadStyle)
{
    return submitTransfer(m_content->selectedPaths(), destination, move, uploadStyle);
}

qint64 MainWindow::submitTransfer(const QStringList &sources, const QString &destination, bool move,
                                  const QString &uploadStyle)
{
    try {
        jobs::UploadProcessing processing;
        if (!uploadStyle.isEmpty())
            processing.styles = jobs::resolveUploadStyles({uploadStyle}, m_styles->lookup());
        const qint64 job = m_queue->submit(jobs::planTransferJob(
            sources, destination, move, qint64(transferLimitKiB()) * 1024, processing));
        m_jobsDock->show();
        return job;
    } catch (const ProcessingError &e) {
        QMessageBox::warning(this, tr("Transfer"), localizedText(e.error()));
        return 0;
    }
}

void MainWindow::recordFolder(const QString &folder, std::function<void()> then)
{
    if (folder != m_content->folder()) return;
    // Names become searchable once listed; user data already in the catalogue is kept. Listing
    // and recording 20,000 files held the GUI thread for seconds: the core does both off it.
    *m_recordStop = true; // the folder shown before is left, recorded or not
    m_recordStop = std::make_shared<std::atomic_bool>(false);
    const auto stop = m_recordStop;
    QFuture<catalog::FileFactsList> recorded =
        catalog::recordFolderAsync(folder, m_catalog->file(), stop);
    m_recordings.add(QFuture<void>(recorded));
    recorded.then(this,
                  [this, folder, stop, then = std::move(then)](const catalog::FileFactsList &left) {
                      if (*stop) return;
                      m_catalog->recordMany(left);
                      Q_EMIT folderRecorded(folder);
                      if (then) then();
                      continueRecordedFolder(folder);
                  });
}

void MainWindow::continueRecordedFolder(const QString &folder)
{
    // Ratings, labels and tags other programs (or another profile) left in the files and their
    // sidecars reach the grid and the list as soon as the folder shows, not once a file is chosen.
    m_inspector->metadataPanel()->importFolder(folder);
    // Capture dates come from EXIF, read in the background for photos the catalogue has no
    // date for yet, so "date taken" filters work. It starts a moment later, so it does not
    // compete with the first screen of thumbnails.
    if (m_datedFolders.contains(folder)) return; // once a session: undated photos stay so
    m_datedFolders.insert(folder);
    QTimer::singleShot(1500, this, [this, folder] {
        // Clip facts (length, resolution, when and where) for the clip filters; a search
        // already showing runs again once they are in.
        catalog::clipFactsOfFolderAsync(*m_catalog, folder, m_recordStop)
            .then(this, [this](const catalog::FolderClips &clips) {
                if (!clips.recorded)
                    for (const auto &[info, f] : clips.read)
                        m_catalog->setVideoFacts(info.absoluteFilePath(), info.size(),
                                                 info.lastModified(), f);
                if (!clips.read.isEmpty() && m_filterBar->isActive()) runSearch();
            });
        catalog::dateFolderAsync(*m_catalog, folder, m_recordStop)
            .then(this, [this](const catalog::FileFactsList &left) {
                if (!left.isEmpty()) m_catalog->recordMany(left);
            });
    });
}

// Purges catalogue entries of files deleted outside the app, and records what is there now.
void MainWindow::rescan()
{
    const QString folder = m_content->folder();
    m_content->reread();
    // Purged once recorded: a file renamed elsewhere takes over its old entry first.
    recordFolder(folder, [this, folder] {
        const int purged = m_catalog->purgeMissing(folder);
        statusBar()->showMessage(
            purged > 0 ? tr("%n missing file(s) removed from the library", nullptr, purged)
                       : tr("Folder rescanned; no file was missing"),
            5000);
        runSearch();
    });
}

void MainWindow::runSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() && !m_filterBar->isActive()) {
        m_content->showOnly(std::nullopt);
        return;
    }
    catalog::Query q;
    q.text = text;
    m_filterBar->apply(q);
    q.under = m_content->folder();
    QStringList names;
    for (const QString &path : m_catalog->search(q)) {
        if (QFileInfo(path).absolutePath() == QDir(m_content->folder()).absolutePath())
            names << QFileInfo(path).fileName();
    }
    m_content->showOnly(names);
}

void MainWindow::showSortStatus()
{
    const bool collection = m_collectionView && !m_collectionView->isHidden();
    m_statusSort->setText(collection ? m_collectionView->sortText() : m_content->sortText());
}

void MainWindow::updateStatus()
{
    // An album or smart collection counts its own members, not the folder behind it.
    const bool collection = m_collectionView && !m_collectionView->isHidden();
    const int selected = int(collection ? m_collectionView->selectedPaths().size()
                                        : m_content->selectedPaths().size());
    const std::optional<int> all = collection ? std::nullopt : m_content->unfilteredCount();
    // Under a search or the filter bar, how many the folder holds: hidden items are not lost.
    const QString items =
        all ? tr("%1 of %n item(s) shown (filter on)", nullptr, *all).arg(m_content->entryCount())
            : tr("%n item(s)", nullptr,
                 collection ? int(m_collectionView->members().size()) : m_content->entryCount());
    m_statusCount->setText(selected ? tr("%1, %2 selected").arg(items).arg(selected) : items);
}

} // namespace ad::ui
