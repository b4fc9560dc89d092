// assetdesk-cli dupes: Find Duplicates without the window. Pictures in folders by content hash
// and perceptual hash (kept in the application's catalogue, so a second run reads them), or
// objects below a bucket prefix by ETag and size.

#include "catalog/catalog.h"
#include "catalog/duplicates.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "storage/storage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <cstdio>

namespace ad::cli
{

namespace
{

QJsonArray groupsJson(const QList<catalog::DuplicateGroup> &groups)
{
    QJsonArray out;
    for (const catalog::DuplicateGroup &g : groups) {
        QJsonArray members;
        for (const catalog::DuplicateMember &m : g.members)
            members.append(
                QJsonObject{{QStringLiteral("path"), m.path},
                            {QStringLiteral("size"), m.size},
                            {QStringLiteral("modified"), m.modified.toString(Qt::ISODate)},
                            {QStringLiteral("width"), m.width},
                            {QStringLiteral("height"), m.height},
                            {QStringLiteral("distance"), m.distance}});
        out.append(
            QJsonObject{{QStringLiteral("exact"), g.exact}, {QStringLiteral("members"), members}});
    }
    return out;
}

void printGroups(const QList<catalog::DuplicateGroup> &groups)
{
    for (const catalog::DuplicateGroup &g : groups) {
        std::printf("%s\n", g.exact ? "exact copies:" : "similar:");
        for (const catalog::DuplicateMember &m : g.members)
            std::printf("  %s  %dx%d  %lld bytes  distance %d\n", shown(m.path).constData(),
                        m.width, m.height, static_cast<long long>(m.size), m.distance);
    }
}

} // namespace

int dupesCommand(const QStringList &args)
{
    const QString usage =
        QStringLiteral("assetdesk-cli dupes DIR...|cos://BUCKET/PREFIX [--threshold N] "
                       "[--no-recursive] [--catalog FILE] [--json]");
    QStringList places;
    int threshold = catalog::kDefaultSimilarity;
    bool recursive = true, json = false;
    QString catalogFile =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/catalog.sqlite";
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            writeStdout("usage: " + usage.toUtf8() +
                        "\nGroups pictures that are the same file or the same picture resized, "
                        "recompressed or slightly cropped (perceptual distance up to N of 64 "
                        "bits, default 10; -1: exact copies only). Bucket prefixes: objects with "
                        "the same ETag and size.\n");
            return 0;
        }
        if (a == QLatin1String("--threshold") && i + 1 < args.size()) {
            bool ok = false;
            threshold = args[++i].toInt(&ok);
            if (!ok || threshold < -1 || threshold > catalog::kMaxSimilarity)
                return usageError(QStringLiteral("--threshold: -1 (exact only) to %1")
                                      .arg(catalog::kMaxSimilarity));
        } else if (a == QLatin1String("--no-recursive")) {
            recursive = false;
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--catalog") && i + 1 < args.size()) {
            catalogFile = args[++i];
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(usage);
        } else {
            places << a;
        }
    }
    if (places.isEmpty()) return usageError(usage);

    QElapsedTimer clock;
    clock.start();
    QList<catalog::DuplicateGroup> groups;
    QJsonObject out;
    try {
        QStringList folders;
        for (const QString &place : places) {
            if (storage::isRemoteLocation(place))
                groups += catalog::bucketDuplicates(place, nullptr);
            else
                folders << place;
        }
        if (!folders.isEmpty()) {
            const QList<catalog::FileStamp> files = catalog::listPictures(folders, recursive);
            QDir().mkpath(QFileInfo(catalogFile).absolutePath());
            catalog::Catalog cat(catalogFile);
            catalog::PictureHashStore store(cat);
            const catalog::HashRun run = catalog::hashPictures(files, store.cached(files));
            store.store(run.fresh);
            for (const QString &failure : run.failures)
                std::fprintf(stderr, "%s\n", shown(failure).constData());
            groups += catalog::groupDuplicates(run.hashed, threshold);
            out.insert(QStringLiteral("pictures"), int(files.size()));
            out.insert(QStringLiteral("hashed"), int(run.fresh.size()));
            out.insert(QStringLiteral("failed"), QJsonArray::fromStringList(run.failures));
        }
    } catch (const ProcessingError &e) {
        return reportError(e.error());
    }
    out.insert(QStringLiteral("threshold"), threshold);
    out.insert(QStringLiteral("groups"), groupsJson(groups));
    out.insert(QStringLiteral("seconds"), clock.elapsed() / 1000.0);
    if (json)
        writeStdout(QJsonDocument(out).toJson(QJsonDocument::Indented));
    else
        printGroups(groups);
    return 0;
}

} // namespace ad::cli
