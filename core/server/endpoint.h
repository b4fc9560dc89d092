#pragma once

// The local Cloud Infinite endpoint's logic: one request in, one response out, on top of the
// processing core. No sockets here (see httpserver.h), so tests and fuzzers call handle()
// directly. Thread-safe: the HTTP library's workers call handle() concurrently.

#include "server/httpmessage.h"
#include "server/objectbacking.h"
#include "server/resultcache.h"
#include "server/stylestore.h"

#include <QSemaphore>
#include <QStringList>
#include <memory>

namespace ad::server
{

struct EndpointConfig {
    QString secretId; // set: every request must carry a valid COS signature
    QString secretKey;
    QString stylesFile; // where the style API keeps its styles (JSON); empty: in memory only
    QString cacheDir;   // processed results and bucket copies
    qint64 cacheBytes = 2LL << 30;
    QString styleSeparators = QStringLiteral("-_/!"); // photo.jpg!small, photo.jpg-small, ...
    int workers = 0; // renders at once (64 connections never run 64 renders); 0: one per core
};

class Endpoint
{
public:
    Endpoint(std::unique_ptr<ObjectBacking> backing, EndpointConfig config);
    ~Endpoint();
    Endpoint(const Endpoint &) = delete;
    Endpoint &operator=(const Endpoint &) = delete;

    HttpResponse handle(const HttpRequest &request);

    const ObjectBacking &backing() const { return *m_backing; }
    const EndpointConfig &config() const { return m_config; }
    StyleStore &styles() { return m_styles; }

private:
    HttpResponse route(const HttpRequest &request);

    std::unique_ptr<ObjectBacking> m_backing;
    EndpointConfig m_config;
    StyleStore m_styles;
    ResultCache m_results;
    QSemaphore m_renders;
};

} // namespace ad::server
