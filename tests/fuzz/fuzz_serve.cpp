// Fuzz target: the local CI endpoint from the socket in. The input is one raw HTTP exchange
// (request line, headers, body) sent to two in-process servers on a scratch folder, one open and
// one that checks COS signatures, so the library's parser, the translation to HttpRequest, the
// signature check and every route see it. Whatever arrives must get an HTTP answer or a closed
// connection within 20 s; a crash or a hang is the finding.

#include "server/service.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <arpa/inet.h>
#include <cstdint>
#include <cstdlib>
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

// Sends `bytes`, half-closes, and reads until the server closes. False on a hang.
bool exchange(quint16 port, const QByteArray &bytes, QByteArray &reply)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) std::abort();
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        std::abort(); // the server is gone: an earlier input killed its listener
    for (qsizetype sent = 0; sent < bytes.size();) {
        const ssize_t n =
            ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) break; // the server may refuse early and close
        sent += n;
    }
    ::shutdown(fd, SHUT_WR);
    bool answered = false;
    char buffer[65536];
    for (int waited = 0; waited < 20000;) {
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, 100);
        if (ready == 0) {
            waited += 100;
            continue;
        }
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0) {
            answered = true;
            break;
        }
        if (reply.size() < 4096) reply.append(buffer, qsizetype(n));
    }
    ::close(fd);
    return answered;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024) return 0;
    static Servers servers;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto *service : {servers.open.get(), servers.keyed.get()}) {
        QByteArray reply;
        if (!exchange(service->port(), bytes, reply)) std::abort();
        if (!reply.isEmpty() && !reply.startsWith("HTTP/1.1 ")) std::abort();
    }
    return 0;
}
