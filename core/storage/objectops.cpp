#include "storage/objectops.h"

#include "common/error.h"
#include "storage/objecturl.h"
#include "storage/transferplan.h"

#include <QCoreApplication>
#include <QHash>

namespace ad::storage
{

int removeLocations(const QStringList &locations)
{
    // Keys grouped per bucket (and profile), so each bucket gets batch deletes.
    QHash<QString, QPair<ObjectUrl, QStringList>> perBucket;
    for (const QString &location : locations) {
        const ObjectUrl url = parseObjectUrl(location);
        if (!url.remote || url.bucket.isEmpty())
            throw ProcessingError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("ad::Error", "'%1' is not an object").arg(location));
        auto &group = perBucket[objectLocation(url, {})];
        group.first = url;
        if (url.key.isEmpty() || url.key.endsWith(QLatin1Char('/'))) {
            ObjectClient client(endpointFor(url));
            for (const ObjectEntry &o : listAllObjects(client, url.bucket, url.key))
                group.second << o.key;
            if (!url.key.isEmpty()) group.second << url.key; // the folder marker, if any
        } else {
            group.second << url.key;
        }
    }
    int removed = 0;
    for (const auto &[url, keys] : std::as_const(perBucket)) {
        ObjectClient client(endpointFor(url));
        const QList<QPair<QString, QString>> failed = client.removeMany(url.bucket, keys);
        // A missing folder marker is not a failure: most folders are only prefixes.
        for (const auto &[key, code] : failed)
            if (!key.endsWith(QLatin1Char('/')) && code != QLatin1String("NoSuchKey"))
                throw ProcessingError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("ad::Error", "%1 was not deleted: %2")
                        .arg(key, code));
        for (const QString &key : keys)
            removed += key.endsWith(QLatin1Char('/')) ? 0 : 1; // objects, not markers
    }
    return removed;
}

QString makeFolderAt(const QString &parent, const QString &name)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty() || clean.contains(QLatin1Char('/')) || clean == QLatin1String("..") ||
        clean == QLatin1String("."))
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "'%1' is not a folder name").arg(name));
    const ObjectUrl url = parseObjectUrl(parent);
    const QString key = url.key + clean + QLatin1Char('/');
    ObjectClient(endpointFor(url)).makeFolder(url.bucket, key);
    return objectLocation(url, key);
}

QUrl shareLink(const QString &location, int seconds)
{
    const ObjectUrl url = parseObjectUrl(location);
    return ObjectClient(endpointFor(url)).presignGet(url.bucket, url.key, seconds);
}

QUrl publicUrl(const QString &location)
{
    const ObjectUrl url = parseObjectUrl(location);
    return ObjectClient(endpointFor(url)).objectUrl(url.bucket, url.key);
}

ObjectInfo objectProperties(const QString &location)
{
    const ObjectUrl url = parseObjectUrl(location);
    ObjectClient client(endpointFor(url));
    ObjectInfo info = client.head(url.bucket, url.key);
    try {
        info.tags = client.tags(url.bucket, url.key);
    } catch (const ProcessingError &) {
        // Tags are extra: a store or a policy without them still shows the rest.
    }
    return info;
}

} // namespace ad::storage
