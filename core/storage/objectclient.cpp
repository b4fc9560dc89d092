#include "storage/objectclient.h"

#include "storage/httpclient.h"

#include "common/error.h"
#include "storage/crc64.h"
#include "storage/signing.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QThread>

namespace ad::storage
{

namespace
{

[[noreturn]] void serviceError(const HttpReply &reply, const QString &what)
{
    const auto err = parseError(reply.body);
    // The status as well as the service's code: "HTTP 403 SignatureDoesNotMatch" says at once
    // that the request was refused rather than lost.
    QString message = QStringLiteral("%1: HTTP %2").arg(what).arg(reply.status);
    if (err) message += QLatin1Char(' ') + err->code;
    // CI answers carry their own error number (e.g. -60997, too many Pic-Operations rules).
    const QByteArray errNo = reply.headers.value("x-errno");
    if (!errNo.isEmpty()) message += QLatin1Char(' ') + QString::fromLatin1(errNo);
    if (err && !err->message.isEmpty()) message += QStringLiteral(" (%1)").arg(err->message);
    const QByteArray requestId =
        reply.headers.value("x-cos-request-id", reply.headers.value("x-amz-request-id"));
    if (!requestId.isEmpty())
        message += QStringLiteral(" [request id %1]").arg(QString::fromLatin1(requestId));
    const ErrorCode c = reply.status == 404                          ? ErrorCode::NotFound
                        : reply.status == 401 || reply.status == 403 ? ErrorCode::Auth
                                                                     : ErrorCode::IoError;
    throw ProcessingError(c, message);
}

// Server errors and failures of the transport (refused, reset, timed out) are worth another
// try; 4xx answers are final.
bool retryable(int status)
{
    return status >= 500 || status == 0;
}

QString etagOf(const HttpReply &r)
{
    QString etag = QString::fromLatin1(r.headers.value("etag"));
    if (etag.startsWith(QLatin1Char('"')) && etag.endsWith(QLatin1Char('"')) && etag.size() >= 2)
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

} // namespace

QUrl endpointOverride(const QString &text)
{
    if (text.trimmed().isEmpty()) return {};
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")) ||
        url.hasQuery() || url.hasFragment())
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "endpoint '%1' is not http(s)://host[:port]")
                .arg(text.trimmed().left(200)));
    return url.adjusted(QUrl::RemovePath);
}

ObjectClient::ObjectClient(Endpoint endpoint) : m_endpoint(std::move(endpoint)) {}

QString ObjectClient::hostFor(const QString &bucket) const
{
    const QString host = m_endpoint.url.host();
    const int port = m_endpoint.url.port();
    const QString hostPort = port > 0 ? QStringLiteral("%1:%2").arg(host).arg(port) : host;
    if (bucket.isEmpty() || m_endpoint.pathStyle) return hostPort;
    return bucket + QLatin1Char('.') + hostPort;
}

QString ObjectClient::signedPath(const QString &bucket, const QString &key) const
{
    QString path = QStringLiteral("/");
    if (m_endpoint.pathStyle && !bucket.isEmpty())
        path += bucket + (key.isEmpty() ? QString() : QStringLiteral("/"));
    return path + key;
}

QString ObjectClient::origin(const QString &bucket) const
{
    if (m_endpoint.connectTo.isValid())
        return m_endpoint.connectTo.scheme() + QStringLiteral("://") +
               m_endpoint.connectTo.authority(QUrl::FullyEncoded);
    return m_endpoint.url.scheme() + QStringLiteral("://") + hostFor(bucket);
}

QUrl ObjectClient::urlFor(const QString &bucket, const QString &key, const Pairs &query) const
{
    QString text = origin(bucket) + awsUriEncode(signedPath(bucket, key), true);
    QStringList parts;
    // A value-less COS parameter (?acl, a CI processing string) goes as CI documents its URLs,
    // `?imageMogr2/thumbnail/!50p`: '/', '!', ':' and ',' are legal in a query and stay raw; the
    // rest is percent-encoded. The signature covers the decoded name either way.
    for (const auto &[name, value] : query)
        parts << (value.isEmpty() && m_endpoint.flavor == Endpoint::Flavor::Cos
                      ? QString::fromLatin1(QUrl::toPercentEncoding(name, "/!:,"))
                      : awsUriEncode(name, false) + QLatin1Char('=') + awsUriEncode(value, false));
    if (!parts.isEmpty()) text += QLatin1Char('?') + parts.join(QLatin1Char('&'));
    return QUrl(text, QUrl::StrictMode);
}

