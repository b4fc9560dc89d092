// Fuzz target: the local CI endpoint from the socket in. The input is one raw HTTP exchange
// (request line, headers, body) sent to two in-process servers on a scratch folder, one open and
// one that checks COS signatures, so the library's parser, the translation to HttpRequest, the
// signature check and every route see it. An answer must be HTTP, and after every input each
// server must still answer a plain GET; a crash, a wedged server or garbage is the finding.

#include "server/service.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <arpa/inet.h>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <memory>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace
{

struct Servers {
    QTemporaryDir dir;
    std::unique_ptr<ad::server::Service> open;
    std::unique_ptr<ad::server::Service> keyed;

    Servers()
    {
        const QString root = dir.filePath(QStringLiteral("root"));
        QDir().mkpath(root + QStringLiteral("/sub"));
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        image.save(root + QStringLiteral("/a.jpg"));
        image.save(root + QStringLiteral("/sub/b.png"));
        ad::server::ServeOptions options;
        options.root = root;
        options.endpoint.cacheDir = dir.filePath(QStringLiteral("cache"));
        options.endpoint.stylesFile = dir.filePath(QStringLiteral("styles.json"));
        open = std::make_unique<ad::server::Service>(options, nullptr);
        options.endpoint.secretId = QStringLiteral("AKIDfuzz");
        options.endpoint.secretKey = QStringLiteral("fuzzkey");
        keyed = std::make_unique<ad::server::Service>(options, nullptr);
    }
};

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        std::abort(); // the server is gone: an earlier input killed its listener
    return fd;
}

// The size of a whole answer from its headers (head and Content-Length), or more than any
// answer while they are incomplete.
qint64 answerSize(const QByteArray &reply)
{
    const qsizetype end = reply.indexOf("\r\n\r\n");
    if (end < 0) return std::numeric_limits<qint64>::max();
    for (const QByteArray &line : reply.left(end).split('\n'))
        if (line.toLower().startsWith("content-length:"))
            return end + 4 + line.mid(15).trimmed().toLongLong();
    return std::numeric_limits<qint64>::max();
}

// Sends `bytes` and returns the start of what came back. The connection is not half-closed
// (cpp-httplib drops a request whose sender has shut down writing), so the exchange ends when
// the server closes, when an answer stops arriving, or after a second of silence: then the
// server waits for more of an incomplete request, or is still working, which the probe after
// each input tells apart from a hang.
QByteArray exchange(quint16 port, const QByteArray &bytes)
{
    const int fd = connectTo(port);
    for (qsizetype sent = 0; sent < bytes.size();) {
        const ssize_t n =
            ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) break; // the server may refuse early and close
        sent += n;
    }
    QByteArray reply;
    qint64 received = 0;
    char buffer[65536];
    for (int silent = 0; silent < (reply.isEmpty() ? 1000 : 200);) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 50) == 0) {
            silent += 50;
            continue;
        }
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0) break;
        silent = 0;
        received += n;
        if (reply.size() < 4096) reply.append(buffer, qsizetype(n));
        if (received >= answerSize(reply)) break; // whole: the connection stays open
    }
    ::close(fd);
    return reply;
}

// A plain GET of a known object must be answered within 20 s whatever came before.
bool answersProbe(quint16 port)
{
    const QByteArray reply =
        exchange(port, "GET /a.jpg HTTP/1.1\r\nHost: probe\r\nConnection: close\r\n\r\n");
    return reply.startsWith("HTTP/1.1 200 ") || reply.startsWith("HTTP/1.1 403 ");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024) return 0;
    static Servers servers;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto *service : {servers.open.get(), servers.keyed.get()}) {
        const QByteArray reply = exchange(service->port(), bytes);
        if (!reply.isEmpty() && !reply.startsWith("HTTP/1.1 ")) std::abort();
        if (!answersProbe(service->port())) std::abort();
    }
    return 0;
}
