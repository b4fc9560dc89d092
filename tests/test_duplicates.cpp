// Find Duplicates: perceptual hashes that survive resize, recompression and a 5 % crop but keep
// distinct photographs apart, exact copies by content, hashes cached in the catalogue, the
// grouping (same groups as comparing every pair), bucket objects by ETag and the CLI.

#include "catalog/catalog.h"
#include "catalog/duplicates.h"
#include "catalog/picturehashstore.h"
#include "common/error.h"
#include "imaging/vipsutil.h"
#include "metadata/xmpfile.h"
#include "storage/storage.h"
#include "support/s3rver.h"
#include "support/syntheticphoto.h"
#include "support/testimages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace ad;
using vips::VImage;

namespace
{

using test::syntheticPhoto;

QString save(const VImage &image, const QString &path, int quality = 92)
{
    return test::savePhoto(image, path, quality);
}

catalog::FileStamp stamp(const QString &path)
{
    const QFileInfo info(path);
    return {info.absoluteFilePath(), info.size(), info.lastModified()};
}

catalog::HashedPicture hashed(const QString &path)
{
    return {stamp(path), imaging::hashPicture(path)};
}

// The groups as sets of paths, to compare groupings whatever their order.
QSet<QSet<QString>> partition(const QList<catalog::DuplicateGroup> &groups)
{
    QSet<QSet<QString>> out;
    for (const catalog::DuplicateGroup &g : groups) {
        QSet<QString> paths;
        for (const catalog::DuplicateMember &m : g.members)
            paths.insert(m.path);
        out.insert(paths);
    }
    return out;
}

} // namespace

class TestDuplicates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theOriginalIsKeptOverItsCopy();
    void variantsAreSimilar();
    void photographVariantsAreSimilar();
    void distinctPhotosAreNot();
    void exactCopiesByContent();
    void metadataWrittenIntoACopyKeepsItExact();
    void hashesKeptInCatalogue();
    void unreadablePictureIsReported();
    void groupsAsEveryPair();
    void bucketCopiesByEtag();
    void cliReportsGroups();
};

void TestDuplicates::variantsAreSimilar()
{
    QTemporaryDir dir;
    for (int seed : {3, 11}) {
        const VImage photo = syntheticPhoto(seed, 800, 600);
        const QString original = save(photo, dir.filePath(QStringLiteral("o%1.jpg").arg(seed)));
        const QString half =
            save(photo.resize(0.5), dir.filePath(QStringLiteral("h%1.jpg").arg(seed)));
        const QString q60 = save(photo, dir.filePath(QStringLiteral("q%1.jpg").arg(seed)), 60);
        // 5 % of each side cropped away: 2.5 % from every edge.
        const QString crop =
            save(photo.crop(20, 15, 760, 570), dir.filePath(QStringLiteral("c%1.jpg").arg(seed)));
        // 5 % from one corner only: the content shifts as well as scales.
        const QString corner =
            save(photo.crop(40, 30, 760, 570), dir.filePath(QStringLiteral("k%1.jpg").arg(seed)));
        const catalog::HashedPicture o = hashed(original);
        int worst = 0;
        for (const QString &variant : {half, q60, crop, corner}) {
            const imaging::PictureHashes v = hashed(variant).hashes;
            const int d = imaging::pictureDistance(o.hashes, v);
            qInfo("%s: distance %d (hashes alone %d)", qPrintable(QFileInfo(variant).fileName()), d,
                  imaging::hashDistance(o.hashes.phash, v.phash));
            worst = std::max(worst, d);
        }
        QVERIFY2(worst <= catalog::kDefaultSimilarity, qPrintable(QString::number(worst)));
        const auto groups =
            catalog::groupDuplicates({o, hashed(half), hashed(q60), hashed(crop), hashed(corner)},
                                     catalog::kDefaultSimilarity);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].members.size(), 5);
        QVERIFY(!groups[0].exact);
        // Best first by resolution: the uncropped originals (800x600) lead.
        QCOMPARE(groups[0].members[0].width, 800);
        QCOMPARE(groups[0].members[0].height, 600);
        QCOMPARE(groups[0].members[0].distance, 0);
        const int smallest = catalog::bestOf(groups[0], catalog::KeepRule::Size);
        QCOMPARE(groups[0].members[smallest].size,
                 std::max_element(groups[0].members.begin(), groups[0].members.end(),
                                  [](const auto &a, const auto &b) { return a.size < b.size; })
                     ->size);
    }
}

