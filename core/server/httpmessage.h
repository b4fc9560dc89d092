#pragma once

// One HTTP exchange as the endpoint's logic sees it, independent of the HTTP library, so the
// routes can be tested and fuzzed without sockets.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace ad::server
{

struct HttpRequest {
    QByteArray method;                    // GET, HEAD, PUT, POST, DELETE
    QString key;                          // decoded object key without the leading '/'
    QByteArray target;                    // path?query exactly as received
    QByteArray rawQuery;                  // after '?', still percent-encoded
    QList<QPair<QString, QString>> query; // decoded, in order; no '=' gives an empty value
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString peer;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    bool hasQuery(const QString &name) const;
    QString queryValue(const QString &name) const;
};

struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Set: the body is this file's bytes [fileOffset, fileOffset + fileLength), streamed by the
    // transport instead of held in memory (large originals, video).
    QString file;
    qint64 fileOffset = 0;
    qint64 fileLength = 0;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    qint64 bodySize() const { return file.isEmpty() ? body.size() : fileLength; }
};

// Splits a raw query ("a=1&b&c=%2F") into decoded pairs; '+' stays '+' as in COS.
QList<QPair<QString, QString>> parseQuery(const QByteArray &rawQuery);

} // namespace ad::server
