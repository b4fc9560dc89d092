// The COS endpoint override: requests connect to another address (here the real local endpoint
// with signatures required) while they carry and sign the bucket's own Host. Checked on the wire
// (a listening socket records what arrives), end to end (put, get, head, a presigned URL, a wrong
// key), and where the override comes from (COS_ENDPOINT, a profile's endpoint). Through the
// Storage interface, refused credentials, an unreachable service and a cancelled transfer come
// out as Auth, Network and Cancelled.

#include "common/error.h"
#include "storage/objectclient.h"
#include "storage/objecturl.h"
#include "storage/profiles.h"
#include "storage/storage.h"
#include "support/serveprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace ad;
using storage::Endpoint;

namespace
{

const QString kId = QStringLiteral("AKIDoverrideTest00000000000000000000");
const QString kKey = QStringLiteral("overrideSecretKey000000000000000");
const QString kBucket = QStringLiteral("photos-1250000000");
const QString kBucketHost = QStringLiteral("photos-1250000000.cos.ap-guangzhou.myqcloud.com");

Endpoint cosEndpoint(const QString &override, const QString &secretKey = kKey)
{
    Endpoint e;
    e.flavor = Endpoint::Flavor::Cos;
    e.region = QStringLiteral("ap-guangzhou");
    e.url = QUrl(QStringLiteral("https://cos.ap-guangzhou.myqcloud.com"));
    e.pathStyle = false;
    e.connectTo = storage::endpointOverride(override);
    e.accessKey = kId;
    e.secretKey = secretKey;
    e.maxAttempts = 1;
    e.timeoutMs = 5000; // a request ends before a test's 10 s wait for it gives up
    return e;
}

QString xmlField(const QByteArray &body, const QString &name)
{
    const QRegularExpression re(QStringLiteral("<%1>([^<]*)</%1>").arg(name));
    return re.match(QString::fromUtf8(body)).captured(1);
}

} // namespace

class TestEndpointOverride : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestsNameTheBucketHostOnTheWire();
    void againstTheLocalEndpointWithSignatures();
    void overrideFromEnvironmentAndProfile();
    void storageErrorsHaveTheirOwnCodes();
    void malformedOverridesAreRefused_data();
    void malformedOverridesAreRefused();

private:
    QTemporaryDir m_root;
    std::unique_ptr<test::ServeProcess> m_serve;
};

void TestEndpointOverride::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_serve = std::make_unique<test::ServeProcess>(
        QStringList{QStringLiteral("--root"), m_root.path(), QStringLiteral("--secret-id"), kId,
                    QStringLiteral("--secret-key"), kKey});
    QVERIFY(m_serve->start());
}

void TestEndpointOverride::requestsNameTheBucketHostOnTheWire()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&listener, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = listener.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&received, socket] {
            received += socket->readAll();
            if (received.contains("\r\n\r\n"))
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        });
    });
    storage::ObjectClient client(
        cosEndpoint(QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort())));
    QFuture<QByteArray> reply =
        QtConcurrent::run([&client] { return client.get(kBucket, QStringLiteral("dir/a b.jpg")); });
    QTRY_VERIFY_WITH_TIMEOUT(reply.isFinished(), 10000);
    QCOMPARE(reply.result(), QByteArray("ok"));
    QVERIFY2(received.startsWith("GET /dir/a%20b.jpg HTTP/1.1\r\n"), received.constData());
    QVERIFY2(received.contains("\r\nHost: " + kBucketHost.toUtf8() + "\r\n"), received.constData());
    QCOMPARE(received.count("\r\nHost:"), 1);
    const QRegularExpression headerList(QStringLiteral("q-header-list=([^&\\r]*)"));
    QCOMPARE(headerList.match(QString::fromUtf8(received)).captured(1), QStringLiteral("host"));

    // Without an override nothing changes: the URL is the bucket's host.
    Endpoint direct = cosEndpoint({});
    QCOMPARE(storage::ObjectClient(direct).objectUrl(kBucket, QStringLiteral("k.jpg")).toString(),
             QStringLiteral("https://%1/k.jpg").arg(kBucketHost));
    QCOMPARE(storage::ObjectClient(cosEndpoint(QStringLiteral("https://cos.example.net:8443/")))
                 .objectUrl(kBucket, QStringLiteral("k.jpg"))
                 .toString(),
             QStringLiteral("https://cos.example.net:8443/k.jpg"));
}

