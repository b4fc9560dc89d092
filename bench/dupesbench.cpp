// Find Duplicates at scale: N pictures (default 10,000) listed, hashed and grouped twice, cold
// (an empty catalogue) and warm (the hashes read back from it), as the window and
// `assetdesk-cli dupes` do. The warm run must stay under 30 s on 2 cores.
//
// The pictures are 320x240 JPEGs, mosaics of cuts of the Debian wallpapers at random places and
// scales. In every block of twenty, the last three are near-duplicates of the block's first: a
// half-size copy, a copy saved at quality 60 and a copy with 5 % cut away; so a perfect run
// finds N / 20 groups of four and nothing else. Recall and stray groups are printed.
//
//   dupes-bench [N] [--dir DIR] [--catalog FILE]
// DIR keeps the pictures between runs (made when missing); FILE keeps the catalogue, so a run
// after the first has no cold scan (to compare groupings quickly).

#include "catalog/catalog.h"
#include "catalog/duplicates.h"
#include "imaging/vipsutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <cstdio>
#include <numeric>

using namespace ad;
using vips::VImage;

namespace
{

constexpr int kBlock = 20; // pictures per block: an original, 16 others, 3 near-duplicates

QString nameOf(const QString &dir, int i)
{
    return QStringLiteral("%1/p%2.jpg").arg(dir).arg(i, 5, 10, QLatin1Char('0'));
}

void makePictures(const QString &dir, int count)
{
    QStringList sources;
    for (const QString &name :
         QDir(QStringLiteral("/usr/share/wallpapers")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (const QString p =
                QStringLiteral("/usr/share/wallpapers/%1/contents/images/1920x1080.jpg").arg(name);
            QFile::exists(p))
            sources << p;
    if (sources.isEmpty()) qFatal("no wallpapers in /usr/share/wallpapers: run scripts/bootstrap");
    std::vector<VImage> images;
    for (const QString &s : sources)
        images.push_back(VImage::new_from_file(s.toUtf8().constData()).copy_memory());
    // A 320x240 mosaic of four random cuts of random wallpapers, some mirrored: cuts of the same
    // wallpaper alone would often be the same view. The same for the same seed.
    const auto cutFor = [&](quint32 seed) {
        QRandomGenerator rng(seed);
        std::vector<VImage> tiles;
        for (int t = 0; t < 4; ++t) {
            const VImage &src = images[rng.bounded(int(images.size()))];
            const int w = 160 + rng.bounded(1000), h = w * 3 / 4; // fits 1920x1080
            const int x = rng.bounded(src.width() - w + 1), y = rng.bounded(src.height() - h + 1);
            VImage tile =
                src.crop(x, y, w, h)
                    .thumbnail_image(
                        160,
                        VImage::option()->set("height", 120)->set("crop", VIPS_INTERESTING_CENTRE));
            tiles.push_back(rng.bounded(2) ? tile.flip(VIPS_DIRECTION_HORIZONTAL) : tile);
        }
        return VImage::arrayjoin(tiles, VImage::option()->set("across", 2));
    };
    QList<int> indices(count);
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(indices, [&](int i) {
        const int variant = i % kBlock - (kBlock - 3); // 0, 1, 2 for the block's last three
        VImage picture = cutFor(quint32(variant < 0 ? i : i - i % kBlock));
        int quality = 85;
        if (variant == 0) picture = picture.resize(0.5);
        if (variant == 1) quality = 60;
        if (variant == 2) picture = picture.crop(8, 6, 304, 228); // 5 % of each side
        picture.write_to_file(nameOf(dir, i).toUtf8().constData(),
                              VImage::option()->set("Q", quality));
    });
}

struct Timing {
    double list = 0, read = 0, hash = 0, store = 0, group = 0;
    int pictures = 0, hashed = 0;
    QList<catalog::DuplicateGroup> groups;
    double total() const { return list + read + hash + store + group; }
};

Timing scan(const QString &dir, const QString &catalogFile)
{
    Timing t;
    QElapsedTimer clock;
    clock.start();
    const QList<catalog::FileStamp> files = catalog::listPictures({dir}, true);
    t.list = clock.restart() / 1000.0;
    catalog::Catalog cat(catalogFile);
    catalog::PictureHashStore store(cat);
    const auto known = store.cached(files);
    t.read = clock.restart() / 1000.0;
    const catalog::HashRun run = catalog::hashPictures(files, known);
    t.hash = clock.restart() / 1000.0;
    store.store(run.fresh);
    t.store = clock.restart() / 1000.0;
    t.groups = catalog::groupDuplicates(run.hashed, catalog::kDefaultSimilarity);
    t.group = clock.restart() / 1000.0;
    t.pictures = int(files.size());
    t.hashed = int(run.fresh.size());
    return t;
}

void report(const char *what, const Timing &t)
{
    std::printf("%s: %d pictures, %d hashed now, %lld groups; list %.2f s, read hashes %.2f s, "
                "hash %.2f s, store hashes %.2f s, group %.2f s; total %.2f s\n",
                what, t.pictures, t.hashed, qsizetype(t.groups.size()), t.list, t.read, t.hash,
                t.store, t.group, t.total());
}

// How many blocks came out as exactly their four pictures, and how many groups hold pictures
// of different blocks (distinct cuts taken for alike).
void judge(const QString &dir, int count, const QList<catalog::DuplicateGroup> &groups)
{
    QSet<QSet<QString>> found;
    int stray = 0;
    for (const catalog::DuplicateGroup &g : groups) {
        QSet<QString> paths;
        QSet<int> blocks;
        for (const catalog::DuplicateMember &m : g.members) {
            paths.insert(QFileInfo(m.path).fileName());
            blocks.insert(QFileInfo(m.path).baseName().mid(1).toInt() / kBlock);
        }
        found.insert(paths);
        stray += blocks.size() > 1;
    }
    // Pairs: a found pair is right when both pictures are of one block's four.
    qint64 foundPairs = 0, rightPairs = 0;
    for (const catalog::DuplicateGroup &g : groups)
        for (qsizetype i = 0; i < g.members.size(); ++i)
            for (qsizetype j = i + 1; j < g.members.size(); ++j) {
                const int a = QFileInfo(g.members[i].path).baseName().mid(1).toInt();
                const int b = QFileInfo(g.members[j].path).baseName().mid(1).toInt();
                const auto nearDuplicate = [](int p) {
                    return p % kBlock == 0 || p % kBlock >= kBlock - 3;
                };
                ++foundPairs;
                rightPairs += a / kBlock == b / kBlock && nearDuplicate(a) && nearDuplicate(b);
            }
    const qint64 truePairs = qint64(count / kBlock) * 6; // four pictures: six pairs
    std::printf("pairs: %lld found, %lld right; precision %.3f, recall %.3f\n", foundPairs,
                rightPairs, foundPairs ? double(rightPairs) / foundPairs : 1.0,
                double(rightPairs) / truePairs);
    int whole = 0;
    for (int first = 0; first + kBlock <= count; first += kBlock) {
        QSet<QString> expected;
        for (int i : {0, kBlock - 3, kBlock - 2, kBlock - 1})
            expected.insert(QFileInfo(nameOf(dir, first + i)).fileName());
        whole += found.contains(expected);
    }
    std::printf("near-duplicates: %d of %d blocks found as their four pictures; %d groups mix "
                "distinct pictures\n",
                whole, count / kBlock, stray);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    imaging::ensureVips();
    int count = 10000;
    QString dir, catalogFile;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--dir") && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] == QLatin1String("--catalog") && i + 1 < args.size())
            catalogFile = args[++i];
        else
            count = args[i].toInt();
    }
    QTemporaryDir scratch;
    if (dir.isEmpty()) dir = scratch.filePath(QStringLiteral("pictures"));
    QDir().mkpath(dir);
    if (!QFile::exists(nameOf(dir, count - 1))) {
        QElapsedTimer made;
        made.start();
        makePictures(dir, count);
        std::printf("made %d pictures in %.1f s\n", count, made.elapsed() / 1000.0);
    }
    if (catalogFile.isEmpty()) catalogFile = scratch.filePath(QStringLiteral("catalog.sqlite"));
    const Timing cold = scan(dir, catalogFile);
    report("cold", cold);
    const Timing warm = scan(dir, catalogFile);
    report("warm", warm);
    judge(dir, count, warm.groups);
    std::printf("%s: warm %.1f s (target under 30 s on 2 cores)\n",
                warm.total() < 30 ? "PASS" : "FAIL", warm.total());
    return warm.total() < 30 ? 0 : 1;
}
