#pragma once

// A running local endpoint: the object backing, the endpoint logic and the HTTP server put
// together from the options the CLI's `serve` and the window's Tools → Local Endpoint share.

#include "server/endpoint.h"
#include "server/httpserver.h"

namespace ad::server
{

struct ServeOptions {
    QString root;   // a local folder, or
    QString bucket; // s3://bucket[/prefix] or cos://bucket[/prefix]
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0: any free port
    EndpointConfig endpoint;
};

class Service
{
public:
    // Starts listening; throws ProcessingError (a missing root, a bucket without credentials,
    // an address in use). The logger gets one line per request, from worker threads.
    Service(ServeOptions options, HttpServer::Logger logger);
    ~Service(); // stops, waiting for requests in flight

    QString url() const { return m_http.url(); }
    quint16 port() const { return m_port; }
    QString describe() const { return m_endpoint.backing().describe(); }

private:
    Endpoint m_endpoint;
    HttpServer m_http;
    quint16 m_port = 0;
};

QString defaultCacheDir();

} // namespace ad::server
