#pragma once

#include "common/pendingwork.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSlider;
class QTimer;
class QUndoStack;
class QVBoxLayout;

namespace ad::jobs
{
class JobQueue;
}

namespace ad::catalog
{
class Catalog;
class StyleStore;
class CollectionStore;
} // namespace ad::catalog

namespace ad::ui
{

class ContentView;
class InspectorPanel;
class JobsPanel;
class PreviewPane;
class SourcesPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Without a queue the window keeps its jobs in memory (nothing to resume later).
    // Without a catalogue, library data (ratings, tags, ...) live in memory for this run.
    explicit MainWindow(jobs::JobQueue *queue = nullptr, catalog::Catalog *catalog = nullptr,
                        QWidget *parent = nullptr);

    void setLibraryFolder(const QString &folder);
    void openFolder(const QString &folder);

    ContentView *content() const { return m_content; }
    class BucketView *buckets() const { return m_buckets; }
    PreviewPane *preview() const { return m_preview; }
    jobs::JobQueue *queue() const { return m_queue; }
    catalog::Catalog *catalog() const { return m_catalog; }
    ~MainWindow() override;
    void openBatchDialog(const QString &style = {}); // style prefills the processing list
    // Tools > Blind Watermark, on the selected pictures; one window, raised when open.
    class WatermarkWindow *openWatermarkTool();
    // Opens (or raises) the Style Editor on the current picture, local or in a bucket.
    class StyleEditorWindow *openStyleEditor();
    // Tools > Local Endpoint, on the folder or bucket shown; one dialog, raised when open.
    class EndpointDialog *openEndpointDialog();
    catalog::StyleStore *styleStore() const { return m_styles.get(); }
    InspectorPanel *inspector() const { return m_inspector; }
    void openDocToImageDialog();
    // Copies or moves the selection to a bucket prefix or folder as a background job.
    // `uploadStyle`: a library style the cloud applies on upload to COS (empty: none).
    qint64 transferSelection(const QString &destination, bool move,
                             const QString &uploadStyle = {});
    // Copies or moves these files or locations as a background job (0 when nothing to do).
    qint64 submitTransfer(const QStringList &sources, const QString &destination, bool move,
                          const QString &uploadStyle = {});
    // Opens the viewer window on a file, with the folder's files for next and previous.
    class ViewerWindow *openViewer(const QString &path);
    // A bucket object in the viewer, from its local copy (fetched off the GUI thread).
    void openBucketObject(const QString &location, const QString &etag, qint64 size);
    // Opens the first two selected images side by side; null unless two are selected.
    class CompareWindow *compareSelection();
    class ImageLoader *imageLoader() const { return m_loader; }
    QDockWidget *sourcesDock() const { return m_sourcesDock; }
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    QDockWidget *jobsDock() const { return m_jobsDock; }
    // Tools > Find Duplicates, on the folder or bucket prefix shown; one window, raised.
    class DuplicatesWindow *openDuplicates();
    // A collection of the Sources dock in the content area.
    void showCollection(qint64 id);
    class CollectionView *collectionView() const { return m_collectionView; }
    class CollectionsPanel *collectionsPanel() const { return m_collectionsPanel; }
    catalog::CollectionStore *collections() const { return m_collections.get(); }
    void showOnMap(); // the first selected file's GPS position, as a geo: link
    class QuickLook *quickLook() const { return m_quickLook; } // null until first opened
    void toggleQuickLook(); // View > Quick Look (Space) on the first selected file
    class JobsIndicator *jobsIndicator() const { return m_jobsIndicator; }
    SourcesPanel *sources() const { return m_sources; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    // After Preferences: thumbnail size, jobs at once and the action icons as now set.
    void applyPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void bucketObjectOpened(class ViewerWindow *viewer); // a bucket object is in a viewer
    // The folder's files are in the catalogue as listed (searchable by name), some time after
    // it shows: a worker records them.
    void folderRecorded(const QString &folder);

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void restoreSettings();
    void updateStatus();
    void showSortStatus(); // the sort of what is shown, folder or collection, in words
    void showSelection(const QStringList &paths);
    std::optional<double> coverSeconds(const QString &clip) const; // chosen with Set as Cover
    void coverChanged(const QString &clip); // shows the clip's new cover wherever it is seen
    void runSearch();
    void rescan();
    void createFileActions();
    void runFileCommand(const QString &text, std::function<QList<QPair<QString, QString>>()> action,
                        bool createsCopies = false);
    // Records the folder's files in the catalogue off the GUI thread; `then` runs here after.
    void recordFolder(const QString &folder, std::function<void()> then = {});
    void continueRecordedFolder(const QString &folder); // sidecars, capture dates, clip facts
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &name,
                         Qt::DockWidgetArea area);

