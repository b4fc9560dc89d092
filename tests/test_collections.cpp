// Collections: albums and smart collections kept in the catalogue across a reopen, members that
// follow renames, moves and the trash made through core/files, a smart collection that finds
// what its filter finds, and export as links or copies.

#include "catalog/catalog.h"
#include "catalog/collections.h"
#include "catalog/picturehashstore.h"
#include "common/error.h"
#include "files/fileops.h"
#include "support/testimages.h"

#include <QtTest>

using namespace ad;

namespace
{

QString touch(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) qFatal("cannot write");
    return path;
}

// Moves a file as another program would (mv keeps the modification time).
QString moveOutside(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (!QFile::rename(from, to)) qFatal("cannot move");
    return to;
}

void setModified(const QString &path, const QDateTime &when)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.setFileTime(when, QFileDevice::FileModificationTime))
        qFatal("cannot set the time");
}

// What the window records when it lists a folder.
void listFolder(catalog::Catalog &cat, const QString &folder)
{
    QList<catalog::Catalog::FileFacts> facts;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files))
        facts.append({info.absoluteFilePath(), info.size(), info.lastModified(), {}});
    cat.recordMany(facts);
}

void record(catalog::Catalog &cat, const QStringList &paths)
{
    for (const QString &p : paths) {
        const QFileInfo info(p);
        cat.record(p, info.size(), info.lastModified());
    }
}

} // namespace

class TestCollections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void persistAcrossReopen();
    void followRenamesMovesAndTrash();
    void followMovesMadeOutsideTheApp();
    void smartFindsWhatTheFilterFinds();
    void queryRoundTrip();
    void refusals();
    void exportLinksAndCopies();
};

void TestCollections::persistAcrossReopen()
{
    QTemporaryDir dir;
    const QString a =
        touch(dir.filePath(QStringLiteral("a/one.jpg")), test::makeImage(8, 8, "jpg"));
    const QString b =
        touch(dir.filePath(QStringLiteral("b/two.png")), test::makeImage(8, 8, "png"));
    const QString object = QStringLiteral("cos://photos-1250000000/2024/three.jpg");
    const QString file = dir.filePath(QStringLiteral("catalog.sqlite"));
    qint64 trip = 0, best = 0, empty = 0;
    {
        catalog::Catalog cat(file);
        catalog::CollectionStore store(cat);
        trip = store.createAlbum(QStringLiteral("Trip 2024"));
        best = store.createAlbum(QStringLiteral("Best"));
        empty = store.createSmart(QStringLiteral("  Five stars "), catalog::Query{.minRating = 5});
        store.add(trip, {a, b, object});
        store.add(trip, {a}); // twice is once
        store.add(best, {a}); // a file can be in many
    }
    catalog::Catalog cat(file);
    catalog::CollectionStore store(cat);
    const QList<catalog::Collection> all = store.all();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].name, QStringLiteral("Best"));
    QCOMPARE(all[1].name, QStringLiteral("Five stars")); // trimmed
    QVERIFY(all[1].smart());
    QCOMPARE(all[1].query->minRating, 5);
    QCOMPARE(all[2].id, trip);
    QCOMPARE(store.members(trip), (QStringList{a, object, b})); // by name
    QCOMPARE(store.members(best), QStringList{a});
    QVERIFY(store.members(empty).isEmpty());
    cat.setRating({b}, 5);
    QCOMPARE(store.members(empty), QStringList{b});
    store.removeFrom(trip, {object});
    QCOMPARE(store.members(trip), (QStringList{a, b}));
    store.rename(best, QStringLiteral("Favourites"));
    QCOMPARE(store.collection(best)->name, QStringLiteral("Favourites"));
    store.remove(best);
    QVERIFY(!store.collection(best));
    QVERIFY(QFile::exists(a)); // removing a collection never touches its files
    QCOMPARE(store.members(trip), (QStringList{a, b}));
}

