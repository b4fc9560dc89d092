#include "screenshotter.h"

#include "browser/aboutdialog.h"
#include "browser/assetcolumnsmodel.h"
#include "browser/collectionspanel.h"
#include "browser/contentview.h"
#include "browser/duplicateswindow.h"
#include "browser/filterbar.h"
#include "browser/gettingstarteddialog.h"
#include "browser/inspectorpanel.h"
#include "browser/mainwindow.h"
#include "browser/previewpane.h"
#include "buckets/bucketmodel.h"
#include "buckets/bucketview.h"
#include "buckets/uploaddialog.h"
#include "buckets/uploadstylebox.h"
#include "catalog/catalog.h"
#include "catalog/stylestore.h"
#include "common/theme.h"
#include "jobs/batchdialog.h"
#include "jobs/doctoimagedialog.h"
#include "jobs/jobqueue.h"
#include "jobs/jobsindicator.h"
#include "jobs/transcodedialog.h"
#include "settings/connectionsdialog.h"
#include "settings/endpointdialog.h"
#include "settings/preferencesdialog.h"
#include "settings/shortcutsdialog.h"
#include "storage/httpclient.h"
#include "style/values.h"
#include "styleeditor/beforeafterview.h"
#include "styleeditor/styleeditorwindow.h"
#include "styleeditor/stylelibrarypanel.h"
#include "styleeditor/stylepreview.h"
#include "styleeditor/stylesyncdialog.h"
#include "videotools/videoexportdialog.h"
#include "videotools/videopostersdialog.h"
#include "videotools/videotools.h"
#include "viewers/comparewindow.h"
#include "viewers/documentviewer.h"
#include "viewers/filmstrip.h"
#include "viewers/imagecanvas.h"
#include "viewers/imageviewer.h"
#include "viewers/mediaview.h"
#include "viewers/quicklook.h"
#include "viewers/videoplayer.h"
#include "viewers/viewerwindow.h"
#include "watermark/blindmarkform.h"
#include "watermark/robustnesspage.h"
#include "watermark/watermarkembedpage.h"
#include "watermark/watermarkextractpage.h"
#include "watermark/watermarkwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QImageReader>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMediaPlayer>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>

