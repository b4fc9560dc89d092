// The librarian's tools in the window, driven offscreen: Find Duplicates groups a resized and a
// recompressed copy with their original, moves all but the best to the trash and brings them
// back with Undo; a collection made in Sources takes dropped files, shows them in the content
// area and follows a rename, and Sources selects only the source shown; a smart collection shows
// what the filter bar finds, with its rule in the tooltip and an icon unlike an album's; Show on
// Map hands a geo: link to the desktop. In English and Chinese, the name dialogs show their
// titles and names whole, and so do the template combo and the duplicates' columns.

#include "browser/assetcolumnsmodel.h"
#include "browser/collectionspanel.h"
#include "browser/collectionview.h"
#include "browser/contentview.h"
#include "browser/duplicateswindow.h"
#include "browser/filterbar.h"
#include "browser/inspectorpanel.h"
#include "browser/mainwindow.h"
#include "browser/metadatapanel.h"
#include "browser/sourcespanel.h"
#include "browser/thumbnaildelegate.h"
#include "catalog/catalog.h"
#include "catalog/collections.h"
#include "files/fileops.h"
#include "imaging/vipsutil.h"
#include "media/videocover.h"
#include "media/videoframe.h"
#include "support/language.h"
#include "support/syntheticphoto.h"
#include "support/testimages.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDropEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ad;

// Catches what QDesktopServices would open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestLibraryTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void findDuplicatesTrashAndUndo();
    void duplicateScanShowsProgressAndCancels();
    void duplicatesWindowFitsASmallScreen();
    void duplicatesSayHowAlikeAndShowMarks();
    void albumViewCountsEachPictureOnceWithBadges();
    void albumShowsAClipLikeTheFolderGrid();
    void exportProposesAFolderOutsideTheLibrary();
    void albumInSources();
    void smartCollectionShowsTheFilter();
    void showOnMapOpensGeoLink();
    void nameDialogsAndTemplatesShowWholeTexts_data();
    void nameDialogsAndTemplatesShowWholeTexts();
    void duplicateColumnsShowWholeTexts_data();
    void duplicateColumnsShowWholeTexts();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir; // pictures and the trash on one file system
};

void TestLibraryTools::initTestCase()
{
    QVERIFY(QDir().mkpath(path(QStringLiteral("data"))));
    qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("AssetDesk-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_librarytools"));
}

