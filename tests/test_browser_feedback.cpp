// The browser as a new user walks it: rating inside a smart collection, folders first in every
// sort, the list's Kind, Favourite and Tags columns, column choices shared with collections, the
// status bar's confirmations and filter count, and the sort and maximised window kept across a
// restart. All on the real MainWindow, offscreen.

#include "browser/assetcolumnsmodel.h"
#include "browser/collectionspanel.h"
#include "browser/collectionview.h"
#include "browser/contentview.h"
#include "browser/filterbar.h"
#include "browser/inspectorpanel.h"
#include "browser/mainwindow.h"
#include "browser/previewpane.h"
#include "catalog/catalog.h"
#include "catalog/collections.h"
#include "settings/appsettings.h"
#include "support/testimages.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace ad;
using namespace ad::ui;
using namespace ad::test;

namespace
{
// The window's action with this text (menus included), e.g. "Si&ze".
QAction *action(QWidget &w, const QString &text)
{
    for (QAction *a : w.findChildren<QAction *>())
        if (a->text() == text) return a;
    return nullptr;
}

QString stars(int n)
{
    return QString(n, QChar(0x2605));
}
} // namespace

class BrowserFeedbackTest : public QObject
{
    Q_OBJECT

    // a.png (small), b.jpg (large) and sub/, afresh for each test: edits reach sidecars.
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Shows the window on that folder and waits (5 s at most) until it lists its three entries.
    bool showTheFolder(MainWindow &w) const
    {
        w.show();
        if (!QTest::qWaitForWindowExposed(&w)) return false;
        w.openFolder(m_dir->path());
        return QTest::qWaitFor([&] { return w.content()->entryCount() == 3; }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AssetDesk-Test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_browser_feedback"));
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        writeTemp(*m_dir, QStringLiteral("a.png"), makeImage(20, 20, QStringLiteral("png")));
        writeTemp(*m_dir, QStringLiteral("b.jpg"), makeImage(600, 400, QStringLiteral("jpg")));
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    }
    // No catalogue is loaded: texts are the source forms ("item(s)"), whose English plurals
    // come from translations/assetdesk_en.ts.

    // Rated out of "Top rated" (rating >= 4) from the keys and from Edit > Rating: the edit
    // applies, is undoable, and the status bar says so and that the item leaves the collection.
    void ratingInASmartCollectionAppliesAndSaysTheItemLeaves()
    {
        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString a = path(QStringLiteral("a.png"));
        const QString b = path(QStringLiteral("b.jpg"));
        w.openFolder(m_dir->path());
        QTRY_VERIFY_WITH_TIMEOUT(catalogue.entry(b).has_value(), 5000);
        catalogue.setRating({a, b}, 4);
        catalog::Query top;
        top.minRating = 4;
        const qint64 id = w.collections()->createSmart(QStringLiteral("Top rated"), top);
        w.showCollection(id);
        QListWidget *grid = w.collectionView()->list();
        QCOMPARE(grid->count(), 2);
        grid->findItems(QStringLiteral("b.jpg"), Qt::MatchExactly).first()->setSelected(true);
        QCOMPARE(w.collectionView()->selectedPaths(), QStringList{b});

        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_3);
        QCOMPARE(catalogue.entry(b)->rating, 3);
        QVERIFY(action(w, QStringLiteral("&Undo Set Rating"))); // the edit is the one to undo
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("Rated 1 item(s) %1; 1 item(s) no longer match “Top rated” and "
                                "leave it when it is shown again")
                     .arg(stars(3)));
        // Still shown (with its new stars), so it can be rated back.
        QCOMPARE(grid->findItems(QStringLiteral("b.jpg"), Qt::MatchExactly)
                     .first()
                     ->data(AssetColumnsModel::RatingRole)
                     .toInt(),
                 3);

