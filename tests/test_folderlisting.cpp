// The browser's folder listing in the core: what is read and left out, the order (natural
// names, folders first), a search's names, and the rows to remove and insert between two
// listings.

#include "files/folderlisting.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace ad::files;

namespace
{
FolderEntry file(const QString &name, qint64 size = 1, qint64 modified = 0)
{
    return {name, size, modified, false, false};
}

QStringList names(const QList<FolderEntry> &entries)
{
    QStringList out;
    for (const FolderEntry &e : entries)
        out << e.name;
    return out;
}

void write(const QString &path, const QByteArray &data, const QDateTime &modified)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.flush(); // else the write at close sets the time again
    QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
}
} // namespace

class FolderListingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // As the application sets it: natural order needs a language (the C locale's collator
        // compares digits as characters).
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void readsWhatTheBrowserShows()
    {
        QTemporaryDir dir;
        const QDateTime when(QDate(2024, 5, 6), QTime(7, 8, 9, 250));
        write(dir.filePath(QStringLiteral("photo.jpg")), "12345", when);
        write(dir.filePath(QStringLiteral("photo.jpg.xmp")), "<x/>", when); // a sidecar
        write(dir.filePath(QStringLiteral(".hidden")), "h", when);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("album.xmp"))); // a folder, not a sidecar
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("sub")),
                            dir.filePath(QStringLiteral("to-sub"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone")),
                            dir.filePath(QStringLiteral("broken"))));

        QList<FolderEntry> entries = readFolder(dir.path());
        sortEntries(entries, FolderColumn::Name, Qt::AscendingOrder);
        QCOMPARE(names(entries),
                 (QStringList{QStringLiteral("album.xmp"), QStringLiteral("sub"),
                              QStringLiteral("to-sub"), QStringLiteral("photo.jpg")}));
        const FolderEntry &photo = entries[3];
        QCOMPARE(photo.size, 5);
        QCOMPARE(photo.modifiedMs, when.toMSecsSinceEpoch());
        QVERIFY(!photo.dir && !photo.symlink);
        QVERIFY(entries[1].dir && !entries[1].symlink);
        QVERIFY(entries[2].dir && entries[2].symlink); // a link to a folder lists as a folder
        QVERIFY(readFolder(dir.filePath(QStringLiteral("missing"))).isEmpty());
    }

    void sortsNaturallyWithFoldersFirst()
    {
        QList<FolderEntry> entries{file(QStringLiteral("img10.jpg"), 30, 1),
                                   file(QStringLiteral("IMG2.jpg"), 10, 3),
                                   file(QStringLiteral("img1.jpg"), 20, 2),
                                   {QStringLiteral("zeta"), 0, 0, true, false},
                                   {QStringLiteral("Alpha"), 0, 9, true, false},
                                   file(QStringLiteral("notes.txt"), 20, 4)};
        sortEntries(entries, FolderColumn::Name, Qt::AscendingOrder);
        QCOMPARE(names(entries),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("zeta"),
                              QStringLiteral("img1.jpg"), QStringLiteral("IMG2.jpg"),
                              QStringLiteral("img10.jpg"), QStringLiteral("notes.txt")}));
        // Descending: folders still first and A to Z; files reversed.
        sortEntries(entries, FolderColumn::Name, Qt::DescendingOrder);
        QCOMPARE(names(entries),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("zeta"),
                              QStringLiteral("notes.txt"), QStringLiteral("img10.jpg"),
                              QStringLiteral("IMG2.jpg"), QStringLiteral("img1.jpg")}));
        // By size, equal sizes by name.
        sortEntries(entries, FolderColumn::Size, Qt::AscendingOrder);
        QCOMPARE(names(entries).mid(2),
                 (QStringList{QStringLiteral("IMG2.jpg"), QStringLiteral("img1.jpg"),
                              QStringLiteral("notes.txt"), QStringLiteral("img10.jpg")}));
        sortEntries(entries, FolderColumn::Modified, Qt::DescendingOrder);
        QCOMPARE(names(entries).mid(2),
                 (QStringList{QStringLiteral("notes.txt"), QStringLiteral("IMG2.jpg"),
                              QStringLiteral("img1.jpg"), QStringLiteral("img10.jpg")}));
        // By type: JPEG images before plain text, in the words of the MIME database.
        sortEntries(entries, FolderColumn::Type, Qt::AscendingOrder);
        QVERIFY(typeByName(QStringLiteral("a.jpg")) < typeByName(QStringLiteral("a.txt")));
        QCOMPARE(names(entries).last(), QStringLiteral("notes.txt"));
    }

    // A bare system's C locale (LANG=C.UTF-8, as in containers) still lists img2 before img10,
    // in the listing and in the grid's sort proxy alike.
    void sortsNaturallyInTheCLocale()
    {
        QLocale::setDefault(QLocale::c());
        QList<FolderEntry> entries{file(QStringLiteral("img10.jpg"), 1, 1),
                                   file(QStringLiteral("img2.jpg"), 1, 1),
                                   file(QStringLiteral("Img1.jpg"), 1, 1)};
        sortEntries(entries, FolderColumn::Name, Qt::AscendingOrder);
        const QCollator collator = naturalCollator();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(names(entries),
                 (QStringList{QStringLiteral("Img1.jpg"), QStringLiteral("img2.jpg"),
                              QStringLiteral("img10.jpg")}));
        QVERIFY(collator.compare(QStringLiteral("img2"), QStringLiteral("img10")) < 0);
    }

    void comparesListingsAsRowsRemovedAndInserted()
    {
        const QList<FolderEntry> before{file(QStringLiteral("a")), file(QStringLiteral("b")),
                                        file(QStringLiteral("c")), file(QStringLiteral("d")),
                                        file(QStringLiteral("e"))};
        // b deleted, c changed in place, bb and f created, a moved to the end.
        const QList<FolderEntry> after{file(QStringLiteral("bb")), file(QStringLiteral("c"), 7),
                                       file(QStringLiteral("d")),  file(QStringLiteral("e")),
                                       file(QStringLiteral("f")),  file(QStringLiteral("a"))};
        const FolderChange change = compareListings(before, after);
        QCOMPARE(change.removed, (QList<int>{0, 1}));
        QCOMPARE(change.inserted, (QList<int>{0, 4, 5}));
        QCOMPARE(change.changed, QList<int>{1});
        QCOMPARE(change.runs(), 3); // rows 0-1 removed; 0, then 4-5 inserted
        // Applied as a model applies it, the rows end as `after`.
        QStringList rows = names(before);
        for (qsizetype i = change.removed.size() - 1; i >= 0; --i)
            rows.removeAt(change.removed[i]);
        for (const int row : change.inserted)
            rows.insert(row, after[row].name);
        QCOMPARE(rows, names(after));
        QCOMPARE(compareListings(after, after).runs(), 0);
    }

    void aSearchShowsTheNamedEntriesOnly()
    {
        QTemporaryDir dir;
        for (const QString &name :
             {QStringLiteral("b.jpg"), QStringLiteral("a.jpg"), QStringLiteral("c.png")})
            write(dir.filePath(name), "x", QDateTime::currentDateTime());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        FolderRequest request;
        request.folder = dir.path();
        request.only = QSet<QString>{QStringLiteral("c.png"), QStringLiteral("a.jpg")};
        const FolderListing listing = makeListingAsync(request).result();
        QCOMPARE(names(listing.all).size(), 4);
        QCOMPARE(names(listing.shown),
                 (QStringList{QStringLiteral("a.jpg"), QStringLiteral("c.png")}));
        QCOMPARE(listing.rowOf.value(QStringLiteral("c.png")), 1);
        QCOMPARE(listing.change.inserted, (QList<int>{0, 1}));
    }
};

QTEST_GUILESS_MAIN(FolderListingTest)
#include "test_folderlisting.moc"