// Among equal pictures the one kept is the better rated, then the original: the older, else
// the shorter name (a copy's "photo copy.jpg" sorts before "photo.jpg" by bytes).
void TestDuplicates::theOriginalIsKeptOverItsCopy()
{
    const QDateTime t(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    catalog::DuplicateGroup g;
    g.members = {{QStringLiteral("/p/photo copy.jpg"), 1000, t, 800, 600, 0, true},
                 {QStringLiteral("/p/photo.jpg"), 1000, t, 800, 600, 0, true}};
    for (const auto rule : {catalog::KeepRule::Resolution, catalog::KeepRule::Size})
        QCOMPARE(g.members[catalog::bestOf(g, rule)].path, QStringLiteral("/p/photo.jpg"));
    g.members[1].modified = t.addSecs(60); // the long name is the older file: it is the original
    for (const auto rule : {catalog::KeepRule::Resolution, catalog::KeepRule::Size})
        QCOMPARE(g.members[catalog::bestOf(g, rule)].path, QStringLiteral("/p/photo copy.jpg"));
    QCOMPARE(g.members[catalog::bestOf(g, catalog::KeepRule::Newest)].path,
             QStringLiteral("/p/photo.jpg"));
    g.members[0].rating = 3; // the user's stars come before age and name
    for (const auto rule : {catalog::KeepRule::Resolution, catalog::KeepRule::Size})
        QCOMPARE(g.members[catalog::bestOf(g, rule)].path, QStringLiteral("/p/photo copy.jpg"));
    g.members[1].rating = 4;
    QCOMPARE(g.members[catalog::bestOf(g, catalog::KeepRule::Size)].path,
             QStringLiteral("/p/photo.jpg"));
    g.members[1].rating = 0;
    g.members[1].width = 801; // resolution before stars
    QCOMPARE(g.members[catalog::bestOf(g, catalog::KeepRule::Resolution)].path,
             QStringLiteral("/p/photo.jpg"));
}

void TestDuplicates::photographVariantsAreSimilar()
{
    // Real photographs: each one's half-size copy, quality-60 copy and 5 % crop form one group
    // with it, and no two photographs meet.
    QTemporaryDir dir;
    QList<catalog::HashedPicture> pictures;
    QSet<QSet<QString>> expected;
    for (const char *name : {"Path", "Kite", "Autumn", "BytheWater", "EveningGlow", "Grey"}) {
        const QString base = QString::fromLatin1(name);
        const QString original =
            test::writePhoto(dir, base, {1280, 720}, base + QStringLiteral(".jpg"));
        const VImage photo = VImage::new_from_file(original.toUtf8().constData());
        const QStringList variants{
            save(photo.resize(0.5), dir.filePath(base + QStringLiteral("-half.jpg"))),
            save(photo, dir.filePath(base + QStringLiteral("-q60.jpg")), 60),
            save(photo.crop(32, 18, 1216, 684), dir.filePath(base + QStringLiteral("-crop.jpg")))};
        QSet<QString> group{stamp(original).path};
        const catalog::HashedPicture o = hashed(original);
        pictures << o;
        for (const QString &v : variants) {
            const catalog::HashedPicture h = hashed(v);
            const int d = imaging::pictureDistance(o.hashes, h.hashes);
            QVERIFY2(d <= catalog::kDefaultSimilarity,
                     qPrintable(QStringLiteral("%1: %2").arg(v).arg(d)));
            pictures << h;
            group.insert(h.file.path);
        }
        expected.insert(group);
    }
    const auto groups = catalog::groupDuplicates(pictures, catalog::kDefaultSimilarity);
    QCOMPARE(partition(groups), expected);
    for (const catalog::DuplicateGroup &g : groups) {
        QVERIFY(!g.exact);
        QCOMPARE(g.members[0].width, 1280); // the original leads by resolution
    }
}

void TestDuplicates::distinctPhotosAreNot()
{
    QTemporaryDir dir;
    QList<catalog::HashedPicture> pictures;
    for (int seed = 1; seed <= 16; ++seed)
        pictures << hashed(save(syntheticPhoto(seed, 480, 360),
                                dir.filePath(QStringLiteral("s%1.jpg").arg(seed))));
    for (const char *name :
         {"Autumn", "BytheWater", "ColdRipple", "DarkestHour", "EveningGlow", "FallenLeaf", "Kite",
          "OneStandsOut", "PastelHills", "Path", "summer_1am"})
        pictures << hashed(test::writePhoto(dir, QString::fromLatin1(name), {640, 360},
                                            QString::fromLatin1(name) + QStringLiteral(".jpg")));
    int closest = 64;
    for (qsizetype i = 0; i < pictures.size(); ++i)
        for (qsizetype j = i + 1; j < pictures.size(); ++j)
            closest =
                std::min(closest, imaging::pictureDistance(pictures[i].hashes, pictures[j].hashes));
    qInfo("closest distinct pair: %d", closest);
    QVERIFY2(closest > catalog::kDefaultSimilarity, qPrintable(QString::number(closest)));
    QVERIFY(catalog::groupDuplicates(pictures, catalog::kDefaultSimilarity).isEmpty());
}

void TestDuplicates::exactCopiesByContent()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
    const QString a = save(syntheticPhoto(5, 320, 240), dir.filePath(QStringLiteral("a.jpg")));
    const QString copy = dir.filePath(QStringLiteral("sub/copy of a.jpg"));
    QVERIFY(QFile::copy(a, copy));
    save(syntheticPhoto(6, 320, 240), dir.filePath(QStringLiteral("b.jpg")));
    QFile::link(a, dir.filePath(QStringLiteral("link.jpg"))); // a link is not a duplicate
    const QList<catalog::FileStamp> files = catalog::listPictures({dir.path()}, true);
    QCOMPARE(files.size(), 3);
    const catalog::HashRun run = catalog::hashPictures(files, {});
    QCOMPARE(run.fresh.size(), 3);
    // Exact only (threshold -1): the copy pairs with its original, b stays alone.
    const auto groups = catalog::groupDuplicates(run.hashed, -1);
    QCOMPARE(groups.size(), 1);
    QVERIFY(groups[0].exact);
    QCOMPARE(partition(groups), (QSet<QSet<QString>>{{stamp(a).path, stamp(copy).path}}));
    // Not recursive: the copy below is out of reach.
    QCOMPARE(catalog::listPictures({dir.path()}, false).size(), 2);
    try {
        catalog::listPictures({dir.filePath(QStringLiteral("nowhere"))}, true);
        QFAIL("a missing folder was accepted");
    } catch (const ProcessingError &e) {
        QCOMPARE(e.error().code, ErrorCode::NotFound);
    }
}