    jobs::JobQueue *m_queue;
    std::unique_ptr<catalog::Catalog> m_ownCatalog;
    catalog::Catalog *m_catalog;
    std::unique_ptr<catalog::StyleStore> m_styles;
    class ImageLoader *m_loader; // decoded images shared by the preview and the viewers
    QPointer<class WatermarkWindow> m_watermark;
    QPointer<class StyleEditorWindow> m_styleEditor;
    QPointer<class EndpointDialog> m_endpoint;
    QString m_currentImage; // the first selected image, for the Style Editor
    QString m_bucketCopy;   // the local copy of the bucket object being previewed
    ContentView *m_content;
    class BucketView *m_buckets;
    QString m_previewing;         // the bucket object whose copy the preview waits for
    quint64 m_previewLoad = 0;    // its load in the pipeline, cancelled by the next selection
    quint64 m_openLoad = 0;       // Open in Viewer of a bucket object
    QSet<qint64> m_bucketUploads; // jobs uploading into the bucket view, to refresh it after
    class FilterBar *m_filterBar;
    QAction *m_filterBarAction = nullptr; // View > Filter Bar: checked while the bar applies
    QSet<QString> m_datedFolders; // folders whose photos' capture dates were read this session
    // recordFolder's workers, waited for on close; the latest stops when another folder shows.
    PendingWork m_recordings;
    std::shared_ptr<std::atomic_bool> m_recordStop = std::make_shared<std::atomic_bool>(false);
    PreviewPane *m_preview;
    SourcesPanel *m_sources;
    InspectorPanel *m_inspector;
    JobsPanel *m_jobs;
    QDockWidget *m_sourcesDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_jobsDock = nullptr;
    QLabel *m_statusCount;
    QLabel *m_statusSort = nullptr;
    QSlider *m_sizeSlider;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QUndoStack *m_undo;
    QList<QAction *> m_fileActions;

    QAction *m_openAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_bookmarkAction = nullptr;
    QAction *m_gridAction = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_batchAction = nullptr;
    QAction *m_docAction = nullptr;
    // Find Duplicates, collections and Show on Map (librarytools.cpp).
    void setUpLibraryTools(QVBoxLayout *contentLayout);
    QStringList selectedAssets() const; // files, collection members or bucket objects
    // A library edit's confirmation in the status bar, saying which members of the smart
    // collection shown no longer match it.
    void confirmLibraryEdit(const QString &confirmation, const QStringList &paths);
    std::unique_ptr<catalog::CollectionStore> m_collections;
    class CollectionView *m_collectionView = nullptr;
    class CollectionsPanel *m_collectionsPanel = nullptr;
    QPointer<class DuplicatesWindow> m_duplicates;
    QAction *m_findDuplicatesAction = nullptr;
    QList<QAction *> m_collectionActions; // Add to Album, Show on Map
    QAction *m_quickLookAction = nullptr;
    class LibraryActions *m_libraryActions = nullptr;
    class QuickLook *m_quickLook = nullptr;
    QAction *m_watermarkAction = nullptr;
    QAction *m_styleEditorAction = nullptr;
    QAction *m_rescanAction = nullptr;
    QAction *m_editorAction = nullptr;
    class JobsIndicator *m_jobsIndicator = nullptr;
};

} // namespace ad::ui