void TestCollections::followRenamesMovesAndTrash()
{
    QTemporaryDir dir;
    const QString a =
        touch(dir.filePath(QStringLiteral("in/one.jpg")), test::makeImage(8, 8, "jpg"));
    const QString b =
        touch(dir.filePath(QStringLiteral("in/deep/two.jpg")), test::makeImage(9, 9, "jpg"));
    const QString file = dir.filePath(QStringLiteral("catalog.sqlite"));
    qint64 album = 0;
    {
        catalog::Catalog cat(file);
        record(cat, {a, b});
        catalog::CollectionStore store(cat);
        album = store.createAlbum(QStringLiteral("Album"));
        store.add(album, {a, b});
    }
    catalog::Catalog cat(file);
    catalog::CollectionStore store(cat);
    // A rename, as the window's file commands report it to the catalogue.
    const QString renamed = files::rename(a, QStringLiteral("first.jpg")).first().second;
    cat.moved(a, renamed);
    QCOMPARE(store.members(album), (QStringList{renamed, b}));
    // A move into another folder.
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("elsewhere"))));
    const files::Moves moved =
        files::moveInto({renamed}, dir.filePath(QStringLiteral("elsewhere")));
    for (const auto &[from, to] : moved)
        cat.moved(from, to);
    const QString there = dir.filePath(QStringLiteral("elsewhere/first.jpg"));
    QCOMPARE(store.members(album), (QStringList{there, b}));
    // A folder move carries the file below it.
    const QString folder =
        files::rename(dir.filePath(QStringLiteral("in/deep")), QStringLiteral("deeper"))
            .first()
            .second;
    cat.moved(dir.filePath(QStringLiteral("in/deep")), folder);
    const QString b2 = folder + QStringLiteral("/two.jpg");
    QVERIFY(QFile::exists(b2));
    QCOMPARE(store.members(album), (QStringList{there, b2}));
    // The trash and its undo: the member goes with the file and comes back.
    const files::Moves trashed = files::moveToTrash({b2});
    for (const auto &[from, to] : trashed)
        cat.moved(from, to);
    QCOMPARE(store.members(album).size(), 2);
    files::undoMoves(trashed);
    for (const auto &[from, to] : trashed)
        cat.moved(to, from);
    QCOMPARE(store.members(album), (QStringList{there, b2}));
    // Gone from its folder: a rescan keeps it in the album (it may have been moved outside
    // the app and come back in another folder); taken out of the album, it is purged.
    QVERIFY(QFile::remove(there));
    QCOMPARE(cat.purgeMissing(dir.path()), 0);
    QCOMPARE(store.members(album), (QStringList{there, b2}));
    store.removeFrom(album, {there});
    QCOMPARE(cat.purgeMissing(dir.path()), 1);
    QCOMPARE(store.members(album), QStringList{b2});
}

// Files moved or renamed by other programs keep their album places and ratings once their new
// folder is listed: the entry whose file vanished with the same size and mtime is re-linked.
// A copy (its original still there) and an unrelated file are new entries.
void TestCollections::followMovesMadeOutsideTheApp()
{
    QTemporaryDir dir;
    const QString one =
        touch(dir.filePath(QStringLiteral("in/one.jpg")), test::makeImage(8, 8, "jpg"));
    const QString two =
        touch(dir.filePath(QStringLiteral("in/two.png")), test::makeImage(9, 9, "png"));
    const QString three =
        touch(dir.filePath(QStringLiteral("in/three.jpg")), test::makeImage(7, 7, "jpg"));
    catalog::Catalog cat(QStringLiteral(":memory:"));
    catalog::CollectionStore store(cat);
    listFolder(cat, dir.filePath(QStringLiteral("in")));
    const qint64 album = store.createAlbum(QStringLiteral("Trip"));
    store.add(album, {one, two});
    cat.setRating({one}, 4);
    cat.addTags({two}, {QStringLiteral("places/asia")});

    const QString moved = moveOutside(one, dir.filePath(QStringLiteral("sorted/2024/beach.jpg")));
    QCOMPARE(cat.purgeMissing(dir.filePath(QStringLiteral("in"))), 0); // a rescan first: kept
    const QString renamed = moveOutside(two, dir.filePath(QStringLiteral("in/two-final.png")));
    const QString copy = dir.filePath(QStringLiteral("sorted/2024/three.jpg"));
    QVERIFY(QFile::copy(three, copy));
    setModified(copy, QFileInfo(three).lastModified());
    listFolder(cat, dir.filePath(QStringLiteral("sorted/2024")));
    listFolder(cat, dir.filePath(QStringLiteral("in")));

    QCOMPARE(store.members(album), (QStringList{moved, renamed})); // beach, two-final
    QCOMPARE(cat.entry(moved)->rating, 4);
    QCOMPARE(cat.entry(renamed)->tags, QStringList{QStringLiteral("places/asia")});
    QVERIFY(!cat.entry(one));
    QVERIFY(!cat.entry(two));
    QVERIFY(cat.entry(three)); // the original keeps its entry, the copy has its own
    QVERIFY(cat.entry(copy));
    QCOMPARE(cat.count(), 4);
    catalog::Query byName;
    byName.text = QStringLiteral("beach");
    QCOMPARE(cat.search(byName), QStringList{moved}); // its name is searchable

    // Two pictures of one size and time vanish together: the stored content hash tells which
    // came back under a new name; without one the name decides, and a new name stays unsure.
    const QDateTime when = QDateTime::currentDateTime().addDays(-3);
    const QString x = touch(dir.filePath(QStringLiteral("pair/x.jpg")), QByteArray(500, 'x'));
    const QString y = touch(dir.filePath(QStringLiteral("pair/y.jpg")), QByteArray(500, 'y'));
    const QString u = touch(dir.filePath(QStringLiteral("pair/u.jpg")), QByteArray(500, 'u'));
    const QString v = touch(dir.filePath(QStringLiteral("pair/v.jpg")), QByteArray(500, 'v'));
    const QString w = touch(dir.filePath(QStringLiteral("pair/w.jpg")), QByteArray(500, 'w'));
    for (const QString &p : {x, y, u, v, w})
        setModified(p, when.addSecs(QStringList{x, y}.contains(p) ? 0 : 60));
    listFolder(cat, dir.filePath(QStringLiteral("pair")));
    catalog::PictureHashStore hashes(cat);
    QList<catalog::HashedPicture> stored;
    for (const QString &p : {x, y}) {
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadOnly));
        imaging::PictureHashes h;
        h.content = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        stored.append({{p, 500, QFileInfo(p).lastModified()}, h});
    }
    hashes.store(stored);
    const qint64 xId = cat.entryId(x), yId = cat.entryId(y), uId = cat.entryId(u);
    const QString yNew = moveOutside(y, dir.filePath(QStringLiteral("pair2/renamed.jpg")));
    const QString xNew = moveOutside(x, dir.filePath(QStringLiteral("pair2/x-moved.jpg")));
    const QString uNew = moveOutside(u, dir.filePath(QStringLiteral("pair2/u.jpg")));
    const QString vNew = moveOutside(v, dir.filePath(QStringLiteral("pair2/a1.jpg")));
    const QString wNew = moveOutside(w, dir.filePath(QStringLiteral("pair2/a2.jpg")));
    const int before = cat.count();
    listFolder(cat, dir.filePath(QStringLiteral("pair2")));
    QCOMPARE(cat.entryId(yNew), yId); // by content, though listed first under a new name
    QCOMPARE(cat.entryId(xNew), xId);
    QCOMPARE(cat.entryId(uNew), uId); // by name
    // a1 and a2 could each be v or w: new entries, the old ones left for a rescan to purge.
    QVERIFY(cat.entry(v) && cat.entry(w));
    QCOMPARE(cat.count(), before + 2);
    QVERIFY(cat.entry(vNew) && cat.entry(wNew));
}