void TestLibraryTools::findDuplicatesTrashAndUndo()
{
    const QString folder = path(QStringLiteral("dupes"));
    QVERIFY(QDir().mkpath(folder));
    const vips::VImage photo = test::syntheticPhoto(21, 640, 480);
    const QString original = test::savePhoto(photo, folder + QStringLiteral("/beach.jpg"));
    const QString half =
        test::savePhoto(photo.resize(0.5), folder + QStringLiteral("/beach-small.jpg"));
    const QString q60 = test::savePhoto(photo, folder + QStringLiteral("/beach-q60.jpg"), 60);
    for (int seed : {22, 23, 24})
        test::savePhoto(test::syntheticPhoto(seed, 640, 480),
                        folder + QStringLiteral("/other%1.jpg").arg(seed));
    catalog::Catalog cat(QStringLiteral(":memory:"));
    ui::MainWindow w(nullptr, &cat);
    w.openFolder(folder);
    ui::DuplicatesWindow *d = w.openDuplicates();
    QCOMPARE(w.openDuplicates(), d); // one window
    QCOMPARE(d->places(), QStringList{folder});
    QSignalSpy finished(d, &ui::DuplicatesWindow::scanFinished);
    // Nothing to trash or undo before a scan, nor with nothing marked after it.
    auto *trash = d->findChild<QPushButton *>(QStringLiteral("trashMarkedButton"));
    auto *undo = d->findChild<QPushButton *>(QStringLiteral("undoTrashButton"));
    QVERIFY(!trash->isEnabled() && !undo->isEnabled());
    auto *mark = d->findChild<QPushButton *>(QStringLiteral("markAllButBestButton"));
    QVERIFY(!mark->isEnabled()); // no groups to mark in yet
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("scanButton")), Qt::LeftButton);
    QVERIFY(d->scanning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!d->scanning());
    QVERIFY(!trash->isEnabled() && !undo->isEnabled());
    QCOMPARE(d->groups().size(), 1);
    QCOMPARE(d->tree()->topLevelItemCount(), 1);
    QVERIFY(mark->isEnabled());
    QTreeWidgetItem *group = d->tree()->topLevelItem(0);
    QCOMPARE(group->childCount(), 3);
    QCOMPARE(group->child(2)->text(0), QStringLiteral("beach-small.jpg")); // fewest pixels last
    QCOMPARE(group->child(2)->text(1), QStringLiteral("320 × 240"));
    // Side by side: one picture per member, decoded.
    QTRY_COMPARE_WITH_TIMEOUT(
        [&] {
            int shown = 0;
            for (auto *label : d->findChildren<QLabel *>(QStringLiteral("sideBySidePicture")))
                shown += !label->pixmap().isNull();
            return shown;
        }(),
        3, 10000);
    // Keep the best by resolution: both 640x480 copies go only if one is the best; the small one
    // always goes.
    d->findChild<QComboBox *>(QStringLiteral("keepRule"))->setCurrentIndex(0);
    d->markAllButBest(catalog::KeepRule::Resolution);
    QStringList marked = d->marked();
    QCOMPARE(marked.size(), 2);
    QVERIFY(trash->isEnabled());
    QVERIFY(marked.contains(QFileInfo(half).absoluteFilePath()));
    // By file size the original (q92) is kept and the q60 goes.
    d->markAllButBest(catalog::KeepRule::Size);
    marked = d->marked();
    QCOMPARE(marked.size(), 2);
    QVERIFY(!marked.contains(QFileInfo(original).absoluteFilePath()));
    QTest::mouseClick(trash, Qt::LeftButton);
    QVERIFY(QFile::exists(original));
    QVERIFY(!QFile::exists(half));
    QVERIFY(!QFile::exists(q60));
    QCOMPARE(QDir(path(QStringLiteral("data/Trash/files"))).entryList(QDir::Files).size(), 2);
    QCOMPARE(d->tree()->topLevelItemCount(), 0); // nothing left to compare it with
    auto *status = d->findChild<QLabel *>(QStringLiteral("duplicateStatus"));
    QVERIFY2(status->text().startsWith(
                 QStringLiteral("2 picture(s) moved to the trash (Undo brings them back).")) &&
                 status->text().endsWith(QStringLiteral("0 group(s) of duplicates.")),
             qPrintable(status->text()));
    // What happened is the news; the scan's count of pictures compared is not repeated.
    QVERIFY2(!status->text().contains(QStringLiteral("compared")), qPrintable(status->text()));
    QVERIFY(undo->isEnabled() && !trash->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(QFile::exists(half));
    QVERIFY(QFile::exists(q60));
    QCOMPARE(QDir(path(QStringLiteral("data/Trash/files"))).entryList(QDir::Files).size(), 0);
    QCOMPARE(d->tree()->topLevelItemCount(), 1);
    QCOMPARE(d->tree()->topLevelItem(0)->childCount(), 3);
    // The status line tells the undo and counts the group that is back (it kept "0 groups").
    QVERIFY2(status->text().startsWith(QStringLiteral("2 picture(s) back from the trash.")) &&
                 status->text().endsWith(QStringLiteral("1 group(s) of duplicates.")),
             qPrintable(status->text()));
    // Trashed from the main window, a picture leaves its group here as well (the window kept
    // the group and the scan's words), and Undo brings it back.
    QAction *trashAction = nullptr;
    for (QAction *action : w.findChildren<QAction *>())
        if (action->text() == QStringLiteral("Move to &Trash")) trashAction = action;
    QVERIFY(trashAction);
    QTRY_VERIFY_WITH_TIMEOUT(w.content()->selectPath(QFileInfo(q60).absoluteFilePath()), 5000);
    trashAction->trigger();
    QVERIFY(!QFile::exists(q60));
    QCOMPARE(d->tree()->topLevelItem(0)->childCount(), 2);
    QVERIFY2(status->text() ==
                 QStringLiteral("1 picture(s) moved or deleted since the scan. 1 group(s) of "
                                "duplicates."),
             qPrintable(status->text()));
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(QFile::exists(q60));
    QCOMPARE(d->tree()->topLevelItem(0)->childCount(), 3);
    QVERIFY2(status->text().startsWith(QStringLiteral("1 picture(s) back since the scan.")),
             qPrintable(status->text()));
    // The slider's value is said in words, not as a hash distance.
    auto *slider = d->findChild<QSlider *>(QStringLiteral("similaritySlider"));
    const auto said = [d](const QString &words) {
        for (auto *label : d->findChildren<QLabel *>())
            if (label->text() == words) return true;
        return false;
    };
    QVERIFY(said(QStringLiteral("balanced: resized and recompressed copies")));
    slider->setValue(20);
    QVERIFY(said(QStringLiteral("very loose: some may only look alike")));
    QVERIFY(said(QStringLiteral("strict")) && said(QStringLiteral("loose")));
    // The slider regroups without a new scan: exact copies only finds none here.
    slider->setValue(-1);
    QVERIFY(said(QStringLiteral("exact copies only")));
    QCOMPARE(d->tree()->topLevelItemCount(), 0);
    QVERIFY2(status->text().endsWith(QStringLiteral("0 group(s) of duplicates.")),
             qPrintable(status->text()));
    QVERIFY(d->groups().isEmpty());
    // A second scan reads the hashes the first one kept in the catalogue.
    QVERIFY(QFile::copy(original, folder + QStringLiteral("/beach copy.jpg")));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("scanButton")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(d->groups().size(), 1);
    QVERIFY(d->groups()[0].exact);
    QCOMPARE(d->tree()->topLevelItem(0)->childCount(), 2);
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("duplicateStatus"))
                ->text()
                .contains(QStringLiteral("7 picture")));
}

