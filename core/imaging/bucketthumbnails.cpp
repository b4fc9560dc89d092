#include "imaging/bucketthumbnails.h"

#include "imaging/vipsqimage.h"
#include "imaging/vipsutil.h"
#include "storage/atomicfile.h"
#include "style/error.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ad::imaging
{

using vips::VImage;

BucketThumbnails::BucketThumbnails(QString cacheDir) : m_dir(std::move(cacheDir))
{
    if (m_dir.isEmpty())
        m_dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                QStringLiteral("/bucket-thumbnails");
}

QString BucketThumbnails::cachePath(const storage::ObjectUrl &object, const QString &etag,
                                    int edge) const
{
    const QByteArray id = storage::objectLocation(object, object.key).toUtf8() + '\n' +
                          etag.toUtf8() + '\n' + QByteArray::number(edge);
    return m_dir + QLatin1Char('/') +
           QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex()) +
           QStringLiteral(".png");
}

QImage BucketThumbnails::thumbnail(const storage::ObjectUrl &object, const QString &etag,
                                   qint64 size, int edge, QString *error) const
{
    const QString cached = cachePath(object, etag, edge);
    if (QImage hit(cached); !hit.isNull()) return hit;
    auto failed = [&](const QString &why) {
        if (error) *error = why;
        return QImage();
    };
    QByteArray bytes;
    try {
        storage::ObjectClient client(storage::endpointFor(object));
        if (client.endpoint().flavor == storage::Endpoint::Flavor::Cos) {
            // CI makes the thumbnail; a bucket without image processing answers with the
            // original, which is shrunk below like any download.
            const QString rule = QStringLiteral("imageMogr2/thumbnail/%1x%1").arg(edge);
            bytes = client.send("GET", object.bucket, object.key, {{rule, QString()}}).body;
        } else {
            if (size > maxDownload)
                return failed(QCoreApplication::translate("ad::Error", "over %1 MB; no thumbnail")
                                  .arg(maxDownload >> 20));
            bytes = client.get(object.bucket, object.key);
        }
    } catch (const ProcessingError &e) {
        return failed(e.error().message);
    }
    if (!findLoader(bytes))
        return failed(QCoreApplication::translate("ad::Error", "not an image libvips can read"));
    try {
        const QImage image = toQImage(thumbnailOfBytes(bytes, QSize(edge, edge), true));
        QDir().mkpath(m_dir);
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
        storage::writeFileAtomically(cached, png);
        return image;
    } catch (const vips::VError &e) {
        vips_error_clear();
        return failed(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
    }
}

} // namespace ad::imaging