// A copy whose rating and favourite were written into the file (the "file and sidecar" policy,
// or another program) has other bytes but every pixel of the original: still an exact copy. A
// recompressed copy of the same size, whose hashes agree as well, is only similar.
void TestDuplicates::metadataWrittenIntoACopyKeepsItExact()
{
    QTemporaryDir dir;
    const VImage photo = syntheticPhoto(12, 320, 240);
    const QString a = save(photo, dir.filePath(QStringLiteral("a.jpg")));
    const QString rated = dir.filePath(QStringLiteral("rated copy.jpg"));
    QVERIFY(QFile::copy(a, rated));
    metadata::MetaRecord r;
    r.rating = 4;
    r.favourite = true;
    metadata::writeFileMeta(rated, r, metadata::WritePolicy::FileAndSidecar,
                            metadata::SidecarNaming::FullName);
    QVERIFY(test::readFile(rated) != test::readFile(a));
    const QString q60 = save(photo, dir.filePath(QStringLiteral("q60.jpg")), 60);
    const QList<catalog::FileStamp> files = catalog::listPictures({dir.path()}, false);
    QCOMPARE(files.size(), 3);
    const catalog::HashRun run = catalog::hashPictures(files, {});
    QCOMPARE(run.hashed.size(), 3);

    const auto exact = catalog::groupDuplicates(run.hashed, -1);
    QCOMPARE(partition(exact), (QSet<QSet<QString>>{{stamp(a).path, stamp(rated).path}}));
    QVERIFY(exact[0].exact);

    // All three together are similar pictures; the two copies say they are identical.
    const auto similar = catalog::groupDuplicates(run.hashed, catalog::kDefaultSimilarity);
    QCOMPARE(similar.size(), 1);
    QCOMPARE(similar[0].members.size(), 3);
    QVERIFY(!similar[0].exact);
    QSet<QString> identical;
    for (const catalog::DuplicateMember &m : similar[0].members)
        if (m.identical) identical.insert(m.path);
    QCOMPARE(identical, (QSet<QString>{stamp(a).path, stamp(rated).path}));
}