void TestLibraryTools::duplicateScanShowsProgressAndCancels()
{
    // Enough pictures that the scan lasts seconds (PNGs have no shrink-on-load; 200 took half a
    // second, over before the first progress tick), each a different file.
    imaging::ensureVips();
    const QString folder = path(QStringLiteral("many"));
    QVERIFY(QDir().mkpath(folder));
    const vips::VImage gradient =
        (vips::VImage::xyz(1600, 1200).extract_band(0) / 7).cast(VIPS_FORMAT_UCHAR);
    const QString first = folder + QStringLiteral("/g000.png");
    gradient.write_to_file(first.toUtf8().constData());
    QFile source(first);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    constexpr int kCount = 2000;
    for (int i = 1; i < kCount; ++i) {
        QFile copy(folder + QStringLiteral("/g%1.png").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(bytes + QByteArray::number(i)); // after IEND: another file, the same picture
    }
    catalog::Catalog cat(QStringLiteral(":memory:"));
    QUndoStack undo;
    ui::DuplicatesWindow d(&cat, &undo);
    d.setPlaces({folder});
    d.show();
    QSignalSpy finished(&d, &ui::DuplicatesWindow::scanFinished);
    auto *scanButton = d.findChild<QPushButton *>(QStringLiteral("scanButton"));
    auto *cancelButton = d.findChild<QPushButton *>(QStringLiteral("cancelScanButton"));
    auto *status = d.findChild<QLabel *>(QStringLiteral("duplicateStatus"));
    auto *bar = d.findChild<QProgressBar *>();
    QTest::mouseClick(scanButton, Qt::LeftButton);
    QVERIFY(!scanButton->isEnabled());
    QVERIFY(cancelButton->isEnabled());
    // The window keeps painting while the pool hashes: the bar and the words move.
    QTRY_VERIFY2_WITH_TIMEOUT(bar->isVisible() && bar->maximum() == kCount && bar->value() > 0,
                              qPrintable(QStringLiteral("%1 %2 of %3: %4")
                                             .arg(bar->isVisible())
                                             .arg(bar->value())
                                             .arg(bar->maximum())
                                             .arg(status->text())),
                              30000);
    QVERIFY2(status->text().contains(QStringLiteral(" of %1").arg(kCount)),
             qPrintable(status->text()));
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(status->text().startsWith(QStringLiteral("Cancelled:")), qPrintable(status->text()));
    QVERIFY(scanButton->isEnabled());
    QVERIFY(!cancelButton->isEnabled());
    QVERIFY(!bar->isVisible());
    // What was read before Cancel is grouped (one picture, so one group) and kept.
    QCOMPARE(d.groups().size(), 1);
    const qsizetype compared = d.groups()[0].members.size();
    QVERIFY2(compared > 1 && compared < kCount, qPrintable(QString::number(compared)));
    QVERIFY2(status->text().contains(QStringLiteral("%1 picture(s) compared").arg(compared)),
             qPrintable(status->text()));
    const QList<catalog::FileStamp> files = catalog::listPictures({folder}, false);
    QTRY_COMPARE(catalog::PictureHashStore(cat).cached(files).size(), compared);
}

// Find Duplicates opens whole on its screen, title bar, buttons and all within the available
// geometry, wherever it was about to be placed.
void TestLibraryTools::duplicatesWindowFitsASmallScreen()
{
    catalog::Catalog cat(QStringLiteral(":memory:"));
    QUndoStack undo;
    undo.push(new QUndoCommand(QStringLiteral("Edit Tags"))); // the main window's, say
    ui::DuplicatesWindow d(&cat, &undo);
    // An edit of tags is not this window's to undo, and nothing is marked to trash.
    QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("undoTrashButton"))->isEnabled());
    QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("trashMarkedButton"))->isEnabled());
    // Placed low, as a window manager centring it over a tall main window may place it.
    const QRect room = d.screen()->availableGeometry();
    d.move(0, room.bottom() - 300);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY2(room.contains(d.geometry()), qPrintable(QStringLiteral("%1,%2 %3x%4 in %5x%6")
                                                         .arg(d.x())
                                                         .arg(d.y())
                                                         .arg(d.width())
                                                         .arg(d.height())
                                                         .arg(room.width())
                                                         .arg(room.height())));
    QVERIFY(d.y() >= room.top() + 32); // room for a title bar
    // Its layout fits too: the action buttons are inside the window, not cut off.
    auto *trash = d.findChild<QPushButton *>(QStringLiteral("trashMarkedButton"));
    QVERIFY(d.rect().contains(QRect(trash->mapTo(&d, QPoint(0, 0)), trash->size())));
    // Esc closes it when no scan runs.
    d.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&d));
    QTest::keyClick(&d, Qt::Key_Escape);
    QVERIFY(!d.isVisible());
}