void TestEndpointOverride::againstTheLocalEndpointWithSignatures()
{
    storage::ObjectClient client(cosEndpoint(m_serve->url()));
    const QByteArray content = "bytes through the override";
    const storage::ObjectInfo put = client.put(kBucket, QStringLiteral("in/override.txt"), content);
    QCOMPARE(put.size, qint64(content.size()));
    QFile stored(m_root.filePath(QStringLiteral("in/override.txt")));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), content);
    QCOMPARE(client.get(kBucket, QStringLiteral("in/override.txt")), content);
    QCOMPARE(client.get(kBucket, QStringLiteral("in/override.txt"), 6, 7), QByteArray("through"));
    const storage::ObjectInfo head = client.head(kBucket, QStringLiteral("in/override.txt"));
    QCOMPARE(head.size, qint64(content.size()));
    QCOMPARE(head.etag, put.etag);

    // A presigned URL points at the override and opens with any client's own Host.
    const QUrl presigned = client.presignGet(kBucket, QStringLiteral("in/override.txt"), 120);
    QCOMPARE(presigned.authority(), QUrl(m_serve->url()).authority());
    const auto viaUrl = storage::httpExchange("GET", presigned.toEncoded(), {}, {}, 10000, nullptr);
    QCOMPARE(viaUrl.status, 200);
    QCOMPARE(viaUrl.body, content);
    const QByteArray elsewhere = presigned.toEncoded().replace("in/override.txt", "in/other.txt");
    QCOMPARE(storage::httpExchange("GET", elsewhere, {}, {}, 10000, nullptr).status, 403);

    // A wrong secret key: a 403 whose message names SignatureDoesNotMatch, nothing written.
    storage::ObjectClient wrong(cosEndpoint(m_serve->url(), QStringLiteral("not-the-key")));
    try {
        wrong.put(kBucket, QStringLiteral("in/forged.txt"), "forged");
        QFAIL("a PUT signed with a wrong key succeeded");
    } catch (const ProcessingError &e) {
        QVERIFY2(e.error().message.contains(QLatin1String("HTTP 403 SignatureDoesNotMatch")),
                 qPrintable(e.error().message));
        QVERIFY2(e.error().message.contains(QLatin1String("PUT photos-1250000000/in/forged.txt")),
                 qPrintable(e.error().message));
    }
    QVERIFY(!QFile::exists(m_root.filePath(QStringLiteral("in/forged.txt"))));
    const auto denied = storage::httpExchange(
        "GET", wrong.presignGet(kBucket, QStringLiteral("in/override.txt"), 60).toEncoded(), {}, {},
        10000, nullptr);
    QCOMPARE(denied.status, 403);
    QCOMPARE(xmlField(denied.body, QStringLiteral("Code")),
             QStringLiteral("SignatureDoesNotMatch"));
}

