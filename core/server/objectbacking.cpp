#include "server/objectbacking.h"

#include "common/error.h"
#include "storage/atomicfile.h"
#include "storage/objectcache.h"
#include "storage/objecturl.h"
#include "storage/storage.h"

#include <QCache>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QMutex>
#include <sys/stat.h>

namespace ad::server
{

constexpr int kMaxKeyBytes = 850; // COS's object key limit

void checkKey(const QString &key)
{
    const auto refuse = [&](const QString &why) {
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QStringLiteral("invalid object key '%1': %2").arg(key.left(200), why));
    };
    if (key.isEmpty()) refuse(QStringLiteral("empty"));
    if (key.toUtf8().size() > kMaxKeyBytes) refuse(QStringLiteral("longer than 850 bytes"));
    if (key.contains(QChar(0)) || key.contains(QLatin1Char('\\')))
        refuse(QStringLiteral("NUL or backslash"));
    const QStringList segments = key.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments[i];
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            refuse(QStringLiteral("'.' and '..' segments are not allowed"));
        // "a//b" and "/a" would name the file "a/b" and "a" names too, in a folder.
        if (segment.isEmpty() && i + 1 < segments.size())
            refuse(QStringLiteral("empty path segments are not allowed"));
    }
}

QString contentTypeFor(const QString &key)
{
    static const QMimeDatabase db;
    return db.mimeTypeForFile(key, QMimeDatabase::MatchExtension).name();
}

namespace
{

class FolderBacking : public ObjectBacking
{
public:
    explicit FolderBacking(const QString &root) : m_root(QDir(root).canonicalPath())
    {
        if (m_root.isEmpty() || !QFileInfo(m_root).isDir())
            throw ProcessingError(ErrorCode::NotFound,
                                  QStringLiteral("'%1' is not a folder").arg(root));
    }

    std::optional<ObjectStat> stat(const QString &key) const override
    {
        const QString path = pathFor(key);
        if (key.endsWith(QLatin1Char('/'))) return folderStat(path);
        struct stat st {
        };
        if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
            return std::nullopt;
        if (!insideRoot(path)) return std::nullopt; // a symbolic link out of the root
        ObjectStat s;
        s.size = st.st_size;
        s.modified = QDateTime::fromMSecsSinceEpoch(qint64(st.st_mtim.tv_sec) * 1000 +
                                                    st.st_mtim.tv_nsec / 1000000);
        // Size, inode and the nanosecond change time: any write changes the ctime, which,
        // unlike the mtime, no copy tool (cp -p, rsync -t, tar) can set back. So the content's
        // hash is computed once per version of the file.
        const QByteArray identity = QByteArray::number(qint64(st.st_size)) + '-' +
                                    QByteArray::number(qint64(st.st_ctim.tv_sec)) + '.' +
                                    QByteArray::number(qint64(st.st_ctim.tv_nsec)) + '-' +
                                    QByteArray::number(quint64(st.st_ino));
        s.etag = etagOf(path, identity, s.size);
        s.contentType = contentTypeFor(key);
        return s;
    }

    QByteArray read(const QString &key, qint64 offset, qint64 length) const override
    {
        QFile file(pathFor(key));
        if (!insideRoot(file.fileName()) || !file.open(QIODevice::ReadOnly))
            throw ProcessingError(ErrorCode::NotFound,
                                  QStringLiteral("no such object '%1'").arg(key));
        if (offset > 0) file.seek(offset);
        return length < 0 ? file.readAll() : file.read(length);
    }

    QString localPath(const QString &key, const ObjectStat &) const override
    {
        return pathFor(key);
    }

