#include "storage/storage.h"

#include "common/error.h"
#include "storage/atomicfile.h"
#include "storage/objecturl.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

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

// --- bucket ---------------------------------------------------------------------------------

BucketStorage::BucketStorage(Endpoint endpoint) : m_endpoint(std::move(endpoint)) {}

void BucketStorage::list(const QString &folder, bool recursive,
                         const std::function<bool(const QList<Entry> &)> &onPage) const
{
    const ObjectUrl u = parseObjectUrl(folder);
    const QString prefix =
        u.key.isEmpty() || u.key.endsWith(QLatin1Char('/')) ? u.key : u.key + QLatin1Char('/');
    ObjectClient client(m_endpoint);
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
        marker = page.truncated ? page.nextMarker : QString();
    } while (!marker.isEmpty());
}

QByteArray BucketStorage::read(const QString &location) const
{
    const ObjectUrl u = parseObjectUrl(location);
    return ObjectClient(m_endpoint).get(u.bucket, u.key);
}

void BucketStorage::write(const QString &location, const QByteArray &data) const
{
    // A single PUT makes the object appear whole or not at all.
    const ObjectUrl u = parseObjectUrl(location);
    ObjectClient(m_endpoint).put(u.bucket, u.key, data);
}

bool BucketStorage::exists(const QString &location) const
{
    const ObjectUrl u = parseObjectUrl(location);
    try {
        ObjectClient(m_endpoint).head(u.bucket, u.key);
        return true;
    } catch (const ProcessingError &e) {
        if (e.error().code == ErrorCode::NotFound) return false;
        throw;
    }
}

void BucketStorage::remove(const QString &location) const
{
    const ObjectUrl u = parseObjectUrl(location);
    ObjectClient(m_endpoint).remove(u.bucket, u.key);
}

} // namespace ad::storage
