#pragma once

// Where the endpoint's objects live: a local folder (the root) or a bucket prefix. Keys are
// checked here, once: a key that could name anything outside the root or prefix is refused, so
// nothing is ever read or written outside it. Thread-safe; calls block.

#include "storage/objectclient.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace ad::server
{

struct ObjectStat {
    qint64 size = 0;
    QDateTime modified;
    QByteArray etag; // quoted, as in the ETag header
    QString contentType;
};

class ObjectBacking
{
public:
    virtual ~ObjectBacking() = default;
    virtual std::optional<ObjectStat> stat(const QString &key) const = 0;
    virtual QByteArray read(const QString &key, qint64 offset = 0, qint64 length = -1) const = 0;
    // A local file holding the object (the original in a folder, a cached copy of a bucket
    // object), for decoders that need a path and for streaming bodies.
    virtual QString localPath(const QString &key, const ObjectStat &stat) const = 0;
    virtual ObjectStat write(const QString &key, const QByteArray &data) const = 0; // atomic
    virtual void remove(const QString &key) const = 0;
    // GET Bucket: keys after `marker` starting with `prefix`, in key order; with a delimiter,
    // what lies below the next delimiter is folded into common prefixes.
    virtual storage::ListObjectsPage list(const QString &prefix, const QString &delimiter,
                                          const QString &marker, int maxKeys) const = 0;
    // The Name of its listings: the folder's name or the bucket's.
    virtual QString bucketName() const = 0;
    // "folder /srv/pics" or "bucket s3://photos/web/", for the startup line.
    virtual QString describe() const = 0;
};

// Throws ProcessingError InvalidArgument for a key that is empty, too long, holds NUL or a
// backslash, or has "." or ".." segments.
void checkKey(const QString &key);

std::unique_ptr<ObjectBacking> folderBacking(const QString &root);
// `location` is s3://bucket[/prefix] or cos://bucket[/prefix]; bucket objects that decoders
// need as files are copied below cacheDir.
std::unique_ptr<ObjectBacking> bucketBacking(const QString &location, const QString &cacheDir);

QString contentTypeFor(const QString &key);

} // namespace ad::server