    ObjectStat write(const QString &key, const QByteArray &data) const override
    {
        const QString path = pathFor(key);
        if (key.endsWith(QLatin1Char('/'))) return makeFolder(key, path, data);
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder) || !insideRoot(folder))
            throw ProcessingError(ErrorCode::IoError,
                                  QStringLiteral("cannot create the folder of '%1'").arg(key));
        storage::writeFileAtomically(path, data); // a fresh temporary name per write
        return *stat(key);
    }

    void remove(const QString &key) const override
    {
        const QString path = pathFor(key);
        if (!insideRoot(path)) return;
        if (key.endsWith(QLatin1Char('/')))
            QDir().rmdir(path); // only when empty, as deleting a marker leaves the objects
        else
            QFile::remove(path);
    }

    storage::ListObjectsPage list(const QString &prefix, const QString &delimiter,
                                  const QString &marker, int maxKeys) const override
    {
        // Only the folder the prefix reaches into is walked, not the whole root.
        const QString base = prefix.left(prefix.lastIndexOf(QLatin1Char('/')) + 1);
        if (!base.isEmpty()) checkKey(base);
        QStringList keys;
        QDirIterator it(m_root + QLatin1Char('/') + base, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString key = it.next().mid(m_root.size() + 1);
            // A marker that is a common prefix ("2024/") stands for everything below it.
            const bool pastMarker =
                key > marker &&
                !(!delimiter.isEmpty() && marker.endsWith(delimiter) && key.startsWith(marker));
            if (key.startsWith(prefix) && pastMarker && !storage::isPartialPath(key) &&
                insideRoot(it.filePath()))
                keys << key;
        }
        std::sort(keys.begin(), keys.end());
        storage::ListObjectsPage page;
        page.prefix = prefix;
        for (const QString &key : std::as_const(keys)) {
            if (page.objects.size() + page.commonPrefixes.size() >= maxKeys) {
                page.truncated = true;
                break;
            }
            const qsizetype cut = delimiter.isEmpty() ? -1 : key.indexOf(delimiter, prefix.size());
            if (cut >= 0) {
                const QString folder = key.left(cut + delimiter.size());
                if (page.commonPrefixes.isEmpty() || page.commonPrefixes.last() != folder)
                    page.commonPrefixes << folder;
                page.nextMarker = folder;
                continue;
            }
            const std::optional<ObjectStat> s = stat(key);
            if (!s) continue;
            page.objects.append({key, s->size,
                                 QString::fromLatin1(s->etag).remove(QLatin1Char('"')), s->modified,
                                 QStringLiteral("STANDARD")});
            page.nextMarker = key;
        }
        if (!page.truncated) page.nextMarker.clear();
        return page;
    }

    QString bucketName() const override { return QFileInfo(m_root).fileName(); }
    QString describe() const override { return QStringLiteral("folder %1").arg(m_root); }

private:
    QString pathFor(const QString &key) const
    {
        checkKey(key);
        return m_root + QLatin1Char('/') + key;
    }

    // "photos/2024/" is a folder marker, as the COS console makes them: an empty object that a
    // folder stands for here.
    ObjectStat makeFolder(const QString &key, const QString &path, const QByteArray &data) const
    {
        if (!data.isEmpty())
            throw ProcessingError(
                ErrorCode::InvalidArgument,
                QStringLiteral("'%1' ends in '/', a folder: its body must be empty").arg(key));
        if (!QDir().mkpath(path) || !insideRoot(path))
            throw ProcessingError(ErrorCode::IoError,
                                  QStringLiteral("cannot create the folder '%1'").arg(key));
        return *folderStat(path);
    }

    std::optional<ObjectStat> folderStat(const QString &path) const
    {
        const QFileInfo info(path);
        if (!info.isDir() || !insideRoot(path)) return std::nullopt;
        ObjectStat s;
        s.modified = info.lastModified();
        s.etag = '"' + QCryptographicHash::hash({}, QCryptographicHash::Md5).toHex() + '"';
        s.contentType = QStringLiteral("application/x-directory");
        return s;
    }

    // As COS: the MD5 of the content for a file uploaded whole, which clients such as the COS
    // SDKs compare with what they sent. Beyond kHashedBytes (where COS's multipart ETags are
    // not MD5s either) the version's identity stands in, marked "-1" as a multipart ETag is.
    QByteArray etagOf(const QString &path, const QByteArray &identity, qint64 size) const
    {
        {
            QMutexLocker lock(&m_etagMutex);
            if (const QByteArray *known = m_etags.object(identity)) return *known;
        }
        QByteArray etag;
        QFile file(path);
        QCryptographicHash md5(QCryptographicHash::Md5);
        if (size <= kHashedBytes && file.open(QIODevice::ReadOnly) && md5.addData(&file))
            etag = '"' + md5.result().toHex() + '"';
        else
            etag =
                '"' + QCryptographicHash::hash(identity, QCryptographicHash::Md5).toHex() + "-1\"";
        QMutexLocker lock(&m_etagMutex);
        m_etags.insert(identity, new QByteArray(etag));
        return etag;
    }

    static constexpr qint64 kHashedBytes = 64LL << 20;

    // Resolves symbolic links: what the path really names must be below the root.
    bool insideRoot(const QString &path) const
    {
        const QString real = QFileInfo(path).canonicalFilePath();
        return real.isEmpty() || real == m_root || real.startsWith(m_root + QLatin1Char('/'));
    }

    QString m_root;
    mutable QMutex m_etagMutex;
    mutable QCache<QByteArray, QByteArray> m_etags{20000}; // version identity -> ETag
};

