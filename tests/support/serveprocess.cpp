#include "support/serveprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTest>
#include <csignal>

namespace ad::test
{

ServeProcess::ServeProcess(QStringList args, QProcessEnvironment environment)
    : m_args(std::move(args))
{
    if (!m_args.contains(QStringLiteral("--cache")))
        m_args += QStringList{QStringLiteral("--cache"), m_cache.path()};
    if (!environment.isEmpty()) m_process.setProcessEnvironment(environment);
    // A serve that dies under a test shows up later as refused connections; say so where it
    // happens, with the end of its log, so a failure on a loaded CI machine can be explained.
    QObject::connect(&m_process, &QProcess::finished,
                     [this](int code, QProcess::ExitStatus status) {
                         if (m_stopping) return;
                         m_log += m_process.readAllStandardError();
                         qWarning("serve exited unexpectedly (%s %d); its last log lines:\n%s",
                                  status == QProcess::CrashExit ? "crash, signal" : "exit code",
                                  code, m_log.right(3000).constData());
                     });
}

ServeProcess::~ServeProcess()
{
    stop();
}

bool ServeProcess::start()
{
    m_stopping = false;
    m_process.start(QStringLiteral(ASSETDESK_CLI),
                    QStringList{QStringLiteral("serve")} + m_args +
                        QStringList{QStringLiteral("--port"), QStringLiteral("0")});
    // The first stdout line names the address: "Serving folder /x at http://127.0.0.1:PORT/".
    const QRegularExpression address(QStringLiteral(" at (http://[^ ]+)/$"),
                                     QRegularExpression::MultilineOption);
    QByteArray out;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        const QRegularExpressionMatch match = address.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_url = match.captured(1);
            return true;
        }
    }
    qWarning("serve did not start: %s %s", out.constData(),
             m_process.readAllStandardError().constData());
    return false;
}

int ServeProcess::stop(int signal)
{
    if (m_process.state() == QProcess::NotRunning) return m_process.exitCode();
    m_stopping = true;
    ::kill(pid_t(m_process.processId()), signal);
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished();
        return -1;
    }
    m_log += m_process.readAllStandardError();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QByteArray ServeProcess::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

storage::HttpExchange ServeProcess::request(const QByteArray &method, const QByteArray &target,
                                            const QList<QPair<QByteArray, QByteArray>> &headers,
                                            const QByteArray &body, int timeoutMs) const
{
    return storage::httpExchange(method, m_url.toUtf8() + target, headers, body, timeoutMs,
                                 nullptr);
}

} // namespace ad::test