// The album view shows a file added under two spellings of its path once, counts what it
// shows (the status bar kept the folder's count), and draws the grid's badges.
// The slider keeps its place and length at every value (its words beside it resized it under
// the pointer); the Similarity column says how alike in words with a tooltip, not as a hash
// distance; pictures marked for the trash are framed in red and captioned side by side.
void TestLibraryTools::duplicatesSayHowAlikeAndShowMarks()
{
    const QString folder = path(QStringLiteral("alike"));
    QVERIFY(QDir().mkpath(folder));
    const vips::VImage photo = test::syntheticPhoto(31, 640, 480);
    const QString original = test::savePhoto(photo, folder + QStringLiteral("/pier.jpg"));
    const QString half =
        test::savePhoto(photo.resize(0.5), folder + QStringLiteral("/pier-small.jpg"));
    QVERIFY(QFile::copy(original, folder + QStringLiteral("/pier copy.jpg")));
    catalog::Catalog cat(QStringLiteral(":memory:"));
    QUndoStack undo;
    ui::DuplicatesWindow d(&cat, &undo);
    d.setPlaces({folder});
    d.resize(1000, 720);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));

    auto *slider = d.findChild<QSlider *>(QStringLiteral("similaritySlider"));
    auto *words = d.findChild<QLabel *>(QStringLiteral("similarityWords"));
    QVERIFY(slider && words);
    QSet<QString> said;
    const QRect at = slider->geometry();
    for (int value = slider->minimum(); value <= slider->maximum(); ++value) {
        slider->setValue(value);
        d.layout()->activate();
        QCoreApplication::processEvents();
        said.insert(words->text());
        QCOMPARE(slider->geometry(), at);
        // The words are below the slider, not after its "loose" end.
        QVERIFY(words->mapTo(&d, QPoint(0, 0)).y() >=
                slider->mapTo(&d, QPoint(0, at.height())).y());
    }
    QCOMPARE(said.size(), 5); // every description was shown
    slider->setValue(catalog::kDefaultSimilarity);

    // The user gave the copy stars: of the two equal pictures, it is the one kept.
    const QString copy = QFileInfo(folder + QStringLiteral("/pier copy.jpg")).absoluteFilePath();
    cat.setRating({copy}, 4);
    QSignalSpy finished(&d, &ui::DuplicatesWindow::scanFinished);
    d.scan();
    QVERIFY(finished.wait(30000));
    QCOMPARE(d.tree()->topLevelItemCount(), 1);
    QTreeWidgetItem *group = d.tree()->topLevelItem(0);
    QCOMPARE(group->childCount(), 3);
    QCOMPARE(d.tree()->headerItem()->text(4), QStringLiteral("Similarity"));
    QVERIFY(d.tree()->headerItem()->toolTip(4).contains(QStringLiteral("near-identical")));
    QStringList likeness;
    for (int i = 0; i < group->childCount(); ++i) {
        likeness << group->child(i)->text(4);
        QVERIFY(!group->child(i)->toolTip(4).isEmpty());
    }
    // The original and its copy are the same file; the half-size one is a resize of them.
    QCOMPARE(likeness.count(QStringLiteral("identical")), 2);
    QVERIFY2(likeness.last().startsWith(QStringLiteral("near-identical (")) &&
                 likeness.last().endsWith(QStringLiteral(" %)")),
             qPrintable(likeness.join(u'|')));
    QCOMPARE(group->child(2)->text(0), QStringLiteral("pier-small.jpg"));
    // The stars that decide between equal pictures are in the list: the copy's four, no others.
    QCOMPARE(d.tree()->headerItem()->text(5), QStringLiteral("Rating"));
    QStringList stars;
    for (int i = 0; i < group->childCount(); ++i)
        stars << group->child(i)->text(0) + u'=' + group->child(i)->text(5);
    stars.sort();
    QCOMPARE(stars, QStringList({QStringLiteral("pier copy.jpg=★★★★"),
                                 QStringLiteral("pier-small.jpg="), QStringLiteral("pier.jpg=")}));
    QCOMPARE(group->child(0)->text(6), QFileInfo(folder).absoluteFilePath());

    const auto marks = [&d] {
        QStringList shown;
        for (auto *label : d.findChildren<QLabel *>(QStringLiteral("sideBySideMark")))
            if (!label->text().isEmpty()) shown << label->property("path").toString();
        return shown;
    };
    // The frame of a picture: red when marked.
    const auto framed = [&d](const QString &file) {
        for (auto *label : d.findChildren<QLabel *>(QStringLiteral("sideBySidePicture")))
            if (label->property("path").toString() == file) {
                const QColor edge = label->grab().toImage().pixelColor(1, label->height() / 2);
                return edge.red() > 180 && edge.green() < 90 && edge.blue() < 90;
            }
        return false;
    };
    QTRY_COMPARE_WITH_TIMEOUT(d.findChildren<QLabel *>(QStringLiteral("sideBySidePicture")).size(),
                              3, 10000);
    QVERIFY(marks().isEmpty());
    const QString small = QFileInfo(half).absoluteFilePath();
    QVERIFY(!framed(small));
    d.markAllButBest(catalog::KeepRule::Resolution);
    QCOMPARE(marks().size(), 2);
    QVERIFY(marks().contains(small));
    QVERIFY(marks().contains(QFileInfo(original).absoluteFilePath()));
    QVERIFY(!marks().contains(copy));
    QVERIFY(framed(small));
    QVERIFY(!framed(
        d.groups()[0].members[catalog::bestOf(d.groups()[0], catalog::KeepRule::Resolution)].path));
    for (auto *label : d.findChildren<QLabel *>(QStringLiteral("sideBySideMark")))
        if (label->property("path").toString() == small)
            QCOMPARE(label->text(), QStringLiteral("✗ Marked for the trash"));
    // Unticked in the list, it is no longer shown as marked.
    group->child(2)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(marks().size(), 1);
    QVERIFY(!framed(small));

    // Sorted by Similarity, the most alike first (the reference), not in the alphabet's order
    // of the words ("near-identical" before "reference"); by Resolution, fewest pixels first.
    QVERIFY(QFile::remove(folder + QStringLiteral("/pier copy.jpg")));
    slider->setValue(catalog::kDefaultSimilarity - 1); // regroups what is there
    group = d.tree()->topLevelItem(0);
    QCOMPARE(group->childCount(), 2);
    d.tree()->sortByColumn(4, Qt::AscendingOrder);
    QCOMPARE(group->child(0)->text(4), QStringLiteral("reference"));
    QCOMPARE(group->child(1)->text(0), QStringLiteral("pier-small.jpg"));
    d.tree()->sortByColumn(4, Qt::DescendingOrder);
    QCOMPARE(group->child(0)->text(0), QStringLiteral("pier-small.jpg"));
    d.tree()->sortByColumn(1, Qt::AscendingOrder);
    QCOMPARE(group->child(0)->text(0), QStringLiteral("pier-small.jpg"));
}

