#include "imaging/bucketthumbnails.h"

#include "assets/assetkind.h"
#include "common/error.h"
#include "files/appcache.h"
#include "imaging/vipsqimage.h"
#include "imaging/vipsutil.h"
#include "media/videoframe.h"
#include "storage/atomicfile.h"
#include "storage/rangedobject.h"
#include "storage/storage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace ad::imaging
{

using vips::VImage;

namespace
{
// Reading a clip over the network takes longer than from a disk.
constexpr int kVideoTimeoutMs = 30000;
} // namespace

BucketThumbnails::BucketThumbnails(QString cacheDir) : m_dir(std::move(cacheDir))
{
    if (m_dir.isEmpty()) m_dir = files::cacheRoot() + QStringLiteral("/bucket-thumbnails");
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

namespace
{

// A bucket object as the video decoder's input. A failed read ends the decode; its message is
// kept for the error the caller sees.
class ObjectSource final : public media::ByteSource
{
public:
    ObjectSource(storage::RangedObject &object, QString name, const std::atomic<bool> *cancel)
        : m_object(object), m_name(std::move(name)), m_cancel(cancel)
    {
    }
    QString name() const override { return m_name; }
    qint64 size() const override { return m_object.size(); }
    qint64 read(qint64 offset, char *data, qint64 max) override
    {
        if (m_cancel && m_cancel->load()) return -1;
        try {
            return m_object.read(offset, data, max);
        } catch (const ProcessingError &e) {
            error = e.error().message;
            return -1;
        }
    }
    QString error;

private:
    storage::RangedObject &m_object;
    QString m_name;
    const std::atomic<bool> *m_cancel;
};

} // namespace

QImage BucketThumbnails::thumbnail(const storage::ObjectUrl &object, const QString &etag,
                                   qint64 size, int edge, QString *error,
                                   const std::atomic<bool> *cancel, Traffic *traffic) const
{
    Traffic ignored;
    Traffic &spent = traffic ? *traffic : ignored;
    spent = {};
    const QString cached = cachePath(object, etag, edge);
    if (QImage hit(cached); !hit.isNull()) return hit;
    auto failed = [&](const QString &why) {
        if (error) *error = why;
        return QImage();
    };
    const bool video = assets::kindOf(object.key, {}) == assets::Kind::Video;
    QByteArray bytes;
    try {
        const QString location = storage::objectLocation(object, object.key);
        storage::BucketStorage bucket(storage::endpointFor(object));
        bucket.setCancelFlag(cancel);
        const bool cos = bucket.processesOnRead();
        if (cos && video) {
            // The service's snapshot of the first frame; a bucket without media processing
            // refuses it, and the clip is then read in place like on any S3 store.
            try {
                bytes = bucket.readProcessed(
                    location, {{QStringLiteral("ci-process"), QStringLiteral("snapshot")},
                               {QStringLiteral("time"), QStringLiteral("0")},
                               {QStringLiteral("format"), QStringLiteral("jpg")},
                               {QStringLiteral("width"), QString::number(edge)}});
                ++spent.requests;
                spent.bytes += bytes.size();
                spent.ciProcess = true;
            } catch (const ProcessingError &) {
                if (cancel && cancel->load()) throw;
                ++spent.requests;
            }
        } else if (cos) {
            // CI makes the thumbnail; a bucket without image processing answers with the
            // original, which is shrunk below like any download.
            const QString rule = QStringLiteral("imageMogr2/thumbnail/%1x%1").arg(edge);
            bytes = bucket.readProcessed(location, {{rule, QString()}});
            ++spent.requests;
            spent.bytes += bytes.size();
        } else if (!video) {
            if (size > maxDownload)
                return failed(QCoreApplication::translate("ad::Error", "over %1 MB; no thumbnail")
                                  .arg(maxDownload >> 20));
            bytes = bucket.read(location);
            ++spent.requests;
            spent.bytes += bytes.size();
        }
        if (video && bytes.isEmpty()) {
            if (size <= 0) size = bucket.head(location).size;
            storage::RangedObject ranged(bucket, location, size);
            ObjectSource source(ranged, storage::locationName(object.key), cancel);
            QString why;
            const QImage frame =
                media::firstVideoFrame(source, QSize(edge, edge), &why, kVideoTimeoutMs);
            spent.requests += ranged.requests();
            spent.bytes += ranged.bytesFetched();
            if (cancel && cancel->load())
                return failed(QCoreApplication::translate("ad::Error", "cancelled"));
            if (frame.isNull()) return failed(source.error.isEmpty() ? why : source.error);
            return store(cached, frame);
        }
    } catch (const ProcessingError &e) {
        return failed(e.error().message);
    }
    if (!findLoader(bytes))
        return failed(QCoreApplication::translate("ad::Error", "not an image libvips can read"));
    try {
        return store(cached, toQImage(thumbnailOfBytes(bytes, QSize(edge, edge), true)));
    } catch (const vips::VError &e) {
        vips_error_clear();
        return failed(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
    }
}

QImage BucketThumbnails::store(const QString &cached, const QImage &image) const
{
    QDir().mkpath(m_dir);
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    storage::writeFileAtomically(cached, png);
    return image;
}

} // namespace ad::imaging
