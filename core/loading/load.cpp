// The scheduler's default work: every kind of picture the views show, from a local file or a
// bucket object, with the request's cancellation handed to the code that does the work.

#include "imaging/bucketthumbnails.h"
#include "imaging/preview.h"
#include "imaging/rendercancel.h"
#include "imaging/thumbnailwriter.h"
#include "imaging/xdgthumbnails.h"
#include "loading/scheduler.h"
#include "media/videoframe.h"
#include "storage/objectcache.h"
#include "storage/objecturl.h"
#include "storage/storage.h"

#include <QCoreApplication>

namespace ad::loading
{

namespace
{

int longSide(QSize bound)
{
    return std::max(bound.width(), bound.height());
}

Result loadRemote(const Request &r, imaging::RenderCancel &cancel)
{
    Result result;
    if (r.purpose == Purpose::Thumbnail) {
        result.image = imaging::BucketThumbnails(r.thumbnailDir)
                           .thumbnail(storage::parseObjectUrl(r.location), r.etag, r.size,
                                      longSide(r.bound), &result.error, cancel.flag());
        if (result.image.isNull() && result.error.isEmpty())
            result.error = QCoreApplication::translate("ad::Error", "no thumbnail");
    } else {
        // A pasted address comes without its version: the bucket is asked for it first.
        QString etag = r.etag;
        qint64 size = r.size;
        if (etag.isEmpty()) {
            const std::shared_ptr<storage::Storage> bucket = storage::storageFor(r.location);
            bucket->setCancelFlag(cancel.flag());
            const storage::Entry head = bucket->head(r.location);
            etag = head.etag;
            size = head.size;
        }
        // The viewers open the local copy; the HTTP transfer stops when the request is dropped.
        result.localPath = storage::previewCopy(r.location, etag, size, QString(), cancel.flag());
    }
    return result;
}

Result loadLocal(const Request &r, imaging::RenderCancel &cancel)
{
    Result result;
    const assets::Kind kind = r.kind ? *r.kind : assets::kindOfPath(r.location);
    if (kind == assets::Kind::Folder || kind == assets::Kind::Audio) {
        result.error = QCoreApplication::translate("ad::Error", "no picture to show");
        return result;
    }
    switch (r.purpose) {
    case Purpose::Thumbnail: {
        // The shared freedesktop cache first: other file managers' thumbnails count too.
        const imaging::XdgThumbnailCache disk(r.thumbnailDir);
        const auto size = imaging::XdgThumbnailCache::sizeFor(longSide(r.bound));
        result.image = disk.load(r.location, size);
        if (!result.image.isNull()) break;
        // A still picture is decoded once, for the view and for the cache's PNG.
        if (!(r.coverSeconds && kind == assets::Kind::Video) &&
            imaging::writeStillThumbnail(disk, r.location, size, &result.error, &cancel,
                                         &result.image) != imaging::StillThumbnail::NotStill)
            break;
        const QSize square{int(size), int(size)};
        result.image = r.coverSeconds && kind == assets::Kind::Video
                           ? media::videoFrameAt(r.location, *r.coverSeconds, square, &result.error)
                           : imaging::loadPreview(r.location, square, &result.error, &cancel);
        if (!result.image.isNull() && !cancel.isCancelled())
            disk.store(r.location, size, result.image);
        break;
    }
    case Purpose::Preview:
        result.image = imaging::loadPreview(r.location, r.bound, &result.error, &cancel);
        break;
    case Purpose::Full:
        result.frames = imaging::loadViewerImage(r.location, r.bound, &cancel);
        result.error = result.frames.error;
        break;
    }
    if (result.image.isNull() && result.frames.isNull() && result.error.isEmpty())
        result.error = QCoreApplication::translate("ad::Error", "no picture to show");
    return result;
}

} // namespace

Result load(const Request &request, imaging::RenderCancel &cancel)
{
    if (cancel.isCancelled()) {
        Result dropped;
        dropped.cancelled = true;
        return dropped;
    }
    return request.isRemote() ? loadRemote(request, cancel) : loadLocal(request, cancel);
}

} // namespace ad::loading
