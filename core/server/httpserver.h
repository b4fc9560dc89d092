#pragma once

// The endpoint's HTTP side, on cpp-httplib: keep-alive connections, a worker pool, file bodies
// streamed from disk. Turns the library's request into an HttpRequest and back, logs one line
// per request, and stops cleanly.

#include "server/httpmessage.h"

#include <QString>
#include <functional>
#include <memory>

namespace ad::server
{

class HttpServer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    using Logger = std::function<void(const QString &line)>; // called from worker threads

    HttpServer(Handler handler, Logger logger);
    ~HttpServer(); // stops
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Binds (port 0: any free port) and serves in the background with `connections` worker
    // threads, each serving one connection at a time. Returns the bound port; throws
    // ProcessingError IoError when the address cannot be bound.
    quint16 start(const QString &address, quint16 port, int connections = 64);
    void stop(); // waits for requests in flight
    bool isRunning() const;
    QString url() const; // http://address:port

    static constexpr qint64 kMaxBody = 256LL << 20; // PUT and part bodies

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The log line for one exchange: peer, method, target (cut to 300 characters), status, bytes,
// milliseconds.
QString logLine(const HttpRequest &request, const HttpResponse &response, double ms);

} // namespace ad::server