namespace ad::ui
{

namespace
{
// Lets queued work (directory listing, preview decoding) finish before a picture is taken.
template <typename Pred> void settle(Pred done, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    } while (!done() && !deadline.hasExpired());
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// Grid or list as a user switches, through the toolbar's action, so its button shows the mode.
void switchView(MainWindow &window, ContentView::Mode mode)
{
    window
        .findChild<QAction *>(mode == ContentView::Mode::List ? QStringLiteral("listViewAction")
                                                              : QStringLiteral("gridViewAction"))
        ->trigger();
}

QString save(QWidget &widget, const QString &dir, const QString &name, const QString &suffix)
{
    const QString path = QDir(dir).filePath(name + suffix + QStringLiteral(".png"));
    widget.grab().save(path);
    return path;
}
} // namespace

QStringList captureMainViews(MainWindow &window, const QString &dir, const QString &suffix)
{
    QDir().mkpath(dir);
    QStringList written;
    ContentView *content = window.content();
    settle([&] { return content->entryCount() > 0; });

    switchView(window, ContentView::Mode::Grid);
    // The sample photo shows EXIF in the inspector; any other folder shows its first file.
    if (!content->selectPath(content->folder() + QStringLiteral("/landscape.jpg")))
        content->selectFirstFile();
    settle([&] { return !window.preview()->isLoading() && content->thumbnailsPending() == 0; },
           15000);
    written << save(window, dir, QStringLiteral("main-grid"), suffix);

    // The filter bar narrowing the folder to videos.
    if (QAction *filters = window.findChild<QAction *>(QStringLiteral("filterBarAction"))) {
        filters->setChecked(true);
        window.findChild<FilterBar *>()->setKind(int(catalog::Kind::Video));
        settle([&] { return content->thumbnailsPending() == 0; }, 5000);
        written << save(window, dir, QStringLiteral("main-filtered"), suffix);
        filters->setChecked(false);
        settle([] { return true; }, 200);
    }

    switchView(window, ContentView::Mode::List);
    settle([] { return true; }, 200);
    written << save(window, dir, QStringLiteral("main-list"), suffix);
    switchView(window, ContentView::Mode::Grid);

    // Badges from the catalogue (a few files rated, labelled and favourites, as the keys do),
    // the list's metadata columns sorted by dimensions, Quick Look and the shortcuts.
    {
        const QStringList files = content->shownFiles();
        catalog::Catalog *library = window.catalog();
        library->setRating(files.mid(0, 3), 4);
        library->setLabel(files.mid(1, 2), 1);
        library->setFavourite(files.mid(2, 2), true);
        content->refreshLibrary();
        settle([&] { return content->columns()->factsPending() == 0; }, 20000);
        written << save(window, dir, QStringLiteral("grid-badges"), suffix);
        switchView(window, ContentView::Mode::List);
        content->sortBy(AssetColumnsModel::Dimensions, Qt::DescendingOrder);
        settle([&] { return content->columns()->factsComplete(); }, 30000);
        written << save(window, dir, QStringLiteral("list-columns"), suffix);
        content->sortBy(AssetColumnsModel::Name, Qt::AscendingOrder);
        switchView(window, ContentView::Mode::Grid);
        library->setRating(files, 0);
        library->setLabel(files, 0);
        library->setFavourite(files, false);
        content->refreshLibrary();

        content->selectPath(content->folder() + QStringLiteral("/landscape.jpg"));
        window.toggleQuickLook();
        settle([&] { return !window.quickLook()->view()->isLoading(); }, 10000);
        written << save(*window.quickLook(), dir, QStringLiteral("quick-look"), suffix);
        window.toggleQuickLook();
        ShortcutsDialog shortcuts(&window);
        shortcuts.show();
        settle([] { return true; }, 200);
        written << save(shortcuts, dir, QStringLiteral("shortcuts"), suffix);
    }

    written << save(*window.inspectorDock(), dir, QStringLiteral("inspector"), suffix);
    written << save(*window.sourcesDock(), dir, QStringLiteral("sources"), suffix);

    // Find Duplicates over a copy of the folder's pictures with a copy and a half-size version
    // of one, the smaller ones marked; then an album in Sources, shown in the content area.
    {
        QTemporaryDir pictures;
        const QStringList shown = content->shownFiles();
        for (const QString &file : shown)
            if (QImageReader(file).canRead())
                QFile::copy(file, pictures.filePath(QFileInfo(file).fileName()));
        const QString photo = content->folder() + QStringLiteral("/landscape.jpg");
        QFile::copy(photo, pictures.filePath(QStringLiteral("landscape copy.jpg")));
        const QImage image(photo);
        image.scaled(image.size() / 2, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            .save(pictures.filePath(QStringLiteral("landscape-small.jpg")), "JPEG", 70);
        DuplicatesWindow *duplicates = window.openDuplicates();
        duplicates->setPlaces({pictures.path()});
        duplicates->scan();
        settle([&] { return !duplicates->scanning(); }, 30000);
        duplicates->markAllButBest(catalog::KeepRule::Resolution);
        settle([] { return true; }, 1500); // the side-by-side pictures
        written << save(*duplicates, dir, QStringLiteral("find-duplicates"), suffix);
        duplicates->close();

        const QString folder = content->folder();
        const qint64 album = window.collectionsPanel()->createAlbum(
            QCoreApplication::translate("ad::ui::MainWindow", "Holiday"));
        window.collectionsPanel()->addToAlbum(album, shown.mid(0, 6));
        window.showCollection(album);
        settle([] { return true; }, 5000); // thumbnails: clip covers and office pages decode here
        written << save(window, dir, QStringLiteral("collection"), suffix);
        window.collections()->remove(album);
        window.collectionsPanel()->reload();
        window.openFolder(folder);
        settle([&] { return content->entryCount() > 0; });
    }

    // A batch over the folder: the dialog with its dry run, then the Jobs dock once it ran.
    QTemporaryDir output;
    BatchDialog batch(window.queue(), {}, content->folder(), &window);
    batch.setStyles({QStringLiteral("imageMogr2/thumbnail/400x/format/webp"),
                     QStringLiteral("imageMogr2/thumbnail/200x200!/rotate/90")});
    batch.setDestination(output.path());
    batch.preview();
    batch.show();
    settle([] { return true; }, 200);
    written << save(batch, dir, QStringLiteral("batch-dialog"), suffix);
    batch.accept();
    settle([&] { return window.queue()->isIdle(); }, 30000);
    settle([] { return true; }, 400); // the Jobs dock refreshes a moment later
    written << save(window, dir, QStringLiteral("jobs"), suffix);

    // Documents to Images on the sample report and spreadsheet, with the first page shown.
    DocToImageDialog docs(window.queue(),
                          {content->folder() + QStringLiteral("/report.pdf"),
                           content->folder() + QStringLiteral("/budget.xlsx")},
                          content->folder(), &window);
    docs.setDestination(output.filePath(QStringLiteral("pages")));
    docs.show();
    settle([&] { return !docs.isPreviewing(); }, 20000);
    settle([] { return true; }, 300);
    written << save(docs, dir, QStringLiteral("doc-to-image"), suffix);
    docs.close();

    // Transcode on the sample clip, its preset list open at 720p.
    TranscodeDialog transcode(window.queue(), {content->folder() + QStringLiteral("/clip.mp4")},
                              content->folder(), &window);
    transcode.setDestination(output.filePath(QStringLiteral("transcoded")));
    transcode.show();
    settle([] { return true; }, 300);
    written << save(transcode, dir, QStringLiteral("transcode"), suffix);
    transcode.close();

    // Tools > Video Posters & Sprites on the sample clip, the sprite sheet's options shown.
    VideoPostersDialog posters(window.queue(), {content->folder() + QStringLiteral("/clip.mp4")},
                               content->folder(), &window);
    posters.setWhat(VideoPostersDialog::What::Sprite);
    posters.setDestination(output.filePath(QStringLiteral("posters")));
    posters.show();
    settle([] { return true; }, 300);
    written << save(posters, dir, QStringLiteral("video-posters"), suffix);
    posters.close();

    // The viewers: a photo with its histogram, a document with a search, a video paused
    // on a frame, and two pictures compared.
    const QString folder = content->folder() + QLatin1Char('/');
    auto openViewer = [&](const QString &name) {
        ViewerWindow *viewer = window.openViewer(folder + name);
        viewer->resize(1200, 800);
        settle([&] { return !viewer->view()->isLoading(); }, 20000);
        return viewer;
    };
    ViewerWindow *viewer = openViewer(QStringLiteral("landscape.jpg"));
    viewer->view()->imageViewer()->setHistogramVisible(true);
    settle([] { return true; }, 500);
    written << save(*viewer, dir, QStringLiteral("viewer-image"), suffix);
    viewer->close();

    viewer = openViewer(QStringLiteral("report.pdf"));
    DocumentViewer *doc = viewer->view()->documentViewer();
    bool searched = false;
    QObject::connect(doc, &DocumentViewer::searchDone, doc, [&] { searched = true; });
    doc->search(QStringLiteral("AssetDesk"));
    settle([&] { return searched; }, 10000);
    settle([] { return true; }, 500);
    written << save(*viewer, dir, QStringLiteral("viewer-document"), suffix);
    viewer->close();

    viewer = openViewer(QStringLiteral("clip.mp4"));
    VideoPlayer *video = viewer->view()->videoPlayer();
    video->pause();
    video->seek(1000);
    settle([&] { return video->player()->position() == 1000 && !video->currentFrame().isNull(); },
           5000);
    settle([] { return true; }, 500);
    written << save(*viewer, dir, QStringLiteral("viewer-video"), suffix);
    // Its Video menu's dialogs: Save Frame with the CI string, and Trim with in and out points
    // marked on the seek bar.
    {
        VideoExportDialog *frame = viewer->videoTools()->openDialog(VideoExportDialog::Mode::Frame);
        settle([] { return true; }, 200);
        written << save(*frame, dir, QStringLiteral("video-save-frame"), suffix);
        frame->close();
        video->setInPoint(500);
        video->setOutPoint(1800);
        VideoExportDialog *trim = viewer->videoTools()->openDialog(VideoExportDialog::Mode::Trim);
        settle([] { return true; }, 200);
        written << save(*trim, dir, QStringLiteral("video-trim"), suffix);
        trim->close();
        written << save(*viewer, dir, QStringLiteral("viewer-video-trim-points"), suffix);
        VideoExportDialog *animation =
            viewer->videoTools()->openDialog(VideoExportDialog::Mode::Animation);
        settle([] { return true; }, 200);
        written << save(*animation, dir, QStringLiteral("video-animated-preview"), suffix);
        animation->close();
    }
    viewer->close();

    // The filmstrip of the folder under a photo turned a quarter for viewing.
    viewer = openViewer(QStringLiteral("landscape.jpg"));
    viewer->setFilmstripVisible(true);
    viewer->rotateView(90);
    settle([&] { return viewer->filmstrip()->thumbnailsPending() == 0; }, 20000);
    settle([] { return true; }, 300);
    written << save(*viewer, dir, QStringLiteral("viewer-filmstrip"), suffix);
    viewer->close();

    // A clip before Play: its poster in the browser's preview, which does not start it.
    content->selectPath(folder + QStringLiteral("clip.mp4"));
    VideoPlayer *preview = window.preview()->view()->videoPlayer();
    settle([&] { return preview->isPosterSettled() && !window.preview()->view()->isLoading(); },
           15000);
    written << save(window, dir, QStringLiteral("video-poster"), suffix);

    // Help: the built-in guide, and About with the versions of the libraries.
    {
        GettingStartedDialog guide(&window);
        guide.show();
        settle([] { return true; }, 200);
        written << save(guide, dir, QStringLiteral("getting-started"), suffix);
        AboutDialog about(&window);
        bool versions = false;
        QObject::connect(&about, &AboutDialog::versionsShown, [&] { versions = true; });
        about.show();
        settle([&] { return versions; }, 10000);
        written << save(about, dir, QStringLiteral("about"), suffix);
    }

    content->selectPath(folder + QStringLiteral("sunset.heic"));
    CompareWindow compare(window.imageLoader(), folder + QStringLiteral("sunset.heic"),
                          folder + QStringLiteral("sunset.avif"));
    compare.setAttribute(Qt::WA_DeleteOnClose, false);
    compare.resize(1200, 700);
    compare.show();
    settle([&] { return compare.isReady(); }, 10000);
    compare.viewer(0)->canvas()->setZoom(2.0, compare.viewer(0)->canvas()->rect().center());
    settle([] { return true; }, 300);
    written << save(compare, dir, QStringLiteral("compare"), suffix);
    compare.close();

    // Cloud connections, filled in for a local S3 store (nothing is saved).
    ConnectionsDialog connections(&window);
    storage::Profile profile;
    profile.name = QStringLiteral("Studio MinIO");
    profile.region = QStringLiteral("us-east-1");
    profile.endpoint = QStringLiteral("http://127.0.0.1:9000");
    profile.accessKey = QStringLiteral("studio-archive");
    connections.setForm(profile, {QStringLiteral("secret"), {}});
    connections.show();
    settle([] { return true; }, 200);
    written << save(connections, dir, QStringLiteral("connections"), suffix);
    connections.hide(); // close() would ask to save the example form

    // A bucket prefix, when the script put the samples in one.
    if (const QString bucket = qEnvironmentVariable("ASSETDESK_SCREENSHOT_BUCKET");
        !bucket.isEmpty()) {
        window.openFolder(bucket);
        BucketModel *model = window.buckets()->model();
        settle([&] { return !model->isListing() && model->rowCount() > 0; }, 10000);
        // The view asks for thumbnails once the listing settles; then they arrive.
        settle([&] { return model->thumbnailsPending() > 0; }, 3000);
        settle([&] { return model->thumbnailsPending() == 0; }, 20000);
        // A photo selected: its preview from the local copy and its facts in the Inspector.
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data().toString() != QLatin1String("landscape.jpg")) continue;
            window.buckets()->grid()->setCurrentIndex(model->index(row));
            settle(
                [&] {
                    return window.inspector()->shownRow(QStringLiteral("Dimensions")).size() > 0 &&
                           !window.preview()->isLoading();
                },
                10000);
        }
        written << save(window, dir, QStringLiteral("bucket-browser"), suffix);
        window.openFolder(content->folder());
    }

