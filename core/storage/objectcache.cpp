#include "storage/objectcache.h"

#include "common/error.h"
#include "files/appcache.h"
#include "storage/objecturl.h"
#include "storage/transfer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

namespace ad::storage
{

namespace
{

QString cacheRoot(const QString &cacheDir)
{
    return cacheDir.isEmpty() ? files::cacheRoot() + QStringLiteral("/bucket-objects") : cacheDir;
}

QString copyId(const QString &location, const QString &etag)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((location + QLatin1Char('\n') + etag).toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex());
}

// The suffix stays: the viewers pick images, videos and documents by it.
QString copyPath(const QString &location, const QString &etag, const QString &cacheDir)
{
    const QString suffix = QFileInfo(parseObjectUrl(location).key).suffix();
    return cacheRoot(cacheDir) + QLatin1Char('/') + copyId(location, etag) +
           (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

} // namespace

QString previewCopy(const QString &location, const QString &etag, qint64 size,
                    const QString &cacheDir, const std::atomic<bool> *cancelled)
{
    if (size > maxPreviewCopy)
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate(
                                  "ad::Error", "the object is over %1 MB; download it to view it")
                                  .arg(maxPreviewCopy >> 20));
    const ObjectUrl url = parseObjectUrl(location);
    const QString path = copyPath(location, etag, cacheDir);
    if (QFileInfo(path).size() == size) return path;
    TransferOptions options;
    options.cancelled = cancelled;
    downloadFile(endpointFor(url), url.bucket, url.key, path, options); // temp, then rename
    return path;
}

QString namedCopy(const QString &location, const QString &etag, qint64 size,
                  const QString &cacheDir, const std::atomic<bool> *cancelled)
{
    const QString copy = previewCopy(location, etag, size, cacheDir, cancelled);
    const QString name = QFileInfo(parseObjectUrl(location).key).fileName();
    if (name.isEmpty() || name == QLatin1String("..") || name == QLatin1String("."))
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "'%1' has no file name").arg(location));
    const QString dir = cacheRoot(cacheDir) + QStringLiteral("/named/") + copyId(location, etag);
    const QString path = dir + QLatin1Char('/') + name;
    if (QFileInfo(path).size() == size) return path;
    QDir().mkpath(dir);
    QFile::remove(path);
    if (::link(QFile::encodeName(copy).constData(), QFile::encodeName(path).constData()) != 0 &&
        !QFile::copy(copy, path))
        throw ProcessingError(
            ErrorCode::IoError,
            QCoreApplication::translate("ad::Error", "cannot place a copy at '%1'").arg(path));
    return path;
}

QString localNamedCopy(const QString &location, const QString &etag, qint64 size,
                       const QString &cacheDir)
{
    if (QFileInfo(copyPath(location, etag, cacheDir)).size() != size) return {};
    try {
        return namedCopy(location, etag, size, cacheDir); // links the local copy, no transfer
    } catch (const ProcessingError &) {
        return {};
    }
}

} // namespace ad::storage