HttpReply ObjectClient::send(const QByteArray &method, const QString &bucket, const QString &key,
                             const Pairs &query, const Pairs &extraHeaders, const QByteArray &body)
{
    const QUrl url = urlFor(bucket, key, query);
    const QString what =
        QStringLiteral("%1 %2").arg(QString::fromLatin1(method), bucket + QLatin1Char('/') + key);
    for (int attempt = 1;; ++attempt) {
        if (m_cancelled && m_cancelled->load())
            throw ProcessingError(
                ErrorCode::Cancelled,
                QCoreApplication::translate("ad::Error", "%1: cancelled").arg(what));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SignableRequest sr;
        sr.method = method;
        sr.query = query;
        sr.headers = extraHeaders;
        sr.headers.append({QStringLiteral("Host"), hostFor(bucket)});
        if (!body.isEmpty() || method == "PUT" || method == "POST")
            sr.headers.append({QStringLiteral("Content-Length"), QString::number(body.size())});
        QString authorization;
        if (m_endpoint.flavor == Endpoint::Flavor::Cos) {
            sr.path = signedPath(bucket, key);
            if (!m_endpoint.sessionToken.isEmpty())
                sr.headers.append(
                    {QStringLiteral("x-cos-security-token"), m_endpoint.sessionToken});
            const qint64 start = now.toSecsSinceEpoch() - 60; // tolerate a little clock skew
            authorization =
                signCos(sr, m_endpoint.accessKey, m_endpoint.secretKey, start, start + 3600)
                    .authorization;
        } else {
            sr.path = signedPath(bucket, key);
            // Bodies are covered by Content-MD5 (and CRC-64 on COS); hashing them again with
            // SHA-256 for the signature would cost as much as sending them.
            const QByteArray payload = body.isEmpty() ? kEmptyPayloadSha256 : kUnsignedPayload;
            sr.headers.append(
                {QStringLiteral("x-amz-content-sha256"), QString::fromLatin1(payload)});
            sr.headers.append({QStringLiteral("x-amz-date"),
                               now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))});
            if (!m_endpoint.sessionToken.isEmpty())
                sr.headers.append(
                    {QStringLiteral("x-amz-security-token"), m_endpoint.sessionToken});
            const SigV4Scope scope{m_endpoint.accessKey, m_endpoint.secretKey, m_endpoint.region,
                                   QStringLiteral("s3"),
                                   now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))};
            authorization = signV4(sr, payload, scope).authorization;
        }
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const auto &[name, value] : std::as_const(sr.headers))
            headers.append({name.toUtf8(), value.toUtf8()});
        headers.append({"Authorization", authorization.toUtf8()});
        HttpExchange exchange =
            httpExchange(method, url.toEncoded(), headers, body, m_endpoint.timeoutMs, m_cancelled);
        HttpReply r;
        r.status = exchange.status;
        r.body = std::move(exchange.body);
        r.headers = std::move(exchange.headers);
        if (exchange.cancelled)
            throw ProcessingError(
                ErrorCode::Cancelled,
                QCoreApplication::translate("ad::Error", "%1: cancelled").arg(what));
        const QString errorText = exchange.error;

        if (r.status >= 200 && r.status < 300) {
            // Complete and copy (POST, PUT) may answer 200 with an <Error> body. A GET's body is
            // the object: never parsed, it may be 8 MB of anything (or an XML file of the user's).
            if (method != "GET" && method != "HEAD" && parseError(r.body)) serviceError(r, what);
            return r;
        }
        if (!retryable(r.status) || attempt >= m_endpoint.maxAttempts) {
            if (r.status == 0)
                throw ProcessingError(ErrorCode::Network,
                                      QStringLiteral("%1: %2").arg(what, errorText));
            serviceError(r, what);
        }
        // 0.2, 0.4, 0.8 ... 6.4 s, in slices so that a cancel does not wait out the backoff
        const unsigned long backoffMs = 200UL << std::min(attempt - 1, 5);
        for (unsigned long slept = 0; slept < backoffMs && !(m_cancelled && m_cancelled->load());
             slept += 50)
            QThread::msleep(50);
    }
}

