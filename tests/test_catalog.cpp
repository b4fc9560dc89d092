// The catalogue: user data on files and folders, batch edits, search (incl. Chinese names),
// filters, moves and renames, purging of files deleted outside the application, migrations.

#include "catalog/catalog.h"
#include "catalog/entryreader.h"
#include "catalog/folderrecording.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ad::catalog;

namespace
{
// A query for words only (the other filters stay unset).
Query textQuery(const QString &text)
{
    Query q;
    q.text = text;
    return q;
}
} // namespace

class CatalogTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString touch(const QString &relative, qint64 bytes = 10)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(bytes, 'x'));
        return path;
    }
    static QStringList names(const QStringList &paths)
    {
        QStringList out;
        for (const QString &p : paths)
            out << QFileInfo(p).fileName();
        return out;
    }

private Q_SLOTS:
    void userDataAndBatchEdits()
    {
        Catalog c(QStringLiteral(":memory:"));
        const QString a = touch(QStringLiteral("u/a.jpg"));
        const QString b = touch(QStringLiteral("u/b.png"));
        const QString folder = m_dir.filePath(QStringLiteral("u"));
        c.setRating({a, b}, 4);
        c.setFavourite({a}, true);
        c.setLabel({b}, 3);
        c.setNote({a}, QStringLiteral("cover candidate"));
        c.addTags({a, b, folder}, {QStringLiteral("trip"), QStringLiteral("2024")});
        c.removeTags({b}, {QStringLiteral("2024")});
        const Entry ea = c.entry(a).value();
        QCOMPARE(ea.rating, 4);
        QVERIFY(ea.favourite);
        QCOMPARE(ea.note, QStringLiteral("cover candidate"));
        QCOMPARE(ea.tags, (QStringList{QStringLiteral("2024"), QStringLiteral("trip")}));
        QCOMPARE(ea.kind, Kind::Image);
        QCOMPARE(c.entry(b)->tags, QStringList{QStringLiteral("trip")});
        QCOMPARE(c.entry(b)->label, 3);
        QCOMPARE(c.entry(folder)->kind, Kind::Folder); // tags on folders too
        c.setRating({a}, 9);
        QCOMPARE(c.entry(a)->rating, 5); // clamped to five stars
        QCOMPARE(c.allTags(), (QStringList{QStringLiteral("2024"), QStringLiteral("trip")}));
        // record() keeps what the user set.
        c.record(a, 1234, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(c.entry(a)->rating, 5);
        QCOMPARE(c.entry(a)->size, 1234);
    }

    // A folder listed again writes only what changed, and what changed is written: a file that
    // grew, one touched, one new, and one in a subfolder beside an unchanged one.
    void folderListedAgainRecordsChanges()
    {
        Catalog c(QStringLiteral(":memory:"));
        const QDateTime t(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
        const QString a = touch(QStringLiteral("r/a.jpg"));
        const QString b = touch(QStringLiteral("r/b.jpg"));
        const QString sub = touch(QStringLiteral("r/sub/c.jpg"));
        const QString other = touch(QStringLiteral("r0/d.jpg")); // sorts right after "r/"
        c.recordMany({{a, 10, t, {}}, {b, 10, t, {}}, {sub, 10, t, {}}, {other, 10, t, {}}});
        c.setRating({a, b}, 3);
        const QString n = touch(QStringLiteral("r/new.jpg"));
        c.recordMany({{a, 10, t, {}},
                      {b, 20, t.addSecs(5), {}},
                      {sub, 10, t.addSecs(60), {}},
                      {other, 30, t, {}},
                      {n, 7, t, {}}});
        QCOMPARE(c.entry(a)->size, 10);
        QCOMPARE(c.entry(a)->rating, 3);
        QCOMPARE(c.entry(b)->size, 20);
        QCOMPARE(c.entry(b)->modified, t.addSecs(5));
        QCOMPARE(c.entry(b)->rating, 3);
        QCOMPARE(c.entry(sub)->modified, t.addSecs(60));
        QCOMPARE(c.entry(other)->size, 30);
        QCOMPARE(c.entry(n)->size, 7);
        // A capture date given with unchanged size and time still lands.
        c.recordMany({{a, 10, t, t.addDays(-3)}});
        QCOMPARE(c.entry(a)->taken, t.addDays(-3));
    }

    // A shown folder is recorded off the caller's thread through a connection of the worker's
    // own on the catalogue's file; an in-memory catalogue gets the listing back to record itself.
    void folderRecordedInTheBackground()
    {
        const QString a = touch(QStringLiteral("bg/a.jpg"), 11);
        const QString b = touch(QStringLiteral("bg/b.png"), 12);
        touch(QStringLiteral("bg/a.jpg.xmp")); // a sidecar is no asset
        const QString folder = m_dir.filePath(QStringLiteral("bg"));
        const QString file = m_dir.filePath(QStringLiteral("bg.sqlite"));
        Catalog c(file);
        c.setRating({a}, 2);
        auto stop = std::make_shared<std::atomic_bool>(false);
        QFuture<FileFactsList> done = recordFolderAsync(folder, file, stop);
        QTRY_VERIFY(done.isFinished());
        QVERIFY(done.result().isEmpty()); // all written by the worker
        QCOMPARE(c.entry(a)->size, 11);
        QCOMPARE(c.entry(a)->rating, 2); // user data kept
        QCOMPARE(c.entry(b)->size, 12);
        QVERIFY(!c.entry(a + QStringLiteral(".xmp")));

        QFuture<FileFactsList> listed = recordFolderAsync(folder, QStringLiteral(":memory:"), stop);
        QTRY_VERIFY(listed.isFinished());
        QStringList paths;
        for (const Catalog::FileFacts &f : listed.result())
            paths << f.path;
        paths.sort();
        QCOMPARE(paths, (QStringList{a, b}));

        // Stopped before it starts: nothing written.
        const QString late = touch(QStringLiteral("bg/late.jpg"));
        *stop = true;
        QFuture<FileFactsList> stopped = recordFolderAsync(folder, file, stop);
        QTRY_VERIFY(stopped.isFinished());
        QVERIFY(!c.entry(late));
    }

    // Entries read on the reader's own connection and thread, one per path asked, in order.
    void entriesReadOffTheCallersThread()
    {
        const QString a = touch(QStringLiteral("er/a.jpg"));
        const QString b = touch(QStringLiteral("er/b.jpg"));
        const QString file = m_dir.filePath(QStringLiteral("er.sqlite"));
        Catalog c(file);
        c.setRating({a}, 4);
        c.setLabel({b}, 2);
        EntryReader reader;
        QMutex lock;
        QList<Entry> got;
        Qt::HANDLE on = nullptr;
        bool done = false;
        reader.read(file, {b, m_dir.filePath(QStringLiteral("er/none.jpg")), a},
                    [&](const QList<Entry> &read) {
                        const QMutexLocker locked(&lock);
                        got = read;
                        on = QThread::currentThreadId();
                        done = true;
                    });
        QTRY_VERIFY([&] {
            const QMutexLocker locked(&lock);
            return done;
        }());
        QVERIFY(on != QThread::currentThreadId());
        QCOMPARE(got.size(), 3);
        QCOMPARE(got[0].label, 2);
        QCOMPARE(got[1].rating, 0);
        QCOMPARE(got[2].rating, 4);
        // A file that is no catalogue gives empty entries, one per path.
        const QString bogus = touch(QStringLiteral("er/not-a-db.sqlite"), 100);
        done = false;
        reader.read(bogus, {a}, [&](const QList<Entry> &read) {
            const QMutexLocker locked(&lock);
            got = read;
            done = true;
        });
        QTRY_VERIFY([&] {
            const QMutexLocker locked(&lock);
            return done;
        }());
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0].rating, 0);
    }

    void searchesNamesNotesAndTags()
    {
        Catalog c(QStringLiteral(":memory:"));
        const QString cn = touch(QStringLiteral("s/样张-风景照片.png"));
        const QString beach = touch(QStringLiteral("s/beach sunset.jpg"));
        const QString report = touch(QStringLiteral("s/report.pdf"));
        c.addTags({cn}, {QStringLiteral("旅行")});
        c.setNote({report}, QStringLiteral("quarterly numbers"));
        for (const QString &p : {cn, beach, report})
            c.record(p, 10, QDateTime::currentDateTimeUtc());
        QCOMPARE(names(c.search(textQuery(QStringLiteral("风景照")))),
                 QStringList{QStringLiteral("样张-风景照片.png")}); // trigram
        QCOMPARE(names(c.search(textQuery(QStringLiteral("风景")))),
                 QStringList{QStringLiteral("样张-风景照片.png")}); // 2 characters
        QCOMPARE(names(c.search(textQuery(QStringLiteral("旅行")))),
                 QStringList{QStringLiteral("样张-风景照片.png")}); // a tag
        QCOMPARE(names(c.search(textQuery(QStringLiteral("SUNSET")))),
                 QStringList{QStringLiteral("beach sunset.jpg")}); // case
        QCOMPARE(names(c.search(textQuery(QStringLiteral("quarterly")))),
                 QStringList{QStringLiteral("report.pdf")}); // a note
        QCOMPARE(names(c.search(textQuery(QStringLiteral("beach sun")))),
                 QStringList{QStringLiteral("beach sunset.jpg")});
        QVERIFY(c.search(textQuery(QStringLiteral("nothing-like-this"))).isEmpty());
        QVERIFY(c.search(textQuery(QStringLiteral("50%_\"")))
                    .isEmpty()); // special characters are plain text
    }

    void filters()
    {
        Catalog c(QStringLiteral(":memory:"));
        const QDateTime day(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
        const QString small = touch(QStringLiteral("f/small.jpg"));
        const QString big = touch(QStringLiteral("f/big.png"));
        const QString clip = touch(QStringLiteral("f/sub/clip.mp4"));
        c.record(small, 100, day, day);
        c.record(big, 5000000, day.addDays(10), day.addDays(-100));
        c.record(clip, 800000, day.addDays(20));
        c.setRating({big}, 5);
        c.setFavourite({clip}, true);
        c.addTags({small, big}, {QStringLiteral("print")});
        Query q;
        q.kinds = {Kind::Image};
        QCOMPARE(names(c.search(q)),
                 (QStringList{QStringLiteral("big.png"), QStringLiteral("small.jpg")}));
        q = {};
        q.extensions = {QStringLiteral("MP4")};
        QCOMPARE(names(c.search(q)), QStringList{QStringLiteral("clip.mp4")});
        q = {};
        q.minSize = 1000;
        q.maxSize = 1000000;
        QCOMPARE(names(c.search(q)), QStringList{QStringLiteral("clip.mp4")});
        q = {};
        q.takenFrom = day.addDays(-1);
        QCOMPARE(names(c.search(q)), QStringList{QStringLiteral("small.jpg")});
        q = {};
        q.modifiedFrom = day.addDays(5);
        q.modifiedTo = day.addDays(15);
        QCOMPARE(names(c.search(q)), QStringList{QStringLiteral("big.png")});
        q = {};
        q.tags = {QStringLiteral("print")};
        q.minRating = 4;
        QCOMPARE(names(c.search(q)), QStringList{QStringLiteral("big.png")});
        q = {};
        q.favouritesOnly = true;
        QCOMPARE(names(c.search(q)), QStringList{QStringLiteral("clip.mp4")});
        q = {};
        q.under = m_dir.filePath(QStringLiteral("f/sub"));
        QCOMPARE(names(c.search(q)), QStringList{QStringLiteral("clip.mp4")});
    }

    void followsMovesAndPurges()
    {
        Catalog c(QStringLiteral(":memory:"));
        const QString folder = m_dir.filePath(QStringLiteral("m/album"));
        const QString photo = touch(QStringLiteral("m/album/p.jpg"));
        const QString other =
            touch(QStringLiteral("m/album-two/q.jpg")); // shares a prefix, not a folder
        c.setRating({photo, other}, 3);
        c.addTags({folder}, {QStringLiteral("family")});
        // Rename of a file, then of its folder: the data follow.
        const QString renamed = m_dir.filePath(QStringLiteral("m/album/p2.jpg"));
        QFile::rename(photo, renamed);
        c.moved(photo, renamed);
        QCOMPARE(c.entry(renamed)->rating, 3);
        QVERIFY(!c.entry(photo));
        QCOMPARE(names(c.search(textQuery(QStringLiteral("p2.jpg")))),
                 QStringList{QStringLiteral("p2.jpg")});
        const QString newFolder = m_dir.filePath(QStringLiteral("m/holiday"));
        QDir().rename(folder, newFolder);
        c.moved(folder, newFolder);
        QCOMPARE(c.entry(newFolder + QStringLiteral("/p2.jpg"))->rating, 3);
        QCOMPARE(c.entry(newFolder)->tags, QStringList{QStringLiteral("family")});
        QCOMPARE(c.entry(other)->rating, 3); // album-two untouched
        // Deleted outside the application: purged on rescan, tags no longer used go too.
        QFile::remove(newFolder + QStringLiteral("/p2.jpg"));
        QDir(newFolder).removeRecursively();
        const int before = c.count();
        QCOMPARE(c.purgeMissing(m_dir.filePath(QStringLiteral("m"))), 2);
        QCOMPARE(c.count(), before - 2);
        QVERIFY(!c.allTags().contains(QStringLiteral("family")));
        QVERIFY(c.entry(other));
    }

    void persistsAndMigrates()
    {
        const QString path = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        const QString photo = touch(QStringLiteral("p/keep.jpg"));
        {
            Catalog c(path);
            c.setRating({photo}, 2);
        }
        Catalog again(path);
        QCOMPARE(again.entry(photo)->rating, 2);
        // A file from before the schema (an empty database) is upgraded in place.
        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        {
            QFile f(empty);
            f.open(QIODevice::WriteOnly);
        }
        Catalog upgraded(empty);
        upgraded.setFavourite({photo}, true);
        QVERIFY(upgraded.entry(photo)->favourite);
    }
};

QTEST_GUILESS_MAIN(CatalogTest)
#include "test_catalog.moc"
