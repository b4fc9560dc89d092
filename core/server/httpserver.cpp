#include "server/httpserver.h"

#include "common/error.h"
#include "server/cierror.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <chrono>
#include <httplib.h>
#include <thread>

namespace ad::server
{

struct HttpServer::Private {
    Handler handler;
    Logger logger;
    httplib::Server server;
    std::thread listener;
    QString url;
};

namespace
{

HttpRequest toRequest(const httplib::Request &in)
{
    HttpRequest out;
    out.method = QByteArray::fromStdString(in.method);
    out.target = QByteArray::fromStdString(in.target);
    const int question = out.target.indexOf('?');
    if (question >= 0) out.rawQuery = out.target.mid(question + 1);
    out.query = parseQuery(out.rawQuery);
    QString path = QString::fromStdString(in.path);
    if (path.startsWith(QLatin1Char('/'))) path.remove(0, 1);
    out.key = path;
    for (const auto &[name, value] : in.headers)
        out.headers.insert(QByteArray::fromStdString(name).toLower(),
                           QByteArray::fromStdString(value));
    out.body = QByteArray::fromStdString(in.body);
    out.peer = QString::fromStdString(in.remote_addr);
    return out;
}

void fromResponse(const HttpResponse &in, httplib::Response &out)
{
    out.status = in.status;
    std::string contentType = "application/octet-stream";
    for (const auto &[name, value] : in.headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
            contentType = value.toStdString();
            continue;
        }
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0 && in.bodySize() > 0)
            continue; // the library sets it from the body
        out.set_header(name.toStdString(), value.toStdString());
    }
    if (!in.file.isEmpty()) {
        auto file = std::make_shared<QFile>(in.file);
        if (!file->open(QIODevice::ReadOnly)) {
            out.status = 500;
            return;
        }
        const qint64 base = in.fileOffset;
        out.set_content_provider(
            size_t(in.fileLength), contentType,
            [file, base](size_t offset, size_t length, httplib::DataSink &sink) {
                if (!file->seek(base + qint64(offset))) return false;
                const QByteArray chunk = file->read(qMin<qint64>(qint64(length), 1 << 20));
                if (chunk.isEmpty()) return false;
                return sink.write(chunk.constData(), size_t(chunk.size()));
            });
    } else if (!in.body.isEmpty()) {
        out.set_content(in.body.constData(), size_t(in.body.size()), contentType);
    } else if (in.header("Content-Type").size() > 0) {
        out.set_header("Content-Type", contentType);
    }
}

// The answer to a request the library refused before any route saw it.
HttpResponse libraryError(int status, const HttpRequest &request)
{
    switch (status) {
    case 414:
        return errorResponse(414, QStringLiteral("InvalidURI"),
                             QStringLiteral("the request line is longer than 8192 bytes"), request);
    case 413:
        // The library reads form-encoded bodies to parse them, and caps those at 8 KB.
        if (request.header("content-type").startsWith("application/x-www-form-urlencoded"))
            return errorResponse(413, QStringLiteral("EntityTooLarge"),
                                 QStringLiteral("a body sent as application/x-www-form-urlencoded "
                                                "is limited to 8192 bytes; send it with the "
                                                "object's own Content-Type"),
                                 request);
        return errorResponse(
            413, QStringLiteral("EntityTooLarge"),
            QStringLiteral("the body is larger than %1 bytes").arg(HttpServer::kMaxBody), request);
    case 404:
        return errorResponse(
            405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("%1 is not supported").arg(QString::fromLatin1(request.method)),
            request);
    default:
        return errorResponse(status, QStringLiteral("InvalidRequest"),
                             QStringLiteral("malformed request, or a header line longer than "
                                            "8192 bytes"),
                             request);
    }
}

} // namespace

QString logLine(const HttpRequest &request, const HttpResponse &response, double ms)
{
    QString target = QString::fromUtf8(request.target);
    if (target.size() > 300) target = target.left(297) + QStringLiteral("...");
    // Joined, not chained with .arg(): a target's own "%2F" would be taken for a placeholder.
    return QStringList{QDateTime::currentDateTime().toString(Qt::ISODateWithMs),
                       request.peer,
                       QString::fromLatin1(request.method),
                       target,
                       QString::number(response.status),
                       QString::number(response.bodySize()),
                       QStringLiteral("B"),
                       QString::number(ms, 'f', 1),
                       QStringLiteral("ms")}
        .join(u' ');
}

