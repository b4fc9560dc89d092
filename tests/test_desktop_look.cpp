// The desktop's look and defaults, driven offscreen: the theme, the first-run layout, the jobs
// indicator, the action icons, the list's columns and sort, Find Duplicates' columns, output
// folders proposed outside the sources (and the question before writing into them), and the
// Preferences pages (the cache folder and Clear Cache, metadata policy, jobs at once, external
// editor). HOME is a fresh folder, so nothing touches the user's files.

#include "browser/assetcolumnsmodel.h"
#include "browser/contentview.h"
#include "browser/duplicateswindow.h"
#include "browser/filterbar.h"
#include "browser/mainwindow.h"
#include "browser/sourcespanel.h"
#include "browser/thumbnaildelegate.h"
#include "catalog/metadatapolicy.h"
#include "common/browsestart.h"
#include "common/outputfolders.h"
#include "common/theme.h"
#include "common/windowsize.h"
#include "files/appcache.h"
#include "jobs/batchdialog.h"
#include "jobs/batchplan.h"
#include "jobs/doctoimagedialog.h"
#include "jobs/jobqueue.h"
#include "jobs/jobsindicator.h"
#include "jobs/jobsmodel.h"
#include "jobs/standardkinds.h"
#include "settings/appsettings.h"
#include "settings/preferencesdialog.h"
#include "support/language.h"
#include "support/syntheticphoto.h"
#include "support/testimages.h"
#include "viewers/viewerwindow.h"
#include "watermark/blindmarkform.h"
#include "watermark/robustnesspage.h"
#include "watermark/watermarkembedpage.h"
#include "watermark/watermarkwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <functional>

using namespace ad;
using namespace ad::ui;
using namespace ad::test;

namespace
{
// Clicks the button named `button` on the next "outputIntoLibrary" question once it shows;
// `asked` counts the questions seen.
void answerOutputQuestion(const QString &button, int *asked)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("outputIntoLibrary")) return;
        timer->deleteLater();
        ++*asked;
        box->findChild<QPushButton *>(button)->click();
    });
    timer->start(20);
}

// The colour an icon is drawn in: its most opaque pixel at 16 px.
QColor inkOf(const QIcon &icon)
{
    const QImage image = icon.pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor c = image.pixelColor(x, y); c.alpha() > best.alpha()) best = c;
    return best;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(bytes);
    return path;
}
} // namespace

class DesktopLookTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_library; // outside HOME, as a mounted photo library would be
    QString m_photo;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AssetDesk-Test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_desktop_look"));
        QSettings().clear();
        m_photo = writeTemp(m_library, QStringLiteral("kite.png"),
                            makeImage(120, 80, QStringLiteral("png")));
    }

    void init()
    {
        QSettings().clear();
        setLibraryRoot({});
        // No thumbnails left by an earlier test (Clear Cache counts what it finds).
        QDir(files::cacheRoot()).removeRecursively();
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
             QStringLiteral("/thumbnails"))
            .removeRecursively();
    }

    void filterBarWrapsInsteadOfCrushing()
    {
        // Above a grid 380 px wide (the window's default with the preview open) every control
        // keeps its whole width, none overlaps another, and the bar grows rows instead.
        QWidget pane;
        auto *column = new QVBoxLayout(&pane);
        auto *bar = new FilterBar(&pane);
        column->addWidget(bar);
        column->addStretch();
        pane.resize(380, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        // A splitter may make the pane this narrow: the bar asks for no more.
        QVERIFY(pane.minimumSizeHint().width() <= 380 && bar->width() <= 380);
        QList<QWidget *> shown;
        for (QWidget *w : bar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            if (w->isVisible()) shown << w;
        QVERIFY(shown.size() >= 10);
        for (QWidget *w : shown) {
            QVERIFY2(w->width() >= std::min(w->sizeHint().width(), bar->width() - 8),
                     qPrintable(w->objectName() + QString::number(w->width())));
            QVERIFY(bar->rect().contains(w->geometry()));
            for (QWidget *other : shown)
                QVERIFY(w == other || !w->geometry().intersects(other->geometry()));
        }
        QVERIFY(bar->height() > 3 * shown.first()->height());
    }

    void firstRunShowsPlacesAndAFolderTreeRootedAtHome()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.sourcesDock()->isVisible());
        QCOMPARE(w.dockWidgetArea(w.sourcesDock()), Qt::LeftDockWidgetArea);
        QListWidget *places = w.sources()->places();
        QVERIFY(places->count() >= 1);
        QCOMPARE(places->item(0)->toolTip(), QDir::toNativeSeparators(QDir::homePath()));
        QCOMPARE(w.sources()->treeRoot(), QDir::homePath());
        // A library outside Home: its folders are shown under it, not under "/".
        QDir(m_library.path()).mkpath(QStringLiteral("2024/summer"));
        w.setLibraryFolder(m_library.path());
        w.openFolder(m_library.filePath(QStringLiteral("2024/summer")));
        QCOMPARE(w.sources()->treeRoot(), QDir(m_library.path()).absolutePath());
        w.openFolder(QDir::homePath());
        QCOMPARE(w.sources()->treeRoot(), QDir::homePath());
    }

    void firstRunGivesTheSourcesRoomAndTheGridSeveralColumns()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), QSize(1280, 800));
        // The places' names whole, without squeezing the grid to a column.
        QTRY_VERIFY2(w.sourcesDock()->width() >= 220 && w.sourcesDock()->width() <= 260,
                     qPrintable(QString::number(w.sourcesDock()->width())));
        QVERIFY(w.inspectorDock()->width() >= 240);
        auto *grid = w.findChild<QListView *>(QStringLiteral("contentGrid"));
        const int cell = ThumbnailDelegate::cellSize(grid->iconSize(), grid->font()).width();
        QVERIFY2(
            grid->viewport()->width() >= 3 * cell,
            qPrintable(
                QStringLiteral("%1 px for cells of %2").arg(grid->viewport()->width()).arg(cell)));
    }

    void folderTreeShowsHomeAndThePlacesWhateverTheyHold()
    {
        QTemporaryDir flat; // a library of pictures and no subfolders
        writeTemp(flat, QStringLiteral("one.png"), makeImage(40, 30, QStringLiteral("png")));
        MainWindow w;
        w.setLibraryFolder(flat.path());
        w.show();
        w.openFolder(flat.path());
        QTreeWidget *tree = w.sources()->folderTree();
        QStringList tops;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            tops << tree->topLevelItem(i)->toolTip(0);
        QCOMPARE(tops, (QStringList{QDir::homePath(), QDir(flat.path()).absolutePath()}));
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Home"));
        QCOMPARE(tree->currentItem(), tree->topLevelItem(1));

        // Home opens on its folders (hidden ones left out), and a click on one shows it.
        QDir::home().mkpath(QStringLiteral("Trips/2024"));
        QDir::home().mkpath(QStringLiteral(".secret"));
        QTreeWidgetItem *home = tree->topLevelItem(0);
        home->setExpanded(true);
        QTreeWidgetItem *trips = nullptr;
        for (int i = 0; i < home->childCount(); ++i) {
            QVERIFY(!home->child(i)->text(0).startsWith(QLatin1Char('.')));
            if (home->child(i)->text(0) == QLatin1String("Trips")) trips = home->child(i);
        }
        QVERIFY(trips);
        tree->scrollToItem(trips);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(trips).center());
        QCOMPARE(w.content()->folder(), QDir::home().filePath(QStringLiteral("Trips")));
        // A folder no place holds gets a top-level item of its own, and loses it after.
        QTemporaryDir elsewhere;
        w.openFolder(elsewhere.path());
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->currentItem()->toolTip(0), QDir(elsewhere.path()).absolutePath());
        QCOMPARE(tree->currentItem()->text(0), QDir(elsewhere.path()).dirName());
        w.openFolder(QDir::home().filePath(QStringLiteral("Trips/2024")));
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("2024"));
        QCOMPARE(tree->currentItem()->parent()->text(0), QStringLiteral("Trips"));
        // A folder shown before it became the library is found under the library's item.
        QTemporaryDir later;
        w.openFolder(later.path());
        w.setLibraryFolder(later.path());
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(1)->text(0), QDir(later.path()).dirName());
        QCOMPARE(tree->currentItem(), tree->topLevelItem(1));
    }

    void sortViewModeAndWidthsAreRememberedAcrossRestarts()
    {
        const auto sortMenu = [](MainWindow &w) {
            for (QMenu *menu : w.menuBar()->findChildren<QMenu *>())
                if (menu->title() == QLatin1String("&Sort By")) return menu;
            return static_cast<QMenu *>(nullptr);
        };
        const auto action = [](QMenu *menu, const QString &text) {
            for (QAction *a : menu->actions())
                if (a->text() == text) return a;
            return static_cast<QAction *>(nullptr);
        };
        int sourcesWidth = 0;
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QMenu *sort = sortMenu(w);
            QVERIFY(sort);
            w.openFolder(m_library.path());
            action(sort, QStringLiteral("&Rating"))->trigger();
            action(sort, QStringLiteral("Desc&ending"))->trigger();
            w.findChild<QAction *>(QStringLiteral("listViewAction"))->trigger();
            // A width the user chose, narrower than the title: kept, not fitted again.
            w.content()->list()->header()->resizeSection(AssetColumnsModel::Dimensions, 41);
            w.resizeDocks({w.sourcesDock()}, {300}, Qt::Horizontal);
            QTRY_VERIFY(w.sourcesDock()->width() > 280);
            sourcesWidth = w.sourcesDock()->width();
            QVERIFY(w.close());
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.content()->mode(), ContentView::Mode::List);
        QCOMPARE(w.content()->list()->header()->sortIndicatorSection(),
                 int(AssetColumnsModel::Rating));
        QCOMPARE(w.content()->list()->header()->sortIndicatorOrder(), Qt::DescendingOrder);
        QMenu *sort = sortMenu(w);
        QVERIFY(action(sort, QStringLiteral("&Rating"))->isChecked());
        QVERIFY(!action(sort, QStringLiteral("&Name"))->isChecked());
        QVERIFY(action(sort, QStringLiteral("Desc&ending"))->isChecked());
        QTRY_COMPARE(w.sourcesDock()->width(), sourcesWidth);
        QTRY_VERIFY(w.content()->entryCount() > 0);
        QTest::qWait(300); // the listed folder would have widened a fitted column by now
        QCOMPARE(w.content()->list()->header()->sectionSize(AssetColumnsModel::Dimensions), 41);
        // A header click sorts too, and the menu follows it.
        w.content()->list()->header()->setSortIndicator(int(AssetColumnsModel::Size),
                                                        Qt::AscendingOrder);
        QVERIFY(action(sort, QStringLiteral("Si&ze"))->isChecked());
        QVERIFY(!action(sort, QStringLiteral("Desc&ending"))->isChecked());
    }

    void everySortKeyAndOrderIsKeptAcrossRestarts()
    {
        const auto sortActions = [](MainWindow &w) {
            for (QMenu *menu : w.menuBar()->findChildren<QMenu *>())
                if (menu->title() == QLatin1String("&Sort By")) return menu->actions();
            return QList<QAction *>();
        };
        QStringList keys;
        {
            MainWindow probe;
            for (QAction *a : sortActions(probe))
                if (a->isCheckable() && a->text() != QLatin1String("Desc&ending"))
                    keys << a->text();
        }
        QCOMPARE(keys.size(), int(AssetColumnsModel::ColumnCount)); // one per list column
        for (const QString &key : std::as_const(keys)) {
            for (const bool descending : {false, true}) {
                {
                    MainWindow w;
                    w.show();
                    w.openFolder(m_library.path());
                    for (QAction *a : sortActions(w))
                        if (a->text() == key || (a->text() == QLatin1String("Desc&ending") &&
                                                 a->isChecked() != descending))
                            a->trigger();
                    QVERIFY(w.close());
                }
                MainWindow w;
                w.show();
                QTest::qWait(50); // the folder opens and lists
                const QString what = key + (descending ? QStringLiteral(" descending") : QString());
                for (QAction *a : sortActions(w)) {
                    if (a->text() == QLatin1String("Desc&ending"))
                        QVERIFY2(a->isChecked() == descending, qPrintable(what));
                    else if (a->isCheckable())
                        QVERIFY2(a->isChecked() == (a->text() == key), qPrintable(what));
                }
                const int column = w.content()->list()->header()->sortIndicatorSection();
                QVERIFY2(sortActions(w).at(0)->actionGroup()->checkedAction()->data().toInt() ==
                             column,
                         qPrintable(what));
            }
        }
    }

    void listColumnsHoldTheirTitlesAndValues_data() { addLanguageRows(); }

    void listColumnsHoldTheirTitlesAndValues()
    {
        // A first run, every column shown: each holds its title with room for the sort arrow
        // (any column may be sorted) and the values on screen, in English and in Chinese.
        QFETCH(QString, language);
        const Language guard(language);
        QVERIFY(guard.loaded());
        // Column 0 is never hidden; the list says "none of the others".
        QSettings().setValue(QStringLiteral("browse/hiddenColumns"),
                             QStringList{QStringLiteral("0")});
        QTemporaryDir folder;
        const QString photo = writeTemp(folder, QStringLiteral("a-photo.jpg"),
                                        makeImage(1200, 900, QStringLiteral("jpg"), 40));
        // A camera's name as cameras write it, longer than a default column.
        QCOMPARE(
            QProcess::execute(QStringLiteral("exiv2"),
                              {QStringLiteral("-q"), QStringLiteral("-M"),
                               QStringLiteral("set Exif.Image.Make Canon"), QStringLiteral("-M"),
                               QStringLiteral("set Exif.Image.Model Canon EOS 5D Mark IV"), photo}),
            0);
        writeTemp(folder, QStringLiteral("b-drawing.png"),
                  makeImage(64, 48, QStringLiteral("png")));
        MainWindow w;
        w.catalog()->setRating({photo}, 5);
        w.catalog()->setLabel({photo}, 6);
        w.show();
        w.openFolder(folder.path());
        w.findChild<QAction *>(QStringLiteral("listViewAction"))->trigger();
        QTreeView *list = w.content()->list();
        QVERIFY(QTest::qWaitForWindowExposed(list));
        QTRY_COMPARE(w.content()->entryCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(w.content()->columns()->factsComplete(), 20000);
        QHeaderView *header = list->header();
        const QAbstractItemView *values = list; // QTreeView makes its override protected
        for (int column = 0; column < AssetColumnsModel::ColumnCount; ++column) {
            QVERIFY(!header->isSectionHidden(column));
            // Qt's own measure of a title, with the arrow only on the sorted column.
            header->setSortIndicator(column, Qt::AscendingOrder);
            const QString what =
                QStringLiteral("%1: %2 px")
                    .arg(header->model()->headerData(column, Qt::Horizontal).toString(),
                         QString::number(header->sectionSize(column)));
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(what + QStringLiteral(", title needs ") +
                                QString::number(header->sectionSizeHint(column))));
            QTRY_VERIFY2(header->sectionSize(column) >= values->sizeHintForColumn(column),
                         qPrintable(what + QStringLiteral(", values need ") +
                                    QString::number(values->sizeHintForColumn(column))));
        }
        // The values measured above are the real ones.
        header->setSortIndicator(AssetColumnsModel::Name, Qt::AscendingOrder);
        const QModelIndex root = list->rootIndex();
        QCOMPARE(list->model()->index(0, AssetColumnsModel::Rating, root).data().toString(),
                 QString(5, QChar(0x2605)));
        QCOMPARE(list->model()->index(0, AssetColumnsModel::Label, root).data().toString(),
                 AssetColumnsModel::labelName(6));
        QCOMPARE(list->model()->index(0, AssetColumnsModel::Camera, root).data().toString(),
                 QStringLiteral("Canon EOS 5D Mark IV"));
    }

    void listShowsDateModifiedWholeInTheFirstRunWindow()
    {
        // The default window, preview open: Name, Size and Date Modified fit the list's width,
        // with the sample library's longest name whole.
        QTemporaryDir folder;
        writeTemp(folder, QStringLiteral("portrait-exif-rotated.jpg"),
                  makeImage(30, 20, QStringLiteral("jpg")));
        MainWindow w;
        w.show();
        w.openFolder(folder.path());
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.content()->entryCount() > 0);
        // From the grid to the list: the names fit as the list shows, not a moment later.
        w.findChild<QAction *>(QStringLiteral("listViewAction"))->trigger();
        QTreeView *list = w.content()->list();
        QHeaderView *header = list->header();
        const QAbstractItemView *names = list; // QTreeView makes its override protected
        QVERIFY(names->sizeHintForColumn(AssetColumnsModel::Name) > 100);
        QVERIFY2(header->sectionSize(AssetColumnsModel::Name) >=
                     names->sizeHintForColumn(AssetColumnsModel::Name),
                 qPrintable(QString::number(header->sectionSize(AssetColumnsModel::Name))));
        QVERIFY2(header->sectionViewportPosition(AssetColumnsModel::Modified) +
                         header->sectionSize(AssetColumnsModel::Modified) <=
                     list->viewport()->width(),
                 qPrintable(QStringLiteral("Date Modified ends at %1 px of %2")
                                .arg(header->sectionViewportPosition(AssetColumnsModel::Modified) +
                                     header->sectionSize(AssetColumnsModel::Modified))
                                .arg(list->viewport()->width())));
    }

    void duplicateHeadersShowWholeTitles_data() { addLanguageRows(); }

    void duplicateHeadersShowWholeTitles()
    {
        QFETCH(QString, language);
        const Language guard(language);
        QVERIFY(guard.loaded());
        QTemporaryDir folder;
        const vips::VImage photo = syntheticPhoto(41, 320, 240);
        savePhoto(photo, folder.filePath(QStringLiteral("a.jpg")));
        savePhoto(photo.resize(0.5), folder.filePath(QStringLiteral("a-small.jpg")));
        catalog::Catalog library(QStringLiteral(":memory:"));
        QUndoStack undo;
        DuplicatesWindow window(&library, &undo);
        window.setPlaces({folder.path()});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &DuplicatesWindow::scanFinished);
        window.scan();
        QVERIFY(finished.wait(30000));
        QTreeWidget *tree = window.tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QHeaderView *header = tree->header();
        // Each title and entry whole, with at least a character's room before the next
        // column (the Chinese "Difference" column was as wide as "差异" and ran into "文件夹").
        const QAbstractItemView *entries = tree; // QTreeView makes its override protected
        const int air = tree->fontMetrics().averageCharWidth();
        for (int column = 0; column < tree->columnCount() - 1; ++column) {
            const int needs =
                std::max(header->sectionSizeHint(column), entries->sizeHintForColumn(column));
            QVERIFY2(header->sectionSize(column) >= needs + air,
                     qPrintable(QStringLiteral("%1: %2 px for %3")
                                    .arg(tree->headerItem()->text(column))
                                    .arg(header->sectionSize(column))
                                    .arg(needs)));
        }
        QVERIFY(header->stretchLastSection()); // the folder takes what is left
    }

    void sortIsShownWhenItsColumnIsScrolledAway()
    {
        MainWindow w;
        w.show();
        w.openFolder(m_library.path());
        w.findChild<QAction *>(QStringLiteral("listViewAction"))->trigger();
        QTreeView *list = w.content()->list();
        QVERIFY(QTest::qWaitForWindowExposed(list));
        auto *status = w.statusBar()->findChild<QLabel *>(QStringLiteral("statusSort"));
        QVERIFY(status && status->isVisible());
        QCOMPARE(status->text(), ContentView::tr("Sorted by %1, ascending")
                                     .arg(AssetColumnsModel::columnTitle(AssetColumnsModel::Name)));
        // View > Sort By > Rating, descending; then the Rating column out of sight.
        for (QMenu *menu : w.menuBar()->findChildren<QMenu *>())
            if (menu->title() == QLatin1String("&Sort By"))
                for (QAction *a : menu->actions())
                    if (a->text() == QLatin1String("&Rating") ||
                        a->text() == QLatin1String("Desc&ending"))
                        a->trigger();
        QHeaderView *header = list->header();
        QCOMPARE(header->sortIndicatorSection(), int(AssetColumnsModel::Rating));
        QVERIFY(header->isSortIndicatorShown());
        header->resizeSection(AssetColumnsModel::AssetKind, 3 * list->viewport()->width());
        QTRY_VERIFY(list->horizontalScrollBar()->maximum() > 2 * list->viewport()->width());
        list->horizontalScrollBar()->setValue(list->horizontalScrollBar()->maximum());
        QVERIFY(header->sectionViewportPosition(AssetColumnsModel::Rating) +
                    header->sectionSize(AssetColumnsModel::Rating) <=
                0);
        QCOMPARE(status->text(),
                 ContentView::tr("Sorted by %1, descending")
                     .arg(AssetColumnsModel::columnTitle(AssetColumnsModel::Rating)));
        // In the grid, which has no header, too; and after a header click.
        w.findChild<QAction *>(QStringLiteral("gridViewAction"))->trigger();
        header->setSortIndicator(AssetColumnsModel::Label, Qt::AscendingOrder);
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(),
                 ContentView::tr("Sorted by %1, ascending")
                     .arg(AssetColumnsModel::columnTitle(AssetColumnsModel::Label)));
    }

    void toolbarShowsTheViewModeHoweverItWasSet()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        const auto button = [&](const char *name) {
            return qobject_cast<QToolButton *>(
                bar->widgetForAction(w.findChild<QAction *>(QLatin1String(name))));
        };
        QVERIFY(button("gridViewAction") && button("listViewAction"));
        QVERIFY(button("gridViewAction")->isChecked());
        // Not through the action (as scripts and other windows do): the buttons follow.
        w.content()->setMode(ContentView::Mode::List);
        QVERIFY(button("listViewAction")->isChecked());
        QVERIFY(!button("gridViewAction")->isChecked());
        w.content()->setMode(ContentView::Mode::Grid);
        QVERIFY(button("gridViewAction")->isChecked());
        QVERIFY(!button("listViewAction")->isChecked());
    }

    void externalEditorIsAmongTheGeneralPreferences()
    {
        PreferencesDialog preferences;
        auto *editor = preferences.findChild<QLineEdit *>(QStringLiteral("externalEditor"));
        QTabWidget *pages = preferences.pages();
        QString page;
        for (int i = 0; i < pages->count(); ++i)
            if (pages->widget(i)->isAncestorOf(editor)) page = pages->tabText(i);
        QCOMPARE(page, PreferencesDialog::tr("General"));
    }

    void cacheFolderNamesTheApplicationOnceAndKeepsTheOldCache()
    {
        // AssetDesk's own names: organisation and application alike.
        const QString organisation = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        const auto restore = qScopeGuard([&] {
            QCoreApplication::setOrganizationName(organisation);
            QCoreApplication::setApplicationName(application);
        });
        const QString name = QStringLiteral("CacheProbe");
        QCoreApplication::setOrganizationName(name);
        QCoreApplication::setApplicationName(name);
        const QString root =
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u'/' + name;
        QDir(root).removeRecursively();
        const auto cleanup = qScopeGuard([&] { QDir(root).removeRecursively(); });
        // What an earlier version left in Qt's cache location, name twice over.
        const QString old = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QCOMPARE(old, root + u'/' + name);
        const QByteArray blob(2000, 'x');
        QVERIFY(!writeFile(old + QStringLiteral("/bucket-thumbnails/a/1.jpg"), blob).isEmpty());
        QVERIFY(!writeFile(old + QStringLiteral("/libreoffice/user/profile.xcu"), "p").isEmpty());

        files::migrateOldCacheFolder();
        QCOMPARE(files::cacheRoot(), root);
        QCOMPARE(files::ownCacheFolder(), root);
        QCOMPARE(readFile(root + QStringLiteral("/bucket-thumbnails/a/1.jpg")), blob);
        QCOMPARE(readFile(root + QStringLiteral("/libreoffice/user/profile.xcu")), QByteArray("p"));
        QVERIFY(!QFileInfo::exists(old));

        PreferencesDialog preferences;
        QSignalSpy measured(&preferences, &PreferencesDialog::cacheMeasured);
        const auto *location = preferences.findChild<QLineEdit *>(QStringLiteral("cacheLocation"));
        QCOMPARE(location->text(), QDir::toNativeSeparators(root));
        QVERIFY(!location->text().contains(name + u'/' + name));
        QVERIFY(measured.wait(10000));
        QCOMPARE(preferences.cacheText(),
                 QStringLiteral("%1 in 1 file(s)").arg(QLocale().formattedDataSize(blob.size())));
    }

    void windowsOpenWithinTheScreen()
    {
        WindowPlacer placer; // as the application installs it
        qApp->installEventFilter(&placer);
        const QRect room = QGuiApplication::primaryScreen()->availableGeometry();
        const auto within = [&](const QWidget *window) {
            return room.contains(window->frameGeometry()) &&
                   window->geometry().top() - room.top() >= 24; // the title bar too
        };
        // A geometry saved on a screen bigger than this one.
        {
            MainWindow big;
            big.setGeometry(room.x() + 300, room.y() + 200, room.width() * 2, room.height() * 2);
            QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(within(&w), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                            .arg(w.frameGeometry().x())
                                            .arg(w.frameGeometry().y())
                                            .arg(w.frameGeometry().width())
                                            .arg(w.frameGeometry().height())));
        // The viewer (designed for 1100 x 800) and a dialog, from a window in a corner.
        w.move(room.right() - w.frameGeometry().width() / 2, room.bottom() - 100);
        ViewerWindow *viewer = w.openViewer(m_photo);
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        QVERIFY2(within(viewer), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                .arg(viewer->frameGeometry().x())
                                                .arg(viewer->frameGeometry().y())
                                                .arg(viewer->frameGeometry().width())
                                                .arg(viewer->frameGeometry().height())));
        viewer->close();
        PreferencesDialog preferences(&w);
        preferences.show();
        QVERIFY(within(&preferences));
        // A second show keeps where the user put it.
        preferences.hide();
        preferences.move(room.topLeft() + QPoint(40, 60));
        preferences.show();
        QCOMPARE(preferences.pos(), room.topLeft() + QPoint(40, 60));
    }

    void listSelectsWholeRowsOfOneHeight()
    {
        QTemporaryDir folder;
        writeTemp(folder, QStringLiteral("a-wide.png"), makeImage(300, 100, QStringLiteral("png")));
        {
            // A portrait document, whose thumbnail is taller than it is wide.
            QPdfWriter pdf(folder.filePath(QStringLiteral("b-memo.pdf")));
            pdf.setPageSize(QPageSize(QPageSize::A4));
            QPainter painter(&pdf);
            painter.drawText(QPointF(100, 100), QStringLiteral("Memo"));
        }
        writeTemp(folder, QStringLiteral("c-tall.png"), makeImage(60, 200, QStringLiteral("png")));
        MainWindow w;
        w.show();
        w.openFolder(folder.path());
        w.findChild<QAction *>(QStringLiteral("listViewAction"))->trigger();
        QTreeView *list = w.content()->list();
        QVERIFY(QTest::qWaitForWindowExposed(list));
        QTRY_COMPARE(w.content()->entryCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->thumbnailsPending(), 0, 20000);
        const QModelIndex root = list->rootIndex();
        QAbstractItemModel *model = list->model();
        const auto heights = [&] {
            QList<int> all;
            for (int row = 0; row < 3; ++row)
                for (int column = 0; column < model->columnCount(root); ++column)
                    if (!list->isColumnHidden(column))
                        all << list->visualRect(model->index(row, column, root)).height();
            return all;
        };
        const QList<int> before = heights();
        QCOMPARE(before.count(before.first()), before.size());
        // A click on any cell selects the row: every column of it.
        const QModelIndex size = model->index(1, AssetColumnsModel::Size, root);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(size).center());
        QVERIFY(list->selectionModel()->isRowSelected(1, root));
        QCOMPARE(w.content()->selectedPaths().size(), 1);
        // A click in the grid shows as a whole row in the list too.
        w.content()->setMode(ContentView::Mode::Grid);
        auto *grid = w.findChild<QListView *>(QStringLiteral("contentGrid"));
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
                          grid->visualRect(model->index(2, 0, root)).center());
        w.content()->setMode(ContentView::Mode::List);
        QVERIFY(list->selectionModel()->isRowSelected(2, root));
        QVERIFY(!list->selectionModel()->isRowSelected(1, root));
        // Name scrolled out of view: the rows keep their height.
        list->header()->resizeSection(AssetColumnsModel::Name, list->viewport()->width());
        list->header()->resizeSection(AssetColumnsModel::AssetKind, list->viewport()->width());
        list->horizontalScrollBar()->setValue(list->horizontalScrollBar()->maximum());
        QVERIFY(list->visualRect(model->index(0, 0, root)).right() < 0);
        QTest::qWait(50);
        const QList<int> scrolled = heights();
        QCOMPARE(scrolled, before);
    }

    void listDatesSizesAndTitlesFollowTheInterfaceLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        // Qt's own Chinese catalogue names the file model's Size column 体积 (volume).
        QTranslator qtbase;
        QVERIFY(qtbase.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                            QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&qtbase);
        {
            QTemporaryDir folder;
            const QFileInfo kite(writeTemp(folder, QStringLiteral("kite.png"),
                                           makeImage(64, 48, QStringLiteral("png"))));
            MainWindow w;
            w.show();
            w.openFolder(folder.path());
            QTRY_COMPARE(w.content()->entryCount(), 1);
            QAbstractItemModel *model = w.content()->list()->model();
            const QModelIndex root = w.content()->list()->rootIndex();
            const QLocale chinese(QLocale::Chinese, QLocale::China);
            QCOMPARE(model->index(0, AssetColumnsModel::Modified, root).data().toString(),
                     chinese.toString(kite.lastModified(), QLocale::ShortFormat));
            QCOMPARE(model->index(0, AssetColumnsModel::Size, root).data().toString(),
                     chinese.formattedDataSize(kite.size()));
            // Our own titles, which our catalogue translates.
            QCOMPARE(model->headerData(AssetColumnsModel::Size, Qt::Horizontal).toString(),
                     AssetColumnsModel::tr("Size"));
        }
        QCoreApplication::removeTranslator(&qtbase);
        QLocale::setDefault(before);
    }

    void outputFoldersShowWholeAndEachVideoToolHasItsOwn()
    {
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QList<OutputTool> video{OutputTool::VideoFrames, OutputTool::VideoTrims,
                                      OutputTool::VideoSprites, OutputTool::VideoAnimations,
                                      OutputTool::VideoPosters};
        QStringList proposed;
        for (const OutputTool tool : video) {
            proposed << proposedOutputFolder(tool,
                                             {m_library.filePath(QStringLiteral("clip.mp4"))});
            QVERIFY(
                proposed.last().startsWith(QDir(pictures).filePath(QStringLiteral("AssetDesk/"))));
        }
        proposed.removeDuplicates();
        QCOMPARE(proposed.size(), video.size());
        // One tool's folder, once used, is that tool's only.
        QTemporaryDir frames;
        setOutputFolderSetting(OutputTool::VideoFrames, frames.path());
        QCOMPARE(proposedOutputFolder(OutputTool::VideoFrames, {}), frames.path());
        QCOMPARE(proposedOutputFolder(OutputTool::VideoTrims, {}), proposed.at(1));

        // Preferences > Outputs: a field per tool, its path whole at the dialog's first size.
        const QString deep = QDir(pictures).filePath(
            QStringLiteral("AssetDesk/Spring Catalogue 2026/Video Posters"));
        setOutputFolderSetting(OutputTool::VideoPosters, deep);
        PreferencesDialog preferences;
        preferences.findChild<QTabWidget *>(QStringLiteral("preferencesPages"))->setCurrentIndex(2);
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        QStringList names;
        for (const char *name : {"outputVideoFrames", "outputVideoTrims", "outputVideoSprites",
                                 "outputVideoAnimations", "outputVideoPosters"}) {
            auto *edit = preferences.findChild<QLineEdit *>(QLatin1String(name));
            QVERIFY2(edit && edit->isVisible(), name);
            const QString shown = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
            names << shown;
            // At least the line edit's own 2 px margins and the cursor beside the text.
            QVERIFY2(edit->width() > edit->fontMetrics().horizontalAdvance(shown) + 4,
                     qPrintable(QStringLiteral("%1: %2 px for %3")
                                    .arg(QLatin1String(name))
                                    .arg(edit->width())
                                    .arg(shown)));
            QCOMPARE(edit->toolTip(), QDir::toNativeSeparators(shown));
        }
        QCOMPARE(names.last(), QDir::toNativeSeparators(deep));
        // The fields grow with the dialog.
        auto *posters = preferences.findChild<QLineEdit *>(QStringLiteral("outputVideoPosters"));
        const int width = posters->width();
        preferences.resize(preferences.width() + 200, preferences.height());
        QTRY_VERIFY(posters->width() >= width + 150);
    }

    void darkThemeChangesThePaletteAndPersists()
    {
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        MainWindow w;
        w.show();
        QAction *open = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions().first();
        QVERIFY(inkOf(open->icon()).lightness() < 100); // dark ink on the light system look
        {
            PreferencesDialog preferences(&w);
            auto *theme = preferences.findChild<QComboBox *>(QStringLiteral("theme"));
            theme->setCurrentIndex(theme->findData(int(Theme::Dark)));
            preferences.accept();
        }
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 70);
        QTRY_VERIFY(w.palette().color(QPalette::Window).lightness() < 70); // the change event
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(themeSetting(), Theme::Dark);
        // The toolbar's icons are repainted to read on the dark window.
        QVERIFY(inkOf(open->icon()).lightness() > 180);
        {
            PreferencesDialog again(&w);
            auto *theme = again.findChild<QComboBox *>(QStringLiteral("theme"));
            QCOMPARE(theme->currentData().toInt(), int(Theme::Dark));
            theme->setCurrentIndex(theme->findData(int(Theme::Light)));
            again.accept();
        }
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        applyTheme(Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    }

    void everyToolbarActionInTheMenusHasAnIcon()
    {
        MainWindow w;
        QList<QAction *> inMenus;
        std::function<void(QMenu *)> collect = [&](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                inMenus << a;
                if (a->menu()) collect(a->menu());
            }
        };
        for (QAction *top : w.menuBar()->actions())
            collect(top->menu());
        int buttons = 0;
        for (QAction *a : w.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions()) {
            if (a->isSeparator() || !inMenus.contains(a)) continue;
            ++buttons;
            QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
            QVERIFY2(inkOf(a->icon()).alpha() > 0, qPrintable(a->text())); // drawn, not blank
        }
        QVERIFY(buttons >= 10);
        // The file commands (also the grid's context menu) have icons too.
        const QList<QAction *> files = w.content()->actions();
        QVERIFY(std::count_if(files.begin(), files.end(),
                              [](QAction *a) { return !a->icon().isNull(); }) >= 10);
    }

    void jobsDockIsHiddenWhenIdleAndTheIndicatorOpensIt()
    {
        // A queue that is not started keeps what is submitted queued.
        jobs::JobQueue queue(QStringLiteral(":memory:"));
        jobs::registerStandardKinds(queue);
        MainWindow w(&queue);
        w.show();
        QVERIFY(!w.jobsDock()->isVisible());
        JobsIndicator *indicator = w.jobsIndicator();
        QCOMPARE(indicator->activeJobs(), 0);
        QCOMPARE(indicator->text(), QStringLiteral("No jobs"));
        jobs::BatchRequest r;
        r.sources = {m_photo};
        r.styles = {QStringLiteral("imageMogr2/thumbnail/40x")};
        QTemporaryDir out;
        r.destination = out.path();
        queue.submit(jobs::planBatch(r));
        QTRY_COMPARE(indicator->activeJobs(), 1);
        QCOMPARE(indicator->percent(), 0);
        QCOMPARE(indicator->text(), QStringLiteral("1 job(s) · 0 %"));
        QTest::mouseClick(indicator, Qt::LeftButton);
        QVERIFY(w.jobsDock()->isVisible());
    }

    // The watermark window's robustness report is not a queued job, yet it runs for minutes: the
    // status bar counts it while it runs (it said "No jobs"), and its tooltip says where it is.
    void theIndicatorCountsAReportRunningInItsWindow()
    {
        jobs::JobQueue queue(QStringLiteral(":memory:"));
        MainWindow w(&queue);
        w.show();
        JobsIndicator *indicator = w.jobsIndicator();
        QCOMPARE(indicator->activeJobs(), 0);
        RobustnessPage *report = w.openWatermarkTool()->robustnessPage();
        // Photographs big enough to mark, each a few seconds of attacks.
        const QString a = writePhoto(m_library, QStringLiteral("Kite"), QSize(800, 600),
                                     QStringLiteral("report-a.jpg"));
        const QString b = writePhoto(m_library, QStringLiteral("Autumn"), QSize(800, 600),
                                     QStringLiteral("report-b.jpg"));
        report->setPictures({a, b});
        report->form()->setType(3);
        report->form()->setText(QStringLiteral("Desk42"));
        report->setStyles({});
        QSignalSpy done(report, &RobustnessPage::finished);
        report->run();
        QVERIFY(report->isRunning());
        indicator->refresh(); // the count, not the button's quarter-second coalescing
        QCOMPARE(indicator->activeJobs(), 1);
        QVERIFY2(indicator->toolTip().contains(QStringLiteral("Robustness report")),
                 qPrintable(indicator->toolTip()));
        QCOMPARE(indicator->text(), QStringLiteral("1 job(s) · %1 %").arg(indicator->percent()));
        report->cancel();
        QVERIFY(done.wait(60000));
        QTRY_COMPARE(indicator->activeJobs(), 0);
        QCOMPARE(indicator->text(), QStringLiteral("No jobs"));
        QCOMPARE(indicator->toolTip(), QStringLiteral("Show the Jobs panel"));
    }

    void jobProgressAndRatesReadAlikeEverywhere()
    {
        // The status bar's indicator and the Jobs panel count a running item's bytes alike.
        jobs::JobProgress p;
        p.counts.total = 4;
        p.counts.done = 2;
        jobs::LiveItem item;
        item.total = 200;
        item.done = 50;
        p.running = {item};
        QCOMPARE(JobsModel::itemsDone(p), 2.25);
        QCOMPARE(JobsModel::percentOf(p), 56);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(JobsModel::rateText(12.4), QStringLiteral("12"));
        QCOMPARE(JobsModel::rateText(1000), QStringLiteral("1,000"));
        QCOMPARE(JobsModel::rateText(1.24), QStringLiteral("1.2"));
        QCOMPARE(JobsModel::bytesRateText(1234567), QStringLiteral("1.2 MB/s"));
        QLocale::setDefault(before);
    }

    void toolsProposeOutputFoldersOutsideTheSource()
    {
        MainWindow w;
        w.setLibraryFolder(m_library.path());
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        BatchDialog batch(w.queue(), {m_photo}, m_library.path(), &w);
        const QString batchOut = batch.request().destination;
        QVERIFY(!isInside(batchOut, m_library.path()));
        QCOMPARE(batchOut, QDir(pictures).filePath(QStringLiteral("AssetDesk/Batch")));

        QTemporaryDir docs;
        const QString pdf = writeTemp(docs, QStringLiteral("memo.pdf"), "%PDF-1.4\n");
        DocToImageDialog pages(w.queue(), {pdf}, docs.path(), &w);
        QVERIFY(!isInside(pages.destination(), docs.path()));
        QCOMPARE(pages.destination(), QDir(pictures).filePath(QStringLiteral("AssetDesk/Pages")));

        WatermarkEmbedPage mark([](const QString &) {});
        mark.setSource(m_photo);
        QVERIFY(!isInside(mark.output()->text(), m_library.path()));
        QCOMPARE(mark.output()->text(),
                 QDir(pictures).filePath(QStringLiteral("AssetDesk/Watermarked/kite-marked.png")));

        // Pictures itself as the source, or as the library: under Home, never inside.
        const QString inPictures = writeFile(QDir(pictures).filePath(QStringLiteral("p.png")),
                                             makeImage(20, 20, QStringLiteral("png")));
        BatchDialog fromPictures(w.queue(), {inPictures}, pictures, &w);
        QCOMPARE(fromPictures.request().destination,
                 QDir::home().filePath(QStringLiteral("AssetDesk/Batch")));
        w.setLibraryFolder(pictures);
        QCOMPARE(proposedOutputFolder(OutputTool::Transcode, {m_photo}),
                 QDir::home().filePath(QStringLiteral("AssetDesk/Transcoded")));
        w.setLibraryFolder(m_library.path());

        // The folder a run used is proposed next time (remembered per tool).
        QTemporaryDir chosen;
        batch.setStyles({QStringLiteral("imageMogr2/thumbnail/40x")});
        batch.setDestination(chosen.path());
        batch.accept();
        QVERIFY(batch.submittedJob() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.queue()->isIdle(), 20000);
        QVERIFY(QFile::exists(QDir(chosen.path()).filePath(QStringLiteral("kite.png"))));
        QCOMPARE(BatchDialog(w.queue(), {m_photo}, m_library.path(), &w).request().destination,
                 chosen.path());
        QCOMPARE(DocToImageDialog(w.queue(), {pdf}, docs.path(), &w).destination(),
                 QDir(pictures).filePath(QStringLiteral("AssetDesk/Pages")));
        // ... unless it is inside the source this time.
        QCOMPARE(BatchDialog(w.queue(), {}, chosen.path(), &w).request().destination,
                 QDir(pictures).filePath(QStringLiteral("AssetDesk/Batch")));
    }

    // File dialogs whose field is empty open in the library (else Pictures), never in the
    // process's working directory.
    void emptyFieldsBrowseFromTheLibrary()
    {
        MainWindow w;
        w.setLibraryFolder(m_library.path());
        QCOMPARE(browseStart(QString()), m_library.path());
        QCOMPARE(browseStart(m_photo), m_photo);
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        QDir().mkpath(pictures);
        w.setLibraryFolder(QDir(m_library.path()).filePath(QStringLiteral("gone")));
        QCOMPARE(browseStart(QStringLiteral("  ")), pictures);
        w.setLibraryFolder(m_library.path());
    }

    void writingIntoTheSourceFolderAsksFirst()
    {
        MainWindow w;
        const QString into = m_library.filePath(QStringLiteral("small"));
        BatchDialog batch(w.queue(), {m_photo}, m_library.path(), &w);
        batch.setStyles({QStringLiteral("imageMogr2/thumbnail/40x")});
        batch.setDestination(into);
        int asked = 0;
        answerOutputQuestion(QStringLiteral("chooseAnother"), &asked);
        batch.accept();
        QCOMPARE(asked, 1);
        QCOMPARE(batch.submittedJob(), 0);
        QVERIFY(!QFileInfo::exists(into));
        answerOutputQuestion(QStringLiteral("writeAnyway"), &asked);
        batch.accept();
        QCOMPARE(asked, 2);
        QVERIFY(batch.submittedJob() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.queue()->isIdle(), 20000);
        QCOMPARE(sizeOf(readFile(QDir(into).filePath(QStringLiteral("kite.png")))), QSize(40, 27));

        // A bookmarked (library) folder asks too, even for another source.
        QTemporaryDir other;
        const QString elsewhere =
            writeTemp(other, QStringLiteral("o.png"), makeImage(30, 30, QStringLiteral("png")));
        setBookmarks({m_library.path()});
        BatchDialog toLibrary(w.queue(), {elsewhere}, other.path(), &w);
        toLibrary.setStyles({QStringLiteral("imageMogr2/thumbnail/10x")});
        toLibrary.setDestination(m_library.filePath(QStringLiteral("incoming")));
        answerOutputQuestion(QStringLiteral("chooseAnother"), &asked);
        toLibrary.accept();
        QCOMPARE(asked, 3);
        QCOMPARE(toLibrary.submittedJob(), 0);

        // Blind Watermark: the marked copy beside the original is asked for; nothing written.
        WatermarkEmbedPage mark([](const QString &) {});
        mark.show();
        mark.setSource(m_photo);
        const QString beside = m_library.filePath(QStringLiteral("kite-marked.png"));
        mark.output()->setText(beside);
        mark.form()->setText(QStringLiteral("Desk42"));
        QSignalSpy finished(&mark, &WatermarkEmbedPage::finished);
        answerOutputQuestion(QStringLiteral("chooseAnother"), &asked);
        mark.embed();
        QCOMPARE(asked, 4);
        QVERIFY(!finished.wait(300));
        QVERIFY(!QFileInfo::exists(beside));
    }

    void clearCacheEmptiesTheCache()
    {
        const QString own = files::cacheRoot();
        const QString thumbs =
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
            QStringLiteral("/thumbnails/normal");
        const QByteArray blob(3000, 'x');
        const QStringList ours{writeFile(own + QStringLiteral("/bucket-thumbnails/a/1.jpg"), blob),
                               writeFile(own + QStringLiteral("/bucket-objects/b/kite.png"), blob)};
        QImage thumbnail(16, 16, QImage::Format_RGB32);
        thumbnail.fill(Qt::red);
        thumbnail.setText(QStringLiteral("Software"), QStringLiteral("AssetDesk"));
        QDir().mkpath(thumbs);
        const QString ourThumb = thumbs + QStringLiteral("/0123.png");
        QVERIFY(thumbnail.save(ourThumb));
        thumbnail.setText(QStringLiteral("Software"), QStringLiteral("GNOME::ThumbnailFactory"));
        const QString theirs = thumbs + QStringLiteral("/4567.png");
        QVERIFY(thumbnail.save(theirs));
        const qint64 total = 2 * blob.size() + QFileInfo(ourThumb).size();

        PreferencesDialog preferences;
        QSignalSpy measured(&preferences, &PreferencesDialog::cacheMeasured);
        QVERIFY(measured.wait(10000));
        QCOMPARE(preferences.cacheText(),
                 QStringLiteral("%1 in 3 file(s)").arg(QLocale().formattedDataSize(total)));
        auto *clear = preferences.findChild<QPushButton *>(QStringLiteral("clearCache"));
        QVERIFY(clear->isEnabled());
        clear->click();
        QVERIFY(measured.wait(10000));
        for (const QString &path : ours + QStringList{ourThumb})
            QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
        QVERIFY(QFileInfo::exists(theirs)); // a file manager's thumbnail is not ours to delete
        QCOMPARE(preferences.cacheText(),
                 QStringLiteral("Freed %1 (3 file(s)); %2 left")
                     .arg(QLocale().formattedDataSize(total), QLocale().formattedDataSize(0)));
        QVERIFY(!clear->isEnabled());
    }

    void preferencesReachTheirUsers()
    {
        jobs::JobQueue queue(QStringLiteral(":memory:"));
        MainWindow w(&queue);
        QTemporaryDir tools;
        // An "editor" that notes the files it was given.
        const QString log = tools.filePath(QStringLiteral("opened.txt"));
        const QString editor = writeFile(
            tools.filePath(QStringLiteral("editor.sh")),
            QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1'\n").arg(log).toUtf8());
        QFile(editor).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        {
            PreferencesDialog preferences(&w);
            auto *policy = preferences.findChild<QComboBox *>(QStringLiteral("metadataPolicy"));
            QCOMPARE(policy->currentData().toInt(),
                     int(catalog::MetadataWritePolicy::SidecarOnly)); // the original is left alone
            policy->setCurrentIndex(
                policy->findData(int(catalog::MetadataWritePolicy::FileAndSidecar)));
            preferences.findChild<QSpinBox *>(QStringLiteral("concurrency"))->setValue(3);
            preferences.findChild<QSpinBox *>(QStringLiteral("thumbnailSize"))->setValue(160);
            preferences.findChild<QLineEdit *>(QStringLiteral("externalEditor"))->setText(editor);
            preferences.findChild<QLineEdit *>(QStringLiteral("outputBatch"))
                ->setText(tools.filePath(QStringLiteral("batch-out")));
            preferences.accept();
        }
        w.applyPreferences();
        QCOMPARE(catalog::metadataWritePolicy(), catalog::MetadataWritePolicy::FileAndSidecar);
        QCOMPARE(queue.threads(jobs::PoolKind::Cpu), 3);
        QCOMPARE(BatchDialog(&queue, {m_photo}, m_library.path(), &w).request().destination,
                 tools.filePath(QStringLiteral("batch-out")));
        QCOMPARE(thumbnailSizeSetting(), 160);
        QCOMPARE(w.findChild<QListView *>(QStringLiteral("contentGrid"))->iconSize().width(), 160);

        w.openFolder(m_library.path());
        QTRY_VERIFY(w.content()->selectPath(m_photo));
        w.findChild<QAction *>(QStringLiteral("externalEditorAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(readFile(log), m_photo.toUtf8() + '\n', 5000);
    }
};

int main(int argc, char **argv)
{
    // A fresh home: Pictures, the caches and the settings are this test's own.
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        qunsetenv(name);
    QApplication app(argc, argv);
    DesktopLookTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_desktop_look.moc"
