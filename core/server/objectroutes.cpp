#include "server/objectroutes.h"

#include "server/cierror.h"

#include <QCryptographicHash>
#include <QLocale>
#include <optional>

namespace ad::server
{

namespace
{

// Files above this are streamed by the transport instead of read into memory.
constexpr qint64 kInMemoryBody = 4 << 20;

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QDateTime parseHttpDate(const QByteArray &text)
{
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(text).trimmed(),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    t.setTimeSpec(Qt::UTC);
    return t;
}

struct ByteRange {
    qint64 first = 0;
    qint64 length = 0;
};

// "bytes=a-b", "bytes=a-", "bytes=-n"; one range only, as COS. nullopt: not satisfiable.
std::optional<ByteRange> parseRange(const QByteArray &header, qint64 size, bool *valid)
{
    *valid = false;
    if (!header.startsWith("bytes=") || header.contains(',')) return std::nullopt;
    const QByteArray spec = header.mid(6).trimmed();
    const int dash = spec.indexOf('-');
    if (dash < 0) return std::nullopt;
    bool okA = true, okB = true;
    const QByteArray a = spec.left(dash), b = spec.mid(dash + 1);
    qint64 first = 0, last = size - 1;
    if (a.isEmpty()) {
        const qint64 n = b.toLongLong(&okB);
        if (!okB || n <= 0) return std::nullopt;
        first = qMax<qint64>(0, size - n);
    } else {
        first = a.toLongLong(&okA);
        if (!b.isEmpty()) last = qMin(b.toLongLong(&okB), size - 1);
    }
    if (!okA || !okB || first < 0) return std::nullopt;
    *valid = true;
    if (first >= size) return std::nullopt; // not satisfiable: 416
    if (last < first) {
        *valid = false; // "bytes=5-3" is not a range at all: ignored
        return std::nullopt;
    }
    return ByteRange{first, last - first + 1};
}

} // namespace

void setObjectHeaders(HttpResponse &response, const ObjectStat &stat)
{
    response.setHeader("ETag", stat.etag);
    response.setHeader("Last-Modified", httpDate(stat.modified));
    response.setHeader("Content-Type", stat.contentType.toLatin1());
    response.setHeader("Accept-Ranges", "bytes");
}

// Whether a list of entity tags ("a", W/"b", *) holds `etag`; weak tags compare as strong
// ones, as HTTP asks for If-None-Match.
static bool listHolds(const QByteArray &list, const QByteArray &etag)
{
    for (QByteArray tag : list.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/")) tag = tag.mid(2);
        if (tag == etag || tag == "*") return true;
    }
    return false;
}

bool notModified(const HttpRequest &request, const QByteArray &etag, const QDateTime &modified)
{
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (!ifNoneMatch.isEmpty()) return listHolds(ifNoneMatch, etag);
    const QByteArray ifModifiedSince = request.header("if-modified-since");
    if (ifModifiedSince.isEmpty() || !modified.isValid()) return false;
    const QDateTime since = parseHttpDate(ifModifiedSince);
    return since.isValid() && modified.toSecsSinceEpoch() <= since.toSecsSinceEpoch();
}

HttpResponse getObject(const ObjectBacking &backing, const HttpRequest &request)
{
    const std::optional<ObjectStat> stat = backing.stat(request.key);
    if (!stat) return noSuchKey(request, MissingKey::Object);
    const QByteArray ifMatch = request.header("if-match");
    if (!ifMatch.isEmpty() && !listHolds(ifMatch, stat->etag))
        return errorResponse(412, QStringLiteral("PreconditionFailed"),
                             QStringLiteral("At least one of the pre-conditions you specified "
                                            "did not hold"),
                             request);
    HttpResponse response;
    setObjectHeaders(response, *stat);
    if (notModified(request, stat->etag, stat->modified)) {
        response.status = 304;
        return response;
    }
    qint64 first = 0, length = stat->size;
    const QByteArray rangeHeader = request.header("range");
    if (!rangeHeader.isEmpty()) {
        bool valid = false;
        const std::optional<ByteRange> range = parseRange(rangeHeader, stat->size, &valid);
        if (valid && !range) {
            HttpResponse refused =
                errorResponse(416, QStringLiteral("InvalidRange"),
                              QStringLiteral("The requested range is not satisfiable"), request);
            refused.setHeader("Content-Range", "bytes */" + QByteArray::number(stat->size));
            return refused;
        }
        if (range) { // an unreadable Range header is ignored, as HTTP asks
            first = range->first;
            length = range->length;
            response.status = 206;
            response.setHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' +
                                                    QByteArray::number(first + length - 1) + '/' +
                                                    QByteArray::number(stat->size));
        }
    }
    if (request.method == "HEAD") {
        response.setHeader("Content-Length", QByteArray::number(length));
        return response;
    }
    if (length > kInMemoryBody) {
        response.file = backing.localPath(request.key, *stat);
        response.fileOffset = first;
        response.fileLength = length;
    } else if (length > 0) { // an empty object or a folder marker has nothing to read
        response.body = backing.read(request.key, first, length);
    }
    return response;
}

HttpResponse putObject(const ObjectBacking &backing, const HttpRequest &request)
{
    // As COS: a Content-MD5 that does not match the body stores nothing.
    const QByteArray md5 = request.header("content-md5");
    if (!md5.isEmpty()) {
        const QByteArray expected = QByteArray::fromBase64(md5.trimmed());
        if (expected.size() != 16)
            return errorResponse(400, QStringLiteral("InvalidDigest"),
                                 QStringLiteral("Content-MD5 is not a base64-encoded MD5"),
                                 request);
        if (QCryptographicHash::hash(request.body, QCryptographicHash::Md5) != expected)
            return errorResponse(
                400, QStringLiteral("BadDigest"),
                QStringLiteral("The Content-MD5 you specified did not match what was received."),
                request);
    }
    const ObjectStat stat = backing.write(request.key, request.body);
    HttpResponse response;
    response.setHeader("ETag", stat.etag);
    return response;
}

HttpResponse deleteObject(const ObjectBacking &backing, const HttpRequest &request)
{
    backing.remove(request.key);
    HttpResponse response;
    response.status = 204;
    return response;
}

} // namespace ad::server
