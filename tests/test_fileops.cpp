// File operations with undo: trash (freedesktop), rename and template rename, new folder,
// copy and move into folders with free names.

#include "common/error.h"
#include "files/fileops.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::files;

class FileOpsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString touch(const QString &relative, const QByteArray &data = "x")
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return path;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private Q_SLOTS:
    void trashAndUndo()
    {
        const QString a = touch(QStringLiteral("t/a.jpg"), "photo");
        const Moves moved = moveToTrash({a});
        QVERIFY(!QFile::exists(a));
        QCOMPARE(read(moved.first().second),
                 QByteArray("photo")); // kept in the trash, not unlinked
        const QString info =
            QFileInfo(moved.first().second).absolutePath() + QStringLiteral("/../info/") +
            QFileInfo(moved.first().second).fileName() + QStringLiteral(".trashinfo");
        QVERIFY(QFile::exists(info)); // freedesktop trash record
        undoMoves(moved);
        QCOMPARE(read(a), QByteArray("photo"));
        QVERIFY(!QFile::exists(info));
    }

    // A trashed file takes its own sidecar along and brings it back on undo; a sidecar named
    // for the base name stays while another file of that name may share it.
    void trashTakesTheSidecar()
    {
        const QString a = touch(QStringLiteral("s/a.jpg"), "photo");
        const QString sidecar = touch(QStringLiteral("s/a.jpg.xmp"), "<xmp/>");
        const QString shared = touch(QStringLiteral("s/a.xmp"), "<shared/>");
        touch(QStringLiteral("s/a.cr2"), "raw");
        const Moves moved = moveToTrash({a});
        QCOMPARE(moved.size(), 2);
        QVERIFY(!QFile::exists(sidecar));
        QCOMPARE(read(shared), QByteArray("<shared/>"));
        undoMoves(moved);
        QCOMPARE(read(a), QByteArray("photo"));
        QCOMPARE(read(sidecar), QByteArray("<xmp/>"));
    }

    // Copies and links take the file's own sidecar along, named for the copy.
    void copiesKeepTheirSidecar()
    {
        const QString a = touch(QStringLiteral("c/a.jpg"), "photo");
        touch(QStringLiteral("c/a.jpg.xmp"), "<xmp/>");
        const QString out = m_dir.filePath(QStringLiteral("c-out"));
        QDir().mkpath(out);
        touch(QStringLiteral("c-out/a.jpg"), "taken");
        const Moves copies = copyInto({a}, out);
        QCOMPARE(copies.size(), 2);
        QCOMPARE(read(out + QStringLiteral("/a (1).jpg")), QByteArray("photo"));
        QCOMPARE(read(out + QStringLiteral("/a (1).jpg.xmp")), QByteArray("<xmp/>"));
        const QString linked = m_dir.filePath(QStringLiteral("c-links"));
        QDir().mkpath(linked);
        QCOMPARE(linkInto({a}, linked).size(), 2);
        QCOMPARE(read(linked + QStringLiteral("/a.jpg.xmp")), QByteArray("<xmp/>"));
    }

    // Move To and Rename take the file's own sidecar along, named for the file, and undo
    // brings both back; a stale sidecar at the destination is never adopted.
    void movesAndRenamesKeepTheirSidecar()
    {
        const QString a = touch(QStringLiteral("m/a.jpg"), "photo");
        const QString sidecar = touch(QStringLiteral("m/a.jpg.xmp"), "<xmp/>");
        const QString out = m_dir.filePath(QStringLiteral("m-out"));
        touch(QStringLiteral("m-out/a.jpg.xmp"), "<stale/>"); // describes no file there
        const Moves moved = moveInto({a}, out);
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved[0].second, out + QStringLiteral("/a (1).jpg"));
        QCOMPARE(read(out + QStringLiteral("/a (1).jpg")), QByteArray("photo"));
        QCOMPARE(read(out + QStringLiteral("/a (1).jpg.xmp")), QByteArray("<xmp/>"));
        QCOMPARE(read(out + QStringLiteral("/a.jpg.xmp")), QByteArray("<stale/>"));
        QVERIFY(!QFile::exists(sidecar));
        undoMoves(moved);
        QCOMPARE(read(a), QByteArray("photo"));
        QCOMPARE(read(sidecar), QByteArray("<xmp/>"));
        QVERIFY(!QFile::exists(out + QStringLiteral("/a (1).jpg.xmp")));

        const Moves renamed = rename(a, QStringLiteral("b.jpg"));
        QCOMPARE(renamed.size(), 2);
        QCOMPARE(read(m_dir.filePath(QStringLiteral("m/b.jpg.xmp"))), QByteArray("<xmp/>"));
        QVERIFY(!QFile::exists(sidecar));
        undoMoves(renamed);
        QCOMPARE(read(sidecar), QByteArray("<xmp/>"));
        // A name whose sidecar is taken is refused before anything moves.
        touch(QStringLiteral("m/c.jpg.xmp"), "<other/>");
        QVERIFY_THROWS_EXCEPTION(ProcessingError, rename(a, QStringLiteral("c.jpg")));
        QVERIFY(QFile::exists(a));
        QCOMPARE(read(sidecar), QByteArray("<xmp/>"));
        QVERIFY_THROWS_EXCEPTION(ProcessingError,
                                 renameAll({a}, QStringLiteral("c.{ext}"), QDate(2024, 1, 2)));
        QCOMPARE(read(sidecar), QByteArray("<xmp/>"));
        // Batch rename: each file with its own sidecar, undone together.
        const QString d = touch(QStringLiteral("m/d.png"), "other photo");
        const Moves batch = renameAll({a, d}, QStringLiteral("trip-{index}.{ext}"));
        QCOMPARE(batch.size(), 3);
        QCOMPARE(read(m_dir.filePath(QStringLiteral("m/trip-1.jpg.xmp"))), QByteArray("<xmp/>"));
        QCOMPARE(read(m_dir.filePath(QStringLiteral("m/trip-2.png"))), QByteArray("other photo"));
        undoMoves(batch);
        QCOMPARE(read(sidecar), QByteArray("<xmp/>"));
        QCOMPARE(read(d), QByteArray("other photo"));
    }

    void renames()
    {
        const QString a = touch(QStringLiteral("r/a.jpg"));
        touch(QStringLiteral("r/b.jpg"));
        QCOMPARE(rename(a, QStringLiteral("c.jpg")).first().second,
                 m_dir.filePath(QStringLiteral("r/c.jpg")));
        QVERIFY_THROWS_EXCEPTION(ProcessingError, rename(m_dir.filePath(QStringLiteral("r/c.jpg")),
                                                         QStringLiteral("b.jpg")));
        QVERIFY_THROWS_EXCEPTION(ProcessingError, rename(m_dir.filePath(QStringLiteral("r/c.jpg")),
                                                         QStringLiteral("../x.jpg")));
        // Template rename of a selection, then undo; a swap of names works.
        const QStringList sel{m_dir.filePath(QStringLiteral("r/b.jpg")),
                              m_dir.filePath(QStringLiteral("r/c.jpg"))};
        const Moves moves = renameAll(sel, QStringLiteral("trip-{index}.{ext}"), QDate(2024, 1, 2));
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("r"))).entryList(QDir::Files),
                 (QStringList{QStringLiteral("trip-1.jpg"), QStringLiteral("trip-2.jpg")}));
        undoMoves(moves);
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("r"))).entryList(QDir::Files),
                 (QStringList{QStringLiteral("b.jpg"), QStringLiteral("c.jpg")}));
        touch(QStringLiteral("r/x-1.jpg"));
        QVERIFY_THROWS_EXCEPTION(ProcessingError,
                                 renameAll(sel, QStringLiteral("x-{index}.{ext}")));
        QVERIFY(QFile::exists(sel[0])); // nothing changed after the refusal
        const QString swapA = touch(QStringLiteral("s/1.jpg"), "one");
        const QString swapB = touch(QStringLiteral("s/2.jpg"), "two");
        renameAll({swapA, swapB}, QStringLiteral("{index}.{ext}")); // 1->1, 2->2: no-op
        QCOMPARE(read(swapA), QByteArray("one"));
    }

    void foldersCopyMove()
    {
        const QString parent = m_dir.filePath(QStringLiteral("f"));
        QDir().mkpath(parent);
        const QString album = makeFolder(parent, QStringLiteral("相册"));
        QVERIFY(QFileInfo(album).isDir());
        QVERIFY_THROWS_EXCEPTION(ProcessingError, makeFolder(parent, QStringLiteral("相册")));
        const QString a = touch(QStringLiteral("f/a.jpg"), "A");
        const Moves copies = copyInto({a}, album);
        const Moves again = copyInto({a}, album);
        QCOMPARE(QFileInfo(again.first().second).fileName(), QStringLiteral("a (1).jpg"));
        QCOMPARE(read(copies.first().second), QByteArray("A"));
        const Moves moved = moveInto({a}, album);
        QVERIFY(!QFile::exists(a));
        QCOMPARE(QFileInfo(moved.first().second).fileName(), QStringLiteral("a (2).jpg"));
        undoMoves(moved);
        QCOMPARE(read(a), QByteArray("A"));
        QVERIFY(moveInto({album}, album).isEmpty()); // never into itself
    }
};

QTEST_GUILESS_MAIN(FileOpsTest)
#include "test_fileops.moc"