void TestLibraryTools::albumViewCountsEachPictureOnceWithBadges()
{
    const QString folder = path(QStringLiteral("badges"));
    QVERIFY(QDir().mkpath(folder));
    const QString photo =
        test::savePhoto(test::syntheticPhoto(40, 320, 240), folder + QStringLiteral("/sea.jpg"));
    const QString other =
        test::savePhoto(test::syntheticPhoto(41, 320, 240), folder + QStringLiteral("/hill.jpg"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(QFile::copy(other, folder + QStringLiteral("/more%1.jpg").arg(i)));
    const QString linked = path(QStringLiteral("badges-link"));
    QVERIFY(QFile::link(folder, linked));
    catalog::Catalog cat(QStringLiteral(":memory:"));
    cat.setRating({photo}, 3);
    cat.setFavourite({photo}, true);
    ui::MainWindow w(nullptr, &cat);
    w.resize(1200, 800);
    w.show();
    w.openFolder(folder);
    QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 5, 5000);
    const qint64 id = w.collectionsPanel()->createAlbum(QStringLiteral("Sea"));
    w.collectionsPanel()->addToAlbum(id, {photo, linked + QStringLiteral("/sea.jpg")});
    w.showCollection(id);
    QListWidget *list = w.collectionView()->list();
    QCOMPARE(list->count(), 1);
    QCOMPARE(w.collectionView()->members(), QStringList{photo});
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("collectionTitle"))->text(),
             QStringLiteral("Album “Sea”: 1 item(s)"));
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("statusCount"))->text(),
             QStringLiteral("1 item(s)"));
    // The grid's delegate, with the library's facts: type, stars and favourite on the picture.
    QVERIFY(qobject_cast<ui::ThumbnailDelegate *>(list->itemDelegate()));
    QListWidgetItem *item = list->item(0);
    QCOMPARE(item->data(ui::AssetColumnsModel::RatingRole).toInt(), 3);
    QVERIFY(item->data(ui::AssetColumnsModel::FavouriteRole).toBool());
    QCOMPARE(item->data(ui::AssetColumnsModel::SuffixRole).toString(), QStringLiteral("JPG"));
    // The stars' ink (#ffd54f) is on the cell, and goes with the rating.
    const auto gold = [&] {
        if (!QTest::qWaitFor(
                [&] { return list->item(0)->icon().availableSizes().contains(QSize(128, 96)); },
                5000))
            return -100; // no thumbnail came
        const QImage shot = list->viewport()->grab(list->visualItemRect(list->item(0))).toImage();
        int count = 0;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                count += c.red() > 230 && c.green() > 190 && c.green() < 235 && c.blue() < 120;
            }
        return count;
    };
    const int rated = gold();
    cat.setRating({photo}, 0);
    w.showCollection(id);
    const int unrated = gold();
    QVERIFY2(rated > unrated + 10, qPrintable(QStringLiteral("%1 %2").arg(rated).arg(unrated)));
    // Back to the folder: its own count again.
    w.openFolder(folder);
    QTRY_COMPARE_WITH_TIMEOUT(w.findChild<QLabel *>(QStringLiteral("statusCount"))->text(),
                              QStringLiteral("5 item(s)"), 5000);
}

