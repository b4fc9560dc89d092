#include "storage/objectcache.h"

#include "storage/objecturl.h"
#include "storage/transfer.h"
#include "style/error.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>

namespace ad::storage
{

QString previewCopy(const QString &location, const QString &etag, qint64 size,
                    const QString &cacheDir)
{
    if (size > maxPreviewCopy)
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QStringLiteral("the object is over %1 MB; download it to view it")
                                  .arg(maxPreviewCopy >> 20));
    const QString dir = cacheDir.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                  QStringLiteral("/bucket-objects")
                            : cacheDir;
    const ObjectUrl url = parseObjectUrl(location);
    // The suffix stays: the viewers pick images, videos and documents by it.
    const QString suffix = QFileInfo(url.key).suffix();
    const QString path =
        dir + QLatin1Char('/') +
        QString::fromLatin1(QCryptographicHash::hash((location + QLatin1Char('\n') + etag).toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex()) +
        (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    if (QFileInfo(path).size() == size) return path;
    downloadFile(endpointFor(url), url.bucket, url.key, path); // atomic: temp, then rename
    return path;
}

} // namespace ad::storage