void TestEndpointOverride::storageErrorsHaveTheirOwnCodes()
{
    const QString object = QStringLiteral("cos://%1/in/override.txt").arg(kBucket);
    auto codeOf = [](const std::function<void()> &call) {
        try {
            call();
        } catch (const ProcessingError &e) {
            return e.error().code;
        }
        return ErrorCode::InvalidArgument; // nothing thrown: never what a check expects
    };

    // A wrong key: the service refuses it, for a single object and for a listing.
    const storage::BucketStorage wrongKey(cosEndpoint(m_serve->url(), QStringLiteral("not-it")));
    QCOMPARE(codeOf([&] { wrongKey.head(object); }), ErrorCode::Auth);
    QCOMPARE(codeOf([&] {
                 wrongKey.list(QStringLiteral("cos://%1/in/").arg(kBucket), false,
                               [](const QList<storage::Entry> &) { return true; });
             }),
             ErrorCode::Auth);
    const Error auth{ErrorCode::Auth, QStringLiteral("HTTP 403")};
    QCOMPARE(auth.toString(), QStringLiteral("Auth: HTTP 403")); // no X-ErrNo for storage codes

    // A closed port: nothing listens, the connection is refused.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    const storage::BucketStorage unreachable(
        cosEndpoint(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
    QCOMPARE(codeOf([&] { unreachable.read(object); }), ErrorCode::Network);

    // A service that accepts and never answers: the cancel flag stops the read under way, long
    // before the endpoint's 5 s timeout would.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        silent.nextPendingConnection();
        ++connections;
    });
    storage::BucketStorage stalled(
        cosEndpoint(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    std::atomic<bool> cancelled{false};
    stalled.setCancelFlag(&cancelled);
    QElapsedTimer clock;
    QFuture<ErrorCode> reading =
        QtConcurrent::run([&] { return codeOf([&] { stalled.read(object); }); });
    QTRY_COMPARE(connections, 1);
    clock.start();
    cancelled = true;
    QTRY_VERIFY_WITH_TIMEOUT(reading.isFinished(), 4000);
    QCOMPARE(reading.result(), ErrorCode::Cancelled);
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    // Once cancelled, a call does not start at all.
    QCOMPARE(codeOf([&] { stalled.head(object); }), ErrorCode::Cancelled);
    QCOMPARE(connections, 1);
}

void TestEndpointOverride::overrideFromEnvironmentAndProfile()
{
    qputenv("COS_REGION", "ap-guangzhou");
    qputenv("COS_SECRET_ID", kId.toUtf8());
    qputenv("COS_SECRET_KEY", kKey.toUtf8());
    qputenv("COS_ENDPOINT", m_serve->url().toUtf8());
    const Endpoint fromEnv =
        storage::endpointFor(storage::parseObjectUrl(QStringLiteral("cos://") + kBucket + "/x"));
    QCOMPARE(fromEnv.connectTo, QUrl(m_serve->url()));
    QCOMPARE(fromEnv.url, QUrl(QStringLiteral("https://cos.ap-guangzhou.myqcloud.com")));
    storage::ObjectClient client(fromEnv);
    client.put(kBucket, QStringLiteral("env.txt"), "from the environment");
    QVERIFY(QFile::exists(m_root.filePath(QStringLiteral("env.txt"))));
    qputenv("COS_ENDPOINT", "ftp://127.0.0.1");
    QVERIFY_THROWS_EXCEPTION(ProcessingError,
                             storage::endpointFromEnvironment(Endpoint::Flavor::Cos));
    qunsetenv("COS_ENDPOINT");
    QVERIFY(storage::endpointFromEnvironment(Endpoint::Flavor::Cos).connectTo.isEmpty());
    for (const char *v : {"COS_REGION", "COS_SECRET_ID", "COS_SECRET_KEY"})
        qunsetenv(v);

    storage::Profile p;
    p.name = QStringLiteral("private cos");
    p.flavor = Endpoint::Flavor::Cos;
    p.region = QStringLiteral("ap-guangzhou");
    p.endpoint = m_serve->url();
    p.accessKey = kId;
    const Endpoint fromProfile = storage::endpointFor(p, {kKey, {}});
    QCOMPARE(fromProfile.connectTo, QUrl(m_serve->url()));
    QCOMPARE(storage::ObjectClient(fromProfile).get(kBucket, QStringLiteral("env.txt")),
             QByteArray("from the environment"));
    p.endpoint.clear();
    QVERIFY(storage::endpointFor(p, {kKey, {}}).connectTo.isEmpty());
}

void TestEndpointOverride::malformedOverridesAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:8080");
    QTest::newRow("other scheme") << QStringLiteral("ftp://127.0.0.1");
    QTest::newRow("a path") << QStringLiteral("http://127.0.0.1:8080/prefix");
    QTest::newRow("a query") << QStringLiteral("http://127.0.0.1:8080/?x=1");
}

void TestEndpointOverride::malformedOverridesAreRefused()
{
    QFETCH(QString, text);
    try {
        storage::endpointOverride(text);
        QFAIL("accepted");
    } catch (const ProcessingError &e) {
        QCOMPARE(e.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(e.error().message.contains(QLatin1String("http(s)://host[:port]")),
                 qPrintable(e.error().message));
    }
}

QTEST_GUILESS_MAIN(TestEndpointOverride)
#include "test_endpoint_override.moc"