// A clip in an album has what the folder grid gives it: its cover as the thumbnail (not the black
// first frame of a clip that opens on black; a chosen cover once set) and its length on the badge.
void TestLibraryTools::albumShowsAClipLikeTheFolderGrid()
{
    const QString folder = path(QStringLiteral("album-clips"));
    QVERIFY(QDir().mkpath(folder));
    const QString clip = folder + QStringLiteral("/dark-start.mp4");
    QCOMPARE(test::writeDarkStartClip(clip), 0);
    catalog::Catalog cat(QStringLiteral(":memory:"));
    ui::MainWindow w(nullptr, &cat);
    w.resize(1200, 800);
    w.show();
    const qint64 id = w.collectionsPanel()->createAlbum(QStringLiteral("Clips"));
    w.collectionsPanel()->addToAlbum(id, {clip});
    w.showCollection(id);
    QListWidget *list = w.collectionView()->list();
    QCOMPARE(list->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(list->item(0)->data(ui::AssetColumnsModel::DurationRole).toString(),
                              QStringLiteral("0:05"), 10000);
    const auto icon = [&] {
        return list->item(0)
            ->icon()
            .pixmap(QSize(128, 96))
            .toImage()
            .convertToFormat(QImage::Format_RGB32);
    };
    const auto near = [&](const QImage &reference) {
        return test::psnr(icon(), reference.convertToFormat(QImage::Format_RGB32)) > 30;
    };
    const QImage cover = media::coverFrame(clip, QSize(128, 128));
    QTRY_VERIFY_WITH_TIMEOUT(
        list->item(0)->icon().availableSizes().contains(QSize(128, 96)) && near(cover), 15000);
    QVERIFY(test::psnr(icon(), media::firstVideoFrame(clip, QSize(128, 128))
                                   .convertToFormat(QImage::Format_RGB32)) < 20);
    // A chosen cover, as the viewer's Set as Cover keeps it.
    cat.setCover(clip, {4.0, QSize()});
    w.collectionView()->refreshThumbnail(clip);
    QTRY_VERIFY_WITH_TIMEOUT(near(media::videoFrameAt(clip, 4.0, QSize(128, 128))), 15000);
    // The folder grid's badge says the same.
    w.openFolder(folder);
    QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 1, 5000);
    const auto badge = [&] { // asked again each time: the listing may still move rows
        const QListView *grid = w.content()->grid();
        return grid->model()
            ->index(0, 0, grid->rootIndex())
            .data(ui::AssetColumnsModel::DurationRole)
            .toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(badge(), QStringLiteral("0:05"), 10000);
}

// The export picker opens outside the members' folders and the library, then where the last
// export went.
void TestLibraryTools::exportProposesAFolderOutsideTheLibrary()
{
    const QString library = path(QStringLiteral("library"));
    QVERIFY(QDir().mkpath(library + QStringLiteral("/2024")));
    const QString photo = test::savePhoto(test::syntheticPhoto(50, 64, 48),
                                          library + QStringLiteral("/2024/boat.jpg"));
    catalog::Catalog cat(QStringLiteral(":memory:"));
    ui::MainWindow w(nullptr, &cat);
    w.setLibraryFolder(library);
    QSettings().remove(QStringLiteral("output/export"));
    const qint64 id = w.collectionsPanel()->createAlbum(QStringLiteral("Boats"));
    w.collectionsPanel()->addToAlbum(id, {photo});
    const QString proposed = w.collectionsPanel()->proposedExportFolder(id);
    QVERIFY(!proposed.isEmpty());
    QVERIFY2(!proposed.startsWith(library), qPrintable(proposed));
    const QString chosen = path(QStringLiteral("exports"));
    QSignalSpy exported(w.collectionsPanel(), &ui::CollectionsPanel::exported);
    w.collectionsPanel()->exportCollection(id, catalog::ExportMode::Copies,
                                           chosen + QStringLiteral("/Boats"));
    QCOMPARE(exported.size(), 1);
    QVERIFY(QFile::exists(chosen + QStringLiteral("/Boats/boat.jpg")));
    QCOMPARE(w.collectionsPanel()->proposedExportFolder(id), chosen); // remembered
}

void TestLibraryTools::albumInSources()
{
    const QString folder = path(QStringLiteral("album"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
    const QString a = folder + QStringLiteral("/a.png");
    const QString b = folder + QStringLiteral("/sub/b.jpg");
    for (const auto &[p, bytes] : {std::pair(a, test::makeImage(40, 30, "png")),
                                   std::pair(b, test::makeImage(30, 40, "jpg"))}) {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QString file = path(QStringLiteral("album.sqlite"));
    {
        catalog::Catalog cat(file);
        ui::MainWindow w(nullptr, &cat);
        w.show();
        QListWidget *list = w.collectionsPanel()->list();
        QVERIFY(w.sourcesDock()->isAncestorOf(list));
        const qint64 id = w.collectionsPanel()->createAlbum(QStringLiteral("Holiday"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Holiday"));
        // Files from two folders dropped on the album.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
        const QPoint at = list->visualItemRect(list->item(0)).center();
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(list->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(list->viewport(), &drop);
        QCOMPARE(w.collections()->members(id), (QStringList{a, b}));
        // Clicked, it shows in the content area; the selection reaches the window.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(w.collectionView()->isVisible());
        QVERIFY(!w.content()->isVisible());
        QCOMPARE(w.collectionView()->members(), (QStringList{a, b}));
        // Its thumbnail replaces the type icon: the picture itself, 40x30 (never enlarged).
        QTRY_VERIFY_WITH_TIMEOUT(
            w.collectionView()->list()->item(0)->icon().availableSizes().contains(QSize(40, 30)),
            5000);
        // A rename made through the library's file operations keeps the member.
        const QString renamed = files::rename(a, QStringLiteral("a-renamed.png")).first().second;
        cat.moved(a, renamed);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(w.collectionView()->members(), (QStringList{renamed, b}));
        // Opening a folder leaves the collection.
        w.openFolder(folder);
        QVERIFY(!w.collectionView()->isVisible());
        QVERIFY(w.content()->isVisible());
        // One source is selected in Sources, the one shown: the album, then the folder clicked
        // in the tree (the album stayed highlighted beside it).
        QTreeWidget *tree = w.sources()->folderTree();
        const auto selectedFolders = [tree] {
            QStringList paths;
            for (const QTreeWidgetItem *item : tree->selectedItems())
                paths << item->data(0, Qt::UserRole + 1).toString();
            return paths;
        };
        QCOMPARE(selectedFolders(), QStringList{folder});
        QTreeWidgetItem *folderItem = tree->currentItem();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(w.collectionView()->isVisible());
        QCOMPARE(list->selectedItems().size(), 1);
        QVERIFY2(selectedFolders().isEmpty(), qPrintable(selectedFolders().join(u' ')));
        QVERIFY(w.sources()->places()->selectedItems().isEmpty());
        tree->scrollToItem(folderItem);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(folderItem).center());
        QVERIFY(!w.collectionView()->isVisible());
        QCOMPARE(selectedFolders(), QStringList{folder});
        QVERIFY(list->selectedItems().isEmpty());
        QVERIFY(w.sources()->places()->selectedItems().isEmpty());
        // A right click (for the context menu) does not select the album or a place beside
        // the folder.
        QTest::mousePress(list->viewport(), Qt::RightButton, {}, at);
        QTest::mouseRelease(list->viewport(), Qt::RightButton, {}, at);
        QListWidget *places = w.sources()->places();
        const QPoint home = places->visualItemRect(places->item(0)).center();
        QTest::mousePress(places->viewport(), Qt::RightButton, {}, home);
        QTest::mouseRelease(places->viewport(), Qt::RightButton, {}, home);
        QVERIFY(list->selectedItems().isEmpty());
        QVERIFY(places->selectedItems().isEmpty());
        QCOMPARE(selectedFolders(), QStringList{folder});
    }
    // Reopened: the album and its members are still there.
    catalog::Catalog cat(file);
    ui::MainWindow w(nullptr, &cat);
    QCOMPARE(w.collectionsPanel()->list()->count(), 1);
    const qint64 id = w.collectionsPanel()->list()->item(0)->data(Qt::UserRole).toLongLong();
    QCOMPARE(w.collections()->members(id),
             (QStringList{folder + QStringLiteral("/a-renamed.png"), b}));
}

void TestLibraryTools::smartCollectionShowsTheFilter()
{
    const QString folder = path(QStringLiteral("smart"));
    QVERIFY(QDir().mkpath(folder));
    QStringList paths;
    for (int i = 0; i < 4; ++i) {
        paths << folder + QStringLiteral("/p%1.png").arg(i);
        QFile f(paths.last());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::makeImage(10 + i, 10, "png"));
    }
    catalog::Catalog cat(QStringLiteral(":memory:"));
    for (const QString &p : paths)
        cat.record(p, QFileInfo(p).size(), QFileInfo(p).lastModified());
    cat.setRating({paths[1], paths[3]}, 4);
    cat.setRating({paths[2]}, 2);
    ui::MainWindow w(nullptr, &cat);
    w.show();
    auto *filter = w.findChild<ui::FilterBar *>();
    filter->setMinRating(3);
    const qint64 id = w.collectionsPanel()->createSmart(QStringLiteral("Good ones"));
    QVERIFY(id > 0);
    catalog::Query q;
    filter->apply(q);
    QCOMPARE(cat.search(q), (QStringList{paths[1], paths[3]}));
    filter->setMinRating(0); // the saved filter stays as it was saved
    w.showCollection(id);
    QCOMPARE(w.collectionView()->members(), (QStringList{paths[1], paths[3]}));
    // Smart collections take no drops, and say so in their tooltip with their rule.
    QListWidget *list = w.collectionsPanel()->list();
    QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("filter")));
    QVERIFY2(
        list->item(0)->toolTip().contains(QString(3, QChar(0x2605)) + QStringLiteral(" or more")),
        qPrintable(list->item(0)->toolTip()));
    // An album beside it has an icon of its own (both drew the same before).
    QVERIFY(w.collectionsPanel()->createAlbum(QStringLiteral("Keepers")) > 0);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(1)->text(), QStringLiteral("Keepers"));
    const QImage smartIcon = list->item(0)->icon().pixmap(16).toImage();
    const QImage albumIcon = list->item(1)->icon().pixmap(16).toImage();
    QVERIFY(!smartIcon.isNull() && !albumIcon.isNull());
    QVERIFY(smartIcon != albumIcon);
    const auto inked = [](const QImage &icon) {
        int pixels = 0;
        for (int y = 0; y < icon.height(); ++y)
            for (int x = 0; x < icon.width(); ++x)
                pixels += qAlpha(icon.pixel(x, y)) > 128;
        return pixels;
    };
    QVERIFY(inked(smartIcon) > 10 && inked(albumIcon) > 10); // drawn, not blank
}

void TestLibraryTools::showOnMapOpensGeoLink()
{
    const QString folder = path(QStringLiteral("map"));
    QVERIFY(QDir().mkpath(folder));
    const QString photo =
        test::savePhoto(test::syntheticPhoto(30, 64, 48), folder + QStringLiteral("/gps.jpg"));
    QCOMPARE(test::run(QStringLiteral("exiv2"),
                       {QStringLiteral("-M"), QStringLiteral("set Exif.GPSInfo.GPSLatitudeRef S"),
                        QStringLiteral("-M"),
                        QStringLiteral("set Exif.GPSInfo.GPSLatitude 33/1 52/1 4/1"),
                        QStringLiteral("-M"), QStringLiteral("set Exif.GPSInfo.GPSLongitudeRef E"),
                        QStringLiteral("-M"),
                        QStringLiteral("set Exif.GPSInfo.GPSLongitude 151/1 12/1 36/1"), photo}),
             0);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("geo"), &catcher, "open");
    catalog::Catalog cat(QStringLiteral(":memory:"));
    ui::MainWindow w(nullptr, &cat);
    w.openFolder(folder);
    QTRY_VERIFY_WITH_TIMEOUT(w.content()->selectPath(photo), 5000);
    w.findChild<QAction *>(QStringLiteral("showOnMapAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(catcher.urls.size(), 1, 5000);
    QCOMPARE(catcher.urls[0].toString(), QStringLiteral("geo:-33.867778,151.210000"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("geo"));
}

namespace
{
// What a name dialog showed: its title and width against what the title needs in a bold title
// bar beside the window buttons, and its field against the name in it.
struct NameDialogSeen {
    QString title;
    int width = 0, titleNeeds = 0, field = 0, nameNeeds = 0;
};

// Runs `open`, which brings up a name dialog (through a context menu when `menuItem` is given:
// that item is chosen), measures the dialog and cancels it.
NameDialogSeen seeNameDialog(const std::function<void()> &open, const QString &menuItem = {})
{
    NameDialogSeen seen;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions())
                if (action->text() == menuItem) {
                    menu->setActiveAction(action);
                    QTest::keyClick(menu, Qt::Key_Return);
                }
            return;
        }
        auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!ask || !ask->isVisible()) return;
        poll.stop();
        QFont bold = ask->font();
        bold.setBold(true);
        seen.title = ask->windowTitle();
        seen.width = ask->width();
        seen.titleNeeds =
            QFontMetrics(bold).horizontalAdvance(seen.title) + 6 * ask->fontMetrics().height();
        if (const auto *field = ask->findChild<QLineEdit *>()) {
            seen.field = field->width();
            seen.nameNeeds = field->fontMetrics().horizontalAdvance(field->text()) +
                             2 * field->fontMetrics().averageCharWidth();
        }
        ask->reject();
    });
    poll.start(20);
    open();
    return seen;
}
} // namespace