void TestCollections::smartFindsWhatTheFilterFinds()
{
    QTemporaryDir dir;
    catalog::Catalog cat(QStringLiteral(":memory:"));
    QStringList paths;
    for (int i = 0; i < 8; ++i)
        paths << touch(dir.filePath(QStringLiteral("f%1.%2").arg(i).arg(i % 2 ? "jpg" : "png")),
                       i % 2 ? test::makeImage(8, 8, "jpg") : test::makeImage(8, 8, "png"));
    paths << touch(dir.filePath(QStringLiteral("notes.txt")), "plain words");
    record(cat, paths);
    cat.setRating({paths[1], paths[3], paths[4]}, 4);
    cat.setRating({paths[5]}, 2);
    cat.addTags({paths[1], paths[4], paths[8]}, {QStringLiteral("sea")});
    cat.setFavourite({paths[3]}, true);
    catalog::CollectionStore store(cat);
    const QList<catalog::Query> filters{
        {.kinds = {catalog::Kind::Image}, .minRating = 3},
        {.extensions = {QStringLiteral("jpg")}, .tags = {QStringLiteral("sea")}},
        {.text = QStringLiteral("f1")},
        {.favouritesOnly = true, .under = dir.path()},
        {.tags = {QStringLiteral("sea")}},
    };
    for (const catalog::Query &filter : filters) {
        const qint64 id = store.createSmart(QStringLiteral("smart"), filter);
        const QStringList found = cat.search(filter);
        QVERIFY(!found.isEmpty());
        QCOMPARE(store.members(id), found);
    }
    QCOMPARE(cat.search(filters[0]), (QStringList{paths[1], paths[3], paths[4]}));
    QCOMPARE(cat.search(filters[1]), QStringList{paths[1]});
    // Saved, not frozen: a new rating shows the next time it is opened.
    const qint64 rated = store.createSmart(QStringLiteral("rated"), filters[0]);
    cat.setRating({paths[6]}, 5);
    QCOMPARE(store.members(rated), (QStringList{paths[1], paths[3], paths[4], paths[6]}));
}