QList<BucketEntry> ObjectClient::listBuckets()
{
    const HttpReply r = send("GET", QString(), QString());
    const auto buckets = parseListBuckets(r.body);
    if (!buckets)
        throw ProcessingError(ErrorCode::IoError,
                              QCoreApplication::translate(
                                  "ad::Error", "list buckets: the answer is not a bucket list"));
    return *buckets;
}

ListObjectsPage ObjectClient::listObjects(const QString &bucket, const QString &prefix,
                                          const QString &delimiter, const QString &marker,
                                          int maxKeys)
{
    Pairs query{{QStringLiteral("prefix"), prefix},
                {QStringLiteral("max-keys"), QString::number(maxKeys)}};
    if (!delimiter.isEmpty()) query.append({QStringLiteral("delimiter"), delimiter});
    if (!marker.isEmpty()) query.append({QStringLiteral("marker"), marker});
    if (m_endpoint.flavor == Endpoint::Flavor::Cos)
        query.append({QStringLiteral("encoding-type"), QStringLiteral("url")});
    const HttpReply r = send("GET", bucket, QString(), query);
    const auto page = parseListObjects(r.body);
    if (!page)
        throw ProcessingError(
            ErrorCode::IoError,
            QCoreApplication::translate("ad::Error", "list %1: the answer is not an object list")
                .arg(bucket));
    return *page;
}

ObjectInfo ObjectClient::head(const QString &bucket, const QString &key)
{
    const HttpReply r = send("HEAD", bucket, key);
    ObjectInfo info;
    info.size = r.headers.value("content-length").toLongLong();
    info.etag = etagOf(r);
    info.contentType = QString::fromLatin1(r.headers.value("content-type"));
    info.lastModified = QDateTime::fromString(QString::fromLatin1(r.headers.value("last-modified")),
                                              Qt::RFC2822Date);
    if (r.headers.contains("x-cos-hash-crc64ecma"))
        info.crc64 = r.headers.value("x-cos-hash-crc64ecma").toULongLong();
    for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it) {
        for (const QByteArray &prefix : {QByteArray("x-cos-meta-"), QByteArray("x-amz-meta-")}) {
            if (it.key().startsWith(prefix))
                info.metadata.insert(QString::fromLatin1(it.key().mid(prefix.size())),
                                     QString::fromUtf8(it.value()));
        }
    }
    return info;
}

QByteArray ObjectClient::get(const QString &bucket, const QString &key, qint64 offset,
                             qint64 length)
{
    Pairs headers;
    if (offset > 0 || length >= 0)
        headers.append({QStringLiteral("Range"),
                        length >= 0
                            ? QStringLiteral("bytes=%1-%2").arg(offset).arg(offset + length - 1)
                            : QStringLiteral("bytes=%1-").arg(offset)});
    return send("GET", bucket, key, {}, headers).body;
}

ObjectInfo ObjectClient::put(const QString &bucket, const QString &key, const QByteArray &data,
                             const QString &contentType, const Pairs &headers, HttpReply *reply)
{
    const QByteArray md5 = QCryptographicHash::hash(data, QCryptographicHash::Md5);
    const HttpReply r =
        send("PUT", bucket, key, {},
             Pairs{{QStringLiteral("Content-Type"), contentType},
                   {QStringLiteral("Content-MD5"), QString::fromLatin1(md5.toBase64())}} +
                 headers,
             data);
    if (reply) *reply = r;
    ObjectInfo info;
    info.size = data.size();
    info.etag = etagOf(r);
    // Integrity: COS reports CRC-64 of what it stored; S3 peers an MD5 ETag for single PUTs.
    if (r.headers.contains("x-cos-hash-crc64ecma")) {
        info.crc64 = r.headers.value("x-cos-hash-crc64ecma").toULongLong();
        if (*info.crc64 != Crc64::of(data))
            throw ProcessingError(ErrorCode::IoError, QCoreApplication::translate(
                                                          "ad::Error", "PUT %1/%2: CRC-64 mismatch")
                                                          .arg(bucket, key));
    } else if (!info.etag.isEmpty() &&
               info.etag.compare(QString::fromLatin1(md5.toHex()), Qt::CaseInsensitive) != 0) {
        throw ProcessingError(
            ErrorCode::IoError,
            QCoreApplication::translate("ad::Error", "PUT %1/%2: ETag does not match the MD5 sent")
                .arg(bucket, key));
    }
    return info;
}

