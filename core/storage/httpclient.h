#pragma once

// One HTTP exchange over libcurl, blocking, on the calling thread. Each thread keeps its own
// handle, so connections are reused (keep-alive) by the requests a worker makes in a row.
// libcurl rather than QNetworkAccessManager: QNAM hands a response to the caller's thread in
// small pieces through its own HTTP thread (about 300,000 reads and as many wake-ups per GB),
// which cost three times the CPU of the transfer itself on a 2-core machine.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <atomic>

namespace ad::storage
{

struct HttpExchange {
    int status = 0; // 0 when no HTTP answer came (see error)
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QString error;                        // transport failure, for people
    bool cancelled = false;
};

// `url` fully encoded. A Host header, when given, is sent instead of the URL's. No redirects
// are followed. `timeoutMs` bounds connecting and any
// stretch without progress. Setting `cancelled` aborts the exchange.
HttpExchange httpExchange(const QByteArray &method, const QByteArray &url,
                          const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QByteArray &body, int timeoutMs,
                          const std::atomic<bool> *cancelled);

} // namespace ad::storage