void TestCollections::queryRoundTrip()
{
    catalog::Query q;
    q.text = QStringLiteral("海边 sunset");
    q.kinds = {catalog::Kind::Video, catalog::Kind::Image};
    q.extensions = {QStringLiteral("mp4"), QStringLiteral("jpg")};
    q.minSize = 1024;
    q.maxSize = 5'000'000'000LL;
    q.takenFrom = QDateTime::fromMSecsSinceEpoch(1'600'000'000'123);
    q.modifiedTo = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000);
    q.tags = {QStringLiteral("a/b"), QStringLiteral("c")};
    q.minRating = 3;
    q.favouritesOnly = true;
    q.label = 0; // "no label" is a filter too, not "any label"
    q.under = QStringLiteral("/photos");
    const catalog::Query back = catalog::queryFromText(catalog::queryToText(q));
    QCOMPARE(back.text, q.text);
    QCOMPARE(back.kinds, q.kinds);
    QCOMPARE(back.extensions, q.extensions);
    QCOMPARE(back.minSize, q.minSize);
    QCOMPARE(back.maxSize, q.maxSize);
    QCOMPARE(back.takenFrom, q.takenFrom);
    QVERIFY(!back.takenTo);
    QVERIFY(!back.modifiedFrom);
    QCOMPARE(back.modifiedTo, q.modifiedTo);
    QCOMPARE(back.tags, q.tags);
    QCOMPARE(back.minRating, 3);
    QVERIFY(back.favouritesOnly);
    QCOMPARE(back.label, std::optional<int>(0));
    QCOMPARE(back.under, q.under);
    QVERIFY(!catalog::queryFromText(catalog::queryToText({})).label);
}

void TestCollections::refusals()
{
    catalog::Catalog cat(QStringLiteral(":memory:"));
    catalog::CollectionStore store(cat);
    const qint64 smart = store.createSmart(QStringLiteral("s"), {});
    const auto code = [](auto fn) {
        try {
            fn();
        } catch (const ProcessingError &e) {
            return e.error().code;
        }
        return ErrorCode::DocEmpty; // nothing thrown: no code of this kind
    };
    QCOMPARE(code([&] { store.add(smart, {QStringLiteral("/x.jpg")}); }),
             ErrorCode::InvalidArgument);
    QCOMPARE(code([&] { store.createAlbum(QStringLiteral("   ")); }), ErrorCode::InvalidArgument);
    QCOMPARE(code([&] { store.rename(smart, QString()); }), ErrorCode::InvalidArgument);
    QCOMPARE(store.all().size(), 1);
}

void TestCollections::exportLinksAndCopies()
{
    QTemporaryDir dir;
    const QByteArray one = test::makeImage(16, 8, "jpg"), two = test::makeImage(8, 16, "png");
    const QString a = touch(dir.filePath(QStringLiteral("x/pic.jpg")), one);
    const QString b = touch(dir.filePath(QStringLiteral("y/pic.jpg")), two); // same name
    const QStringList members{a, b, QStringLiteral("s3://bucket/remote.jpg")};
    const QString links = dir.filePath(QStringLiteral("out/links"));
    const catalog::ExportResult linked =
        catalog::exportMembers(members, links, catalog::ExportMode::Links);
    QCOMPARE(linked.skipped, QStringList{QStringLiteral("s3://bucket/remote.jpg")});
    QCOMPARE(QDir(links).entryList(QDir::Files | QDir::System, QDir::Name),
             (QStringList{QStringLiteral("pic (1).jpg"), QStringLiteral("pic.jpg")}));
    QCOMPARE(QFileInfo(links + QStringLiteral("/pic.jpg")).symLinkTarget(), a);
    QCOMPARE(QFileInfo(links + QStringLiteral("/pic (1).jpg")).symLinkTarget(), b);
    const QString copies = dir.filePath(QStringLiteral("out/copies"));
    const catalog::ExportResult copied =
        catalog::exportMembers(members, copies, catalog::ExportMode::Copies);
    QCOMPARE(copied.written.size(), 2);
    QVERIFY(!QFileInfo(copies + QStringLiteral("/pic.jpg")).isSymLink());
    QCOMPARE(test::readFile(copies + QStringLiteral("/pic.jpg")), one);
    QCOMPARE(test::readFile(copies + QStringLiteral("/pic (1).jpg")), two);
    // Again into the same folder: nothing is overwritten.
    catalog::exportMembers({a}, copies, catalog::ExportMode::Copies);
    QCOMPARE(test::readFile(copies + QStringLiteral("/pic (1).jpg")), two);
    QCOMPARE(test::readFile(copies + QStringLiteral("/pic (2).jpg")), one);
}

QTEST_GUILESS_MAIN(TestCollections)
#include "test_collections.moc"