QString ObjectClient::initiateMultipart(const QString &bucket, const QString &key)
{
    const HttpReply r = send("POST", bucket, key, {{QStringLiteral("uploads"), QString()}});
    const auto id = parseUploadId(r.body);
    if (!id)
        throw ProcessingError(
            ErrorCode::IoError,
            QCoreApplication::translate("ad::Error", "initiate %1/%2: no upload id in the answer")
                .arg(bucket, key));
    return *id;
}

QString ObjectClient::uploadPart(const QString &bucket, const QString &key, const QString &uploadId,
                                 int number, const QByteArray &data)
{
    const QByteArray md5 = QCryptographicHash::hash(data, QCryptographicHash::Md5);
    const HttpReply r =
        send("PUT", bucket, key,
             {{QStringLiteral("partNumber"), QString::number(number)},
              {QStringLiteral("uploadId"), uploadId}},
             {{QStringLiteral("Content-MD5"), QString::fromLatin1(md5.toBase64())}}, data);
    if (r.headers.contains("x-cos-hash-crc64ecma") &&
        r.headers.value("x-cos-hash-crc64ecma").toULongLong() != Crc64::of(data))
        throw ProcessingError(ErrorCode::IoError, QCoreApplication::translate(
                                                      "ad::Error", "part %1 of %2: CRC-64 mismatch")
                                                      .arg(number)
                                                      .arg(key));
    return etagOf(r);
}

QList<UploadPart> ObjectClient::listParts(const QString &bucket, const QString &key,
                                          const QString &uploadId)
{
    QList<UploadPart> parts;
    int marker = 0;
    for (;;) {
        Pairs query{{QStringLiteral("uploadId"), uploadId}};
        if (marker > 0)
            query.append({QStringLiteral("part-number-marker"), QString::number(marker)});
        const HttpReply r = send("GET", bucket, key, query);
        const auto page = parseListParts(r.body);
        if (!page)
            throw ProcessingError(
                ErrorCode::IoError,
                QCoreApplication::translate("ad::Error", "list parts of %1: unreadable answer")
                    .arg(key));
        parts += page->parts;
        if (!page->truncated || page->nextMarker <= marker) return parts;
        marker = page->nextMarker;
    }
}

QString ObjectClient::completeMultipart(const QString &bucket, const QString &key,
                                        const QString &uploadId, const QList<UploadPart> &parts,
                                        const Pairs &headers, HttpReply *reply)
{
    QList<UploadPart> sorted = parts;
    std::sort(sorted.begin(), sorted.end(),
              [](const UploadPart &a, const UploadPart &b) { return a.number < b.number; });
    const HttpReply r =
        send("POST", bucket, key, {{QStringLiteral("uploadId"), uploadId}},
             Pairs{{QStringLiteral("Content-Type"), QStringLiteral("application/xml")}} + headers,
             completeMultipartBody(sorted));
    if (reply) *reply = r;
    return etagOf(r);
}

void ObjectClient::abortMultipart(const QString &bucket, const QString &key,
                                  const QString &uploadId)
{
    send("DELETE", bucket, key, {{QStringLiteral("uploadId"), uploadId}});
}

void ObjectClient::remove(const QString &bucket, const QString &key)
{
    send("DELETE", bucket, key);
}

QList<QPair<QString, QString>> ObjectClient::removeMany(const QString &bucket,
                                                        const QStringList &keys)
{
    QList<QPair<QString, QString>> failed;
    for (qsizetype i = 0; i < keys.size(); i += 1000) {
        const QByteArray body = deleteObjectsBody(keys.mid(i, 1000));
        const QByteArray md5 = QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64();
        const HttpReply r =
            send("POST", bucket, QString(), {{QStringLiteral("delete"), QString()}},
                 {{QStringLiteral("Content-MD5"), QString::fromLatin1(md5)},
                  {QStringLiteral("Content-Type"), QStringLiteral("application/xml")}},
                 body);
        const auto errors = parseDeleteErrors(r.body);
        if (!errors)
            throw ProcessingError(
                ErrorCode::IoError,
                QCoreApplication::translate("ad::Error", "delete in %1: unreadable answer")
                    .arg(bucket));
        failed += *errors;
    }
    return failed;
}

