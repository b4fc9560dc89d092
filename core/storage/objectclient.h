#pragma once

// A client for the COS XML API and S3-compatible stores over libcurl (storage/httpclient). Calls
// block the calling thread (each thread keeps its own connection), so jobs call them from
// their pools; the GUI calls them through QtConcurrent. Retries network errors and 5xx with
// backoff; never retries 4xx. Errors are ProcessingError with the service's code and request id.

#include "storage/s3xml.h"
#include "storage/signing.h"

#include <QByteArray>
#include <QMap>
#include <QUrl>
#include <atomic>

namespace ad::storage
{

struct Endpoint {
    enum class Flavor { Cos, S3 };
    Flavor flavor = Flavor::S3;
    QUrl url;       // S3: http://127.0.0.1:4569 ; COS: https://cos.ap-beijing.myqcloud.com
    QString region; // ap-beijing, us-east-1, ...
    QString accessKey;
    QString secretKey;
    QString sessionToken;
    bool pathStyle = true; // S3 peers such as s3rver and MinIO; COS uses virtual hosts
    // COS: where requests go instead of the bucket's own host (a private deployment, the local
    // endpoint): scheme, host and port. They still carry and sign Host: <bucket>.<url's host>.
    QUrl connectTo;
    int maxAttempts = 6;
    int timeoutMs = 60000;
};

// An endpoint override as typed ("http://127.0.0.1:8080"): an http or https URL with a host and
// no path. Empty text gives an empty QUrl (no override); anything else throws InvalidArgument.
QUrl endpointOverride(const QString &text);

struct ObjectInfo {
    qint64 size = 0;
    QString etag;
    QDateTime lastModified;
    QString contentType;
    std::optional<uint64_t> crc64;
    QMap<QString, QString> metadata; // x-cos-meta-* / x-amz-meta-*, without the prefix
    std::optional<QList<QPair<QString, QString>>> tags; // when asked for and readable
};

struct HttpReply {
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lower-case names
};

class ObjectClient
{
public:
    explicit ObjectClient(Endpoint endpoint);
    const Endpoint &endpoint() const { return m_endpoint; }

    QList<BucketEntry> listBuckets();
    ListObjectsPage listObjects(const QString &bucket, const QString &prefix,
                                const QString &delimiter = {}, const QString &marker = {},
                                int maxKeys = 1000);
    ObjectInfo head(const QString &bucket, const QString &key);
    QByteArray get(const QString &bucket, const QString &key, qint64 offset = 0,
                   qint64 length = -1);
    // `headers` travel with the request (e.g. Pic-Operations); `reply`, when given, receives
    // the answer (an UploadResult for processing on upload).
    ObjectInfo put(const QString &bucket, const QString &key, const QByteArray &data,
                   const QString &contentType = QStringLiteral("application/octet-stream"),
                   const Pairs &headers = {}, HttpReply *reply = nullptr);
    QString initiateMultipart(const QString &bucket, const QString &key);
    QString uploadPart(const QString &bucket, const QString &key, const QString &uploadId,
                       int number,
                       const QByteArray &data); // returns the part's ETag
    QList<UploadPart> listParts(const QString &bucket, const QString &key, const QString &uploadId);
    // Returns the object's ETag; `headers` and `reply` as for put().
    QString completeMultipart(const QString &bucket, const QString &key, const QString &uploadId,
                              const QList<UploadPart> &parts, const Pairs &headers = {},
                              HttpReply *reply = nullptr);
    void abortMultipart(const QString &bucket, const QString &key, const QString &uploadId);
    void remove(const QString &bucket, const QString &key);
    QList<QPair<QString, QString>> tags(const QString &bucket, const QString &key);
    void setTags(const QString &bucket, const QString &key,
                 const QList<QPair<QString, QString>> &tags);
    // Deletes in requests of 1000 keys; returns the keys that failed with their error codes.
    QList<QPair<QString, QString>> removeMany(const QString &bucket, const QStringList &keys);
    void copy(const QString &fromBucket, const QString &fromKey, const QString &toBucket,
              const QString &toKey);
    void makeFolder(const QString &bucket, const QString &prefix);
    QUrl presignGet(const QString &bucket, const QString &key, int seconds,
                    const QDateTime &now = {});
    // The unsigned address of an object, as a public-read bucket or the cloud's URL styles use.
    QUrl objectUrl(const QString &bucket, const QString &key) const
    {
        return urlFor(bucket, key, {});
    }

    // Low level, for operations not wrapped above. Throws on transport failure after retries
    // and on HTTP errors (status >= 300, or an <Error> body in a 200 for complete/copy).
    HttpReply send(const QByteArray &method, const QString &bucket, const QString &key,
                   const Pairs &query = {}, const Pairs &headers = {}, const QByteArray &body = {});

    void setCancelFlag(const std::atomic<bool> *cancelled) { m_cancelled = cancelled; }

private:
    QUrl urlFor(const QString &bucket, const QString &key, const Pairs &query) const;
    QString hostFor(const QString &bucket) const;
    QString origin(const QString &bucket) const; // scheme://host[:port] requests connect to
    QString signedPath(const QString &bucket, const QString &key) const;

    Endpoint m_endpoint;
    const std::atomic<bool> *m_cancelled = nullptr;
};

} // namespace ad::storage
