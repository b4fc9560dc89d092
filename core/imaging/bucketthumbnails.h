#pragma once

// Thumbnails of images and videos in buckets. On COS the service makes them
// (`?imageMogr2/thumbnail/`, `?ci-process=snapshot`), so only the small result crosses the
// network; on S3 stores (no processing) an image is fetched, up to a size limit, and shrunk
// here, and a video is read in place by ranged GETs, so only its index and first key frame
// travel, not the clip. Either way the result is cached on disk under the object's ETag, so a
// changed object gets a new thumbnail and an unchanged one never travels again. Blocking: call
// from a worker thread.

#include "storage/objecturl.h"

#include <QImage>
#include <atomic>

namespace ad::imaging
{

class BucketThumbnails
{
public:
    // `cacheDir` empty: <cache location>/bucket-thumbnails.
    explicit BucketThumbnails(QString cacheDir = {});

    // Largest object fetched whole for a local thumbnail (S3, or COS without processing).
    static constexpr qint64 maxDownload = 40LL << 20;

    // What one thumbnail cost on the network (nothing when it came from the cache).
    struct Traffic {
        qint64 bytes = 0; // response bodies
        int requests = 0;
        bool ciProcess = false; // made by the service's ci-process=snapshot
    };

    // Null with `error` set when the object is no image or video, too large, unreachable, or
    // when `cancel` turned true.
    QImage thumbnail(const storage::ObjectUrl &object, const QString &etag, qint64 size, int edge,
                     QString *error = nullptr, const std::atomic<bool> *cancel = nullptr,
                     Traffic *traffic = nullptr) const;
    QString cachePath(const storage::ObjectUrl &object, const QString &etag, int edge) const;

private:
    QImage store(const QString &cached, const QImage &image) const;

    QString m_dir;
};

} // namespace ad::imaging