class BucketBacking : public ObjectBacking
{
public:
    BucketBacking(const QString &location, const QString &cacheDir)
        : m_url(storage::parseObjectUrl(location)), m_bucket(storage::endpointFor(m_url)),
          m_cacheDir(cacheDir)
    {
        if (!m_url.remote)
            throw ProcessingError(ErrorCode::InvalidArgument,
                                  QStringLiteral("'%1' is not a bucket address").arg(location));
        m_prefix = m_url.key;
        if (!m_prefix.isEmpty() && !m_prefix.endsWith(QLatin1Char('/')))
            m_prefix += QLatin1Char('/');
    }

    std::optional<ObjectStat> stat(const QString &key) const override
    {
        try {
            const storage::Entry info = m_bucket.head(objectLocation(key));
            ObjectStat s;
            s.size = info.size;
            s.modified = info.modified;
            s.etag = info.etag.startsWith(QLatin1Char('"')) ? info.etag.toUtf8()
                                                            : '"' + info.etag.toUtf8() + '"';
            s.contentType = contentTypeFor(key);
            return s;
        } catch (const ProcessingError &e) {
            if (e.error().code == ErrorCode::NotFound) return std::nullopt;
            throw;
        }
    }

    QByteArray read(const QString &key, qint64 offset, qint64 length) const override
    {
        return m_bucket.read(objectLocation(key), offset, length);
    }

    QString localPath(const QString &key, const ObjectStat &stat) const override
    {
        return storage::previewCopy(objectLocation(key), QString::fromUtf8(stat.etag), stat.size,
                                    m_cacheDir);
    }

    ObjectStat write(const QString &key, const QByteArray &data) const override
    {
        m_bucket.write(objectLocation(key), data, contentTypeFor(key));
        return stat(key).value_or(ObjectStat{});
    }

    void remove(const QString &key) const override { m_bucket.remove(objectLocation(key)); }

    storage::ListObjectsPage list(const QString &prefix, const QString &delimiter,
                                  const QString &marker, int maxKeys) const override
    {
        storage::ListObjectsPage page =
            m_bucket.listPage(storage::objectLocation(m_url, m_prefix + prefix), delimiter,
                              marker.isEmpty() ? QString() : m_prefix + marker, maxKeys);
        // Keys as this endpoint names them: below the served prefix.
        page.prefix = prefix;
        for (storage::ObjectEntry &entry : page.objects)
            entry.key = entry.key.mid(m_prefix.size());
        for (QString &folder : page.commonPrefixes)
            folder = folder.mid(m_prefix.size());
        if (!page.nextMarker.isEmpty()) page.nextMarker = page.nextMarker.mid(m_prefix.size());
        return page;
    }

    QString bucketName() const override { return m_url.bucket; }
    QString describe() const override
    {
        return QStringLiteral("bucket %1").arg(storage::objectLocation(m_url, m_prefix));
    }

private:
    QString objectKey(const QString &key) const
    {
        checkKey(key);
        return m_prefix + key;
    }
    QString objectLocation(const QString &key) const
    {
        return storage::objectLocation(m_url, objectKey(key));
    }

    storage::ObjectUrl m_url;
    storage::BucketStorage m_bucket;
    QString m_cacheDir;
    QString m_prefix;
};

} // namespace

std::unique_ptr<ObjectBacking> folderBacking(const QString &root)
{
    return std::make_unique<FolderBacking>(root);
}

std::unique_ptr<ObjectBacking> bucketBacking(const QString &location, const QString &cacheDir)
{
    return std::make_unique<BucketBacking>(location, cacheDir);
}

} // namespace ad::server