        // Edit > Rating > ★★★★★ from the menu bar brings it back into the collection.
        QMenu *rating = w.findChild<QMenu *>(QStringLiteral("ratingMenu"));
        QVERIFY(rating);
        rating->findChild<QAction *>(QStringLiteral("rate5Action"))->trigger();
        QCOMPARE(catalogue.entry(b)->rating, 5);
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("Rated 1 item(s) %1").arg(stars(5)));
        w.showCollection(id);
        QCOMPARE(grid->count(), 2);

        // Shown again after leaving, the collection no longer lists it.
        grid->findItems(QStringLiteral("a.png"), Qt::MatchExactly).first()->setSelected(true);
        QTest::keyClick(grid, Qt::Key_1);
        QCOMPARE(catalogue.entry(a)->rating, 1);
        w.showCollection(id);
        QCOMPARE(grid->count(), 1);
    }

    // New Album, Add to Album and New Smart Collection confirm in the status bar.
    void collectionsConfirmInTheStatusBar()
    {
        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        w.openFolder(m_dir->path());
        const QString a = path(QStringLiteral("a.png"));
        const QString b = path(QStringLiteral("b.jpg"));
        QTRY_VERIFY_WITH_TIMEOUT(catalogue.entry(b).has_value(), 5000);
        const qint64 trip = w.collectionsPanel()->createAlbum(QStringLiteral("Trip"));
        QVERIFY(trip);
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Album “Trip” created"));
        w.collectionsPanel()->addToAlbum(trip, {a, b});
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Added 2 item(s) to “Trip”"));
        catalogue.setRating({b}, 5);
        w.findChild<FilterBar *>()->setMinRating(4);
        QVERIFY(w.collectionsPanel()->createSmart(QStringLiteral("Best")));
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("Smart collection “Best” created: 1 item(s) match"));
    }

    // Label and favourite keys on a folder's selection confirm too; a filter says what it hides.
    void folderEditsConfirmAndTheFilterCountsWhatItHides()
    {
        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        QVERIFY(showTheFolder(w));
        ContentView *content = w.content();
        auto *count = w.statusBar()->findChild<QLabel *>(QStringLiteral("statusCount"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("3 item(s)"));
        const QString b = path(QStringLiteral("b.jpg"));
        QTRY_VERIFY_WITH_TIMEOUT(catalogue.entry(b).has_value(), 5000);
        QVERIFY(content->selectPath(b));
        content->grid()->setFocus();
        QTest::keyClick(content->grid(), Qt::Key_6); // red
        QCOMPARE(catalogue.entry(b)->label, 1);
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Labelled 1 item(s) Red"));
        QTest::keyClick(content->grid(), Qt::Key_Period);
        QVERIFY(catalogue.entry(b)->favourite);
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Marked 1 item(s) as favourite"));
        QTest::keyClick(content->grid(), Qt::Key_2);
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("Rated 1 item(s) %1").arg(stars(2)));

        // Rated 1 or more: one file shown of three entries.
        action(w, QStringLiteral("&Filter Bar"))->setChecked(true);
        w.findChild<FilterBar *>()->setMinRating(1);
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 1, 3000);
        QTRY_COMPARE(count->text(), QStringLiteral("1 of 3 item(s) shown (filter on), 1 selected"));
        // Nothing rated 5: the grid says why it is blank, where the user looks.
        const auto note = [content] {
            auto *label =
                content->grid()->viewport()->findChild<QLabel *>(QStringLiteral("emptyNote"));
            return label && label->isVisible() ? label->text() : QString();
        };
        QCOMPARE(note(), QString());
        w.findChild<FilterBar *>()->setMinRating(5);
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 0, 3000);
        QTRY_COMPARE(note(), QStringLiteral("Nothing here matches the search or filter."));
        action(w, QStringLiteral("&Filter Bar"))->setChecked(false); // hiding clears it
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("3 item(s)"), 3000);
        QCOMPARE(note(), QString());
        // An empty folder says so once listed.
        QTemporaryDir empty;
        w.openFolder(empty.path());
        QTRY_COMPARE_WITH_TIMEOUT(note(), QStringLiteral("This folder is empty."), 5000);
    }

    // Folders come first in every sort, in either direction, in the grid and the list alike
    // (they share the model): by name and size they followed the direction, by rating they
    // stayed last.
    void foldersFirstInEverySort()
    {
        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        w.openFolder(m_dir->path());
        ContentView *content = w.content();
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 3, 5000);
        const QString a = path(QStringLiteral("a.png"));
        QTRY_VERIFY_WITH_TIMEOUT(catalogue.entry(a).has_value(), 5000);
        catalogue.setRating({a}, 2);
        content->refreshLibrary();
        const QStringList sizeUp{QStringLiteral("sub"), QStringLiteral("a.png"),
                                 QStringLiteral("b.jpg")};
        const QStringList sizeDown{QStringLiteral("sub"), QStringLiteral("b.jpg"),
                                   QStringLiteral("a.png")};
        for (const int column : {int(AssetColumnsModel::Name), int(AssetColumnsModel::Size),
                                 int(AssetColumnsModel::Type), int(AssetColumnsModel::Modified),
                                 int(AssetColumnsModel::Rating), int(AssetColumnsModel::Tags)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                content->sortBy(column, order);
                QTRY_COMPARE_WITH_TIMEOUT(content->shownNames().value(0), QStringLiteral("sub"),
                                          3000);
                QCOMPARE(content->shownNames().size(), 3);
            }
        }
        // Files still follow the direction around the folder.
        content->sortBy(AssetColumnsModel::Size, Qt::AscendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(content->shownNames(), sizeUp, 3000);
        content->sortBy(AssetColumnsModel::Size, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(content->shownNames(), sizeDown, 3000);
        content->sortBy(AssetColumnsModel::Rating, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(content->shownNames(), sizeUp, 3000); // a rated, b not
        content->sortBy(AssetColumnsModel::Name, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(content->shownNames(), sizeDown, 3000);
    }

    // The list names folders' kind, and has Favourite and Tags columns in its menu, sortable.
    void listHasFolderKindFavouriteAndTags()
    {
        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        w.openFolder(m_dir->path());
        ContentView *content = w.content();
        content->setMode(ContentView::Mode::List);
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 3, 5000);
        const QString a = path(QStringLiteral("a.png"));
        const QString b = path(QStringLiteral("b.jpg"));
        QTRY_VERIFY_WITH_TIMEOUT(catalogue.entry(b).has_value(), 5000);
        catalogue.setFavourite({b}, true);
        catalogue.addTags({a}, {QStringLiteral("trip"), QStringLiteral("beach")});
        content->refreshLibrary();
        QTreeView *list = content->list();
        const auto row = [list](const QString &name) {
            for (int r = 0; r < list->model()->rowCount(list->rootIndex()); ++r) {
                const QModelIndex index = list->model()->index(r, 0, list->rootIndex());
                if (index.data().toString() == name) return index;
            }
            return QModelIndex();
        };
        const auto cell = [&](const QString &name, int column) {
            return row(name).siblingAtColumn(column).data().toString();
        };
        QCOMPARE(list->model()->headerData(AssetColumnsModel::Favourite, Qt::Horizontal).toString(),
                 QStringLiteral("Favourite"));
        QCOMPARE(list->model()->headerData(AssetColumnsModel::Tags, Qt::Horizontal).toString(),
                 QStringLiteral("Tags"));
        QCOMPARE(cell(QStringLiteral("sub"), AssetColumnsModel::AssetKind),
                 QStringLiteral("Folder"));
        QCOMPARE(cell(QStringLiteral("b.jpg"), AssetColumnsModel::Favourite),
                 AssetColumnsModel::favouriteMark());
        QCOMPARE(cell(QStringLiteral("a.png"), AssetColumnsModel::Favourite), QString());
        QCOMPARE(cell(QStringLiteral("a.png"), AssetColumnsModel::Tags),
                 QStringLiteral("beach, trip"));
        QVERIFY(!list->isColumnHidden(AssetColumnsModel::Favourite));
        QVERIFY(!list->isColumnHidden(AssetColumnsModel::Tags));

        // Sorted by Favourite, descending: the favourite first among the files.
        list->sortByColumn(AssetColumnsModel::Favourite, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(
            content->shownNames(),
            (QStringList{QStringLiteral("sub"), QStringLiteral("b.jpg"), QStringLiteral("a.png")}),
            3000);
        // By Tags, ascending: the tagged file first, the untagged after.
        list->sortByColumn(AssetColumnsModel::Tags, Qt::AscendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(
            content->shownNames(),
            (QStringList{QStringLiteral("sub"), QStringLiteral("a.png"), QStringLiteral("b.jpg")}),
            3000);
    }

    // Columns hidden in the folder list are hidden in a collection's list too; Folder stays.
    void collectionListsFollowTheColumnChoice()
    {
        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        setHiddenListColumns({AssetColumnsModel::Type, AssetColumnsModel::Camera});
        MainWindow w(nullptr, &catalogue);
        w.show();
        w.openFolder(m_dir->path());
        QTreeView *list = w.content()->list();
        QVERIFY(list->isColumnHidden(AssetColumnsModel::Type));
        QVERIFY(!list->isColumnHidden(AssetColumnsModel::Pages));
        const qint64 album = w.collections()->createAlbum(QStringLiteral("Trip"));
        w.collections()->add(album, {path(QStringLiteral("b.jpg"))});
        action(w, QStringLiteral("&List"))->trigger();
        w.showCollection(album);
        QTreeWidget *table = w.collectionView()->table();
        QVERIFY(table->isVisible());
        QVERIFY(table->isColumnHidden(AssetColumnsModel::Type));
        QVERIFY(table->isColumnHidden(AssetColumnsModel::Camera));
        QVERIFY(!table->isColumnHidden(AssetColumnsModel::Pages));
        QVERIFY(!table->isColumnHidden(AssetColumnsModel::Tags));
        QVERIFY(!table->isColumnHidden(table->columnCount() - 1)); // Folder
        QCOMPARE(table->headerItem()->text(AssetColumnsModel::Favourite),
                 QStringLiteral("Favourite"));

        // A choice changed in the folder list since reaches the collection when it shows.
        setHiddenListColumns({AssetColumnsModel::Pages});
        w.showCollection(album);
        QVERIFY(!table->isColumnHidden(AssetColumnsModel::Type));
        QVERIFY(table->isColumnHidden(AssetColumnsModel::Pages));

        // Chosen from the collection list's header menu: saved, and the folder list follows.
        QTimer::singleShot(100, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *choice : menu->actions())
                if (choice->text() == QStringLiteral("Label")) choice->trigger();
            menu->close();
        });
        Q_EMIT table->header()->customContextMenuRequested(QPoint(5, 5));
        QVERIFY(table->isColumnHidden(AssetColumnsModel::Label));
        QVERIFY(table->isColumnHidden(AssetColumnsModel::Pages));
        QVERIFY(ContentView::hiddenColumns().contains(AssetColumnsModel::Label));
        QVERIFY(list->isColumnHidden(AssetColumnsModel::Label));
        QVERIFY(list->isColumnHidden(AssetColumnsModel::Pages));
        QVERIFY(!list->isColumnHidden(AssetColumnsModel::Type));
    }

    // The sort and the maximised state are kept when chosen: a session killed without closing
    // the window (as a logout or a signal does) still finds them.
    void sortAndMaximisedSurviveARestart()
    {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            action(w, QStringLiteral("Si&ze"))->trigger();
            action(w, QStringLiteral("Desc&ending"))->setChecked(true);
            w.showMaximized();
            QTRY_VERIFY(w.isMaximized());
            // Not closed: nothing is saved on the way out.
        }
        MainWindow again;
        const QHeaderView *header = again.content()->list()->header();
        QCOMPARE(header->sortIndicatorSection(), int(AssetColumnsModel::Size));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(action(again, QStringLiteral("Si&ze"))->isChecked());
        QVERIFY(action(again, QStringLiteral("Desc&ending"))->isChecked());
        QVERIFY(again.windowState() & Qt::WindowMaximized);
        again.show();
        QVERIFY(again.isMaximized());
        again.showNormal();
        QTRY_VERIFY(!again.isMaximized());
        MainWindow third;
        QVERIFY(!(third.windowState() & Qt::WindowMaximized));
    }
    // Filtered by rating, then a smart collection made and shown, then the folder again: the
    // filter still applies, so its bar shows and Ctrl+Shift+F hides it (clearing it) rather
    // than "showing" a bar that was already in force unseen.
    void aFilterThatAppliesStaysVisibleAfterACollection()
    {
        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        QVERIFY(showTheFolder(w));
        ContentView *content = w.content();
        const QString b = path(QStringLiteral("b.jpg"));
        QTRY_VERIFY_WITH_TIMEOUT(catalogue.entry(b).has_value(), 5000);
        catalogue.setRating({b}, 3);
        auto *bar = w.findChild<FilterBar *>();
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(bar->isVisible());
        bar->setMinRating(2);
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 1, 3000);
        const qint64 id = w.collectionsPanel()->createSmart(QStringLiteral("Good"));
        w.showCollection(id);
        QVERIFY(!bar->isVisible());

        w.openFolder(m_dir->path());
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 1, 3000);
        QVERIFY(bar->isActive());
        QVERIFY(bar->isVisible());
        QVERIFY(action(w, QStringLiteral("&Filter Bar"))->isChecked());
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!bar->isVisible());
        QVERIFY(!bar->isActive());
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 3, 3000);
    }

    // Ctrl+Z after a rating replaces its confirmation with what was undone, Edit > Redo with
    // what was redone.
    void undoAndRedoSayWhatTheyDidInTheStatusBar()
    {
        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        QVERIFY(showTheFolder(w));
        ContentView *content = w.content();
        const QString b = path(QStringLiteral("b.jpg"));
        QTRY_VERIFY_WITH_TIMEOUT(catalogue.entry(b).has_value(), 5000);
        QVERIFY(content->selectPath(b));
        content->grid()->setFocus();
        QTest::keyClick(content->grid(), Qt::Key_1);
        QCOMPARE(catalogue.entry(b)->rating, 1);
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("Rated 1 item(s) %1").arg(stars(1)));
        QTest::keyClick(content->grid(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(catalogue.entry(b)->rating, 0);
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Undone: Set Rating"));
        action(w, QStringLiteral("&Redo Set Rating"))->trigger(); // the key differs by platform
        QCOMPARE(catalogue.entry(b)->rating, 1);
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Redone: Set Rating"));
    }
    // Back in a folder (from a subfolder or from an album), its selection and current item
    // are as they were, and the preview and the Inspector show them without a click.
    void aFolderShownAgainKeepsItsSelection()
    {
        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        QVERIFY(showTheFolder(w));
        ContentView *content = w.content();
        const QString a = path(QStringLiteral("a.png"));
        const QString b = path(QStringLiteral("b.jpg"));
        QVERIFY(content->selectPath(b));
        QCOMPARE(w.preview()->caption(), QStringLiteral("b.jpg"));

        w.openFolder(path(QStringLiteral("sub")));
        QTRY_COMPARE_WITH_TIMEOUT(content->folder(), path(QStringLiteral("sub")), 3000);
        QVERIFY(content->selectedPaths().isEmpty());
        w.openFolder(m_dir->path());
        QTRY_COMPARE_WITH_TIMEOUT(content->selectedPaths(), QStringList{b}, 3000);
        QCOMPARE(w.preview()->caption(), QStringLiteral("b.jpg"));
        QCOMPARE(w.inspector()->shownRow(QStringLiteral("Name")), QStringLiteral("b.jpg"));

        // Two selected, a.png current: both again, and a.png still where the keys go from.
        QItemSelectionModel *selection = content->grid()->selectionModel();
        const auto indexOf = [&](const QString &name) {
            const QAbstractItemModel *model = content->grid()->model();
            const QModelIndex root = content->grid()->rootIndex();
            for (int r = 0; r < model->rowCount(root); ++r)
                if (model->index(r, 0, root).data().toString() == name)
                    return model->index(r, 0, root);
            return QModelIndex();
        };
        selection->setCurrentIndex(indexOf(QStringLiteral("a.png")),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const auto selectedSet = [content] {
            const QStringList paths = content->selectedPaths();
            return QSet<QString>(paths.begin(), paths.end());
        };
        QCOMPARE(selectedSet(), (QSet<QString>{a, b}));
        const qint64 album = w.collections()->createAlbum(QStringLiteral("Trip"));
        w.collections()->add(album, {b});
        w.showCollection(album);
        w.openFolder(m_dir->path());
        QTRY_COMPARE_WITH_TIMEOUT(selectedSet(), (QSet<QString>{a, b}), 3000);
        QCOMPARE(selection->currentIndex().data().toString(), QStringLiteral("a.png"));
    }
    // A PDF's Dimensions cell is its page in points, as the Inspector says, in the folder list
    // and a collection's list alike, and sorts by area with the pictures.
    void aPdfsDimensionsAreItsPageInPoints()
    {
        const QString pdf = path(QStringLiteral("doc.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins({});
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 100), QStringLiteral("Page"));
        }
        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        w.openFolder(m_dir->path());
        ContentView *content = w.content();
        content->setMode(ContentView::Mode::List);
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 4, 5000);
        QTreeView *list = content->list();
        const auto cell = [list](const QString &name) {
            for (int r = 0; r < list->model()->rowCount(list->rootIndex()); ++r) {
                const QModelIndex index = list->model()->index(r, 0, list->rootIndex());
                if (index.data().toString() == name)
                    return index.siblingAtColumn(AssetColumnsModel::Dimensions).data().toString();
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("doc.pdf")), QStringLiteral("595 × 842 pt"),
                                  5000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("b.jpg")), QStringLiteral("600 × 400"), 5000);
        content->sortBy(AssetColumnsModel::Dimensions, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(content->shownNames(),
                                  (QStringList{QStringLiteral("sub"), QStringLiteral("doc.pdf"),
                                               QStringLiteral("b.jpg"), QStringLiteral("a.png")}),
                                  3000);

        const qint64 album = w.collections()->createAlbum(QStringLiteral("Docs"));
        w.collections()->add(album, {pdf});
        w.showCollection(album);
        QTreeWidget *table = w.collectionView()->table();
        QCOMPARE(table->topLevelItemCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(table->topLevelItem(0)->text(AssetColumnsModel::Dimensions),
                                  QStringLiteral("595 × 842 pt"), 5000);
    }
    // Among folders one rule holds: by name, A to Z, in every sort and direction (by size
    // descending they went Z to A, by rating descending A to Z).
    void foldersAreByNameAmongThemselvesInEverySort()
    {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("dups")));
        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        w.show();
        w.openFolder(m_dir->path());
        ContentView *content = w.content();
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 4, 5000);
        const QStringList folders{QStringLiteral("dups"), QStringLiteral("sub")};
        for (const int column :
             {int(AssetColumnsModel::Name), int(AssetColumnsModel::Size),
              int(AssetColumnsModel::Modified), int(AssetColumnsModel::Type),
              int(AssetColumnsModel::Rating), int(AssetColumnsModel::Dimensions)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                content->sortBy(column, order);
                QTRY_COMPARE_WITH_TIMEOUT(content->shownNames().mid(0, 2), folders, 3000);
            }
        }
    }
    // A collection has one sort: the folder list's when it opens, shown by its header and the
    // status bar; a click on its header sorts it, says so and orders the grid the same.
    void aCollectionShowsOneSortEverywhere()
    {
        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        QVERIFY(showTheFolder(w));
        action(w, QStringLiteral("&Type"))->trigger();
        action(w, QStringLiteral("Desc&ending"))->setChecked(true);
        auto *sortStatus = w.statusBar()->findChild<QLabel *>(QStringLiteral("statusSort"));
        QCOMPARE(sortStatus->text(), QStringLiteral("Sorted by Type, descending"));
        const qint64 album = w.collections()->createAlbum(QStringLiteral("Trip"));
        w.collections()->add(album, {path(QStringLiteral("a.png")), path(QStringLiteral("b.jpg"))});
        action(w, QStringLiteral("&List"))->trigger();
        w.showCollection(album);
        QTreeWidget *table = w.collectionView()->table();
        QListWidget *grid = w.collectionView()->list();
        QHeaderView *header = table->header();
        QCOMPARE(header->sortIndicatorSection(), int(AssetColumnsModel::Type));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(sortStatus->text(), QStringLiteral("Sorted by Type, descending"));
        const auto tableOrder = [table] {
            QStringList names;
            for (int i = 0; i < table->topLevelItemCount(); ++i)
                names << table->topLevelItem(i)->text(0);
            return names;
        };
        const auto gridOrder = [grid] {
            QStringList names;
            for (int i = 0; i < grid->count(); ++i)
                names << grid->item(i)->text();
            return names;
        };
        // PNG image before JPEG image, descending.
        QCOMPARE(tableOrder(), (QStringList{QStringLiteral("a.png"), QStringLiteral("b.jpg")}));
        QCOMPARE(gridOrder(), tableOrder());

        // Size, clicked twice: descending, the large JPEG first, in the list and the grid.
        const QPoint size(header->sectionViewportPosition(AssetColumnsModel::Size) + 5,
                          header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, size);
        QCOMPARE(sortStatus->text(), QStringLiteral("Sorted by Size, ascending"));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, size);
        QCOMPARE(sortStatus->text(), QStringLiteral("Sorted by Size, descending"));
        QCOMPARE(tableOrder(), (QStringList{QStringLiteral("b.jpg"), QStringLiteral("a.png")}));
        action(w, QStringLiteral("&Grid"))->trigger();
        QVERIFY(grid->isVisible());
        QCOMPARE(gridOrder(), (QStringList{QStringLiteral("b.jpg"), QStringLiteral("a.png")}));
        QCOMPARE(sortStatus->text(), QStringLiteral("Sorted by Size, descending"));
        // The folder follows the same sort.
        w.openFolder(m_dir->path());
        QCOMPARE(sortStatus->text(), QStringLiteral("Sorted by Size, descending"));
        QVERIFY(action(w, QStringLiteral("Si&ze"))->isChecked());
    }
    // The filter bar's choices, set in one folder, show the next folder's matching files: it
    // kept the first folder's names, which hid the next folder's files.
    void aFilterShowsTheNextFoldersMatches()
    {
        catalog::Catalog catalogue(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalogue);
        QVERIFY(showTheFolder(w));
        ContentView *content = w.content();
        const QString a = path(QStringLiteral("a.png"));
        QTRY_VERIFY_WITH_TIMEOUT(catalogue.entry(a).has_value(), 5000);
        catalogue.setRating({a}, 3);
        w.openFolder(path(QStringLiteral("sub")));
        action(w, QStringLiteral("&Filter Bar"))->setChecked(true);
        w.findChild<FilterBar *>()->setMinRating(1);
        w.openFolder(m_dir->path());
        QTRY_COMPARE_WITH_TIMEOUT(content->shownNames(), QStringList{QStringLiteral("a.png")},
                                  3000);
        auto *count = w.statusBar()->findChild<QLabel *>(QStringLiteral("statusCount"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 of 3 item(s) shown (filter on)"));
    }
};

QTEST_MAIN(BrowserFeedbackTest)
#include "test_browser_feedback.moc"
