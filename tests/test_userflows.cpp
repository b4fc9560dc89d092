// A newcomer's session with the real main window, in English and in Chinese: browse, select,
// rate, tag, search, view, style, batch, documents, watermark, rename, trash, undo and switch
// folder, by mouse and keyboard where a user would use them, with undo and redo of the edits. After
// each step it checks what the window shows: the Inspector's file(s), the preview, the grid, the
// status bar and the dialogs that open. The preview and the Inspector must show exactly the
// selection, never a file that is not selected.

#include "browser/contentview.h"
#include "browser/inspectorpanel.h"
#include "browser/mainwindow.h"
#include "browser/previewpane.h"
#include "catalog/catalog.h"
#include "jobs/batchdialog.h"
#include "jobs/doctoimagedialog.h"
#include "jobs/jobqueue.h"
#include "settings/appsettings.h"
#include "styleeditor/styleeditorwindow.h"
#include "styleeditor/stylepreview.h"
#include "support/testimages.h"
#include "viewers/imagecanvas.h"
#include "viewers/imageviewer.h"
#include "viewers/mediaview.h"
#include "viewers/viewerwindow.h"
#include "watermark/watermarkwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace ad;
using namespace ad::ui;
using namespace ad::test;

namespace
{
// The words the window uses in each language, written out (not looked up), so a missing
// translation fails here. Strings new in this release are looked up (see translated()).
struct Words {
    QString previewEmpty, name, pages, items5, items4Selected1, items5Selected1, batchTitle,
        docTitle, watermarkTitle, editorTitle, libraryMixed;
    QString px(int w, int h) const { return pixels.arg(w).arg(h); }
    QString pixels;
};

Words wordsFor(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return {QStringLiteral("选择一个文件即可预览。"),
                QStringLiteral("名称"),
                QStringLiteral("页数"),
                QStringLiteral("5 项"),
                QStringLiteral("4 项，已选 1 项"),
                QStringLiteral("5 项，已选 1 项"),
                QStringLiteral("批量处理"),
                QStringLiteral("文档转图片"),
                QStringLiteral("盲水印"),
                QStringLiteral("样式编辑器"),
                QStringLiteral("（多个值）"),
                QStringLiteral("%1 × %2 像素")};
    return {QStringLiteral("Select a file to preview it."),
            QStringLiteral("Name"),
            QStringLiteral("Pages"),
            QStringLiteral("5 items"),
            QStringLiteral("4 items, 1 selected"),
            QStringLiteral("5 items, 1 selected"),
            QStringLiteral("Batch Process"),
            QStringLiteral("Documents to Images"),
            QStringLiteral("Blind Watermark"),
            QStringLiteral("Style Editor"),
            QStringLiteral("(mixed)"),
            QStringLiteral("%1 × %2 px")};
}

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

// A PDF of `pages` pages of 4 x 5 inches, written by Qt (no office suite needed).
QString writePdf(const QString &path, int pages)
{
    QPdfWriter pdf(path);
    pdf.setPageLayout(
        QPageLayout(QPageSize(QSizeF(4, 5), QPageSize::Inch), QPageLayout::Portrait, QMarginsF()));
    QPainter painter(&pdf);
    for (int page = 1; page <= pages; ++page) {
        if (page > 1) pdf.newPage();
        painter.drawText(QPointF(200, 400), QStringLiteral("Page %1").arg(page));
    }
    return path;
}

// Runs `act` on the modal dialog of type D once its exec() shows it.
template <typename D, typename Fn> void onModal(Fn act)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, act, tries] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog && ++*tries < 500) return;
        poll->deleteLater();
        poll->stop();
        if (dialog) act(dialog);
    });
    poll->start();
}
} // namespace

class UserFlowsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // trash and settings of this run

    // The window's own parts, as a user sees them.
    static QListView *grid(const MainWindow &w)
    {
        return w.findChild<QListView *>(QStringLiteral("contentGrid"));
    }
    static QString status(const MainWindow &w)
    {
        return w.statusBar()->findChild<QLabel *>(QStringLiteral("statusCount"))->text();
    }
    static QWidget *library(const MainWindow &w)
    {
        return w.findChild<QWidget *>(QStringLiteral("libraryPanel"));
    }
    static QModelIndex itemNamed(const MainWindow &w, const QString &name)
    {
        QListView *view = grid(w);
        for (int row = 0; row < view->model()->rowCount(view->rootIndex()); ++row) {
            const QModelIndex index = view->model()->index(row, 0, view->rootIndex());
            if (index.data().toString() == name) return index;
        }
        return {};
    }
    static bool click(const MainWindow &w, const QString &name,
                      Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QModelIndex index = itemNamed(w, name);
        if (!index.isValid()) return false;
        grid(w)->scrollTo(index);
        QTest::mouseClick(grid(w)->viewport(), Qt::LeftButton, modifiers,
                          grid(w)->visualRect(index).center());
        return true;
    }
    // Chinese comes from an input method, as a committed string, not as key presses.
    static void typeWithInputMethod(QWidget *field, const QString &text)
    {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QCoreApplication::sendEvent(field, &commit);
    }
    static QAction *redo(const MainWindow &w)
    {
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Redo)) return a;
        return nullptr;
    }
    static bool press(MainWindow &w, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        w.activateWindow();
        if (!QTest::qWaitForWindowActive(&w)) return false;
        QTest::keyClick(&w, Qt::Key(key), modifiers);
        return true;
    }
    // Nothing selected: the preview says so, the Inspector is empty, the library fields off.
    static bool showsNothing(const MainWindow &w, const Words &words)
    {
        return w.content()->selectedPaths().isEmpty() &&
               w.preview()->view()->message() == words.previewEmpty &&
               w.preview()->caption().isEmpty() && w.inspector()->rowCount() == 0 &&
               !library(w)->isEnabled();
    }
    // One file selected: preview and Inspector name it, the library fields edit it.
    static bool showsOnly(const MainWindow &w, const Words &words, const QString &path)
    {
        const QString name = QFileInfo(path).fileName();
        return w.content()->selectedPaths() == QStringList{path} &&
               w.preview()->caption() == name && w.preview()->view()->path() == path &&
               w.inspector()->shownRow(words.name) == name && library(w)->isEnabled();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("AssetDesk-Test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_userflows"));
    }

    void walkThrough_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void walkThrough()
    {
        QFETCH(QString, language);
        // The translators the application installs at start, for this language only.
        for (QTranslator *old : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
        QSettings().clear();
        setLanguageSetting(language);
        installTranslations(*qApp);
        const Words words = wordsFor(language);

        QTemporaryDir dir, out;
        const QString a =
            writeTemp(dir, QStringLiteral("a.jpg"), makeImage(800, 1000, QStringLiteral("jpg")));
        const QString b =
            writeTemp(dir, QStringLiteral("b.png"), makeImage(300, 200, QStringLiteral("png")));
        const QString notes = writeTemp(dir, QStringLiteral("notes.txt"), "words");
        const QString report = writePdf(dir.filePath(QStringLiteral("report.pdf")), 3);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        const QString d =
            writeTemp(dir, QStringLiteral("sub/d.jpg"), makeImage(120, 90, QStringLiteral("jpg")));
        const QString memo = dir.filePath(QStringLiteral("memo.txt"));
        QVERIFY(QDir(out.path()).mkdir(QStringLiteral("batch")) &&
                QDir(out.path()).mkdir(QStringLiteral("pages")));

        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        const auto entry = [&](const QString &path) {
            return catalogue.entry(path).value_or(catalog::Entry{});
        };
        MainWindow w(nullptr, &catalogue);
        w.resize(1100, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        // Browse: a folder opens with nothing selected. The grid taking focus makes an item
        // current without selecting it; the preview and the Inspector still show nothing.
        w.openFolder(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 5, 5000);
        grid(w)->setFocus();
        grid(w)->selectionModel()->setCurrentIndex(itemNamed(w, QStringLiteral("a.jpg")),
                                                   QItemSelectionModel::NoUpdate);
        QVERIFY(showsNothing(w, words));
        QCOMPARE(status(w), words.items5);

        // Select: a click shows that picture, its facts, and the count in the status bar.
        QVERIFY(click(w, QStringLiteral("b.png")));
        QVERIFY(showsOnly(w, words, b));
        QTRY_VERIFY_WITH_TIMEOUT(!w.preview()->isLoading(), 10000);
        QCOMPARE(w.preview()->view()->kind(), MediaView::Kind::Image);
        QVERIFY(!w.preview()->view()->imageViewer()->canvas()->image().isNull());
        QTRY_COMPARE_WITH_TIMEOUT(
            w.inspector()->shownRow(translated("ad::ui::InspectorPanel", "Dimensions")),
            words.px(300, 200), 5000);
        QCOMPARE(status(w), words.items5Selected1);

        // A click on empty space selects nothing: nothing is shown.
        const QPoint empty(grid(w)->viewport()->width() - 4, grid(w)->viewport()->height() - 4);
        QVERIFY(!grid(w)->indexAt(empty).isValid());
        QTest::mouseClick(grid(w)->viewport(), Qt::LeftButton, Qt::NoModifier, empty);
        QVERIFY(showsNothing(w, words));
        QCOMPARE(status(w), words.items5);

        // Rate: four stars on the one selected photo.
        QVERIFY(click(w, QStringLiteral("a.jpg")));
        QVERIFY(showsOnly(w, words, a));
        auto *rating = library(w)->findChildren<QComboBox *>().at(0);
        rating->setCurrentIndex(4);
        Q_EMIT rating->activated(4);
        QCOMPARE(entry(a).rating, 4);
        // Undo (Ctrl+Z) takes the stars back, Redo puts them back: the Inspector follows.
        QVERIFY(press(w, Qt::Key_Z, Qt::ControlModifier));
        QCOMPARE(entry(a).rating, 0);
        QCOMPARE(rating->currentIndex(), 0);
        redo(w)->trigger();
        QCOMPARE(entry(a).rating, 4);
        QCOMPARE(rating->currentIndex(), 4);

        // Several selected: the count, shared facts and "(mixed)"; no single file's facts.
        QVERIFY(click(w, QStringLiteral("b.png"), Qt::ControlModifier));
        QCOMPARE(w.content()->selectedPaths(), (QStringList{a, b}));
        const QString mixed = translated("ad::ui::InspectorPanel", "(mixed)");
        QCOMPARE(w.preview()->view()->message(),
                 translated("ad::ui::PreviewPane", "%n files selected", 2));
        QVERIFY(w.preview()->caption().isEmpty());
        QCOMPARE(w.inspector()->shownRow(translated("ad::ui::InspectorPanel", "Selected")),
                 QStringLiteral("2"));
        QCOMPARE(w.inspector()->shownRow(words.name), mixed);
        QCOMPARE(w.inspector()->shownRow(translated("ad::ui::InspectorPanel", "Folder")),
                 QDir(dir.path()).absolutePath());
        QTRY_COMPARE_WITH_TIMEOUT(
            w.inspector()->shownRow(translated("ad::ui::InspectorPanel", "Format")), mixed, 5000);
        QCOMPARE(rating->currentIndex(), -1); // four stars and none
        QCOMPARE(rating->currentText(), QString());
        QCOMPARE(rating->placeholderText(), words.libraryMixed);

        // Tag and rate the two: exactly those two change.
        auto *tags = library(w)->findChild<QLineEdit *>();
        QTest::mouseClick(tags, Qt::LeftButton);
        typeWithInputMethod(tags, QStringLiteral("客户"));
        QTest::keyClick(tags, Qt::Key_Return);
        rating->setCurrentIndex(2);
        Q_EMIT rating->activated(2);
        for (const QString &path : {a, b}) {
            QCOMPARE(entry(path).tags, QStringList{QStringLiteral("客户")});
            QCOMPARE(entry(path).rating, 2);
        }
        for (const QString &path : {notes, report}) {
            QVERIFY(entry(path).tags.isEmpty());
            QCOMPARE(entry(path).rating, 0);
        }
        // Each edit is one step: undo the rating (each gets its own back), then the tags.
        QVERIFY(press(w, Qt::Key_Z, Qt::ControlModifier));
        QCOMPARE(entry(a).rating, 4);
        QCOMPARE(entry(b).rating, 0);
        QCOMPARE(rating->currentIndex(), -1);
        QVERIFY(press(w, Qt::Key_Z, Qt::ControlModifier));
        QVERIFY(entry(a).tags.isEmpty() && entry(b).tags.isEmpty());
        QCOMPARE(tags->text(), QString());
        redo(w)->trigger();
        redo(w)->trigger();
        QCOMPARE(entry(b).tags, QStringList{QStringLiteral("客户")});
        QCOMPARE(entry(b).rating, 2);
        QCOMPARE(tags->text(), QStringLiteral("客户"));
        QCOMPARE(rating->currentIndex(), 2);

        // Search: by the new tag the selection stays; a search that hides it clears what is
        // shown.
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchField"));
        QTest::mouseClick(search, Qt::LeftButton);
        typeWithInputMethod(search, QStringLiteral("客户"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.content()->shownFiles().contains(notes), 3000);
        QCOMPARE(w.content()->shownFiles(), (QStringList{a, b}));
        QCOMPARE(w.content()->selectedPaths(), (QStringList{a, b}));
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("notes"));
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->shownFiles(), QStringList{notes}, 3000);
        QVERIFY(showsNothing(w, words));
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 5, 3000);
        QVERIFY(showsNothing(w, words));

        // View: F3 opens the viewer on the selection; stepping moves the selection along.
        QVERIFY(click(w, QStringLiteral("a.jpg")));
        QVERIFY(press(w, Qt::Key_F3));
        auto *viewer = w.findChild<ViewerWindow *>();
        QVERIFY(viewer && viewer->isVisible());
        QCOMPARE(viewer->currentPath(), a);
        viewer->step(1);
        QVERIFY(showsOnly(w, words, b));
        viewer->close();

        // Style: the editor opens on the selected picture; with nothing selected, on none.
        QVERIFY(click(w, QStringLiteral("a.jpg")));
        QVERIFY(press(w, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier));
        auto *editor = w.findChild<StyleEditorWindow *>();
        QVERIFY(editor && editor->isVisible());
        QVERIFY(editor->windowTitle().startsWith(words.editorTitle));
        QCOMPARE(editor->preview()->source(), a);
        editor->close();
        QTRY_VERIFY(!w.findChild<StyleEditorWindow *>());
        QTest::mouseClick(grid(w)->viewport(), Qt::LeftButton, Qt::NoModifier, empty);
        QVERIFY(showsNothing(w, words));
        QVERIFY(press(w, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier));
        editor = w.findChild<StyleEditorWindow *>();
        QVERIFY(editor);
        QCOMPARE(editor->preview()->source(), QString());
        editor->close();

        // Batch: Ctrl+B on two pictures; the dialog runs them as a job.
        QVERIFY(click(w, QStringLiteral("a.jpg")));
        QVERIFY(click(w, QStringLiteral("b.png"), Qt::ControlModifier));
        QString batchTitle;
        QStringList batchSources;
        onModal<BatchDialog>([&](BatchDialog *dialog) {
            batchTitle = dialog->windowTitle();
            batchSources = dialog->request().sources;
            dialog->setStyles({QStringLiteral("imageMogr2/thumbnail/64x/format/png")});
            dialog->setDestination(out.filePath(QStringLiteral("batch")));
            dialog->accept();
        });
        QVERIFY(press(w, Qt::Key_B, Qt::ControlModifier));
        QCOMPARE(batchTitle, words.batchTitle);
        QCOMPARE(batchSources, (QStringList{a, b}));
        QTRY_VERIFY_WITH_TIMEOUT(w.queue()->isIdle(), 20000);
        QCOMPARE(sizeOf(readFile(out.filePath(QStringLiteral("batch/a.png")))), QSize(64, 80));
        QCOMPARE(sizeOf(readFile(out.filePath(QStringLiteral("batch/b.png")))).width(), 64);
        QVERIFY(w.jobsDock()->isVisible());

        // Documents: the PDF previews as a document; Ctrl+Shift+D turns its pages into images.
        QVERIFY(click(w, QStringLiteral("report.pdf")));
        QVERIFY(showsOnly(w, words, report));
        QCOMPARE(w.preview()->view()->kind(), MediaView::Kind::Document);
        QTRY_COMPARE_WITH_TIMEOUT(w.inspector()->shownRow(words.pages), QStringLiteral("3"), 10000);
        QString docTitle;
        QStringList documents;
        onModal<DocToImageDialog>([&](DocToImageDialog *dialog) {
            docTitle = dialog->windowTitle();
            documents = dialog->documents();
            dialog->setDestination(out.filePath(QStringLiteral("pages")));
            dialog->accept();
        });
        QVERIFY(press(w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier));
        QCOMPARE(docTitle, words.docTitle);
        QCOMPARE(documents, QStringList{report});
        QTRY_VERIFY_WITH_TIMEOUT(w.queue()->isIdle(), 30000);
        for (int page = 1; page <= 3; ++page)
            QCOMPARE(
                sizeOf(readFile(out.filePath(QStringLiteral("pages/report_%1.jpg").arg(page)))),
                QSize(600, 750)); // 4 x 5 in at 150 dpi

        // Watermark: the tool opens on the selected picture.
        QVERIFY(click(w, QStringLiteral("a.jpg")));
        QVERIFY(press(w, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier));
        auto *watermark = w.findChild<WatermarkWindow *>();
        QVERIFY(watermark && watermark->isVisible());
        QCOMPARE(watermark->windowTitle(), words.watermarkTitle);
        watermark->close();

        // Rename: F2 asks for the name; the renamed file stays selected and shown.
        QVERIFY(click(w, QStringLiteral("notes.txt")));
        QVERIFY(showsOnly(w, words, notes));
        QString renameTitle, renameOld;
        onModal<QDialog>([&](QDialog *dialog) {
            renameTitle = dialog->windowTitle();
            auto *name = dialog->findChild<QLineEdit *>();
            renameOld = name->text();
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("memo.txt"));
            QTest::keyClick(name, Qt::Key_Return);
        });
        QVERIFY(press(w, Qt::Key_F2));
        QCOMPARE(renameTitle, translated("ad::ui::RenameDialog", "Rename"));
        QCOMPARE(renameOld, QStringLiteral("notes.txt"));
        QVERIFY(QFile::exists(memo) && !QFile::exists(notes));
        QTRY_VERIFY_WITH_TIMEOUT(showsOnly(w, words, memo), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 5, 5000);
        QVERIFY(!w.content()->shownFiles().contains(notes));

        // Trash: the file goes, and with it everything shown about it; the file after it (the
        // one before, at the end) takes its place, as culling goes on.
        const QStringList before = w.content()->shownFiles();
        const qsizetype at = before.indexOf(memo);
        QVERIFY(at >= 0 && before.size() > 1);
        const QString next = before.value(at + 1, before.value(at - 1));
        QVERIFY(press(w, Qt::Key_Delete));
        QVERIFY(!QFile::exists(memo));
        QTRY_VERIFY_WITH_TIMEOUT(showsOnly(w, words, next), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 4, 5000);
        QCOMPARE(status(w), words.items4Selected1);

        // Undo: it comes back from the trash, selected.
        QVERIFY(press(w, Qt::Key_Z, Qt::ControlModifier));
        QVERIFY(QFile::exists(memo));
        QTRY_VERIFY_WITH_TIMEOUT(showsOnly(w, words, memo), 5000);
        QCOMPARE(w.content()->entryCount(), 5);

        // Switch folder: into sub/ with Enter. Nothing of the old folder is shown or editable.
        QVERIFY(click(w, QStringLiteral("a.jpg")));
        QVERIFY(click(w, QStringLiteral("sub")));
        QTest::keyClick(grid(w), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 1, 5000);
        QCOMPARE(w.content()->folder(), dir.filePath(QStringLiteral("sub")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("sub")));
        QVERIFY(showsNothing(w, words));
        QVERIFY(click(w, QStringLiteral("d.jpg")));
        QVERIFY(showsOnly(w, words, d));
        // And up again (Alt+Up): the selection in sub/ does not follow; the folder shows what
        // was selected there before, sub/ itself.
        QVERIFY(press(w, Qt::Key_Up, Qt::AltModifier));
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 5, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->selectedPaths(),
                                  QStringList{dir.filePath(QStringLiteral("sub"))}, 5000);
        QVERIFY(w.preview()->view()->path() != d);
        QCOMPARE(entry(a).rating, 2); // nothing edited on the way
    }
};

QTEST_MAIN(UserFlowsTest)
#include "test_userflows.moc"