QList<QPair<QString, QString>> ObjectClient::tags(const QString &bucket, const QString &key)
{
    const HttpReply r = send("GET", bucket, key, {{QStringLiteral("tagging"), QString()}});
    const auto tags = parseTagging(r.body);
    if (!tags)
        throw ProcessingError(
            ErrorCode::IoError,
            QCoreApplication::translate("ad::Error", "tags of %1/%2: unreadable answer")
                .arg(bucket, key));
    return *tags;
}

void ObjectClient::setTags(const QString &bucket, const QString &key,
                           const QList<QPair<QString, QString>> &tags)
{
    const QByteArray body = taggingBody(tags);
    const QByteArray md5 = QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64();
    send("PUT", bucket, key, {{QStringLiteral("tagging"), QString()}},
         {{QStringLiteral("Content-MD5"), QString::fromLatin1(md5)},
          {QStringLiteral("Content-Type"), QStringLiteral("application/xml")}},
         body);
}

void ObjectClient::copy(const QString &fromBucket, const QString &fromKey, const QString &toBucket,
                        const QString &toKey)
{
    const QString header = m_endpoint.flavor == Endpoint::Flavor::Cos
                               ? QStringLiteral("x-cos-copy-source")
                               : QStringLiteral("x-amz-copy-source");
    const QString source =
        m_endpoint.flavor == Endpoint::Flavor::Cos
            ? hostFor(fromBucket) + QLatin1Char('/') + awsUriEncode(fromKey, true)
            : QLatin1Char('/') + fromBucket + QLatin1Char('/') + awsUriEncode(fromKey, true);
    send("PUT", toBucket, toKey, {}, {{header, source}});
}

void ObjectClient::makeFolder(const QString &bucket, const QString &prefix)
{
    const QString key = prefix.endsWith(QLatin1Char('/')) ? prefix : prefix + QLatin1Char('/');
    send("PUT", bucket, key, {}, {}, QByteArray());
}

QUrl ObjectClient::presignGet(const QString &bucket, const QString &key, int seconds,
                              const QDateTime &nowArg)
{
    const QDateTime now = nowArg.isValid() ? nowArg.toUTC() : QDateTime::currentDateTimeUtc();
    SignableRequest sr;
    sr.method = "GET";
    sr.path = signedPath(bucket, key);
    // Whoever opens the URL sends the Host of the address they connect to: through an override
    // that is not the bucket's host, so the signature leaves Host out there.
    if (!m_endpoint.connectTo.isValid()) sr.headers = {{QStringLiteral("Host"), hostFor(bucket)}};
    QString query;
    if (m_endpoint.flavor == Endpoint::Flavor::Cos) {
        const qint64 start = now.toSecsSinceEpoch();
        const CosSignature s =
            signCos(sr, m_endpoint.accessKey, m_endpoint.secretKey, start, start + seconds);
        query = QStringLiteral(
                    "q-sign-algorithm=sha1&q-ak=%1&q-sign-time=%2&q-key-time=%2&q-header-list=%3"
                    "&q-url-param-list=%4&q-signature=%5")
                    .arg(cosUrlEncode(m_endpoint.accessKey), cosUrlEncode(s.keyTime),
                         cosUrlEncode(s.headerList), cosUrlEncode(s.urlParamList), s.signature);
        if (!m_endpoint.sessionToken.isEmpty())
            query +=
                QStringLiteral("&x-cos-security-token=") + cosUrlEncode(m_endpoint.sessionToken);
    } else {
        const SigV4Scope scope{m_endpoint.accessKey, m_endpoint.secretKey, m_endpoint.region,
                               QStringLiteral("s3"),
                               now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))};
        query = presignV4(sr, scope, seconds, m_endpoint.sessionToken);
    }
    return QUrl(origin(bucket) + awsUriEncode(sr.path, true) + QLatin1Char('?') + query,
                QUrl::StrictMode);
}

} // namespace ad::storage
