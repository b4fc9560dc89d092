#include "faultproxy.h"

#include <QTcpSocket>
#include <QtConcurrent>

namespace ad::test
{

class FaultProxy::Server : public QTcpServer
{
public:
    explicit Server(FaultProxy *proxy) : m_proxy(proxy) {}

protected:
    void incomingConnection(qintptr socket) override
    {
        (void)QtConcurrent::run([proxy = m_proxy, socket] { proxy->handle(socket); });
    }

private:
    FaultProxy *m_proxy;
};

FaultProxy::FaultProxy(const QUrl &upstream) : m_upstream(upstream)
{
    // Blocked uploads and downloads wait on the pool: give the proxy room of its own.
    QThreadPool::globalInstance()->setMaxThreadCount(
        std::max(16, QThreadPool::globalInstance()->maxThreadCount()));
    m_server = new Server(this);
    m_server->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_server,
        [this] {
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
}

FaultProxy::~FaultProxy()
{
    QMetaObject::invokeMethod(
        m_server, [this] { m_server->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_server; // its thread has finished
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

namespace
{
// Reads one request: headers, then Content-Length bytes of body.
QByteArray readRequest(QTcpSocket &s)
{
    QByteArray data;
    qsizetype end = -1;
    while ((end = data.indexOf("\r\n\r\n")) < 0) {
        if (!s.waitForReadyRead(30000)) return {};
        data += s.readAll();
    }
    qint64 length = 0;
    for (const QByteArray &line : data.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    while (data.size() < end + 4 + length) {
        if (!s.waitForReadyRead(30000)) return {};
        data += s.readAll();
    }
    return data;
}

// The request with "Connection: close", so the upstream's answer ends with its connection.
QByteArray closing(const QByteArray &request)
{
    const qsizetype end = request.indexOf("\r\n\r\n");
    QList<QByteArray> lines = request.left(end).split('\n');
    lines.removeIf([](const QByteArray &l) { return l.toLower().startsWith("connection:"); });
    return lines.join('\n') + "\r\nConnection: close\r\n\r\n" + request.mid(end + 4);
}

QByteArray errorAnswer(int status, const QByteArray &code, const QByteArray &message)
{
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code +
                            "</Code><Message>" + message + "</Message></Error>";
    return "HTTP/1.1 " + QByteArray::number(status) +
           " Injected\r\nContent-Type: application/xml\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}
} // namespace

void FaultProxy::handle(qintptr descriptor)
{
    QTcpSocket client;
    client.setSocketDescriptor(descriptor);
    const QByteArray request = readRequest(client);
    if (request.isEmpty()) return;
    ++m_requests;
    auto take = [](std::atomic<int> &counter) {
        int n = counter.load();
        while (n > 0 && !counter.compare_exchange_weak(n, n - 1)) {
        }
        return n > 0;
    };
    QByteArray answer;
    if (m_expired) {
        answer = errorAnswer(403, "ExpiredToken", "The provided token has expired.");
    } else if (take(m_drop)) {
        ++m_injected;
        client.abort();
        return;
    } else if (take(m_fail)) {
        answer = errorAnswer(m_failStatus, m_failStatus == 503 ? "SlowDown" : "InternalError",
                             "Injected by the test proxy.");
    }
    if (!answer.isEmpty()) {
        ++m_injected;
    } else {
        if (m_delayMs > 0) QThread::msleep(ulong(m_delayMs.load()));
        QTcpSocket upstream;
        upstream.connectToHost(m_upstream.host(), quint16(m_upstream.port()));
        if (!upstream.waitForConnected(10000)) return;
        upstream.write(closing(request));
        while (upstream.state() == QAbstractSocket::ConnectedState &&
               (upstream.bytesAvailable() > 0 || upstream.waitForReadyRead(60000)))
            answer += upstream.readAll();
        answer += upstream.readAll();
    }
    client.write(answer);
    client.waitForBytesWritten(60000);
    client.disconnectFromHost();
    if (client.state() != QAbstractSocket::UnconnectedState) client.waitForDisconnected(5000);
}

} // namespace ad::test
