// Find Duplicates at scale: N pictures (default 10,000; 320x240 JPEGs cut from the Debian
// wallpapers at random places and scales, one in twenty a resized copy of another) are
// listed, hashed and grouped twice: cold (an empty catalogue) and warm (the hashes read back
// from it), as the window and `assetdesk-cli dupes` do. The warm run must stay under 30 s.
//
//   dupes-bench [N] [--dir DIR]   DIR keeps the pictures between runs (made when missing)

#include "catalog/catalog.h"
#include "catalog/duplicates.h"
#include "imaging/vipsutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <cstdio>

using namespace ad;
using vips::VImage;

namespace
{

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
    QList<int> indices(count);
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(indices, [&](int i) {
        QRandomGenerator rng(quint32(i / 20)); // every twentieth repeats its neighbour's cut
        const VImage &src = images[rng.bounded(int(images.size()))];
        const int w = 320 + rng.bounded(1200), h = w * 3 / 4;
        const int x = rng.bounded(src.width() - std::min(w, src.width() - 1));
        const int y = rng.bounded(src.height() - std::min(h, src.height() - 1));
        VImage cut = src.crop(x, y, std::min(w, src.width() - x), std::min(h, src.height() - y));
        const double scale = i % 20 == 19 ? 0.5 : 1.0; // the repeat is a half-size copy
        cut = cut.resize(320.0 * scale / cut.width());
        cut.write_to_file(QStringLiteral("%1/p%2.jpg")
                              .arg(dir)
                              .arg(i, 5, 10, QLatin1Char('0'))
                              .toUtf8()
                              .constData(),
                          VImage::option()->set("Q", 85));
    });
}

struct Timing {
    double list = 0, read = 0, hash = 0, group = 0;
    int pictures = 0, hashed = 0, groups = 0;
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
    store.store(run.fresh);
    t.hash = clock.restart() / 1000.0;
    t.groups = int(catalog::groupDuplicates(run.hashed, catalog::kDefaultSimilarity).size());
    t.group = clock.restart() / 1000.0;
    t.pictures = int(files.size());
    t.hashed = int(run.fresh.size());
    return t;
}

void report(const char *what, const Timing &t)
{
    std::printf("%s: %d pictures, %d hashed now, %d groups; list %.1f s, read hashes %.2f s, "
                "hash %.1f s, group %.2f s; total %.1f s\n",
                what, t.pictures, t.hashed, t.groups, t.list, t.read, t.hash, t.group,
                t.list + t.read + t.hash + t.group);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    imaging::ensureVips();
    int count = 10000;
    QString dir;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--dir") && i + 1 < args.size())
            dir = args[++i];
        else
            count = args[i].toInt();
    }
    QTemporaryDir scratch;
    if (dir.isEmpty()) dir = scratch.filePath(QStringLiteral("pictures"));
    QDir().mkpath(dir);
    if (QDir(dir).entryList(QDir::Files).size() < count) {
        QElapsedTimer made;
        made.start();
        makePictures(dir, count);
        std::printf("made %d pictures in %.1f s\n", count, made.elapsed() / 1000.0);
    }
    const QString catalogFile = scratch.filePath(QStringLiteral("catalog.sqlite"));
    report("cold", scan(dir, catalogFile));
    const Timing warm = scan(dir, catalogFile);
    report("warm", warm);
    const double total = warm.list + warm.read + warm.hash + warm.group;
    std::printf("%s: warm %.1f s (target under 30 s on 2 cores)\n", total < 30 ? "PASS" : "FAIL",
                total);
    return total < 30 ? 0 : 1;
}