void TestDuplicates::hashesKeptInCatalogue()
{
    QTemporaryDir dir;
    const QString a = save(syntheticPhoto(7, 320, 240), dir.filePath(QStringLiteral("a.jpg")));
    const QString b = save(syntheticPhoto(8, 320, 240), dir.filePath(QStringLiteral("b.jpg")));
    const QString file = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        catalog::Catalog cat(file);
        catalog::PictureHashStore store(cat);
        const auto files = catalog::listPictures({dir.path()}, false);
        const catalog::HashRun run = catalog::hashPictures(files, store.cached(files));
        QCOMPARE(run.fresh.size(), 2);
        store.store(run.fresh);
    }
    catalog::Catalog cat(file); // reopened
    catalog::PictureHashStore store(cat);
    auto files = catalog::listPictures({dir.path()}, false);
    auto known = store.cached(files);
    QCOMPARE(known.size(), 2);
    QCOMPARE(known.value(stamp(a).path).phash, imaging::hashPicture(a).phash);
    QCOMPARE(known.value(stamp(a).path).width, 320);
    QVERIFY(catalog::hashPictures(files, known).fresh.isEmpty());
    // A changed file (new bytes, new mtime) is hashed again.
    save(syntheticPhoto(9, 200, 100), b);
    QFile f(b);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(
        f.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    f.close();
    files = catalog::listPictures({dir.path()}, false);
    known = store.cached(files);
    QCOMPARE(known.size(), 1);
    const catalog::HashRun again = catalog::hashPictures(files, known);
    QCOMPARE(again.fresh.size(), 1);
    QCOMPARE(again.fresh[0].hashes.width, 200);
}

