// The GUI shell offscreen: views, docks, actions with shortcuts, folder browsing, preview,
// persisted window state and the Chinese translation.

#include "browser/assetcolumnsmodel.h"
#include "browser/collectionview.h"
#include "browser/contentview.h"
#include "browser/filterbar.h"
#include "browser/inspectorpanel.h"
#include "browser/mainwindow.h"
#include "browser/previewpane.h"
#include "browser/sourcespanel.h"
#include "buckets/bucketmodel.h"
#include "buckets/bucketview.h"
#include "catalog/catalog.h"
#include "catalog/collections.h"
#include "catalog/stylestore.h"
#include "common/error.h"
#include "imaging/bucketthumbnails.h"
#include "jobs/batchdialog.h"
#include "jobs/doctoimagedialog.h"
#include "jobs/jobqueue.h"
#include "jobs/jobsmodel.h"
#include "metadata/xmpfile.h"
#include "settings/appsettings.h"
#include "settings/connectionsdialog.h"
#include "storage/parallel.h"
#include "storage/profiles.h"
#include "storage/storage.h"
#include "styleeditor/styleeditorwindow.h"
#include "styleeditor/stylepreview.h"
#include "support/s3rver.h"
#include "support/testdocs.h"
#include "support/testimages.h"
#include "viewers/comparewindow.h"
#include "viewers/imagecanvas.h"
#include "viewers/imageviewer.h"
#include "viewers/mediaview.h"
#include "viewers/viewerwindow.h"
#include "watermark/watermarkwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUuid>

using namespace ad;
using namespace ad::ui;
using namespace ad::test;

namespace
{
// A query for words only (the other filters stay unset).
ad::catalog::Query textQuery(const QString &text)
{
    ad::catalog::Query q;
    q.text = text;
    return q;
}
} // namespace

// Answers the next question box (Save / Discard / Cancel) as soon as it is shown.
void answerQuestion(QMessageBox::StandardButton answer)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            box->button(answer)->click();
        }
    });
    timer->start(20);
}

class MainWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AssetDesk-Test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
        QSettings().clear();
        const QString a = writeTemp(m_library, QStringLiteral("a.jpg"),
                                    makeImage(640, 480, QStringLiteral("jpg")));
        QCOMPARE(run(QStringLiteral("exiv2"),
                     {QStringLiteral("-q"), QStringLiteral("-M"),
                      QStringLiteral("set Exif.Image.Make AssetDesk"), QStringLiteral("-M"),
                      QStringLiteral("set Exif.Image.Model Test Cam"), a}),
                 0);
        writeTemp(m_library, QStringLiteral("b.png"), makeImage(300, 200, QStringLiteral("png")));
        writeTemp(m_library, QStringLiteral("c.txt"), "text");
    }

    void hasTheMainViews()
    {
        MainWindow w;
        QVERIFY(w.findChild<QListView *>(QStringLiteral("contentGrid")));
        QVERIFY(w.findChild<QTreeView *>(QStringLiteral("contentList")));
        QVERIFY(w.findChild<PreviewPane *>(QStringLiteral("previewPane")));
        QCOMPARE(w.sourcesDock()->objectName(), QStringLiteral("sourcesDock"));
        QCOMPARE(w.inspectorDock()->objectName(), QStringLiteral("inspectorDock"));
        QCOMPARE(w.jobsDock()->objectName(), QStringLiteral("jobsDock"));
        QCOMPARE(w.menuBar()->actions().size(), 5);
        // Every menu action that does something has a shortcut or lives in a menu with mnemonics.
        int shortcuts = 0;
        for (QAction *a : w.findChildren<QAction *>())
            shortcuts += a->shortcut().isEmpty() ? 0 : 1;
        QVERIFY(shortcuts >= 7);
    }

    // A window of its own (not a dialog), placed over the main window rather than wherever the
    // window system puts new windows (the screen's corner without a window manager).
    void watermarkToolOpensOverTheWindow()
    {
        MainWindow w;
        w.setGeometry(300, 200, 1100, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WatermarkWindow *tool = w.openWatermarkTool();
        QVERIFY(QTest::qWaitForWindowExposed(tool));
        const QPoint offset = tool->geometry().center() - w.geometry().center();
        QVERIFY2(offset.manhattanLength() <= 4,
                 qPrintable(QStringLiteral("%1, %2").arg(offset.x()).arg(offset.y())));
        QCOMPARE(w.openWatermarkTool(), tool); // one window, raised again
        tool->close();
    }

    void browsesAndPreviews()
    {
        MainWindow w;
        w.show();
        w.openFolder(m_library.path());
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 3, 5000);
        QSignalSpy loaded(w.preview(), &PreviewPane::loaded);
        w.content()->selectFirstFile();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(w.preview()->view()->kind(), MediaView::Kind::Image);
        QVERIFY(!w.preview()->view()->imageViewer()->canvas()->image().isNull());
        w.content()->setMode(ContentView::Mode::List);
        QCOMPARE(w.content()->mode(), ContentView::Mode::List);
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->thumbnailsPending(), 0, 10000);
        // The Inspector shows what exiv2 reads from the selected photo.
        QVERIFY(w.content()->selectPath(m_library.filePath(QStringLiteral("a.jpg"))));
        auto *inspector = w.inspectorDock()->findChild<QTreeWidget *>();
        QTRY_VERIFY_WITH_TIMEOUT(
            !inspector->findItems(QStringLiteral("Camera"), Qt::MatchExactly).isEmpty(), 5000);
        QCOMPARE(inspector->findItems(QStringLiteral("Camera"), Qt::MatchExactly).first()->text(1),
                 QStringLiteral("AssetDesk Test Cam"));
        // F3 opens the viewer on the selection; the browser follows as it steps.
        QTest::keyClick(&w, Qt::Key_F3);
        auto *viewer = w.findChild<ViewerWindow *>();
        QVERIFY(viewer);
        QCOMPARE(viewer->currentPath(), m_library.filePath(QStringLiteral("a.jpg")));
        viewer->step(1);
        QCOMPARE(w.content()->selectedPaths(),
                 QStringList{m_library.filePath(QStringLiteral("b.png"))});
        viewer->close();
        // Ctrl+K compares the two selected images (the text file is left out).
        w.content()->findChild<QListView *>()->selectAll();
        QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
        auto *compare = w.findChild<CompareWindow *>();
        QVERIFY(compare);
        QTRY_VERIFY_WITH_TIMEOUT(compare->isReady(), 5000);
        QCOMPARE(compare->viewer(1)->canvas()->image().size(), QSize(300, 200));
    }

    // File > Cloud Connections against a real server and the keyring (with-keyring.sh).
    void connectionsDialogTestsAndSaves()
    {
        QTemporaryDir data;
        S3rver server(data.filePath(QStringLiteral("s3")), {QStringLiteral("assets")});
        QVERIFY(server.start());
        ConnectionsDialog dialog;
        storage::Profile p;
        p.name = QStringLiteral("dialog test");
        p.endpoint = server.url().toString();
        p.region = QStringLiteral("us-east-1");
        p.accessKey = QStringLiteral("S3RVER");
        dialog.setForm(p, {QStringLiteral("typed-secret-99"), {}});
        QSignalSpy tested(&dialog, &ConnectionsDialog::tested);
        dialog.testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.takeFirst().first().toBool(), qPrintable(dialog.status()));
        QVERIFY(dialog.status().contains(QStringLiteral("1 bucket")));
        QVERIFY(dialog.save());
        QVERIFY(storage::findProfile(QStringLiteral("dialog test")));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("typed-secret-99"));
        // The stored secret serves a test with the field left empty; a dead address fails.
        dialog.setForm(*storage::findProfile(QStringLiteral("dialog test")), {});
        dialog.testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY(tested.takeFirst().first().toBool());
        p.endpoint = QStringLiteral("http://127.0.0.1:9");
        dialog.setForm(p, {QStringLiteral("x"), {}});
        dialog.testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY(!tested.takeFirst().first().toBool());
        QVERIFY(dialog.status().startsWith(QStringLiteral("Failed")));
        storage::removeProfile(QStringLiteral("dialog test"));

        // A COS connection's optional endpoint is an override: saved as typed, refused when it
        // is not http(s)://host[:port].
        storage::Profile cos;
        cos.name = QStringLiteral("cos override");
        cos.flavor = storage::Endpoint::Flavor::Cos;
        cos.region = QStringLiteral("ap-guangzhou");
        cos.accessKey = QStringLiteral("AKIDdialog");
        cos.endpoint = QStringLiteral("127.0.0.1:8080");
        dialog.setForm(cos, {QStringLiteral("secret"), {}});
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.status().contains(QStringLiteral("http(s)://host[:port]")),
                 qPrintable(dialog.status()));
        QVERIFY(!storage::findProfile(cos.name));
        cos.endpoint = QStringLiteral("http://127.0.0.1:8080");
        dialog.setForm(cos, {QStringLiteral("secret"), {}});
        QVERIFY2(dialog.save(), qPrintable(dialog.status()));
        const storage::Endpoint e = storage::endpointFor(*storage::findProfile(cos.name));
        QCOMPARE(e.connectTo, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(e.url, QUrl(QStringLiteral("https://cos.ap-guangzhou.myqcloud.com")));
        // COS addresses buckets by host: no path-style choice is offered for it.
        QVERIFY(dialog.findChild<QCheckBox *>()->isHidden());

        // Closing with an edit asks: Cancel stays, Save keeps the edit, Discard drops one.
        dialog.show();
        dialog.setForm(*storage::findProfile(cos.name), {});
        QVERIFY(!dialog.hasUnsavedChanges());
        cos.endpoint = QStringLiteral("http://127.0.0.1:8081");
        dialog.setForm(cos, {});
        QVERIFY(dialog.hasUnsavedChanges());
        answerQuestion(QMessageBox::Cancel);
        dialog.reject();
        QVERIFY(dialog.isVisible());
        answerQuestion(QMessageBox::Save);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(storage::findProfile(cos.name)->endpoint, cos.endpoint);
        dialog.show();
        cos.endpoint = QStringLiteral("http://127.0.0.1:8082");
        dialog.setForm(cos, {});
        answerQuestion(QMessageBox::Discard);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(storage::findProfile(cos.name)->endpoint, QStringLiteral("http://127.0.0.1:8081"));
        storage::removeProfile(cos.name);
    }

    void persistsWindowState()
    {
        {
            MainWindow w;
            w.show();
            w.openFolder(m_library.path());
            w.content()->setMode(ContentView::Mode::List);
            w.jobsDock()->hide();
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.content()->folder(), m_library.path());
        QCOMPARE(again.content()->mode(), ContentView::Mode::List);
        QVERIFY(again.jobsDock()->isHidden());
    }

    // Quitting with an unsaved style asks first and, on Cancel, keeps the whole application:
    // the main window once closed first and left the editor stranded.
    void quitAsksAboutTheUnsavedStyleFirst()
    {
        MainWindow w;
        w.show();
        StyleEditorWindow *editor = w.openStyleEditor();
        editor->setProcessing(QStringLiteral("imageMogr2/thumbnail/99x"));
        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(50, [button] {
                for (QWidget *top : QApplication::topLevelWidgets())
                    for (auto *ask :
                         top->findChildren<QMessageBox *>(QStringLiteral("unsavedChanges")))
                        if (ask->isVisible()) ask->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->processing(), QStringLiteral("imageMogr2/thumbnail/99x"));
        answer(QMessageBox::Discard);
        QVERIFY(w.close());
        QVERIFY(!w.isVisible());
    }

    void chineseTranslationLoads()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("assetdesk"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QApplication::installTranslator(&translator);
        MainWindow w;
        QCOMPARE(w.menuBar()->actions().at(0)->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(w.sourcesDock()->windowTitle(), QStringLiteral("来源"));
        QApplication::removeTranslator(&translator);
    }

    void batchDialogRunsAJob()
    {
        MainWindow w;
        QTemporaryDir out;
        BatchDialog dialog(w.queue(),
                           {m_library.filePath(QStringLiteral("a.jpg")),
                            m_library.filePath(QStringLiteral("b.png"))},
                           m_library.path(), &w);
        dialog.setStyles({QStringLiteral("imageMogr2/thumbnail/64x/format/png")});
        dialog.setDestination(out.path());
        QVERIFY(dialog.preview());
        auto *plan = dialog.findChild<QTreeWidget *>();
        QCOMPARE(plan->topLevelItemCount(), 2);
        QCOMPARE(plan->topLevelItem(1)->text(1),
                 QDir(out.path()).filePath(QStringLiteral("b.png")));
        // A bad style is shown, not submitted.
        dialog.setStyles({QStringLiteral("imageMogr2/thumbnail/abc")});
        QVERIFY(!dialog.preview());
        dialog.accept();
        QCOMPARE(dialog.submittedJob(), 0);
        dialog.setStyles({QStringLiteral("imageMogr2/thumbnail/64x/format/png")});
        dialog.accept();
        QVERIFY(dialog.submittedJob() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.queue()->isIdle(), 10000);
        QCOMPARE(w.queue()->progress(dialog.submittedJob()).counts.done, 2);
        QVERIFY(QFile::exists(QDir(out.path()).filePath(QStringLiteral("a.png"))));
        auto *model = w.findChild<JobsModel *>();
        QVERIFY(model);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(model->index(0, JobsModel::Status)
                                     .data()
                                     .toString()
                                     .startsWith(QLatin1String("Finished")),
                                 2000);
        QCOMPARE(model->index(0, JobsModel::Progress).data(JobsModel::ProgressRole).toInt(), 100);

        // A library style, as the Style Editor applies it: the job runs it expanded.
        w.styleStore()->save(QStringLiteral("tiny"), QStringLiteral("imageMogr2/thumbnail/16x"));
        QTemporaryDir styled;
        BatchDialog apply(w.queue(), {m_library.filePath(QStringLiteral("a.jpg"))},
                          m_library.path(), &w);
        apply.setStyleLookup(w.styleStore()->lookup());
        apply.setStyles({QStringLiteral("style/tiny|imageMogr2/format/png")});
        apply.setDestination(styled.path());
        apply.accept();
        QVERIFY(apply.submittedJob() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.queue()->isIdle(), 10000);
        QCOMPARE(
            test::sizeOf(test::readFile(QDir(styled.path()).filePath(QStringLiteral("a.png")))),
            QSize(16, 12));
    }

    // Bucket prefixes as source and destination (credentials from the environment, as the CLI).
    // A saved connection in Places opens on its buckets; a prefix of over a thousand keys
    // streams in page by page, folders first; image thumbnails come through the ETag cache.
    void browsesABucket()
    {
        QTemporaryDir data;
        S3rver server(data.filePath(QStringLiteral("s3")), {QStringLiteral("assets")});
        QVERIFY(server.start());
        storage::Profile p;
        p.name = QStringLiteral("studio");
        p.endpoint = server.url().toString();
        p.region = QStringLiteral("us-east-1");
        p.accessKey = QStringLiteral("S3RVER");
        storage::saveProfile(p, {QStringLiteral("S3RVER"), {}});
        storage::ObjectClient client(storage::endpointFor(p));
        client.put(QStringLiteral("assets"), QStringLiteral("browse/a-photo.jpg"),
                   makeImage(640, 400, QStringLiteral("jpg")));
        client.put(QStringLiteral("assets"), QStringLiteral("browse/sub/x.txt"), "x");
        // Content of this run only, so no earlier run's copy of it is in the cache.
        const QByteArray note = QUuid::createUuid().toByteArray();
        client.put(QStringLiteral("assets"), QStringLiteral("browse/b-note.txt"), note);
        const int many = 1100;
        storage::runInParallel(8, many, [&](qsizetype i) {
            storage::ObjectClient(storage::endpointFor(p, {QStringLiteral("S3RVER"), {}}))
                .put(QStringLiteral("assets"),
                     QStringLiteral("browse/z-%1.txt").arg(i, 4, 10, QLatin1Char('0')), "z");
        });

        MainWindow w;
        w.show();
        w.openFolder(data.path()); // a folder first: Sources leaves it for the connection
        auto *places = w.sources()->places();
        QVERIFY(!places->findItems(QStringLiteral("studio"), Qt::MatchExactly).isEmpty());
        QVERIFY(!w.sources()->folderTree()->selectedItems().isEmpty());
        Q_EMIT places->itemActivated(
            places->findItems(QStringLiteral("studio"), Qt::MatchExactly).first());
        BucketModel *model = w.buckets()->model();
        QVERIFY(w.buckets()->isVisible() && !w.content()->isVisible());
        // One source is selected in Sources: the connection shown (the folder stayed too).
        QCOMPARE(places->selectedItems(),
                 places->findItems(QStringLiteral("studio"), Qt::MatchExactly));
        QVERIFY(w.sources()->folderTree()->selectedItems().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isListing() && model->rowCount() == 1, 10000);
        QCOMPARE(model->index(0).data().toString(), QStringLiteral("assets"));
        w.buckets()->setLocation(QStringLiteral("s3://studio@assets/browse/"));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isListing(), 20000);
        QCOMPARE(model->rowCount(), many + 3);
        QCOMPARE(model->pagesListed(), 2); // 1000 keys a request
        QCOMPARE(model->index(0).data().toString(), QStringLiteral("sub"));
        QVERIFY(model->index(0).data(BucketModel::FolderRole).toBool());
        QCOMPARE(model->index(1).data().toString(), QStringLiteral("a-photo.jpg"));
        // The photo's thumbnail, made from the object and cached under its ETag.
        QTRY_VERIFY_WITH_TIMEOUT(
            !model->index(1).data(BucketModel::ThumbnailRole).value<QImage>().isNull(), 10000);
        QCOMPARE(model->index(1).data(BucketModel::ThumbnailRole).value<QImage>().size(),
                 QSize(256, 160));
        const storage::ObjectInfo info =
            client.head(QStringLiteral("assets"), QStringLiteral("browse/a-photo.jpg"));
        QVERIFY(QFile::exists(imaging::BucketThumbnails().cachePath(
            storage::parseObjectUrl(QStringLiteral("s3://studio@assets/browse/a-photo.jpg")),
            info.etag, 256)));
        // Selecting the photo previews it from a local copy.
        w.buckets()->grid()->setCurrentIndex(model->index(1));
        QTRY_COMPARE_WITH_TIMEOUT(w.preview()->view()->imageViewer()->canvas()->image().size(),
                                  QSize(640, 400), 10000);
        QCOMPARE(w.preview()->caption(), QStringLiteral("a-photo.jpg"));
        // The Inspector shows the object, then what its copy says.
        const QString photo = QStringLiteral("s3://studio@assets/browse/a-photo.jpg");
        QCOMPARE(w.inspector()->shownRow(QStringLiteral("Location")), photo);
        QCOMPARE(w.inspector()->shownRow(QStringLiteral("ETag")), info.etag);
        QTRY_COMPARE_WITH_TIMEOUT(w.inspector()->shownRow(QStringLiteral("Dimensions")),
                                  QStringLiteral("640 × 400 px"), 10000);
        // Enter (or F3) opens it in a viewer, titled with the object's name.
        ViewerWindow *viewer = nullptr;
        connect(&w, &MainWindow::bucketObjectOpened, this, [&](ViewerWindow *v) { viewer = v; });
        Q_EMIT w.buckets()->grid()->activated(model->index(1));
        QTRY_VERIFY_WITH_TIMEOUT(viewer, 10000);
        QVERIFY(viewer->windowTitle().startsWith(QLatin1String("a-photo.jpg")));
        QCOMPARE(test::sizeOf(test::readFile(viewer->currentPath())), QSize(640, 400));
        viewer->close();
        // Dragged out, the object is a real file under its own name.
        std::unique_ptr<QMimeData> drag(model->mimeData({model->index(1)}));
        QCOMPARE(drag->urls().size(), 1);
        QCOMPARE(QFileInfo(drag->urls().first().toLocalFile()).fileName(),
                 QStringLiteral("a-photo.jpg"));
        QCOMPARE(test::readFile(drag->urls().first().toLocalFile()),
                 client.get(QStringLiteral("assets"), QStringLiteral("browse/a-photo.jpg")));
        QCOMPARE(drag->text(), photo);
        QVERIFY(!(model->flags(model->index(0)) & Qt::ItemIsDragEnabled)); // a folder
        // An object not copied here yet is not fetched on the GUI thread: this drag carries
        // its location, and the copy made in the background goes with the next drag.
        const QModelIndex other = model->index(2);
        std::unique_ptr<QMimeData> early(model->mimeData({other}));
        QVERIFY(early->urls().isEmpty());
        QCOMPARE(early->text(), other.data(BucketModel::LocationRole).toString());
        const auto dragged = [&] {
            std::unique_ptr<QMimeData> again(model->mimeData({other}));
            return again->urls().isEmpty() ? QByteArray()
                                           : test::readFile(again->urls().first().toLocalFile());
        };
        QTRY_COMPARE_WITH_TIMEOUT(dragged(), note, 10000);
        // The Style Editor previews that object and writes its cloud URL.
        StyleEditorWindow *editor = w.openStyleEditor();
        editor->setProcessing(QStringLiteral("imageMogr2/thumbnail/320x"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !editor->preview()->isBusy() && editor->preview()->output().has_value(), 20000);
        QCOMPARE(editor->preview()->output()->size, QSize(320, 200));
        QCOMPARE(editor->cloudUrl(), server.url().toString(QUrl::StripTrailingSlash) +
                                         QStringLiteral("/assets/browse/a-photo.jpg?imageMogr2/"
                                                        "thumbnail/320x"));
        editor->close(); // the string is unsaved: the editor asks, and Discard closes it
        editor->findChild<QMessageBox *>(QStringLiteral("unsavedChanges"))
            ->button(QMessageBox::Discard)
            ->click();
        QTRY_VERIFY(!editor->isVisible());
        // Into a folder and back up.
        w.buckets()->grid()->setCurrentIndex(model->index(0));
        Q_EMIT w.buckets()->grid()->activated(model->index(0));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isListing() && model->rowCount() == 1, 10000);
        QCOMPARE(model->index(0).data().toString(), QStringLiteral("x.txt"));
        w.buckets()->goUp();
        QCOMPARE(w.buckets()->location(), QStringLiteral("s3://studio@assets/browse/"));
        // Object operations: new folder, share link, properties, delete (a folder too).
        BucketView *view = w.buckets();
        QSignalSpy done(view, &BucketView::done);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isListing(), 10000);
        view->newFolder(QStringLiteral("made"));
        QVERIFY(done.wait(10000));
        QVERIFY2(done.takeFirst().first().toBool(), qPrintable(view->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isListing() &&
                                     model->index(0).data().toString() == QStringLiteral("made"),
                                 10000);
        auto rowOf = [&](const QString &name) {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r).data().toString() == name) return r;
            return -1;
        };
        auto select = [&](const QStringList &names) {
            view->grid()->clearSelection();
            for (const QString &n : names)
                view->grid()->selectionModel()->select(model->index(rowOf(n)),
                                                       QItemSelectionModel::Select);
        };
        select({QStringLiteral("a-photo.jpg")});
        view->copyShareLink();
        QVERIFY(done.wait(10000));
        QVERIFY(done.takeFirst().first().toBool());
        QTRY_VERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("a-photo.jpg")));
        {
            // The link works without credentials.
            QNetworkAccessManager net;
            QNetworkReply *reply =
                net.get(QNetworkRequest(QUrl(QGuiApplication::clipboard()->text())));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(10000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(sizeOf(reply->readAll()), QSize(640, 400));
            reply->deleteLater();
        }
        view->showProperties();
        QVERIFY(done.wait(10000));
        const QString properties = done.takeFirst().at(1).toString();
        QVERIFY(properties.contains(info.etag));
        QVERIFY2(properties.contains(QStringLiteral("Tags: none")), qPrintable(properties));
        if (auto *box = view->findChild<QWidget *>(QStringLiteral("objectProperties")))
            box->close();
        select({QStringLiteral("sub"), QStringLiteral("a-photo.jpg")});
        view->deleteSelected(false);
        QVERIFY(done.wait(10000));
        const QList<QVariant> deleted = done.takeFirst();
        QVERIFY2(deleted.first().toBool(), qPrintable(deleted.at(1).toString()));
        QVERIFY(deleted.at(1).toString().startsWith(QStringLiteral("2 object"))); // x.txt, photo
        QTRY_VERIFY_WITH_TIMEOUT(!model->isListing() && rowOf(QStringLiteral("sub")) < 0 &&
                                     rowOf(QStringLiteral("a-photo.jpg")) < 0,
                                 10000);
        QVERIFY_THROWS_EXCEPTION(ProcessingError, client.head(QStringLiteral("assets"),
                                                              QStringLiteral("browse/sub/x.txt")));
        // Files dropped from a file manager upload into the prefix as a job; the listing
        // follows.
        {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(m_library.filePath(QStringLiteral("b.png")))});
            QWidget *viewport = view->grid()->viewport();
            QDragEnterEvent enter(QPoint(2, 2), Qt::CopyAction, &mime, Qt::LeftButton,
                                  Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(2, 2), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &drop);
            QVERIFY(drop.isAccepted());
            QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("b.png")) >= 0, 15000);
            QCOMPARE(sizeOf(client.get(QStringLiteral("assets"), QStringLiteral("browse/b.png"))),
                     QSize(300, 200));
        }
        // Rename (F2) and Move To run as transfer jobs: a server-side copy, then a delete.
        QCOMPARE(BucketView::renamedLocation(QStringLiteral("s3://p@b/d/a.jpg"),
                                             QStringLiteral("c.jpg")),
                 QStringLiteral("s3://p@b/d/c.jpg"));
        QCOMPARE(
            BucketView::renamedLocation(QStringLiteral("s3://p@b/d/sub/"), QStringLiteral("new")),
            QStringLiteral("s3://p@b/d/new/"));
        QVERIFY(
            BucketView::renamedLocation(QStringLiteral("s3://p@b/d/a.jpg"), QStringLiteral("x/y"))
                .isEmpty());
        QVERIFY(BucketView::renamedLocation(QStringLiteral("s3://p@b/"), QStringLiteral("c"))
                    .isEmpty());
        select({QStringLiteral("b.png")});
        view->renameSelected(QStringLiteral("c.png"));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isListing() && rowOf(QStringLiteral("c.png")) >= 0 &&
                                     rowOf(QStringLiteral("b.png")) < 0,
                                 15000);
        QCOMPARE(sizeOf(client.get(QStringLiteral("assets"), QStringLiteral("browse/c.png"))),
                 QSize(300, 200));
        QVERIFY_THROWS_EXCEPTION(
            ProcessingError, client.head(QStringLiteral("assets"), QStringLiteral("browse/b.png")));
        select({QStringLiteral("made"), QStringLiteral("c.png")});
        client.put(QStringLiteral("assets"), QStringLiteral("browse/made/inner.txt"), "inner");
        view->moveSelected(QStringLiteral("s3://studio@assets/browse/moved"));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isListing() && rowOf(QStringLiteral("moved")) >= 0 &&
                                     rowOf(QStringLiteral("c.png")) < 0 &&
                                     rowOf(QStringLiteral("made")) < 0,
                                 20000);
        QCOMPARE(
            client.get(QStringLiteral("assets"), QStringLiteral("browse/moved/made/inner.txt")),
            QByteArray("inner"));
        QCOMPARE(sizeOf(client.get(QStringLiteral("assets"), QStringLiteral("browse/moved/c.png"))),
                 QSize(300, 200));
        // Back to a local folder: the file grid returns.
        w.openFolder(m_library.path());
        QVERIFY(w.content()->isVisible() && !w.buckets()->isVisible());
        storage::removeProfile(QStringLiteral("studio"));
    }

    void batchDialogBetweenBucketPrefixes()
    {
        QTemporaryDir data;
        S3rver server(data.filePath(QStringLiteral("s3")), {QStringLiteral("assets")});
        QVERIFY(server.start());
        qputenv("ASSETDESK_S3_ENDPOINT", server.url().toString().toUtf8());
        qputenv("AWS_ACCESS_KEY_ID", "S3RVER");
        qputenv("AWS_SECRET_ACCESS_KEY", "S3RVER");
        const auto bucket = ad::storage::storageFor(QStringLiteral("s3://assets/in/"));
        bucket->write(QStringLiteral("s3://assets/in/a.jpg"),
                      makeImage(320, 200, QStringLiteral("jpg")));
        bucket->write(QStringLiteral("s3://assets/in/b.png"),
                      makeImage(160, 100, QStringLiteral("png")));

        MainWindow w;
        // The bucket view shows the prefix the batch writes into: it lists the results when the
        // job ends, without leaving the folder.
        bucket->write(QStringLiteral("s3://assets/out/before.txt"), "already there");
        w.show();
        w.openFolder(QStringLiteral("s3://assets/out/"));
        BucketModel *listing = w.buckets()->model();
        QTRY_VERIFY_WITH_TIMEOUT(!listing->isListing() && listing->rowCount() == 1, 10000);
        BatchDialog dialog(w.queue(), {}, QStringLiteral("s3://assets/in/"), &w);
        dialog.setStyles({QStringLiteral("imageMogr2/thumbnail/80x/format/webp")});
        dialog.setDestination(QStringLiteral("s3://assets/out/"));
        QVERIFY(dialog.preview());
        QCOMPARE(dialog.findChild<QTreeWidget *>()->topLevelItemCount(), 2);
        dialog.accept();
        QVERIFY(dialog.submittedJob() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.queue()->isIdle(), 20000);
        QCOMPARE(w.queue()->progress(dialog.submittedJob()).counts.done, 2);
        QTRY_VERIFY_WITH_TIMEOUT(!listing->isListing() && listing->rowCount() == 3, 10000);
        const QByteArray out = bucket->read(QStringLiteral("s3://assets/out/a.webp"));
        QCOMPARE(loaderOf(out), QStringLiteral("webpload_buffer"));
        QCOMPARE(sizeOf(out), QSize(80, 50));

        // File > Copy to Bucket: the selection goes up as a transfer job.
        w.openFolder(m_library.path());
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 3, 5000);
        QVERIFY(w.content()->selectPath(m_library.filePath(QStringLiteral("b.png"))));
        QCOMPARE(w.content()->selectedPaths().size(), 1);
        const qint64 sent = w.transferSelection(QStringLiteral("s3://assets/sent/"), false);
        QVERIFY(sent > 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.queue()->isIdle(), 20000);
        QCOMPARE(w.queue()->progress(sent).counts.done, 1);
        QCOMPARE(sizeOf(bucket->read(QStringLiteral("s3://assets/sent/b.png"))), QSize(300, 200));

        // Documents to Images into a bucket prefix.
        QTemporaryDir docs;
        const QString pdf =
            DocMaker(docs.path()).text(QStringLiteral("memo"), 2, QStringLiteral("pdf"));
        DocToImageDialog pages(w.queue(), {pdf}, docs.path(), &w);
        pages.setDestination(QStringLiteral("s3://assets/pages/"));
        pages.accept();
        QVERIFY(pages.submittedJob() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.queue()->isIdle(), 20000);
        QCOMPARE(w.queue()->progress(pages.submittedJob()).counts.done, 1);
        QCOMPARE(sizeOf(bucket->read(QStringLiteral("s3://assets/pages/memo_2.jpg"))),
                 QSize(1200, 1500));
    }

    void docToImageDialogRunsAJob()
    {
        MainWindow w;
        QTemporaryDir work, out;
        const QString pdf =
            DocMaker(work.path()).text(QStringLiteral("two"), 2, QStringLiteral("pdf"));
        // Images in the selection are not documents and stay out of the list.
        DocToImageDialog dialog(w.queue(), {pdf, m_library.filePath(QStringLiteral("a.jpg"))},
                                m_library.path(), &w);
        QCOMPARE(dialog.documents(), QStringList{pdf});
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("docPreview"));
        QTRY_VERIFY_WITH_TIMEOUT(!preview->pixmap().isNull(), 10000);
        QVERIFY(preview->toolTip().contains(QLatin1String("2")));
        dialog.setDestination(QString());
        dialog.accept();
        QCOMPARE(dialog.submittedJob(), 0); // no destination: an error, not a job
        dialog.setDestination(out.path());
        dialog.accept();
        QVERIFY(dialog.submittedJob() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.queue()->isIdle(), 20000);
        QCOMPARE(w.queue()->progress(dialog.submittedJob()).counts.done, 1);
        QFile page(QDir(out.path()).filePath(QStringLiteral("two_2.jpg")));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QCOMPARE(sizeOf(page.readAll()), QSize(1200, 1500)); // 8 x 10 in at 150 dpi
    }

    static QAction *action(const QWidget &w, const QString &text)
    {
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text() == text) return a;
        return nullptr;
    }

    void sortFilterDropAndRescan()
    {
        QTemporaryDir dir, elsewhere;
        writeTemp(dir, QStringLiteral("big.png"), makeImage(900, 700, QStringLiteral("png")));
        writeTemp(dir, QStringLiteral("small.jpg"), makeImage(40, 30, QStringLiteral("jpg")));
        writeTemp(dir, QStringLiteral("notes.txt"), "words");
        ad::catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        w.openFolder(dir.path());
        ContentView *content = w.content();
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 3, 5000);

        // View > Sort By > Size, descending: the largest first.
        action(w, QStringLiteral("Si&ze"))->trigger();
        action(w, QStringLiteral("Desc&ending"))->setChecked(true);
        // (The folder model sorts in the background: the rows move a moment later.)
        QTRY_COMPARE_WITH_TIMEOUT(
            content->shownNames(),
            (QStringList{QStringLiteral("big.png"), QStringLiteral("small.jpg"),
                         QStringLiteral("notes.txt")}),
            3000);
        action(w, QStringLiteral("&Name"))->trigger();
        action(w, QStringLiteral("Desc&ending"))->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(
            content->shownNames(),
            (QStringList{QStringLiteral("big.png"), QStringLiteral("notes.txt"),
                         QStringLiteral("small.jpg")}),
            3000);

        // The filter bar: images only, then images rated 3 or more (none yet).
        action(w, QStringLiteral("&Filter Bar"))->setChecked(true);
        auto *bar = w.findChild<FilterBar *>();
        QVERIFY(bar->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(catalogue.entry(dir.filePath(QStringLiteral("big.png"))), 3000);
        bar->setKind(int(ad::catalog::Kind::Image));
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 2, 3000);
        catalogue.setRating({dir.filePath(QStringLiteral("small.jpg"))}, 4);
        bar->setMinRating(3);
        QTRY_COMPARE_WITH_TIMEOUT(content->shownNames(), QStringList{QStringLiteral("small.jpg")},
                                  3000);
        bar->setMinRating(0);
        bar->setKind(-1);
        bar->setExtensions(QStringLiteral("png txt"));
        QTRY_COMPARE_WITH_TIMEOUT(
            content->shownNames(),
            (QStringList{QStringLiteral("big.png"), QStringLiteral("notes.txt")}), 3000);
        action(w, QStringLiteral("&Filter Bar"))->setChecked(false); // hiding clears it
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 3, 3000);

        // A file dropped in from another application is copied in; Undo takes it away.
        const QString outside = writeTemp(elsewhere, QStringLiteral("dropped.png"),
                                          makeImage(20, 20, QStringLiteral("png")));
        auto *grid = w.findChild<QListView *>(QStringLiteral("contentGrid"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(outside)});
        QDragEnterEvent enter(QPoint(2, 2), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(grid->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(2, 2), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(grid->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("dropped.png"))));
        QVERIFY(QFile::exists(outside)); // a copy, the original stays
        QAction *undo = nullptr;         // its text names the command: "&Undo Copy"
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Undo)) undo = a;
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("dropped.png"))));

        // Deleted behind the app's back: Rescan drops it from the catalogue.
        QVERIFY(catalogue.entry(dir.filePath(QStringLiteral("notes.txt"))));
        QFile::remove(dir.filePath(QStringLiteral("notes.txt")));
        action(w, QStringLiteral("&Rescan Folder"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!catalogue.entry(dir.filePath(QStringLiteral("notes.txt"))), 5000);
    }

    // Thumbnails that scrolled out of view are not decoded any more.
    void scrolledAwayThumbnailsAreCancelled()
    {
        QTemporaryDir dir;
        const QByteArray photo = makeImage(1600, 1200, QStringLiteral("jpg"));
        for (int i = 0; i < 150; ++i)
            writeTemp(dir, QStringLiteral("img%1.jpg").arg(i, 3, 10, QLatin1Char('0')), photo);
        MainWindow w;
        w.resize(900, 600);
        w.show();
        w.openFolder(dir.path());
        ContentView *content = w.content();
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 150, 5000);
        content->setMode(ContentView::Mode::Grid); // an earlier test may have saved the list
        auto *grid = w.findChild<QListView *>(QStringLiteral("contentGrid"));
        for (int step = 0; step < 6; ++step) { // scroll down in steps, painting each screen
            grid->verticalScrollBar()->setValue(grid->verticalScrollBar()->maximum() * step / 5);
            QCoreApplication::processEvents();
            grid->viewport()->repaint();
        }
        content->cancelInvisibleThumbnails();
        QSet<QString> visible;
        for (int row = 0; row < grid->model()->rowCount(grid->rootIndex()); ++row) {
            const QModelIndex index = grid->model()->index(row, 0, grid->rootIndex());
            if (grid->visualRect(index).intersects(grid->viewport()->rect()))
                visible.insert(dir.filePath(index.data().toString()));
        }
        QVERIFY(!visible.isEmpty() && visible.size() < 150);
        for (const QString &path : content->pendingThumbnails())
            QVERIFY2(visible.contains(path), qPrintable(path));
    }

    static QString inspectorValue(const MainWindow &w, const QString &property)
    {
        const auto *table =
            w.findChild<QWidget *>(QStringLiteral("inspector"))->findChild<QTreeWidget *>();
        for (int i = 0; i < table->topLevelItemCount(); ++i)
            if (table->topLevelItem(i)->text(0) == property) return table->topLevelItem(i)->text(1);
        return {};
    }

    void inspectorShowsVideoAndDocumentFacts()
    {
        QTemporaryDir dir;
        const QString clip = dir.filePath(QStringLiteral("clip.mp4"));
        QCOMPARE(
            run(QStringLiteral("ffmpeg"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                 QStringLiteral("lavfi"), QStringLiteral("-i"),
                 QStringLiteral("testsrc=size=320x240:rate=25:duration=2"), QStringLiteral("-f"),
                 QStringLiteral("lavfi"), QStringLiteral("-i"),
                 QStringLiteral("sine=duration=2:sample_rate=44100"), QStringLiteral("-c:v"),
                 QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                 QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-shortest"), clip}),
            0);
        const QString pdf =
            DocMaker(dir.path()).text(QStringLiteral("three"), 3, QStringLiteral("pdf"));
        MainWindow w;
        w.show();
        w.openFolder(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(w.content()->selectPath(clip), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!inspectorValue(w, QStringLiteral("Duration")).isEmpty(), 5000);
        QVERIFY(inspectorValue(w, QStringLiteral("Duration")).startsWith(QLatin1String("0:02")));
        QVERIFY(inspectorValue(w, QStringLiteral("Video"))
                    .startsWith(QStringLiteral("h264, 320 × 240,")));
        QVERIFY(inspectorValue(w, QStringLiteral("Audio")).contains(QLatin1String("44100 Hz")));
        QVERIFY(w.content()->selectPath(pdf));
        QTRY_COMPARE_WITH_TIMEOUT(inspectorValue(w, QStringLiteral("Pages")), QStringLiteral("3"),
                                  10000);
    }

    // EXIF capture dates reach the catalogue in the background, so "taken" filters work.
    void takenDateFilter()
    {
        QTemporaryDir dir;
        const QString old =
            writeTemp(dir, QStringLiteral("old.jpg"), makeImage(64, 48, QStringLiteral("jpg")));
        writeTemp(dir, QStringLiteral("undated.jpg"), makeImage(64, 48, QStringLiteral("jpg")));
        QCOMPARE(run(QStringLiteral("exiv2"),
                     {QStringLiteral("-q"), QStringLiteral("-M"),
                      QStringLiteral("set Exif.Photo.DateTimeOriginal 2019:06:01 10:00:00"), old}),
                 0);
        ad::catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        w.openFolder(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(catalogue.entry(old) && catalogue.entry(old)->taken.isValid(),
                                 5000);
        QCOMPARE(catalogue.entry(old)->taken.date(), QDate(2019, 6, 1));
        action(w, QStringLiteral("&Filter Bar"))->setChecked(true);
        auto *bar = w.findChild<FilterBar *>();
        bar->setTakenWithinDays(-365);
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->shownNames(), QStringList{QStringLiteral("old.jpg")},
                                  3000);
    }

    // The same with a catalogue on disk: the dates, and a clip's facts for the clip filters, are
    // asked for, read and recorded by the folder thread on a connection of its own, and the
    // window's connection sees them.
    void takenDatesRecordedOffTheGuiThread()
    {
        QTemporaryDir dir;
        const QString clip = dir.filePath(QStringLiteral("clip.mp4"));
        QCOMPARE(run(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                      QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("testsrc=size=320x240:rate=25:duration=2"),
                      QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip}),
                 0);
        const QString old =
            writeTemp(dir, QStringLiteral("old.jpg"), makeImage(64, 48, QStringLiteral("jpg")));
        const QString undated =
            writeTemp(dir, QStringLiteral("undated.jpg"), makeImage(64, 48, QStringLiteral("jpg")));
        QCOMPARE(run(QStringLiteral("exiv2"),
                     {QStringLiteral("-q"), QStringLiteral("-M"),
                      QStringLiteral("set Exif.Photo.DateTimeOriginal 2019:06:01 10:00:00"), old}),
                 0);
        QTemporaryDir home;
        ad::catalog::Catalog catalogue(home.filePath(QStringLiteral("catalog.sqlite")));
        MainWindow w(nullptr, &catalogue);
        w.show();
        w.openFolder(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(catalogue.entry(old) && catalogue.entry(old)->taken.isValid(),
                                 10000);
        QCOMPARE(catalogue.entry(old)->taken, QDateTime(QDate(2019, 6, 1), QTime(10, 0)));
        QVERIFY(catalogue.entry(undated) && !catalogue.entry(undated)->taken.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(catalogue.videoFacts(clip).has_value(), 10000);
        QCOMPARE(catalogue.videoFacts(clip)->size, QSize(320, 240));
        QVERIFY(std::abs(catalogue.videoFacts(clip)->seconds - 2.0) < 0.1);
    }

    void libraryFieldsEditTheSelection()
    {
        ad::catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        w.openFolder(m_library.path());
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 3, 5000);
        auto *grid = w.findChild<QListView *>(QStringLiteral("contentGrid"));
        grid->selectAll();
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->selectedPaths().size(), 3, 2000);
        auto *panel = w.findChild<QWidget *>(QStringLiteral("libraryPanel"));
        QVERIFY(panel->isEnabled());
        // One item, selected as a click selects it (column 0 of the grid only).
        QVERIFY(w.content()->selectPath(m_library.filePath(QStringLiteral("b.png"))));
        QCOMPARE(w.content()->selectedPaths(),
                 QStringList{m_library.filePath(QStringLiteral("b.png"))});
        QVERIFY(panel->isEnabled());
        grid->selectAll();
        auto *rating = panel->findChildren<QComboBox *>().at(0);
        rating->setCurrentIndex(4);
        Q_EMIT rating->activated(4);
        auto *tags = panel->findChild<QLineEdit *>();
        tags->setText(QStringLiteral("print, 客户"));
        tags->setModified(true);
        Q_EMIT tags->editingFinished();
        const QString a = m_library.filePath(QStringLiteral("a.jpg"));
        QCOMPARE(catalogue.entry(a)->rating, 4);
        QCOMPARE(catalogue.entry(m_library.filePath(QStringLiteral("c.txt")))->tags,
                 (QStringList{QStringLiteral("print"), QStringLiteral("客户")}));
        QCOMPARE(catalogue.search(textQuery(QStringLiteral("客户"))).size(), 3); // found by tag
        // Removing a tag from the common list removes it from all three.
        tags->setText(QStringLiteral("print"));
        tags->setModified(true);
        Q_EMIT tags->editingFinished();
        QCOMPARE(catalogue.entry(a)->tags, QStringList{QStringLiteral("print")});
    }

    void searchFiltersTheFolder()
    {
        ad::catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        w.openFolder(m_library.path());
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 3, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(catalogue.count() == 3, 5000); // the listing was recorded
        catalogue.addTags({m_library.filePath(QStringLiteral("b.png"))}, {QStringLiteral("海报")});
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchField"));
        search->setText(QStringLiteral("海报"));
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 1, 3000);
        search->setText(QStringLiteral("c.t")); // part of a name
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 1, 3000);
        search->setText(QStringLiteral("nothing matches this"));
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 0, 3000);
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 3, 3000);
    }

    // A folder's files reach the catalogue from a worker with a connection of its own, a few
    // hundred per transaction, after the folder shows.
    void folderIsRecordedOffTheGuiThread()
    {
        QTemporaryDir data, folder, other;
        constexpr int kFiles = 700; // three transactions
        for (int i = 0; i < kFiles; ++i)
            writeTemp(folder, QStringLiteral("pic%1.txt").arg(i, 3, 10, QLatin1Char('0')),
                      QByteArray::number(i));
        writeTemp(folder, QStringLiteral("pic000.txt.xmp"), "<x/>"); // a sidecar, not an entry
        writeTemp(other, QStringLiteral("elsewhere.txt"), "elsewhere");
        ad::catalog::Catalog catalogue(data.filePath(QStringLiteral("catalog.sqlite")));
        const QString first = folder.filePath(QStringLiteral("pic000.txt"));
        {
            // Closed while its worker records: the worker stops, and the catalogue stays usable.
            MainWindow w(nullptr, &catalogue);
            QSignalSpy listed(w.content(), &ContentView::folderListed);
            w.openFolder(folder.path());
            QVERIFY(listed.wait(10000));
        }
        MainWindow w(nullptr, &catalogue);
        QSignalSpy recorded(&w, &MainWindow::folderRecorded);
        // A rating set while the worker writes waits for its transaction instead of failing.
        connect(w.content(), &ContentView::folderListed, &w,
                [&] { catalogue.setRating({first}, 3); });
        w.openFolder(folder.path());
        QVERIFY(recorded.wait(20000));
        QCOMPARE(recorded.first().first().toString(), folder.path());
        QCOMPARE(catalogue.count(), kFiles);
        QCOMPARE(catalogue.entry(first)->rating, 3);
        QCOMPARE(catalogue.search(textQuery(QStringLiteral("pic699"))),
                 QStringList{folder.filePath(QStringLiteral("pic699.txt"))});
        // The next folder is recorded too, and announced as itself.
        w.openFolder(other.path());
        QVERIFY(recorded.wait(20000));
        QCOMPARE(recorded.last().first().toString(), other.path());
        QVERIFY(catalogue.entry(other.filePath(QStringLiteral("elsewhere.txt"))));
        QCOMPARE(catalogue.count(), kFiles + 1);
    }

    void ratingsInSidecarsReachTheGridUnselected()
    {
        // A folder rated in another program (or another profile): a fresh catalogue shows the
        // sidecar's rating on the grid without any file being chosen.
        QTemporaryDir folder;
        const QString rated = writeTemp(folder, QStringLiteral("rated.jpg"),
                                        makeImage(64, 48, QStringLiteral("jpg")));
        writeTemp(folder, QStringLiteral("plain.jpg"), makeImage(64, 48, QStringLiteral("jpg")));
        ad::metadata::MetaRecord theirs;
        theirs.rating = 4;
        theirs.label = 1; // Red
        ad::metadata::writeFileMeta(rated, theirs, ad::metadata::WritePolicy::SidecarOnly,
                                    ad::metadata::SidecarNaming::FullName);
        QVERIFY(QFile::exists(rated + QStringLiteral(".xmp")));
        ad::catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        w.openFolder(folder.path());
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 2, 5000);
        auto *grid = w.content()->findChild<QListView *>();
        const auto ratingOf = [grid](const QString &name) {
            const QModelIndex root = grid->rootIndex();
            for (int row = 0; row < grid->model()->rowCount(root); ++row) {
                const QModelIndex index = grid->model()->index(row, 0, root);
                if (index.data().toString() == name)
                    return index.data(AssetColumnsModel::RatingRole).toInt();
            }
            return -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(ratingOf(QStringLiteral("rated.jpg")), 4, 5000);
        QCOMPARE(ratingOf(QStringLiteral("plain.jpg")), 0);
        QVERIFY(w.content()->selectedPaths().isEmpty());
    }

    // Edit > Move to Trash and Edit > Undo.
    static std::pair<QAction *, QAction *> trashAndUndo(const MainWindow &w)
    {
        QAction *trash = nullptr;
        QAction *undo = nullptr;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text() == QLatin1String("Move to &Trash")) trash = a;
            if (a->shortcut() == QKeySequence(QKeySequence::Undo)) undo = a;
        }
        return {trash, undo};
    }

    void trashAndUndoKeepLibraryData()
    {
        ad::catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        QTemporaryDir folder;
        const QString photo =
            writeTemp(folder, QStringLiteral("keep.jpg"), makeImage(64, 64, QStringLiteral("jpg")));
        catalogue.setRating({photo}, 5);
        w.openFolder(folder.path());
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 1, 5000);
        QVERIFY(w.content()->selectPath(photo));
        const auto [trash, undo] = trashAndUndo(w);
        QVERIFY(trash && undo);
        trash->trigger();
        QVERIFY(!QFile::exists(photo));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QVERIFY(QFile::exists(photo));
        QCOMPARE(catalogue.entry(photo)->rating, 5); // the entry went to the trash and came back
    }

    // Deleting while culling: the next file is selected (the one before at the end of the
    // folder), so the Inspector and the next Delete go on from there; undo selects what came back.
    void trashSelectsTheNextFile()
    {
        ad::catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        QTemporaryDir folder;
        QStringList photos;
        for (const char *name : {"p1.jpg", "p2.jpg", "p3.jpg", "p10.jpg"})
            photos << writeTemp(folder, QString::fromLatin1(name),
                                makeImage(32, 32, QStringLiteral("jpg")));
        w.openFolder(folder.path());
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 4, 5000);
        const auto [trash, undo] = trashAndUndo(w);
        QVERIFY(trash && undo);
        QVERIFY(w.content()->selectPath(photos[1])); // p2
        trash->trigger();
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Moved 1 item(s) to the trash"));
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->selectedPaths(), QStringList{photos[2]}, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 3, 5000);
        QVERIFY(w.content()->selectPath(photos[3])); // p10, the last in natural order
        trash->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->selectedPaths(), QStringList{photos[2]}, 5000);
        undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->selectedPaths(), QStringList{photos[3]}, 5000);
        // "Undone: Move to Trash" in the status bar leaves the size slider as it was.
        auto *slider = w.findChild<QSlider *>(QStringLiteral("thumbnailSizeSlider"));
        QVERIFY(slider);
        const int width = slider->width();
        w.statusBar()->showMessage(QString(200, u'x'));
        QCoreApplication::processEvents();
        QCOMPARE(slider->width(), width);
    }

    // View > List in an album shows the list with the folder list's columns (and the member's
    // folder), keeping the selection; back in a folder, the preview and the Inspector follow
    // the folder's selection instead of the album's last file.
    void collectionListAndBackToAFolder()
    {
        ad::catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QString a = m_library.filePath(QStringLiteral("a.jpg"));
        const QString b = m_library.filePath(QStringLiteral("b.png"));
        w.openFolder(m_library.path());
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier); // View > Grid, whatever was saved
        const qint64 album = w.collections()->createAlbum(QStringLiteral("Trip"));
        w.collections()->add(album, {a, b});
        w.showCollection(album);
        QListWidget *grid = w.collectionView()->list();
        QTreeWidget *table = w.collectionView()->table();
        QVERIFY(grid->isVisible());
        grid->findItems(QStringLiteral("b.png"), Qt::MatchExactly).first()->setSelected(true);
        QCOMPARE(w.preview()->caption(), QStringLiteral("b.png"));

        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier); // View > List
        QVERIFY(table->isVisible());
        QVERIFY(!grid->isVisible());
        QCOMPARE(table->topLevelItemCount(), 2);
        QCOMPARE(table->headerItem()->text(AssetColumnsModel::Size), QStringLiteral("Size"));
        QCOMPARE(table->headerItem()->text(AssetColumnsModel::Dimensions),
                 QStringLiteral("Dimensions"));
        QCOMPARE(table->headerItem()->text(table->columnCount() - 1), QStringLiteral("Folder"));
        QCOMPARE(w.collectionView()->selectedPaths(), QStringList{b});
        const auto rowOf = [table](const QString &name) {
            return table->findItems(name, Qt::MatchExactly).value(0);
        };
        QTreeWidgetItem *rowA = rowOf(QStringLiteral("a.jpg"));
        QVERIFY(rowA);
        QCOMPARE(rowA->text(table->columnCount() - 1), QDir::toNativeSeparators(m_library.path()));
        QVERIFY(!rowA->text(AssetColumnsModel::Size).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(rowA->text(AssetColumnsModel::Dimensions),
                                  QStringLiteral("640 × 480"), 5000);
        QCOMPARE(rowA->text(AssetColumnsModel::AssetKind), QStringLiteral("Image"));
        QTRY_COMPARE_WITH_TIMEOUT(
            rowOf(QStringLiteral("b.png"))->text(AssetColumnsModel::Dimensions),
            QStringLiteral("300 × 200"), 5000);
        // Sorted by dimensions, the smaller picture comes first.
        table->sortByColumn(AssetColumnsModel::Dimensions, Qt::AscendingOrder);
        QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral("b.png"));
        table->clearSelection();
        rowA->setSelected(true);
        QCOMPARE(w.preview()->caption(), QStringLiteral("a.jpg"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.inspector()->shownRow(QStringLiteral("Dimensions")).isEmpty(),
                                 5000);
        // The rating keys rate the album's selection, and its list shows the stars at once.
        QTest::keyClick(table, Qt::Key_4);
        QCOMPARE(catalogue.entry(a)->rating, 4);
        QCOMPARE(rowA->text(AssetColumnsModel::Rating), QString(4, QChar(0x2605)));
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier); // back to the grid, a still chosen
        QCOMPARE(grid->findItems(QStringLiteral("a.jpg"), Qt::MatchExactly)
                     .first()
                     ->data(AssetColumnsModel::RatingRole)
                     .toInt(),
                 4);
        QVERIFY(grid->isVisible());
        QCOMPARE(w.collectionView()->selectedPaths(), QStringList{a});

        w.openFolder(m_library.path());
        QVERIFY(w.content()->selectedPaths().isEmpty());
        QCOMPARE(w.preview()->caption(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(w.inspector()->shownRow(QStringLiteral("Dimensions")).isEmpty(),
                                 5000);
    }

    // A model that repeats its maker ("Canon" "Canon EOS 70D") is named once, in the Inspector
    // and in the list's Camera column alike.
    void cameraNamedOnce()
    {
        QTemporaryDir folder;
        const QString canon = writeTemp(folder, QStringLiteral("canon.jpg"),
                                        makeImage(64, 48, QStringLiteral("jpg")));
        const QString nikon = writeTemp(folder, QStringLiteral("nikon.jpg"),
                                        makeImage(64, 48, QStringLiteral("jpg")));
        for (const auto &[path, make, model] :
             {std::tuple{canon, QStringLiteral("Canon"), QStringLiteral("Canon EOS 70D")},
              std::tuple{nikon, QStringLiteral("NIKON CORPORATION"), QStringLiteral("NIKON D850")}})
            QCOMPARE(run(QStringLiteral("exiv2"),
                         {QStringLiteral("-q"), QStringLiteral("-M"),
                          QStringLiteral("set Exif.Image.Make ") + make, QStringLiteral("-M"),
                          QStringLiteral("set Exif.Image.Model ") + model, path}),
                     0);
        ad::catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        w.openFolder(folder.path());
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 2, 5000);
        w.content()->setMode(ContentView::Mode::List);
        QTreeView *list = w.content()->list();
        const auto cameraOf = [list](const QString &name) {
            const QModelIndex root = list->rootIndex();
            for (int row = 0; row < list->model()->rowCount(root); ++row)
                if (list->model()->index(row, 0, root).data().toString() == name)
                    return list->model()
                        ->index(row, AssetColumnsModel::Camera, root)
                        .data()
                        .toString();
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(cameraOf(QStringLiteral("canon.jpg")),
                                  QStringLiteral("Canon EOS 70D"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(cameraOf(QStringLiteral("nikon.jpg")),
                                  QStringLiteral("NIKON D850"), 5000);
        QVERIFY(w.content()->selectPath(canon));
        QTRY_COMPARE_WITH_TIMEOUT(w.inspector()->shownRow(QStringLiteral("Camera")),
                                  QStringLiteral("Canon EOS 70D"), 5000);
        QVERIFY(w.content()->selectPath(nikon));
        QTRY_COMPARE_WITH_TIMEOUT(w.inspector()->shownRow(QStringLiteral("Camera")),
                                  QStringLiteral("NIKON D850"), 5000);
    }

    void languageSettingRoundTrips()
    {
        setLanguageSetting(QStringLiteral("zh_CN"));
        QCOMPARE(languageSetting(), QStringLiteral("zh_CN"));
        setLanguageSetting(QString());
        QCOMPARE(availableLanguages().size(), 3);
    }
};

QTEST_MAIN(MainWindowTest)
#include "test_mainwindow.moc"
