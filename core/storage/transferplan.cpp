#include "storage/transferplan.h"

#include "common/error.h"
#include "storage/atomicfile.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace ad::storage
{

namespace
{

QString asPrefix(const QString &key)
{
    return key.isEmpty() || key.endsWith(QLatin1Char('/')) ? key : key + QLatin1Char('/');
}

QString urlFor(const ObjectUrl &u, const QString &key)
{
    return describe(u, key);
}

} // namespace

QList<ObjectEntry> listAllObjects(ObjectClient &client, const QString &bucket,
                                  const QString &prefix)
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

QString describe(const ObjectUrl &u, const QString &key)
{
    if (!u.remote) return u.local;
    return objectLocation(u, key);
}

TransferDirection directionOf(const TransferItem &item)
{
    const bool remoteSource = isRemoteLocation(item.source);
    const bool remoteTarget = isRemoteLocation(item.target);
    if (remoteSource && remoteTarget) return TransferDirection::ServerCopy;
    if (remoteSource) return TransferDirection::Download;
    if (remoteTarget) return TransferDirection::Upload;
    return TransferDirection::Local;
}

QList<TransferItem> planTransfers(const QString &fromText, const QString &toText, bool recursive)
{
    const ObjectUrl from = parseObjectUrl(fromText);
    const ObjectUrl to = parseObjectUrl(toText);
    QList<TransferItem> items;
    if (!from.remote) {
        const QFileInfo source(from.local);
        if (!source.exists())
            throw ProcessingError(
                ErrorCode::NotFound,
                QCoreApplication::translate("ad::Error", "'%1' does not exist").arg(from.local));
        const auto targetFor = [&](const QString &relative, bool intoFolder) {
            if (to.remote)
                return urlFor(to, intoFolder
                                      ? asPrefix(to.key) + relative
                                      : (to.key.isEmpty() || to.key.endsWith(QLatin1Char('/'))
                                             ? to.key + relative
                                             : to.key));
            return intoFolder || QFileInfo(to.local).isDir() ? QDir(to.local).filePath(relative)
                                                             : to.local;
        };
        if (source.isDir()) {
            if (!recursive)
                throw ProcessingError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("ad::Error", "'%1' is a folder: add --recursive")
                        .arg(from.local));
            const QDir root(source.absoluteFilePath());
            QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
            QStringList files;
            while (it.hasNext())
                files << it.next();
            files.sort();
            for (const QString &path : files)
                items.append({path, targetFor(root.relativeFilePath(path), true)});
        } else {
            items.append({source.absoluteFilePath(), targetFor(source.fileName(), false)});
        }
        return items;
    }
    ObjectClient client(endpointFor(from));
    QList<QPair<QString, QString>> keys; // key, path relative to the destination
    if (recursive) {
        const QString prefix = asPrefix(from.key);
        for (const ObjectEntry &e : listAllObjects(client, from.bucket, prefix))
            // Folder markers (keys ending in '/') travel between buckets, so an empty folder
            // survives a copy and a move leaves no empty folder behind; on disk they are folders.
            if (!e.key.endsWith(QLatin1Char('/')) || to.remote)
                keys.append({e.key, e.key.mid(prefix.size())});
    } else {
        keys.append({from.key, from.key.section(QLatin1Char('/'), -1)});
    }
    for (const auto &[key, relative] : keys) {
        QString target;
        if (to.remote) {
            target =
                urlFor(to, to.key.isEmpty() || to.key.endsWith(QLatin1Char('/')) ? to.key + relative
                                                                                 : to.key);
        } else {
            const bool intoFolder =
                recursive || QFileInfo(to.local).isDir() || to.local.endsWith(QLatin1Char('/'));
            // A key never chooses where on the disk it lands: escaping keys are refused.
            target = intoFolder ? localPathForKey(to.local, relative) : to.local;
        }
        items.append({urlFor(from, key), target});
    }
    return items;
}

std::optional<UploadResult> runTransfer(const TransferItem &item, bool move,
                                        const TransferOptions &options)
{
    const ObjectUrl from = parseObjectUrl(item.source);
    const ObjectUrl to = parseObjectUrl(item.target);
    std::optional<UploadResult> processed;
    if (!options.picRules.isEmpty() && directionOf(item) != TransferDirection::Upload)
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate(
                                  "ad::Error", "%1: processing applies to uploads to a bucket only")
                                  .arg(item.source));
    switch (directionOf(item)) {
    case TransferDirection::Local: {
        QFile in(from.local);
        if (!in.open(QIODevice::ReadOnly))
            throw ProcessingError(
                ErrorCode::NotFound,
                QCoreApplication::translate("ad::Error", "cannot read '%1'").arg(from.local));
        QDir().mkpath(QFileInfo(to.local).absolutePath());
        writeFileAtomically(to.local, in.readAll());
        break;
    }
    case TransferDirection::Upload:
        if (!options.picRules.isEmpty()) processed.emplace();
        uploadFile(endpointFor(to), from.local, to.bucket, to.key, options,
                   processed ? &*processed : nullptr);
        break;
    case TransferDirection::Download:
        downloadFile(endpointFor(from), from.bucket, from.key, to.local, options);
        break;
    case TransferDirection::ServerCopy:
        ObjectClient(endpointFor(from)).copy(from.bucket, from.key, to.bucket, to.key);
        break;
    }
    if (move) {
        if (from.remote)
            ObjectClient(endpointFor(from)).remove(from.bucket, from.key);
        else
            QFile::remove(from.local);
    }
    return processed;
}

} // namespace ad::storage
