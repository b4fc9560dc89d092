#pragma once

// A small HTTP proxy in front of the test S3 server that injects faults: error bursts (500/503),
// dropped connections, slow answers and expired credentials (403 ExpiredToken). Each connection
// is handled on its own pool thread with blocking sockets, one request per connection.

#include <QTcpServer>
#include <QThread>
#include <QUrl>
#include <atomic>

namespace ad::test
{

class FaultProxy
{
public:
    explicit FaultProxy(const QUrl &upstream);
    ~FaultProxy();
    QUrl url() const;

    void failNext(int requests, int status) { m_failStatus = status, m_fail = requests; }
    void dropNext(int requests) { m_drop = requests; }
    void setDelay(int ms) { m_delayMs = ms; }
    void setExpired(bool expired) { m_expired = expired; }
    int requests() const { return m_requests; }
    int injected() const { return m_injected; }

private:
    class Server;
    void handle(qintptr socket);

    QUrl m_upstream;
    QThread m_thread;
    Server *m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<int> m_fail{0}, m_failStatus{503}, m_drop{0}, m_delayMs{0}, m_requests{0},
        m_injected{0};
    std::atomic<bool> m_expired{false};
};

} // namespace ad::test
