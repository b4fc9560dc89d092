#pragma once

// `assetdesk-cli serve` as the tests run it: a real process on a free port, and blocking HTTP
// requests to it over libcurl (the storage layer's client), so tests see exactly what a browser
// or an SDK would.

#include "storage/httpclient.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace ad::test
{

class ServeProcess
{
public:
    // `args` are serve's options (--root DIR or --bucket URL, ...); --port 0 is added, and a
    // --cache of its own unless `args` name one, so tests running at once never share a cache.
    explicit ServeProcess(QStringList args, QProcessEnvironment environment = {});
    ~ServeProcess(); // SIGTERM, then waits
    bool start();    // false (with a QWARN and the process's stderr) when it did not come up
    // Stops with `signal` and returns the exit code, or -1 when it did not exit in 10 s.
    int stop(int signal = 15);
    QString url() const { return m_url; } // http://127.0.0.1:PORT, no trailing '/'
    QByteArray log();                     // stderr so far: one line per request

    // `target` is "/key?query", sent as given (percent-encode it yourself).
    storage::HttpExchange request(const QByteArray &method, const QByteArray &target,
                                  const QList<QPair<QByteArray, QByteArray>> &headers = {},
                                  const QByteArray &body = {}, int timeoutMs = 60000) const;
    storage::HttpExchange get(const QByteArray &target,
                              const QList<QPair<QByteArray, QByteArray>> &headers = {}) const
    {
        return request("GET", target, headers);
    }

private:
    QStringList m_args;
    QTemporaryDir m_cache;
    QProcess m_process;
    QString m_url;
    QByteArray m_log;
    bool m_stopping = false;
};

} // namespace ad::test