    // The blind watermark tool: a picture marked, the mark read back, and a short report.
    {
        QTemporaryDir out;
        const QString picture = content->folder() + QStringLiteral("/landscape.jpg");
        WatermarkWindow *tool = window.openWatermarkTool();
        tool->resize(1150, 760);
        tool->setPictures({picture});
        WatermarkEmbedPage *embed = tool->embedPage();
        embed->output()->setText(out.filePath(QStringLiteral("landscape-marked.jpg")));
        embed->form()->setType(3);
        embed->form()->setText(QStringLiteral("AssetDesk2026"));
        bool embedded = false;
        QObject::connect(embed, &WatermarkEmbedPage::finished, [&] { embedded = true; });
        embed->embed();
        settle([&] { return embedded; }, 30000);
        written << save(*tool, dir, QStringLiteral("watermark-embed"), suffix);

        WatermarkExtractPage *extract = tool->extractPage();
        tool->tabs()->setCurrentWidget(extract);
        extract->setSuspect(embed->output()->text());
        extract->form()->setType(3);
        bool extracted = false;
        QObject::connect(extract, &WatermarkExtractPage::finished, [&] { extracted = true; });
        extract->extract();
        settle([&] { return extracted; }, 30000);
        written << save(*tool, dir, QStringLiteral("watermark-extract"), suffix);

        // Type 2 answers with a match, drawn as a gauge against the cloud's bands.
        const QString mark = out.filePath(QStringLiteral("mark.png"));
        QImage markImage(48, 48, QImage::Format_RGB32);
        markImage.fill(Qt::black);
        QPainter(&markImage).fillRect(8, 8, 24, 32, Qt::white);
        markImage.save(mark);
        tool->tabs()->setCurrentWidget(embed);
        embed->form()->setType(2);
        embed->form()->setImagePath(mark);
        embed->output()->setText(out.filePath(QStringLiteral("landscape-type2.jpg")));
        embedded = false;
        embed->embed();
        settle([&] { return embedded; }, 30000);
        tool->tabs()->setCurrentWidget(extract);
        extract->setSuspect(embed->output()->text());
        extract->form()->setType(2);
        extract->form()->setImagePath(mark);
        extracted = false;
        extract->extract();
        settle([&] { return extracted; }, 30000);
        written << save(*tool, dir, QStringLiteral("watermark-extract-type2"), suffix);

        RobustnessPage *report = tool->robustnessPage();
        tool->tabs()->setCurrentWidget(report);
        report->form()->setType(3);
        report->form()->setText(QStringLiteral("AssetDesk2026"));
        report->chooseAttacks({QStringLiteral("jpeg75"), QStringLiteral("jpeg50"),
                               QStringLiteral("jpeg30"), QStringLiteral("webp75"),
                               QStringLiteral("resize50"), QStringLiteral("crop10"),
                               QStringLiteral("rotate3"), QStringLiteral("screenshot")});
        report->setStyles(QStringLiteral("web\timageMogr2/thumbnail/1200x/quality/70"));
        bool reported = false;
        QObject::connect(report, &RobustnessPage::finished, [&] { reported = true; });
        report->run();
        settle([&] { return reported; }, 60000);
        written << save(*tool, dir, QStringLiteral("watermark-report"), suffix);
        tool->close();
    }