HttpServer::HttpServer(Handler handler, Logger logger) : d(std::make_unique<Private>())
{
    d->handler = std::move(handler);
    d->logger = std::move(logger);
    const auto serve = [this](const httplib::Request &in, httplib::Response &out) {
        QElapsedTimer timer;
        timer.start();
        // Ranges are answered by the endpoint (it slices files and knows which answers take
        // them); left set, the library would slice the already sliced body a second time. The
        // library's Request is a non-const local, so clearing it here is well defined.
        const_cast<httplib::Request &>(in).ranges.clear();
        const HttpRequest request = toRequest(in);
        const HttpResponse response = d->handler(request);
        fromResponse(response, out);
        if (d->logger) d->logger(logLine(request, response, timer.nsecsElapsed() / 1e6));
    };
    const std::string any = "/.*";
    d->server.Get(any, serve);
    d->server.Put(any, serve);
    d->server.Post(any, serve);
    d->server.Delete(any, serve);
    d->server.Options(any, serve);
    // Answers the library makes itself (414 for a request line over 8 KB, 400 for a malformed
    // request or a header line over 8 KB, 413, 404 for a method no route takes) get the COS
    // error body and a log line like any other; the endpoint's own answers carry
    // x-cos-request-id and are left alone.
    d->server.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request &in, httplib::Response &out) {
            if (out.has_header("x-cos-request-id"))
                return httplib::Server::HandlerResponse::Unhandled;
            const HttpRequest request = toRequest(in);
            HttpResponse response = libraryError(out.status, request);
            response.setHeader("x-cos-request-id", nextRequestId());
            response.setHeader("Server", "AssetDesk-CI");
            fromResponse(response, out);
            if (d->logger) d->logger(logLine(request, response, 0));
            return httplib::Server::HandlerResponse::Handled;
        }));
    // Without it, a small response written in two pieces waits for the client's delayed ACK
    // (40 ms) on keep-alive connections.
    d->server.set_tcp_nodelay(true);
    // The library's default socket options include SO_REUSEPORT, with which a second server
    // binds a port already in use and the kernel splits connections between the two; a port in
    // use must be an error instead. SO_REUSEADDR alone still allows a restart on the same port.
    d->server.set_socket_options([](socket_t sock) {
        const int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    });
    d->server.set_payload_max_length(size_t(kMaxBody));
    d->server.set_keep_alive_max_count(1000);
    // Idle keep-alive connections hold a worker, and stop() waits for them: keep it short.
    d->server.set_keep_alive_timeout(2);
    d->server.set_read_timeout(30);
    d->server.set_write_timeout(60);
}

HttpServer::~HttpServer()
{
    stop();
}

quint16 HttpServer::start(const QString &address, quint16 port, int connections)
{
    d->server.new_task_queue = [connections] {
        return new httplib::ThreadPool(size_t(qMax(1, connections)));
    };
    const std::string host = address.toStdString();
    int bound = port;
    if (port == 0)
        bound = d->server.bind_to_any_port(host);
    else if (!d->server.bind_to_port(host, port))
        bound = -1;
    if (bound <= 0)
        throw ProcessingError(
            ErrorCode::IoError,
            QStringLiteral("cannot listen on %1:%2: the port may be in use or the "
                           "address not this machine's; pick another port, or "
                           "0 for any free one")
                .arg(address)
                .arg(port));
    d->listener = std::thread([this] { d->server.listen_after_bind(); });
    // httplib's stop() does nothing until the listener has marked itself running; a stop() that
    // came first left the thread in accept() and the destructor's join() hung. listen_after_bind
    // sets that mark before anything else, so this wait is short.
    while (!d->server.is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // An IPv6 address goes in brackets in a URL: http://[::1]:8080.
    const QString urlHost = address.contains(QLatin1Char(':'))
                                ? QLatin1Char('[') + address + QLatin1Char(']')
                                : address;
    d->url = QStringLiteral("http://%1:%2").arg(urlHost).arg(bound);
    return quint16(bound);
}

void HttpServer::stop()
{
    if (!d->listener.joinable()) return;
    d->server.stop();
    d->listener.join();
}

bool HttpServer::isRunning() const
{
    return d->listener.joinable() && d->server.is_running();
}

QString HttpServer::url() const
{
    return d->url;
}

} // namespace ad::server
