#include "storage/storage.h"

#include "common/error.h"
#include "storage/atomicfile.h"
#include "storage/objecturl.h"
#include "storage/picprocess.h"
#include "storage/transferplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace ad::storage
{

namespace
{
constexpr int kLocalPage = 500;
} // namespace

bool isRemoteLocation(const QString &location)
{
    return location.startsWith(QLatin1String("cos://")) ||
           location.startsWith(QLatin1String("s3://"));
}

QString joinLocation(const QString &folder, const QString &relative)
{
    if (folder.isEmpty()) return relative;
    return folder.endsWith(QLatin1Char('/')) ? folder + relative
                                             : folder + QLatin1Char('/') + relative;
}

QString locationName(const QString &location)
{
    QString l = location;
    while (l.endsWith(QLatin1Char('/')))
        l.chop(1);
    return l.section(QLatin1Char('/'), -1);
}

std::shared_ptr<Storage> storageFor(const QString &location)
{
    if (!isRemoteLocation(location)) return std::make_shared<LocalStorage>();
    return std::make_shared<BucketStorage>(endpointFor(parseObjectUrl(location)));
}

QList<QPair<QString, QString>> Storage::removeMany(const QStringList &locations) const
{
    QList<QPair<QString, QString>> failed;
    for (const QString &location : locations) {
        try {
            remove(location);
        } catch (const ProcessingError &e) {
            if (e.error().code == ErrorCode::Cancelled) throw;
            failed.append({location, e.error().message});
        }
    }
    return failed;
}

QList<QPair<QString, QString>> Storage::removeTree(const QString &folder, int *removed) const
{
    QStringList locations;
    list(folder, true, [&](const QList<Entry> &page) {
        for (const Entry &e : page)
            locations << e.location;
        return true;
    });
    const auto failed = removeMany(locations);
    if (removed) *removed = int(locations.size() - failed.size());
    return failed;
}

void Storage::checkCancelled() const
{
    if (m_cancelled && m_cancelled->load())
        throw ProcessingError(ErrorCode::Cancelled,
                              QCoreApplication::translate("ad::Error", "cancelled"));
}

// --- local ----------------------------------------------------------------------------------

void LocalStorage::list(const QString &folder, bool recursive,
                        const std::function<bool(const QList<Entry> &)> &onPage) const
{
    if (!QFileInfo(folder).isDir())
        throw ProcessingError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ad::Error", "'%1' is not a folder").arg(folder));
    QDirIterator it(folder, recursive ? QDir::Files : QDir::AllEntries | QDir::NoDotAndDotDot,
                    recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    QList<Entry> page;
    while (it.hasNext()) {
        checkCancelled();
        it.next();
        const QFileInfo info = it.fileInfo();
        page.append({info.absoluteFilePath(),
                     info.fileName(),
                     info.isDir(),
                     info.size(),
                     info.lastModified(),
                     {}});
        if (page.size() == kLocalPage) {
            if (!onPage(page)) return;
            page.clear();
        }
    }
    if (!page.isEmpty()) onPage(page);
}

QByteArray LocalStorage::read(const QString &location) const
{
    checkCancelled();
    QFile f(location);
    if (!f.open(QIODevice::ReadOnly))
        throw ProcessingError(f.exists() ? ErrorCode::IoError : ErrorCode::NotFound,
                              QCoreApplication::translate("ad::Error", "cannot read '%1': %2")
                                  .arg(location, f.errorString()));
    return f.readAll();
}

void LocalStorage::write(const QString &location, const QByteArray &data) const
{
    QDir().mkpath(QFileInfo(location).absolutePath());
    writeFileAtomically(location, data);
}

bool LocalStorage::exists(const QString &location) const
{
    return QFileInfo::exists(location);
}

void LocalStorage::remove(const QString &location) const
{
    if (!QFile::remove(location) && QFileInfo::exists(location))
        throw ProcessingError(
            ErrorCode::IoError,
            QCoreApplication::translate("ad::Error", "cannot delete '%1'").arg(location));
}

Entry LocalStorage::head(const QString &location) const
{
    const QFileInfo info(location);
    if (!info.exists())
        throw ProcessingError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ad::Error", "'%1' does not exist").arg(location));
    return {info.absoluteFilePath(),
            info.fileName(),
            info.isDir(),
            info.size(),
            info.lastModified(),
            {}};
}

// --- bucket ---------------------------------------------------------------------------------

BucketStorage::BucketStorage(Endpoint endpoint) : m_endpoint(std::move(endpoint)) {}

ObjectClient BucketStorage::client() const
{
    ObjectClient c(m_endpoint);
    c.setCancelFlag(m_cancelled);
    return c;
}

void BucketStorage::list(const QString &folder, bool recursive,
                         const std::function<bool(const QList<Entry> &)> &onPage) const
{
    const ObjectUrl u = parseObjectUrl(folder);
    const QString prefix =
        u.key.isEmpty() || u.key.endsWith(QLatin1Char('/')) ? u.key : u.key + QLatin1Char('/');
    ObjectClient client = this->client();
    QString marker;
    do {
        const ListObjectsPage page = client.listObjects(
            u.bucket, prefix, recursive ? QString() : QStringLiteral("/"), marker);
        QList<Entry> entries;
        for (const QString &p : page.commonPrefixes)
            entries.append({objectLocation(u, p), locationName(p), true, 0, {}, {}});
        for (const ObjectEntry &o : page.objects) {
            if (o.key.endsWith(QLatin1Char('/'))) // folder markers are not files
                continue;
            entries.append({objectLocation(u, o.key), locationName(o.key), false, o.size,
                            o.lastModified, o.etag});
        }
        if (!entries.isEmpty() && !onPage(entries)) return;
        // S3 omits NextMarker without a delimiter; the last key or prefix is the marker then.
        marker =
            !page.truncated ? QString()
            : !page.nextMarker.isEmpty()
                ? page.nextMarker
                : std::max(page.objects.isEmpty() ? QString() : page.objects.last().key,
                           page.commonPrefixes.isEmpty() ? QString() : page.commonPrefixes.last());
    } while (!marker.isEmpty());
}

QByteArray BucketStorage::read(const QString &location) const
{
    const ObjectUrl u = parseObjectUrl(location);
    return client().get(u.bucket, u.key);
}

QByteArray BucketStorage::read(const QString &location, qint64 offset, qint64 length) const
{
    const ObjectUrl u = parseObjectUrl(location);
    return client().get(u.bucket, u.key, offset, length);
}

QByteArray BucketStorage::readProcessed(const QString &location, const Pairs &query) const
{
    const ObjectUrl u = parseObjectUrl(location);
    return client().send("GET", u.bucket, u.key, query).body;
}

void BucketStorage::write(const QString &location, const QByteArray &data,
                          const QString &contentType) const
{
    const ObjectUrl u = parseObjectUrl(location);
    client().put(u.bucket, u.key, data, contentType);
}

ListObjectsPage BucketStorage::listPage(const QString &location, const QString &delimiter,
                                        const QString &marker, int maxKeys) const
{
    const ObjectUrl u = parseObjectUrl(location);
    return client().listObjects(u.bucket, u.key, delimiter, marker, maxKeys);
}

void BucketStorage::write(const QString &location, const QByteArray &data) const
{
    // A single PUT makes the object appear whole or not at all.
    const ObjectUrl u = parseObjectUrl(location);
    client().put(u.bucket, u.key, data);
}

bool BucketStorage::exists(const QString &location) const
{
    const ObjectUrl u = parseObjectUrl(location);
    try {
        client().head(u.bucket, u.key);
        return true;
    } catch (const ProcessingError &e) {
        if (e.error().code == ErrorCode::NotFound) return false;
        throw;
    }
}

void BucketStorage::remove(const QString &location) const
{
    const ObjectUrl u = parseObjectUrl(location);
    client().remove(u.bucket, u.key);
}

Entry BucketStorage::head(const QString &location) const
{
    const ObjectUrl u = parseObjectUrl(location);
    const ObjectInfo info = client().head(u.bucket, u.key);
    return {location, locationName(u.key), false, info.size, info.lastModified, info.etag};
}

QList<QPair<QString, QString>> BucketStorage::removeMany(const QStringList &locations) const
{
    // One request per 1000 keys of a bucket instead of one per object.
    QMap<QString, QStringList> keysByBucket;
    QHash<QString, ObjectUrl> urls;
    for (const QString &location : locations) {
        const ObjectUrl u = parseObjectUrl(location);
        keysByBucket[u.bucket] << u.key;
        urls.insert(u.bucket, u);
    }
    QList<QPair<QString, QString>> failed;
    ObjectClient c = client();
    for (auto it = keysByBucket.cbegin(); it != keysByBucket.cend(); ++it)
        for (const auto &[key, code] : c.removeMany(it.key(), it.value()))
            failed.append({objectLocation(urls.value(it.key()), key), code});
    return failed;
}

QList<QPair<QString, QString>> BucketStorage::removeTree(const QString &folder, int *removed) const
{
    // Listed without a delimiter, so folder markers ("a/", "a/b/") go as well.
    const ObjectUrl u = parseObjectUrl(folder);
    ObjectClient c = client();
    QStringList keys;
    for (const ObjectEntry &o : listAllObjects(c, u.bucket, u.key))
        keys << o.key;
    const auto failed = c.removeMany(u.bucket, keys);
    if (removed) *removed = int(keys.size() - failed.size());
    QList<QPair<QString, QString>> out;
    for (const auto &[key, code] : failed)
        out.append({objectLocation(u, key), code});
    return out;
}

UploadResult BucketStorage::processStored(const QString &location,
                                          const QList<style::PicRule> &rules) const
{
    const ObjectUrl u = parseObjectUrl(location);
    ObjectClient c = client();
    return storage::processStored(c, u.bucket, u.key, rules);
}

QList<BucketEntry> BucketStorage::listBuckets() const
{
    return client().listBuckets();
}

QUrl BucketStorage::presignGet(const QString &location, int seconds) const
{
    const ObjectUrl u = parseObjectUrl(location);
    return client().presignGet(u.bucket, u.key, seconds);
}

} // namespace ad::storage