void TestDuplicates::unreadablePictureIsReported()
{
    QTemporaryDir dir;
    save(syntheticPhoto(4, 160, 120), dir.filePath(QStringLiteral("good.jpg")));
    QFile bad(dir.filePath(QStringLiteral("bad.jpg")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray("\xff\xd8\xff\xe0 not really a jpeg", 23));
    bad.close();
    std::atomic_int calls = 0;
    const catalog::HashRun run =
        catalog::hashPictures(catalog::listPictures({dir.path()}, false), {}, [&](int, int total) {
            QCOMPARE(total, 2);
            ++calls;
        });
    QCOMPARE(run.hashed.size(), 1);
    QCOMPARE(run.failures.size(), 1);
    QVERIFY2(run.failures[0].startsWith(stamp(bad.fileName()).path + QStringLiteral(": ")),
             qPrintable(run.failures[0]));
    QVERIFY(calls >= 2);
    // Cancelled before it starts: nothing hashed, and it says so.
    std::atomic_bool cancel = true;
    const catalog::HashRun none =
        catalog::hashPictures(catalog::listPictures({dir.path()}, false), {}, {}, &cancel);
    QVERIFY(none.cancelled);
    QVERIFY(none.hashed.isEmpty());
}

void TestDuplicates::groupsAsEveryPair()
{
    // Clusters of near hashes among random ones; the grouping must find what brute force does.
    QRandomGenerator rng(22);
    QList<catalog::HashedPicture> pictures;
    for (int i = 0; i < 3000; ++i) {
        quint64 h = rng.generate64();
        if (i % 10 == 1)
            h = pictures[i - 1].hashes.phash ^ (quint64(1) << rng.bounded(64)) ^
                (quint64(1) << rng.bounded(64)) ^ (quint64(1) << rng.bounded(64));
        catalog::HashedPicture p;
        p.file.path = QStringLiteral("/p/%1.jpg").arg(i, 5, 10, QLatin1Char('0'));
        p.hashes.content = QByteArray::number(i);
        p.hashes.phash = h;
        p.hashes.crops.fill(h); // no crops of their own: only the hashes themselves compare
        pictures << p;
    }
    QSet<QSet<QString>> expected;
    {
        // Brute force: components of the "within 6" relation.
        QList<int> parent(pictures.size());
        std::iota(parent.begin(), parent.end(), 0);
        const std::function<int(int)> root = [&](int i) {
            return parent[i] == i ? i : parent[i] = root(parent[i]);
        };
        for (int i = 0; i < pictures.size(); ++i)
            for (int j = i + 1; j < pictures.size(); ++j)
                if (imaging::hashDistance(pictures[i].hashes.phash, pictures[j].hashes.phash) <= 6)
                    parent[root(i)] = root(j);
        QHash<int, QSet<QString>> components;
        for (int i = 0; i < pictures.size(); ++i)
            components[root(i)].insert(pictures[i].file.path);
        for (const QSet<QString> &c : std::as_const(components))
            if (c.size() > 1) expected.insert(c);
    }
    QVERIFY(expected.size() >= 250);
    QCOMPARE(partition(catalog::groupDuplicates(pictures, 6)), expected);
}

void TestDuplicates::bucketCopiesByEtag()
{
    QTemporaryDir dir;
    test::S3rver server(dir.filePath(QStringLiteral("s3")), {QStringLiteral("dupes")});
    if (!server.start()) QSKIP("s3rver did not start");
    server.useForS3();
    const QByteArray a = test::randomBytes(5000, 1), b = test::randomBytes(5000, 2);
    const auto bucket = storage::storageFor(QStringLiteral("s3://dupes/"));
    bucket->write(QStringLiteral("s3://dupes/in/a.jpg"), a);
    bucket->write(QStringLiteral("s3://dupes/in/sub/a copy.jpg"), a);
    bucket->write(QStringLiteral("s3://dupes/in/b.jpg"), b);
    bucket->write(QStringLiteral("s3://dupes/out/a.jpg"), a); // outside the prefix
    const auto groups = catalog::bucketDuplicates(QStringLiteral("s3://dupes/in/"), nullptr);
    QCOMPARE(partition(groups),
             (QSet<QSet<QString>>{{QStringLiteral("s3://dupes/in/a.jpg"),
                                   QStringLiteral("s3://dupes/in/sub/a copy.jpg")}}));
    QVERIFY(groups[0].exact);
    QCOMPARE(groups[0].members[0].size, 5000);
}

void TestDuplicates::cliReportsGroups()
{
    QTemporaryDir dir;
    const VImage photo = syntheticPhoto(12, 640, 480);
    const QString original = save(photo, dir.filePath(QStringLiteral("photo.jpg")));
    const QString half = save(photo.resize(0.5), dir.filePath(QStringLiteral("photo-half.jpg")));
    QVERIFY(QFile::copy(original, dir.filePath(QStringLiteral("photo copy.jpg"))));
    save(syntheticPhoto(13, 640, 480), dir.filePath(QStringLiteral("other.jpg")));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    cli.setProcessEnvironment(env);
    const auto run = [&](const QStringList &args) {
        cli.start(QStringLiteral(ASSETDESK_CLI), QStringList{QStringLiteral("dupes")} + args);
        QVERIFY(cli.waitForFinished(60000));
    };
    run({dir.path(), QStringLiteral("--json")});
    QCOMPARE(cli.exitCode(), 0);
    QJsonParseError error;
    const QJsonObject out = QJsonDocument::fromJson(cli.readAllStandardOutput(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(out.value(QStringLiteral("pictures")).toInt(), 4);
    const QJsonArray groups = out.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 1);
    const QJsonObject group = groups[0].toObject();
    QCOMPARE(group.value(QStringLiteral("exact")).toBool(), false);
    const QJsonArray members = group.value(QStringLiteral("members")).toArray();
    QCOMPARE(members.size(), 3);
    QCOMPARE(members[0].toObject().value(QStringLiteral("width")).toInt(), 640);
    QCOMPARE(members[2].toObject().value(QStringLiteral("path")).toString(), stamp(half).path);
    // The hashes were kept: a second run hashes nothing.
    run({dir.path(), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(cli.readAllStandardOutput())
                 .object()
                 .value(QStringLiteral("hashed"))
                 .toInt(),
             0);
    // Exact copies only.
    run({dir.path(), QStringLiteral("--threshold"), QStringLiteral("-1"),
         QStringLiteral("--json")});
    const QJsonArray exact = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                 .object()
                                 .value(QStringLiteral("groups"))
                                 .toArray();
    QCOMPARE(exact.size(), 1);
    QCOMPARE(exact[0].toObject().value(QStringLiteral("members")).toArray().size(), 2);
    // A bad threshold and a missing folder: CI-style errors, exit 2 and 1.
    run({dir.path(), QStringLiteral("--threshold"), QStringLiteral("99")});
    QCOMPARE(cli.exitCode(), 2);
    run({dir.filePath(QStringLiteral("nowhere"))});
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(cli.readAllStandardError().startsWith("ERROR NotFound"));
}

QTEST_GUILESS_MAIN(TestDuplicates)
#include "test_duplicates.moc"
