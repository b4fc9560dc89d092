#pragma once

// One interface for local folders and buckets, so batch jobs, previews and the browser treat
// both alike. Locations are strings: an absolute local path, or cos://bucket/key and
// s3://bucket/key. Calls block; use them from worker threads.

#include "storage/objectclient.h"

#include <QDateTime>
#include <functional>
#include <memory>

namespace ad::storage
{

struct Entry {
    QString location; // full location: /abs/path or s3://bucket/key
    QString name;     // last path element
    bool folder = false;
    qint64 size = 0;
    QDateTime modified;
    QString etag;
};

class Storage
{
public:
    virtual ~Storage() = default;
    // Pages of entries below a folder location (a local folder or a key prefix ending in '/');
    // return false from onPage to stop. Recursive lists files only.
    virtual void list(const QString &folder, bool recursive,
                      const std::function<bool(const QList<Entry> &)> &onPage) const = 0;
    virtual QByteArray read(const QString &location) const = 0;
    virtual void write(const QString &location, const QByteArray &data) const = 0; // atomic
    virtual bool exists(const QString &location) const = 0;
    virtual void remove(const QString &location) const = 0;
};

bool isRemoteLocation(const QString &location);
// Joins a folder location and a relative name with exactly one '/'.
QString joinLocation(const QString &folder, const QString &relative);
QString locationName(const QString &location);

// The storage for a location: local files, or the bucket's (credentials from the environment
// until profiles exist). Throws for a remote location without credentials.
std::shared_ptr<Storage> storageFor(const QString &location);

class LocalStorage : public Storage
{
public:
    void list(const QString &folder, bool recursive,
              const std::function<bool(const QList<Entry> &)> &onPage) const override;
    QByteArray read(const QString &location) const override;
    void write(const QString &location, const QByteArray &data) const override;
    bool exists(const QString &location) const override;
    void remove(const QString &location) const override;
};

class BucketStorage : public Storage
{
public:
    explicit BucketStorage(Endpoint endpoint);
    void list(const QString &folder, bool recursive,
              const std::function<bool(const QList<Entry> &)> &onPage) const override;
    QByteArray read(const QString &location) const override;
    void write(const QString &location, const QByteArray &data) const override;
    bool exists(const QString &location) const override;
    void remove(const QString &location) const override;

private:
    Endpoint m_endpoint;
};

} // namespace ad::storage
