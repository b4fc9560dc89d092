#pragma once

// One interface for local folders and buckets, so batch jobs, previews and the browser treat
// both alike, and the one door through which the windows, the command line and the jobs reach a
// bucket (they never build an ObjectClient). Locations are strings: an absolute local path, or
// cos://bucket/key and s3://bucket/key. Calls block; use them from worker threads.
// Failures to reach a bucket throw ErrorCode::Network, refused credentials ErrorCode::Auth, a
// call stopped through the cancel flag ErrorCode::Cancelled.

#include "storage/objectclient.h"

#include <QDateTime>
#include <functional>
#include <memory>

namespace ad::style
{
struct PicRule;
}

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
    // One file or object (size, modification time, ETag); NotFound when there is none.
    virtual Entry head(const QString &location) const = 0;
    // Deletes each location; returns those that failed with the reason.
    virtual QList<QPair<QString, QString>> removeMany(const QStringList &locations) const;
    // Deletes every file below a folder location (in a bucket, the folder markers too); counts
    // what went in `removed` and returns what failed, as removeMany.
    virtual QList<QPair<QString, QString>> removeTree(const QString &folder, int *removed) const;
    // The buckets the connection reaches; a local storage has none.
    virtual QList<BucketEntry> listBuckets() const { return {}; }

    // Once the flag is set, calls (and the transfer under way) stop with ErrorCode::Cancelled.
    void setCancelFlag(const std::atomic<bool> *cancelled) { m_cancelled = cancelled; }

protected:
    void checkCancelled() const;
    const std::atomic<bool> *m_cancelled = nullptr;
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
    Entry head(const QString &location) const override;
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
    Entry head(const QString &location) const override;
    QList<QPair<QString, QString>> removeMany(const QStringList &locations) const override;
    QList<QPair<QString, QString>> removeTree(const QString &folder, int *removed) const override;
    QList<BucketEntry> listBuckets() const override;
    // `length` bytes of an object from `offset` (-1: to its end), as a ranged GET.
    QByteArray read(const QString &location, qint64 offset, qint64 length) const;
    // As write(), with the Content-Type the object is served with.
    void write(const QString &location, const QByteArray &data, const QString &contentType) const;
    // One page of the listing below the key prefix of `location` (not made to end in '/'),
    // keys as stored; the caller follows the marker.
    ListObjectsPage listPage(const QString &location, const QString &delimiter,
                             const QString &marker, int maxKeys) const;
    // COS processes objects as it serves them (imageMogr2, ci-process); S3 stores do not.
    bool processesOnRead() const { return m_endpoint.flavor == Endpoint::Flavor::Cos; }
    // The service's processing of an object as a read, e.g. {{"imageMogr2/thumbnail/256x256",
    // ""}} or ci-process=snapshot: the result's bytes.
    QByteArray readProcessed(const QString &location, const Pairs &query) const;
    // A link that reads the object without credentials for `seconds`.
    QUrl presignGet(const QString &location, int seconds) const;
    // Persistent processing of a stored object (COS: POST ?image_process with Pic-Operations):
    // the cloud runs the rules and stores the results; returns its UploadResult.
    UploadResult processStored(const QString &location, const QList<style::PicRule> &rules) const;

private:
    ObjectClient client() const;

    Endpoint m_endpoint;
};

} // namespace ad::storage