void TestLibraryTools::nameDialogsAndTemplatesShowWholeTexts_data()
{
    test::addLanguageRows();
}

// The name dialogs were QInputDialog's bare 200 px: titles ran under the window buttons and a
// long name was cut; the Inspector's template combo showed a few letters beside its buttons.
void TestLibraryTools::nameDialogsAndTemplatesShowWholeTexts()
{
    QFETCH(QString, language);
    const test::Language interface(language);
    QVERIFY(interface.loaded());
    const QString folder = path(QStringLiteral("names-") + language);
    QVERIFY(QDir().mkpath(folder));
    const QString photo =
        test::savePhoto(test::syntheticPhoto(31, 64, 48), folder + QStringLiteral("/p.jpg"));
    catalog::Catalog cat(QStringLiteral(":memory:"));
    ui::MainWindow w(nullptr, &cat);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString longName = QStringLiteral("Summer in Hokkaido with the whole family, 2026");
    const qint64 album = w.collectionsPanel()->createAlbum(longName);
    QVERIFY(album > 0);
    QMenu *add = w.collectionsPanel()
                     ->findChild<QToolButton *>(QStringLiteral("newCollectionButton"))
                     ->menu();
    QListWidget *list = w.collectionsPanel()->list();
    QList<NameDialogSeen> seen{
        seeNameDialog([add] { add->actions().at(0)->trigger(); }),
        seeNameDialog([add] { add->actions().at(1)->trigger(); }),
        seeNameDialog(
            [list] {
                Q_EMIT list->customContextMenuRequested(
                    list->visualItemRect(list->item(0)).center());
            },
            ui::CollectionsPanel::tr("&Rename…")),
    };
    w.openFolder(folder);
    QTRY_VERIFY_WITH_TIMEOUT(w.content()->selectPath(photo), 5000);
    ui::MetadataPanel *meta = w.inspector()->metadataPanel();
    meta->saveTemplate(QStringLiteral("Ann Lee, agency Tokyo"));
    seen << seeNameDialog(
        [meta] { meta->findChild<QPushButton *>(QStringLiteral("saveTemplateButton"))->click(); });
    QCOMPARE(seen.size(), 4);
    for (const NameDialogSeen &d : std::as_const(seen)) {
        const QString what = QStringLiteral("“%1” %2 px, needs %3; field %4 px, needs %5")
                                 .arg(d.title)
                                 .arg(d.width)
                                 .arg(d.titleNeeds)
                                 .arg(d.field)
                                 .arg(d.nameNeeds);
        QVERIFY2(!d.title.isEmpty(), qPrintable(what));
        QVERIFY2(d.width >= d.titleNeeds, qPrintable(what));
        QVERIFY2(d.field >= d.nameNeeds, qPrintable(what));
    }
    QCOMPARE(seen[2].field > 0 && seen[2].nameNeeds > 0, true); // the rename showed the name
    // The template combo in the Inspector shows the whole name.
    auto *templates = meta->findChild<QComboBox *>(QStringLiteral("metaTemplates"));
    QCOMPARE(templates->currentText(), QStringLiteral("Ann Lee, agency Tokyo"));
    QStyleOptionComboBox option;
    option.initFrom(templates);
    const QRect field = templates->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, templates);
    QVERIFY2(field.width() >= templates->fontMetrics().horizontalAdvance(templates->currentText()),
             qPrintable(QStringLiteral("%1 px").arg(field.width())));
}

