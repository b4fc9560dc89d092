#pragma once

// Thumbnails of images in buckets. On COS the service makes them (`?imageMogr2/thumbnail/`),
// so only the small result crosses the network; on S3 stores (no image processing) the
// object is fetched, up to a size limit, and shrunk here. Either way the result is cached on
// disk under the object's ETag, so a changed object gets a new thumbnail and an unchanged one
// never travels again. Blocking: call from a worker thread.

#include "storage/objecturl.h"

#include <QImage>

namespace ad::imaging
{

class BucketThumbnails
{
public:
    // `cacheDir` empty: <cache location>/bucket-thumbnails.
    explicit BucketThumbnails(QString cacheDir = {});

    // Largest object fetched whole for a local thumbnail (S3, or COS without processing).
    static constexpr qint64 maxDownload = 40LL << 20;

    // Null with `error` set when the object is no image, too large, or unreachable.
    QImage thumbnail(const storage::ObjectUrl &object, const QString &etag, qint64 size, int edge,
                     QString *error = nullptr) const;
    QString cachePath(const storage::ObjectUrl &object, const QString &etag, int edge) const;

private:
    QString m_dir;
};

} // namespace ad::imaging
