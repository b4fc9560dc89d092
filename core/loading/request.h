#pragma once

// What the loading pipeline is asked for and what it answers: one request type for every
// thumbnail, preview and full picture, of a local file or a bucket object.

#include "assets/assetkind.h"
#include "imaging/viewerimage.h"

#include <QDateTime>
#include <QImage>
#include <QSize>
#include <QString>
#include <optional>

namespace ad::loading
{

enum class Purpose {
    Thumbnail, // small, cached on disk (freedesktop cache, or by ETag for bucket objects)
    Preview,   // fitted to the view; for a bucket object, its local copy
    Full       // the viewer's picture, every frame of an animation
};

// Higher runs first: what is on screen, then its neighbours, then what might be wanted later.
enum class Priority { Prefetch = 0, Neighbour = 1, Visible = 2 };

struct Request {
    QString location; // a local path, or a bucket address (cos://, s3://)
    QString etag;     // bucket objects: the version; local files use their modification time
    QDateTime modified;
    qint64 size = -1;                 // bucket objects: their size (limits what is fetched)
    std::optional<assets::Kind> kind; // empty: the worker asks assets::kindOfPath

    QSize bound; // fit inside, never enlarging
    Purpose purpose = Purpose::Thumbnail;
    // Thumbnails of local files: the freedesktop cache's root (empty: the user's); of bucket
    // objects: the ETag-keyed cache folder (empty: the application's).
    QString thumbnailDir;
    // Videos: the chosen cover's time (kept in the catalogue); empty: the clip's own cover.
    std::optional<double> coverSeconds;

    bool isRemote() const { return location.contains(QLatin1String("://")); }
    // Names the result: the same location, version, bound and purpose share one load.
    QString key() const;
};

// A local file's request with its modification time filled in (one stat, no read).
Request localRequest(const QString &path, QSize bound, Purpose purpose);
// A bucket object's local copy (Purpose::Preview), as previews, the viewer and drags take it;
// without an ETag the pipeline asks the bucket for the version.
Request objectCopyRequest(const QString &location, const QString &etag = {}, qint64 size = -1);

struct Result {
    QImage image;                // Thumbnail and Preview of pictures, videos and documents
    imaging::ViewerImage frames; // Full
    QString localPath;           // Preview/Full of a bucket object: its local copy
    QString error;               // set when nothing was made
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
    qint64 bytes() const; // memory held, for the cache's budget
};

} // namespace ad::loading