void TestLibraryTools::duplicateColumnsShowWholeTexts_data()
{
    test::addLanguageRows();
}

// Every column but the folder is as wide as its header and its entries ("Modified" lost its
// time); the folder takes the rest.
void TestLibraryTools::duplicateColumnsShowWholeTexts()
{
    QFETCH(QString, language);
    const test::Language interface(language);
    QVERIFY(interface.loaded());
    const QString folder = path(QStringLiteral("columns-") + language);
    QVERIFY(QDir().mkpath(folder));
    const vips::VImage photo = test::syntheticPhoto(41, 320, 240);
    test::savePhoto(photo, folder + QStringLiteral("/a.jpg"));
    test::savePhoto(photo.resize(0.5), folder + QStringLiteral("/a-small.jpg"));
    catalog::Catalog cat(QStringLiteral(":memory:"));
    QUndoStack undo;
    ui::DuplicatesWindow d(&cat, &undo);
    d.setPlaces({folder});
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QSignalSpy finished(&d, &ui::DuplicatesWindow::scanFinished);
    d.scan();
    QVERIFY(finished.wait(30000));
    QCOMPARE(d.tree()->topLevelItemCount(), 1);
    QTreeWidget *tree = d.tree();
    QHeaderView *header = tree->header();
    const int margins = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    const QTreeWidgetItem *member = tree->topLevelItem(0)->child(0);
    for (int column = 1; column < tree->columnCount() - 1; ++column) {
        const QString text = member->text(column);
        const QString title = tree->headerItem()->text(column);
        const int needs = std::max(tree->fontMetrics().horizontalAdvance(text) + margins,
                                   header->sectionSizeHint(column));
        QVERIFY2(header->sectionSize(column) >= needs,
                 qPrintable(QStringLiteral("%1: “%2” in %3 px, needs %4")
                                .arg(title, text)
                                .arg(header->sectionSize(column))
                                .arg(needs)));
    }
    QVERIFY(header->stretchLastSection());
    // The summary's two sentences: a space after an English full stop, none after a Chinese one.
    const QString status = d.findChild<QLabel *>(QStringLiteral("duplicateStatus"))->text();
    const QString glue =
        language == QLatin1String("zh_CN") ? QStringLiteral("。1") : QStringLiteral(". 1");
    QVERIFY2(status.contains(glue), qPrintable(status));
}

QTEST_MAIN(TestLibraryTools)
#include "test_librarytools.moc"
