// assetdesk-cli ls|cp|mv|rm|presign over local paths and cos:// or s3:// URLs.

#include "cli/commands.h"
#include "cli/output.h"
#include "storage/atomicfile.h"
#include "storage/objecturl.h"
#include "storage/parallel.h"
#include "storage/transfer.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>
#include <cstdio>

namespace ad::cli
{

using namespace storage;

namespace
{

struct Args {
    QStringList positional;
    bool recursive = false;
    int expires = 3600;
    int filesInFlight = 4;
};

Args parseArgs(const QStringList &args)
{
    Args a;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--recursive") || args[i] == QLatin1String("-r"))
            a.recursive = true;
        else if (args[i] == QLatin1String("--jobs") && i + 1 < args.size())
            a.filesInFlight = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--expires") && i + 1 < args.size())
            a.expires = args[++i].toInt();
        else
            a.positional << args[i];
    }
    return a;
}

QString display(const ObjectUrl &u, const QString &key)
{
    return (u.flavor == Endpoint::Flavor::Cos ? QStringLiteral("cos://")
                                              : QStringLiteral("s3://")) +
           u.bucket + QLatin1Char('/') + key;
}

TransferOptions transferOptions()
{
    TransferOptions o;
    o.checkpointDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/transfers");
    return o;
}

// Every object below a prefix (all pages).
QList<ObjectEntry> allObjects(ObjectClient &client, const QString &bucket, const QString &prefix)
{
    QList<ObjectEntry> out;
    QString marker;
    do {
        const ListObjectsPage page = client.listObjects(bucket, prefix, QString(), marker);
        out += page.objects;
        marker = page.truncated ? page.nextMarker : QString();
    } while (!marker.isEmpty());
    return out;
}

void line(const QString &text)
{
    writeStdout(text.toUtf8() + '\n');
}

int copyOne(const ObjectUrl &from, const ObjectUrl &to, bool recursive, bool move, int threads)
{
    if (!from.remote && !to.remote) {
        const QString target = QFileInfo(to.local).isDir()
                                   ? QDir(to.local).filePath(QFileInfo(from.local).fileName())
                                   : to.local;
        QFile in(from.local);
        if (!in.open(QIODevice::ReadOnly))
            return reportError(
                {ErrorCode::NotFound, QStringLiteral("cannot read '%1'").arg(from.local)});
        writeFileAtomically(target, in.readAll());
        if (move) QFile::remove(from.local);
        line(QStringLiteral("copied %1 -> %2").arg(from.local, target));
        return 0;
    }
    if (!from.remote) { // upload
        const Endpoint endpoint = endpointFromEnvironment(to.flavor);
        const QFileInfo source(from.local);
        QList<QPair<QString, QString>> work; // local path, key
        if (source.isDir()) {
            if (!recursive)
                return usageError(
                    QStringLiteral("'%1' is a folder: add --recursive").arg(from.local));
            const QString prefix = to.key.isEmpty() || to.key.endsWith(QLatin1Char('/'))
                                       ? to.key
                                       : to.key + QLatin1Char('/');
            QDirIterator it(source.absoluteFilePath(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                work.append(
                    {path, prefix + QDir(source.absoluteFilePath()).relativeFilePath(path)});
            }
        } else {
            const QString key = to.key.isEmpty() || to.key.endsWith(QLatin1Char('/'))
                                    ? to.key + source.fileName()
                                    : to.key;
            work.append({source.absoluteFilePath(), key});
        }
        runInParallel(threads, work.size(), [&](qsizetype i) {
            const auto &[path, key] = work[i];
            uploadFile(endpoint, path, to.bucket, key, transferOptions());
            line(QStringLiteral("uploaded %1 -> %2").arg(path, display(to, key)));
            if (move) QFile::remove(path);
        });
        return 0;
    }
    const Endpoint endpoint = endpointFromEnvironment(from.flavor);
    ObjectClient client(endpoint);
    QList<QPair<QString, QString>> keys; // key, path relative to the destination
    if (recursive) {
        const QString prefix = from.key.isEmpty() || from.key.endsWith(QLatin1Char('/'))
                                   ? from.key
                                   : from.key + QLatin1Char('/');
        for (const ObjectEntry &e : allObjects(client, from.bucket, prefix)) {
            if (!e.key.endsWith(QLatin1Char('/'))) keys.append({e.key, e.key.mid(prefix.size())});
        }
    } else {
        keys.append({from.key, from.key.section(QLatin1Char('/'), -1)});
    }
    runInParallel(threads, keys.size(), [&](qsizetype i) {
        const auto &[key, relative] = keys[i];
        ObjectClient worker(endpoint); // one per thread
        if (to.remote) {               // server-side copy
            const QString target =
                to.key.isEmpty() || to.key.endsWith(QLatin1Char('/')) ? to.key + relative : to.key;
            worker.copy(from.bucket, key, to.bucket, target);
            line(QStringLiteral("copied %1 -> %2").arg(display(from, key), display(to, target)));
        } else {
            const bool intoFolder =
                recursive || QFileInfo(to.local).isDir() || to.local.endsWith(QLatin1Char('/'));
            // A key never chooses where on the disk it lands: escaping keys are refused.
            const QString target = intoFolder ? localPathForKey(to.local, relative) : to.local;
            downloadFile(endpoint, from.bucket, key, target, transferOptions());
            line(QStringLiteral("downloaded %1 -> %2").arg(display(from, key), target));
        }
        if (move) worker.remove(from.bucket, key);
    });
    return 0;
}

} // namespace

int storageCommand(const QString &command, const QStringList &arguments)
{
    const Args a = parseArgs(arguments);
    try {
        if (command == QLatin1String("ls")) {
            if (a.positional.size() != 1)
                return usageError(QStringLiteral("assetdesk-cli ls cos://bucket/prefix | "
                                                 "s3://bucket/prefix | s3:// [--recursive]"));
            const ObjectUrl u = parseObjectUrl(a.positional[0]);
            if (!u.remote) {
                for (const QFileInfo &f : QDir(u.local).entryInfoList(
                         QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name))
                    line(f.isDir()
                             ? QStringLiteral("DIR %1/").arg(f.fileName())
                             : QStringLiteral("%1 %2 %3")
                                   .arg(f.size(), 12)
                                   .arg(f.lastModified().toString(Qt::ISODate), f.fileName()));
                return 0;
            }
            ObjectClient client(endpointFromEnvironment(u.flavor));
            if (u.bucket.isEmpty()) {
                for (const BucketEntry &b : client.listBuckets())
                    line(QStringLiteral("BUCKET %1 %2").arg(b.name, b.region));
                return 0;
            }
            QString marker;
            do {
                const ListObjectsPage page = client.listObjects(
                    u.bucket, u.key, a.recursive ? QString() : QStringLiteral("/"), marker);
                for (const QString &prefix : page.commonPrefixes)
                    line(QStringLiteral("DIR %1").arg(display(u, prefix)));
                for (const ObjectEntry &e : page.objects)
                    line(QStringLiteral("%1 %2 %3")
                             .arg(e.size, 12)
                             .arg(e.lastModified.toString(Qt::ISODate), display(u, e.key)));
                marker = page.truncated ? page.nextMarker : QString();
            } while (!marker.isEmpty());
            return 0;
        }
        if (command == QLatin1String("cp") || command == QLatin1String("mv")) {
            if (a.positional.size() != 2)
                return usageError(
                    QStringLiteral("assetdesk-cli %1 SRC DST [--recursive]").arg(command));
            return copyOne(parseObjectUrl(a.positional[0]), parseObjectUrl(a.positional[1]),
                           a.recursive, command == QLatin1String("mv"), a.filesInFlight);
        }
        if (command == QLatin1String("rm")) {
            if (a.positional.size() != 1)
                return usageError(QStringLiteral("assetdesk-cli rm URL [--recursive]"));
            const ObjectUrl u = parseObjectUrl(a.positional[0]);
            if (!u.remote)
                return usageError(QStringLiteral(
                    "rm works on cos:// and s3:// objects; use the file manager for local files"));
            ObjectClient client(endpointFromEnvironment(u.flavor));
            QStringList keys{u.key};
            if (a.recursive) {
                keys.clear();
                for (const ObjectEntry &e : allObjects(client, u.bucket, u.key))
                    keys << e.key;
            }
            const auto failed = client.removeMany(u.bucket, keys);
            for (const auto &[key, code] : failed)
                std::fprintf(stderr, "not deleted: %s: %s\n", qPrintable(key), qPrintable(code));
            line(QStringLiteral("deleted %1 object(s)").arg(keys.size() - failed.size()));
            return failed.isEmpty() ? 0 : 1;
        }
        if (command == QLatin1String("presign")) {
            const ObjectUrl u =
                a.positional.size() == 1 ? parseObjectUrl(a.positional[0]) : ObjectUrl{};
            if (!u.remote || u.key.isEmpty() || a.expires <= 0)
                return usageError(
                    QStringLiteral("assetdesk-cli presign cos://bucket/key [--expires SECONDS]"));
            line(ObjectClient(endpointFromEnvironment(u.flavor))
                     .presignGet(u.bucket, u.key, a.expires)
                     .toString(QUrl::FullyEncoded));
            return 0;
        }
    } catch (const ProcessingError &e) {
        return reportError(e.error());
    }
    return usageError(QStringLiteral("unknown command %1").arg(command));
}

} // namespace ad::cli
