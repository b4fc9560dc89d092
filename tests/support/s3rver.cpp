#include "support/s3rver.h"

#include <csignal>
#include <sys/prctl.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace ad::test
{

S3rver::S3rver(QString dataDir, QStringList buckets)
    : m_dataDir(std::move(dataDir)), m_buckets(std::move(buckets))
{
    QTcpServer probe; // a free port, chosen once so a restart comes back on the same address
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
}

S3rver::~S3rver()
{
    stop();
}

bool S3rver::start()
{
    QDir().mkpath(m_dataDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_OPTIONS"), QStringLiteral("--openssl-legacy-provider"));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The server goes with the test, even when the test crashes: an orphan would hold the
    // test's output open and stall ctest.
    m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    QStringList args{QStringLiteral("--directory"), m_dataDir,
                     QStringLiteral("--port"),      QString::number(m_port),
                     QStringLiteral("--address"),   QStringLiteral("127.0.0.1"),
                     QStringLiteral("--silent")};
    for (const QString &bucket : m_buckets)
        args << QStringLiteral("--configure-bucket") << bucket;
    m_process.start(QStringLiteral(SOURCE_DIR "/tests/s3rver/node_modules/.bin/s3rver"), args);
    if (!m_process.waitForStarted(10000)) {
        qWarning("s3rver did not start: %s", qPrintable(m_process.errorString()));
        return false;
    }
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (socket.waitForConnected(200)) return true;
        if (m_process.state() != QProcess::Running) break;
        QThread::msleep(100);
    }
    qWarning("s3rver is not listening on port %d", m_port);
    return false;
}

void S3rver::stop()
{
    if (m_process.state() == QProcess::NotRunning) return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl S3rver::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QProcessEnvironment S3rver::useForS3() const
{
    const QList<QPair<QString, QString>> settings{
        {QStringLiteral("ASSETDESK_S3_ENDPOINT"), url().toString()},
        {QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("S3RVER")},
        {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("S3RVER")},
        {QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1")}};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : settings) {
        env.insert(name, value);
        qputenv(name.toUtf8().constData(), value.toUtf8());
    }
    return env;
}

} // namespace ad::test