    // The Style Editor: the library, a style with its form and the split preview; then the
    // difference view, and a typed mistake marked in the string.
    {
        catalog::StyleStore *store = window.styleStore();
        const QString b64Text = style::encodeBase64Param("AssetDesk");
        const QString b64White = style::encodeBase64Param("#FFFFFF");
        store->importStyles(
            {{QStringLiteral("thumb-800"), QStringLiteral("imageMogr2/thumbnail/800x")},
             {QStringLiteral("web"), QStringLiteral("style/thumb-800|imageMogr2/format/webp/"
                                                    "quality/75")},
             {QStringLiteral("mark"), QStringLiteral("watermark/2/text/%1/fill/%2/fontsize/48/"
                                                     "gravity/southeast/dx/24/dy/24")
                                          .arg(b64Text, b64White)}},
            false);
        StyleEditorWindow *editor = window.openStyleEditor();
        editor->resize(1400, 860);
        editor->library()->reload();
        editor->setAsset(content->folder() + QStringLiteral("/landscape.jpg"));
        editor->setProcessing(QStringLiteral("imageMogr2/thumbnail/1200x/bright/10/contrast/15|"
                                             "watermark/2/text/%1/fontsize/64/fill/%2/gravity/"
                                             "southeast/dx/30/dy/30/dissolve/85|imageMogr2/"
                                             "format/webp/quality/80")
                                  .arg(b64Text, b64White));
        editor->operationList()->setCurrentRow(3);
        const auto rendered = [&] {
            return !editor->preview()->isBusy() && editor->preview()->output().has_value();
        };
        settle(rendered, 30000);
        written << save(*editor, dir, QStringLiteral("style-editor"), suffix);

        // Files ▸ Sync with Bucket before a bucket is compared, and Copy to a Bucket with a
        // library style processed on upload.
        {
            StyleSyncDialog sync(store, editor);
            sync.resize(1000, 620);
            sync.show();
            settle([] { return true; }, 200);
            written << save(sync, dir, QStringLiteral("style-sync"), suffix);
            UploadDialog upload(
                QCoreApplication::translate("ad::ui::MainWindow", "Copy to a Bucket"), store,
                &window);
            upload.setDestination(QStringLiteral("cos://photos-1250000000/web/"));
            upload.styleBox()->setStyleName(QStringLiteral("web"));
            upload.show();
            settle([] { return true; }, 200);
            written << save(upload, dir, QStringLiteral("upload-process"), suffix);
        }

        // Tools → Local Endpoint on the sample folder: a few requests in the log, and the
        // selected picture's URL with the editor's string copied.
        {
            content->selectPath(content->folder() + QStringLiteral("/landscape.jpg"));
            EndpointDialog *endpoint = window.openEndpointDialog();
            endpoint->resize(1000, 560);
            if (endpoint->start()) {
                for (const QString &target :
                     {QStringLiteral("/landscape.jpg"),
                      QStringLiteral("/landscape.jpg?imageMogr2/thumbnail/400x/format/webp"),
                      QStringLiteral("/landscape.jpg?imageInfo"),
                      QStringLiteral("/landscape.jpg-thumb-800"), QStringLiteral("/missing.jpg")})
                    storage::httpExchange("GET", (endpoint->url() + target).toUtf8(), {}, {}, 30000,
                                          nullptr);
                endpoint->copyPictureUrl();
            }
            settle([&] { return endpoint->log()->blockCount() >= 5; }, 5000);
            written << save(*endpoint, dir, QStringLiteral("local-endpoint"), suffix);
            endpoint->stop();
            settle([&] { return !endpoint->isStopping(); }, 10000);
            endpoint->close();
        }

        // A library style used inside the string: the cloud needs it too, which shows as a warning.
        editor->setProcessing(editor->processing() + QStringLiteral("|style/web"));
        editor->preview()->setMode(int(BeforeAfterView::Mode::Difference));
        editor->operationList()->setCurrentRow(1);
        settle([] { return true; }, 400);
        settle(rendered, 30000);
        written << save(*editor, dir, QStringLiteral("style-editor-difference"), suffix);

        editor->preview()->setMode(int(BeforeAfterView::Mode::Split));
        editor->setProcessing(
            QStringLiteral("imageMogr2/thumbnail/1200x/rotate/400|imageMogr2/format/tpg"));
        settle([] { return true; }, 300);
        written << save(*editor, dir, QStringLiteral("style-editor-error"), suffix);

        // A clip selected: a snapshot string previews the frame it asks for, beside the cover.
        editor->setAsset(content->folder() + QStringLiteral("/clip.mp4"));
        editor->setProcessing(QStringLiteral("ci-process=snapshot&time=1.5&width=640"));
        settle(rendered, 30000);
        written << save(*editor, dir, QStringLiteral("style-editor-snapshot"), suffix);
        // The shown string was never saved: answer the editor's question, or it stays open.
        editor->close();
        if (auto *ask = editor->findChild<QMessageBox *>(QStringLiteral("unsavedChanges")))
            ask->button(QMessageBox::Discard)->click();
    }

    // Each page of Preferences (the cache measured first).
    {
        PreferencesDialog preferences(&window);
        bool measured = false;
        QObject::connect(&preferences, &PreferencesDialog::cacheMeasured, [&] { measured = true; });
        preferences.show();
        settle([&] { return measured; }, 10000);
        const char *pages[] = {"preferences", "preferences-thumbnails", "preferences-outputs",
                               "preferences-metadata", "preferences-jobs"};
        for (int page = 0; page < preferences.pages()->count(); ++page) {
            preferences.pages()->setCurrentIndex(page);
            settle([] { return true; }, 200);
            written << save(preferences, dir,
                            page < 5 ? QLatin1String(pages[page])
                                     : QStringLiteral("preferences-%1").arg(page),
                            suffix);
        }
        preferences.close();
    }

    // The main window in the dark theme, with the Jobs panel opened from the status bar.
    {
        const Theme before = appliedTheme();
        applyTheme(Theme::Dark);
        window.jobsIndicator()->click();
        settle([&] { return content->thumbnailsPending() == 0; }, 5000);
        written << save(window, dir, QStringLiteral("main-dark"), suffix);
        applyTheme(before);
    }
    return written;
}

} // namespace ad::ui
