// The librarian's tools in the window, driven offscreen: Find Duplicates groups a resized and a
// recompressed copy with their original, moves all but the best to the trash and brings them
// back with Undo; a collection made in Sources takes dropped files, shows them in the content
// area and follows a rename; a smart collection shows what the filter bar finds; Show on Map
// hands a geo: link to the desktop.

#include "catalog/catalog.h"
#include "catalog/collections.h"
#include "collectionspanel.h"
#include "collectionview.h"
#include "contentview.h"
#include "duplicateswindow.h"
#include "files/fileops.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "sourcespanel.h"
#include "support/syntheticphoto.h"
#include "support/testimages.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDropEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTreeWidget>

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
    void albumInSources();
    void smartCollectionShowsTheFilter();
    void showOnMapOpensGeoLink();

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
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("scanButton")), Qt::LeftButton);
    QVERIFY(d->scanning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!d->scanning());
    QCOMPARE(d->groups().size(), 1);
    QCOMPARE(d->tree()->topLevelItemCount(), 1);
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
    QVERIFY(marked.contains(QFileInfo(half).absoluteFilePath()));
    // By file size the original (q92) is kept and the q60 goes.
    d->markAllButBest(catalog::KeepRule::Size);
    marked = d->marked();
    QCOMPARE(marked.size(), 2);
    QVERIFY(!marked.contains(QFileInfo(original).absoluteFilePath()));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("trashMarkedButton")),
                      Qt::LeftButton);
    QVERIFY(QFile::exists(original));
    QVERIFY(!QFile::exists(half));
    QVERIFY(!QFile::exists(q60));
    QCOMPARE(QDir(path(QStringLiteral("data/Trash/files"))).entryList(QDir::Files).size(), 2);
    QCOMPARE(d->tree()->topLevelItemCount(), 0); // nothing left to compare it with
    auto *undo = d->findChild<QPushButton *>(QStringLiteral("undoTrashButton"));
    QVERIFY(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(QFile::exists(half));
    QVERIFY(QFile::exists(q60));
    QCOMPARE(QDir(path(QStringLiteral("data/Trash/files"))).entryList(QDir::Files).size(), 0);
    QCOMPARE(d->tree()->topLevelItemCount(), 1);
    QCOMPARE(d->tree()->topLevelItem(0)->childCount(), 3);
    // The slider regroups without a new scan: exact copies only finds none here.
    d->findChild<QSlider *>(QStringLiteral("similaritySlider"))->setValue(-1);
    QCOMPARE(d->tree()->topLevelItemCount(), 0);
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
        const QString renamed = files::rename(a, QStringLiteral("a-renamed.png"));
        cat.moved(a, renamed);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(w.collectionView()->members(), (QStringList{renamed, b}));
        // Opening a folder leaves the collection.
        w.openFolder(folder);
        QVERIFY(!w.collectionView()->isVisible());
        QVERIFY(w.content()->isVisible());
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
    // Smart collections take no drops, and say so in their tooltip.
    QVERIFY(w.collectionsPanel()->list()->item(0)->toolTip().contains(QStringLiteral("filter")));
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

QTEST_MAIN(TestLibraryTools)
#include "test_librarytools.moc"
