// The browser's grid and list as a librarian uses them, on the real main window offscreen:
// cells that keep names clear of thumbnails (English and Chinese), badges, rating and label
// keys on a selection with undo, the list's metadata columns and sorting, Quick Look and the
// shortcuts dialog.

#include "browser/assetcolumnsmodel.h"
#include "browser/contentview.h"
#include "browser/foldermodel.h"
#include "browser/mainwindow.h"
#include "browser/thumbnaildelegate.h"
#include "browser/thumbnailmodel.h"
#include "catalog/catalog.h"
#include "loading/scheduler.h"
#include "settings/shortcutsdialog.h"
#include "support/testimages.h"
#include "viewers/mediaview.h"
#include "viewers/quicklook.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileIconProvider>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextLayout>
#include <QThread>
#include <QTreeView>
#include <QTreeWidget>

using namespace ad;
using namespace ad::ui;
using namespace ad::test;

namespace
{
const QString kLongEnglish =
    QStringLiteral("holiday_at_the_seaside_with_the_whole_family_2024.png");
const QString kLongChinese = QStringLiteral("二零二四年春节全家福在外婆家院子里拍的合影留念.png");

// A flat grey picture, so the gold of the rating badge cannot come from the picture.
QByteArray grey(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(128, 128, 128));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QModelIndex indexOfName(QAbstractItemView *view, const QString &name)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(view->rootIndex()); ++row) {
        const QModelIndex index = model->index(row, 0, view->rootIndex());
        if (index.data().toString() == name) return index;
    }
    return {};
}

QAction *findAction(QMenu *menu, const QString &objectName, const QString &text = {})
{
    for (QAction *a : menu->actions()) {
        if (QMenu *sub = a->menu()) {
            if (QAction *found = findAction(sub, objectName, text)) return found;
        } else if ((!objectName.isEmpty() && a->objectName() == objectName) ||
                   (!text.isEmpty() && a->text() == text)) {
            return a;
        }
    }
    return nullptr;
}

QAction *menuAction(QMainWindow &w, const QString &objectName, const QString &text = {})
{
    for (QAction *top : w.menuBar()->actions())
        if (QAction *a = top->menu() ? findAction(top->menu(), objectName, text) : nullptr)
            return a;
    return nullptr;
}

// Counts pixels close to the rating badge's gold in a rectangle of the grid.
int goldPixels(const QImage &image, const QRect &area)
{
    int gold = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            gold += near(image.pixel(x, y), qRgb(0xff, 0xd5, 0x4f), 40);
    return gold;
}
} // namespace

class GridGuiTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_folder;

    void openAndSettle(MainWindow &w, const QString &folder = {})
    {
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        w.openFolder(folder.isEmpty() ? m_folder.path() : folder);
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 6, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(w.content()->visibleThumbnailsReady(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AssetDesk-Test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_grid_gui"));
        QSettings().clear();
        // Names in an order unlike their pixel counts: 400x100 = 40000, 120x120 = 14400,
        // 90x90 = 8100, 50x500 = 25000, 64x64 = 4096, 300x200 = 60000.
        writeTemp(m_folder, QStringLiteral("a-wide.png"), grey(400, 100));
        writeTemp(m_folder, QStringLiteral("b-square.png"), grey(120, 120));
        writeTemp(m_folder, QStringLiteral("c-small.png"), grey(90, 90));
        writeTemp(m_folder, QStringLiteral("d-tall.png"), grey(50, 500));
        writeTemp(m_folder, kLongEnglish, grey(64, 64));
        writeTemp(m_folder, kLongChinese, grey(300, 200));
    }

    void cellsKeepTheNameClearOfTheThumbnail()
    {
        MainWindow w;
        openAndSettle(w);
        QListView *grid = w.content()->grid();
        auto *delegate = qobject_cast<ThumbnailDelegate *>(grid->itemDelegate());
        QVERIFY(delegate);
        for (const int size : {64, 160}) {
            w.content()->setIconSize(size);
            for (const QString &name : {QStringLiteral("a-wide.png"), QStringLiteral("d-tall.png"),
                                        kLongEnglish, kLongChinese}) {
                const QModelIndex index = indexOfName(grid, name);
                QVERIFY2(index.isValid(), qPrintable(name));
                QStyleOptionViewItem option;
                option.initFrom(grid->viewport());
                option.font = grid->font();
                option.decorationSize = grid->iconSize();
                option.rect = grid->visualRect(index);
                // The view lays out what the delegate asks for.
                QCOMPARE(option.rect.size(), delegate->sizeHint(option, index));
                const ThumbnailDelegate::Geometry g = delegate->geometry(option, index);
                QVERIFY2(g.cell.contains(g.pixmap), qPrintable(name));
                QVERIFY2(g.cell.contains(g.label), qPrintable(name));
                QVERIFY2(!g.pixmap.intersects(g.label), qPrintable(name));
                QVERIFY(!g.pixmap.isEmpty());
                // The thumbnail keeps the picture's shape.
                if (name == QLatin1String("a-wide.png"))
                    QVERIFY(g.pixmap.width() >= 3 * g.pixmap.height());
                if (name == QLatin1String("d-tall.png"))
                    QVERIFY(g.pixmap.height() >= 9 * g.pixmap.width());
                // Two lines at most, each within the box; a long name keeps its extension.
                const QFontMetrics metrics(option.font);
                QVERIFY(g.label.height() >= 2 * metrics.lineSpacing());
                // Chinese falls back to a taller font: its lines get their whole height.
                QTextLayout layout(g.lines.first(), option.font);
                layout.beginLayout();
                const qreal lineHeight = layout.createLine().height();
                layout.endLayout();
                QVERIFY2(g.label.height() >= 2 * lineHeight, qPrintable(name));
                QVERIFY(g.lines.size() == 1 || g.lines.size() == 2);
                for (const QString &line : g.lines)
                    QVERIFY2(metrics.horizontalAdvance(line) <= g.label.width(), qPrintable(line));
                if (name.size() > 20) {
                    QCOMPARE(g.lines.size(), 2);
                    QVERIFY2(g.lines.last().endsWith(QLatin1String(".png")),
                             qPrintable(g.lines.last()));
                    QVERIFY(name.startsWith(g.lines.first()));
                }
            }
        }
        // A larger font makes taller cells rather than clipping the second line.
        const QModelIndex index = indexOfName(grid, kLongChinese);
        const int before = grid->visualRect(index).height();
        QFont font = grid->font();
        font.setPointSizeF(font.pointSizeF() * 1.5);
        grid->setFont(font);
        w.content()->setIconSize(160);
        QTRY_VERIFY(grid->visualRect(index).height() > before);
    }

    void clickSelectsAndMakesCurrentAtOnce()
    {
        MainWindow w;
        openAndSettle(w);
        QListView *grid = w.content()->grid();
        const QString small = m_folder.filePath(QStringLiteral("c-small.png"));
        const QModelIndex index = indexOfName(grid, QStringLiteral("c-small.png"));
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(index).center());
        // No event loop in between: the click alone selects the file and makes it current.
        QCOMPARE(w.content()->selectedPaths(), QStringList{small});
        QCOMPARE(grid->currentIndex(), index);

        // A whole row selected (as the list and placed files select), the current index on a
        // metadata column: the folder model re-sorts itself (in the background, its rows moving
        // in one layout change), and the row keeps every column and the current index its own
        // column.
        const QModelIndex rating = index.siblingAtColumn(AssetColumnsModel::Rating);
        grid->selectionModel()->setCurrentIndex(rating, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        QCOMPARE(grid->selectionModel()->selectedIndexes().size(),
                 int(AssetColumnsModel::ColumnCount));
        const QStringList ascending = w.content()->shownNames();
        w.content()->thumbnails()->files()->sort(0, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(w.content()->shownNames() != ascending, 5000);
        QVERIFY(indexOfName(grid, QStringLiteral("c-small.png")).row() != index.row());
        QCOMPARE(grid->currentIndex().column(), int(AssetColumnsModel::Rating));
        QCOMPARE(grid->currentIndex().siblingAtColumn(0).data().toString(),
                 QStringLiteral("c-small.png"));
        QCOMPARE(grid->selectionModel()->selectedIndexes().size(),
                 int(AssetColumnsModel::ColumnCount));
        QCOMPARE(w.content()->selectedPaths(), QStringList{small});

        // Files placed by a command are selected and current at once too.
        const QString tall = m_folder.filePath(QStringLiteral("d-tall.png"));
        w.content()->selectPlaced({tall});
        QCOMPARE(w.content()->selectedPaths(), QStringList{tall});
        QCOMPARE(grid->currentIndex().siblingAtColumn(0).data().toString(),
                 QStringLiteral("d-tall.png"));
    }

    void ratingKeysRateTheSelectionWithUndo()
    {
        // A folder of its own: rating may write XMP sidecars beside the pictures.
        QTemporaryDir own;
        for (const QString &name : QDir(m_folder.path()).entryList(QDir::Files))
            QVERIFY(QFile::copy(m_folder.filePath(name), own.filePath(name)));
        catalog::Catalog catalog(QStringLiteral(":memory:"));
        MainWindow w(nullptr, &catalog);
        openAndSettle(w, own.path());
        w.content()->setIconSize(160);
        QListView *grid = w.content()->grid();
        const QString wide = own.filePath(QStringLiteral("a-wide.png"));
        const QString tall = own.filePath(QStringLiteral("d-tall.png"));
        const QString square = own.filePath(QStringLiteral("b-square.png"));
        w.content()->selectPlaced({wide, tall});
        QCOMPARE(w.content()->selectedPaths(), (QStringList{wide, tall}));
        grid->setFocus();
        QTRY_VERIFY(QApplication::activeWindow() == &w);

        // No badge before; gold stars on the thumbnail after.
        auto *delegate = qobject_cast<ThumbnailDelegate *>(grid->itemDelegate());
        const auto badgeArea = [&] {
            QStyleOptionViewItem option;
            option.initFrom(grid->viewport());
            option.font = grid->font();
            option.decorationSize = grid->iconSize();
            const QModelIndex index = indexOfName(grid, QStringLiteral("b-square.png"));
            option.rect = grid->visualRect(index);
            const QRect pixmap = delegate->geometry(option, index).pixmap;
            return QRect(pixmap.left(), pixmap.bottom() - pixmap.height() / 4, pixmap.width() / 2,
                         pixmap.height() / 4);
        };
        QCOMPARE(goldPixels(grid->viewport()->grab().toImage(), badgeArea()), 0);

        QTest::keyClick(grid, Qt::Key_3);
        QCOMPARE(catalog.entry(wide)->rating, 3);
        QCOMPARE(catalog.entry(tall)->rating, 3);
        QVERIFY(!catalog.entry(square) || catalog.entry(square)->rating == 0);
        QTest::keyClick(grid, Qt::Key_6);
        QCOMPARE(catalog.entry(wide)->label, 1); // red
        QCOMPARE(catalog.entry(tall)->label, 1);
        QTest::keyClick(grid, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(catalog.entry(wide)->label, 2); // orange
        QTest::keyClick(grid, Qt::Key_Period);
        QVERIFY(catalog.entry(wide)->favourite && catalog.entry(tall)->favourite);
        QTest::keyClick(grid, Qt::Key_Period);
        QVERIFY(!catalog.entry(wide)->favourite && !catalog.entry(tall)->favourite);

        // The list shows it too, read from the catalogue.
        const QModelIndex row = indexOfName(grid, QStringLiteral("a-wide.png"));
        QCOMPARE(row.siblingAtColumn(AssetColumnsModel::Rating).data().toString(),
                 QString(3, QChar(0x2605)));
        QCOMPARE(row.siblingAtColumn(AssetColumnsModel::Label).data().toString(),
                 QStringLiteral("Orange"));

        // Undo takes back one step at a time: the favourite, the labels, then the rating.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(catalog.entry(wide)->label, 0);
        QCOMPARE(catalog.entry(wide)->rating, 3);
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(catalog.entry(wide)->rating, 0);
        QCOMPARE(catalog.entry(tall)->rating, 0);
        QCOMPARE(row.siblingAtColumn(AssetColumnsModel::Rating).data().toString(), QString());

        // The badge: rate the grey square and look for gold on its thumbnail.
        QVERIFY(w.content()->selectPath(square));
        QTest::keyClick(grid, Qt::Key_5);
        QCOMPARE(catalog.entry(square)->rating, 5);
        QTRY_VERIFY(goldPixels(grid->viewport()->grab().toImage(), badgeArea()) > 20);
    }

    // With a catalogue on disk, the badges' ratings are read by a worker of the grid's own, the
    // files painted in one step together, and the cells repaint as they arrive; a rating
    // changed afterwards shows once the library is refreshed.
    void badgesArriveFromTheCatalogueWorker()
    {
        QTemporaryDir own, data;
        for (const QString &name : QDir(m_folder.path()).entryList(QDir::Files))
            QVERIFY(QFile::copy(m_folder.filePath(name), own.filePath(name)));
        const QString square = own.filePath(QStringLiteral("b-square.png"));
        const QString small = own.filePath(QStringLiteral("c-small.png"));
        catalog::Catalog catalog(data.filePath(QStringLiteral("catalog.sqlite")));
        catalog.record(square, QFileInfo(square).size(), QFileInfo(square).lastModified());
        catalog.setRating({square}, 4);
        MainWindow w(nullptr, &catalog);
        openAndSettle(w, own.path());
        w.content()->setIconSize(160);
        QListView *grid = w.content()->grid();
        auto *delegate = qobject_cast<ThumbnailDelegate *>(grid->itemDelegate());
        const auto badgeArea = [&](const QString &name) {
            QStyleOptionViewItem option;
            option.initFrom(grid->viewport());
            option.font = grid->font();
            option.decorationSize = grid->iconSize();
            const QModelIndex index = indexOfName(grid, name);
            option.rect = grid->visualRect(index);
            const QRect pixmap = delegate->geometry(option, index).pixmap;
            return QRect(pixmap.left(), pixmap.bottom() - pixmap.height() / 4, pixmap.width() / 2,
                         pixmap.height() / 4);
        };
        const auto gold = [&](const QString &name) {
            return goldPixels(grid->viewport()->grab().toImage(), badgeArea(name));
        };
        QTRY_VERIFY_WITH_TIMEOUT(gold(QStringLiteral("b-square.png")) > 20, 5000);
        QCOMPARE(indexOfName(grid, QStringLiteral("b-square.png"))
                     .data(AssetColumnsModel::RatingRole)
                     .toInt(),
                 4);
        QCOMPARE(gold(QStringLiteral("c-small.png")), 0);

        QTRY_VERIFY_WITH_TIMEOUT(catalog.entry(small).has_value(), 5000); // recorded
        catalog.setRating({small}, 2);
        catalog.setRating({square}, 0);
        w.content()->refreshLibrary();
        QTRY_COMPARE_WITH_TIMEOUT(indexOfName(grid, QStringLiteral("c-small.png"))
                                      .data(AssetColumnsModel::RatingRole)
                                      .toInt(),
                                  2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(gold(QStringLiteral("b-square.png")), 0, 5000);
    }

    // A folder listed in several batches ends in the file model's natural order (img2 before
    // img10), and the Type column says what Qt's own file icon provider says of each file.
    void listingKeepsNaturalOrderAndTypes()
    {
        QTemporaryDir folder;
        constexpr int kFiles = 3000;
        QStringList expected;
        for (int i = kFiles; i >= 1; --i) { // written in reverse, so disk order is not sorted
            QFile file(folder.filePath(QStringLiteral("img%1.jpg").arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        for (int i = 1; i <= kFiles; ++i)
            expected << QStringLiteral("img%1.jpg").arg(i);
        writeTemp(folder, QStringLiteral("notes.txt"), "words");
        writeTemp(folder, QStringLiteral("README"), "plain words without a suffix");
        QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("sub")));
        // Numbers by value, case aside, in whatever locale the test runs (C included).
        expected << QStringLiteral("notes.txt") << QStringLiteral("README");
        expected.prepend(QStringLiteral("sub"));

        MainWindow w;
        w.resize(900, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ContentView *content = w.content();
        w.openFolder(folder.path());
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), kFiles + 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(content->shownNames(), expected, 5000);

        const QFileIconProvider qt;
        QTreeView *list = content->list();
        for (const QString &name : {QStringLiteral("img10.jpg"), QStringLiteral("notes.txt"),
                                    QStringLiteral("README"), QStringLiteral("sub")}) {
            const QModelIndex index = indexOfName(list, name);
            QVERIFY2(index.isValid(), qPrintable(name));
            QCOMPARE(index.siblingAtColumn(AssetColumnsModel::Type).data().toString(),
                     qt.type(QFileInfo(folder.filePath(name))));
        }
    }

    // Files created, renamed and deleted by another program show as rows inserted and removed:
    // the selection stays on its file, and a row that was not touched keeps its place in the
    // model (a reset would clear the selection and lose the views' places).
    void changesFromOutsideKeepTheSelection()
    {
        QTemporaryDir folder;
        for (const QString &name :
             {QStringLiteral("b.txt"), QStringLiteral("d.txt"), QStringLiteral("f.txt")})
            writeTemp(folder, name, "x");
        MainWindow w;
        w.resize(900, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ContentView *content = w.content();
        w.openFolder(folder.path());
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), 3, 5000);
        const QString d = folder.filePath(QStringLiteral("d.txt"));
        QVERIFY(content->selectPath(d));
        QSignalSpy resets(content->grid()->model(), &QAbstractItemModel::modelReset);

        writeTemp(folder, QStringLiteral("a.txt"), "new");
        QVERIFY(QFile::rename(folder.filePath(QStringLiteral("f.txt")),
                              folder.filePath(QStringLiteral("c.txt"))));
        QVERIFY(QFile::remove(folder.filePath(QStringLiteral("b.txt"))));
        QTRY_COMPARE_WITH_TIMEOUT(content->shownNames(),
                                  (QStringList{QStringLiteral("a.txt"), QStringLiteral("c.txt"),
                                               QStringLiteral("d.txt")}),
                                  5000);
        QCOMPARE(content->selectedPaths(), QStringList{d});
        QCOMPARE(content->grid()->currentIndex().data().toString(), QStringLiteral("d.txt"));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(content->list()->currentIndex().siblingAtColumn(AssetColumnsModel::Size).data(),
                 QVariant(QLocale().formattedDataSize(1)));
    }

    // A file rewritten in place (an editor saving over it) is not reported by the folder's
    // watcher: Rescan Folder, like coming back to the window, reads the folder again and the
    // file's thumbnail and facts follow.
    void aFileChangedInPlaceShowsItsNewPicture()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("p.png"));
        QImage wide(40, 20, QImage::Format_RGB32);
        wide.fill(Qt::red);
        QVERIFY(wide.save(path));
        MainWindow w;
        w.resize(900, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openFolder(folder.path());
        QTreeView *view = w.content()->list();
        const auto dimensions = [&] {
            return indexOfName(view, QStringLiteral("p.png"))
                .siblingAtColumn(AssetColumnsModel::Dimensions)
                .data()
                .toString();
        };
        const auto thumbnail = [&] {
            const QIcon icon =
                indexOfName(view, QStringLiteral("p.png")).data(Qt::DecorationRole).value<QIcon>();
            return icon.availableSizes().value(0);
        };
        QTRY_COMPARE_WITH_TIMEOUT(dimensions(), QStringLiteral("40 × 20"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(thumbnail(), QSize(40, 20), 10000);

        QImage tall(30, 60, QImage::Format_RGB32);
        tall.fill(Qt::blue);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && tall.save(&buffer, "PNG"));
        QFile file(path); // the same file, not a new one renamed over it
        QVERIFY(file.open(QIODevice::ReadWrite | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
        file.flush();
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                 QFileDevice::FileModificationTime));
        file.close();
        QAction *rescan = menuAction(w, {}, QStringLiteral("&Rescan Folder"));
        QVERIFY(rescan);
        rescan->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(dimensions(), QStringLiteral("30 × 60"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(thumbnail(), QSize(30, 60), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.statusBar()->currentMessage(),
                                  QStringLiteral("Folder rescanned; no file was missing"), 10000);
    }

    void listSortsByDimensions()
    {
        MainWindow w;
        openAndSettle(w);
        QAction *list = menuAction(w, {}, QStringLiteral("&List"));
        QVERIFY(list);
        list->trigger();
        QCOMPARE(w.content()->mode(), ContentView::Mode::List);
        QTreeView *view = w.content()->list();
        QVERIFY(!view->isColumnHidden(AssetColumnsModel::Dimensions));
        QCOMPARE(
            view->model()->headerData(AssetColumnsModel::Dimensions, Qt::Horizontal).toString(),
            QStringLiteral("Dimensions"));

        QAction *byDimensions = menuAction(w, {}, QStringLiteral("&Dimensions"));
        QVERIFY(byDimensions);
        byDimensions->trigger();
        const QStringList expected{kLongEnglish,
                                   QStringLiteral("c-small.png"),
                                   QStringLiteral("b-square.png"),
                                   QStringLiteral("d-tall.png"),
                                   QStringLiteral("a-wide.png"),
                                   kLongChinese};
        QTRY_COMPARE_WITH_TIMEOUT(w.content()->shownNames(), expected, 10000);
        const QModelIndex wide = indexOfName(view, QStringLiteral("a-wide.png"));
        QCOMPARE(wide.siblingAtColumn(AssetColumnsModel::Dimensions).data().toString(),
                 QStringLiteral("400 × 100"));
        QCOMPARE(wide.siblingAtColumn(AssetColumnsModel::AssetKind).data().toString(),
                 QStringLiteral("Image"));

        // Descending reverses it; Name goes back to the file model's order.
        QAction *descending = menuAction(w, {}, QStringLiteral("Desc&ending"));
        QVERIFY(descending);
        descending->trigger();
        QStringList reversed = expected;
        std::reverse(reversed.begin(), reversed.end());
        QTRY_COMPARE(w.content()->shownNames(), reversed);
        descending->trigger();
        menuAction(w, {}, QStringLiteral("&Name"))->trigger();
        QTRY_COMPARE(w.content()->shownNames().first(), QStringLiteral("a-wide.png"));
    }

    void shortcutsDialogListsTheRatingKeys()
    {
        MainWindow w;
        const QList<ShortcutsDialog::Shortcut> all = ShortcutsDialog::collect(&w);
        const auto find = [&](const QString &action) {
            for (const ShortcutsDialog::Shortcut &s : all)
                if (s.action == action) return s;
            return ShortcutsDialog::Shortcut{};
        };
        QCOMPARE(find(QString(3, QChar(0x2605))).keys.split(QStringLiteral("; ")).first(),
                 QStringLiteral("3"));
        QCOMPARE(find(QString(3, QChar(0x2605))).group, QStringLiteral("Edit › Rating"));
        QCOMPARE(find(QStringLiteral("No Rating")).keys.split(QStringLiteral("; ")).first(),
                 QStringLiteral("0"));
        QVERIFY(find(QStringLiteral("Red")).keys.contains(QStringLiteral("6")));
        QVERIFY(find(QStringLiteral("Purple")).keys.contains(QStringLiteral("Alt+6")));
        QCOMPARE(find(QStringLiteral("Toggle Favourite")).keys, QStringLiteral("."));
        QCOMPARE(find(QStringLiteral("Quick Look")).keys, QStringLiteral("Space"));
        QCOMPARE(find(QStringLiteral("Open Folder…")).keys, QStringLiteral("Ctrl+O"));

        // The Help menu opens it with the same rows.
        QAction *open = menuAction(w, QStringLiteral("shortcutsAction"));
        QVERIFY(open);
        open->trigger();
        auto *dialog = w.findChild<ShortcutsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        const auto rows = dialog->table()->findItems(QString(3, QChar(0x2605)),
                                                     Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->text(1).split(QStringLiteral("; ")).first(), QStringLiteral("3"));
        dialog->close();
    }

    // While a scroll goes on, requests for thumbnails that left the view are cancelled (each
    // tenth of a second, not only once it stops); the rows on screen keep theirs, in the grid
    // and in the list.
    void scrollingCancelsWhatLeftTheView()
    {
        QTemporaryDir folder;
        constexpr int kFiles = 600;
        const QByteArray tiny = grey(16, 12);
        for (int i = 0; i < kFiles; ++i)
            writeTemp(folder, QStringLiteral("s%1.png").arg(i, 3, 10, QLatin1Char('0')), tiny);
        // One worker, kept busy: every request stays pending unless cancelled.
        loading::Scheduler &scheduler = loading::Scheduler::shared();
        scheduler.setWorkers(1);
        std::atomic_bool release = false;
        const auto restore = qScopeGuard([&] {
            release = true;
            scheduler.setWorkers(std::max(4, QThread::idealThreadCount())); // its default
        });
        scheduler.submit(
            loading::localRequest(folder.filePath(QStringLiteral("busy")), QSize(8, 8),
                                  loading::Purpose::Thumbnail),
            loading::Priority::Visible, nullptr, [](const loading::Result &) {},
            [&release](const loading::Request &, imaging::RenderCancel &) {
                while (!release)
                    QThread::msleep(5);
                return loading::Result{};
            });
        QTRY_COMPARE(scheduler.running(), 1);

        MainWindow w;
        w.resize(700, 500);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ContentView *content = w.content();
        content->setMode(ContentView::Mode::Grid);
        w.openFolder(folder.path());
        QTRY_COMPARE_WITH_TIMEOUT(content->entryCount(), kFiles, 10000);
        const auto onScreen = [&](QAbstractItemView *view) {
            const QRect shown = view->viewport()->rect();
            QSet<QString> paths;
            for (int row = 0; row < view->model()->rowCount(view->rootIndex()); ++row) {
                const QModelIndex index = view->model()->index(row, 0, view->rootIndex());
                const QRect rect = view->visualRect(index);
                if (rect.bottom() >= shown.top() && rect.top() <= shown.bottom())
                    paths.insert(folder.filePath(index.data().toString()));
            }
            return paths;
        };
        const auto pending = [&] {
            const QStringList paths = content->pendingThumbnails();
            return QSet<QString>(paths.begin(), paths.end());
        };

        // Top to bottom, a page each 20 ms, never pausing.
        QScrollBar *bar = content->grid()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        int pages = 0, most = 0, screen = 0;
        while (bar->value() < bar->maximum()) {
            bar->setValue(bar->value() + bar->pageStep());
            QTest::qWait(20);
            ++pages;
            most = std::max(most, content->thumbnailsPending());
            screen = std::max(screen, int(onScreen(content->grid()).size()));
        }
        QVERIFY2(pages >= 20, qPrintable(QString::number(pages))); // far more than 8 screens
        QVERIFY2(most <= 8 * screen,
                 qPrintable(QStringLiteral("%1 pending, %2 on a screen").arg(most).arg(screen)));
        // Once it stops: what is on screen, all of it still asked for.
        QTRY_COMPARE(pending(), onScreen(content->grid()));

        content->setMode(ContentView::Mode::List);
        QScrollBar *rows = content->list()->verticalScrollBar();
        QTRY_VERIFY(rows->maximum() > 0);
        rows->setValue(rows->maximum() / 2);
        QTRY_VERIFY(!onScreen(content->list()).isEmpty());
        QTRY_COMPARE(pending(), onScreen(content->list()));
    }

    void spaceTogglesQuickLook()
    {
        MainWindow w;
        openAndSettle(w);
        QListView *grid = w.content()->grid();
        const QString first = m_folder.filePath(QStringLiteral("a-wide.png"));
        QVERIFY(w.content()->selectPath(first));
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Space);
        QVERIFY(w.quickLook() && w.quickLook()->isVisible());
        QCOMPARE(w.quickLook()->path(), first);
        QCOMPARE(w.quickLook()->view()->kind(), MediaView::Kind::Image);
        // Larger than a thumbnail, smaller than the window.
        QVERIFY(w.quickLook()->width() > 400 && w.quickLook()->width() < w.width());
        // The grid keeps the keyboard: the arrow moves on and Quick Look follows.
        QTest::keyClick(grid, Qt::Key_Right);
        QCOMPARE(w.quickLook()->path(), m_folder.filePath(QStringLiteral("b-square.png")));
        // Its own keys when it has the focus.
        QTest::keyClick(w.quickLook(), Qt::Key_Right);
        QCOMPARE(w.quickLook()->path(), m_folder.filePath(QStringLiteral("c-small.png")));
        QTest::keyClick(grid, Qt::Key_Escape);
        QVERIFY(!w.quickLook()->isVisible());
        QTest::keyClick(grid, Qt::Key_Space);
        QVERIFY(w.quickLook()->isVisible());
        QTest::keyClick(grid, Qt::Key_Space);
        QVERIFY(!w.quickLook()->isVisible());
    }
};

QTEST_MAIN(GridGuiTest)
#include "test_grid_gui.moc"
