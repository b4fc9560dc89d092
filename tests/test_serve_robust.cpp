// The local CI endpoint under hostile and heavy input, against the real serve process: malformed
// and oversized queries, huge numbers, keys that try to leave the root, an 11-stage pipeline,
// 10 MB request lines and headers, then 32 clients at once. Every answer is a COS-shaped error
// or a clean 4xx, the process stays up and answers afterwards, and it exits cleanly at the end.

#include "support/serveprocess.h"
#include "support/testimages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <atomic>
#include <mutex>
#include <thread>

using ad::test::ServeProcess;

namespace
{

QString xmlField(const QByteArray &body, const QString &name)
{
    const QRegularExpression re(QStringLiteral("<%1>([^<]*)</%1>").arg(name));
    return re.match(QString::fromUtf8(body)).captured(1);
}

// Sends raw bytes on a fresh connection (libcurl refuses URLs over 8 MB) and returns what came
// back: one whole response, or what came until the server closed or 20 s passed.
QByteArray rawExchange(const QUrl &url, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(5000)) return {};
    socket.write(bytes);
    QByteArray reply;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000 && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForBytesWritten(100);
        if (socket.waitForReadyRead(100)) reply += socket.readAll();
        const qsizetype end = reply.indexOf("\r\n\r\n");
        const QRegularExpression length(QStringLiteral("(?i)content-length: *(\\d+)"));
        const auto match = length.match(QString::fromLatin1(reply.left(end)));
        if (end > 0 && reply.size() >= end + 4 + match.captured(1).toLongLong()) break;
    }
    reply += socket.readAll();
    return reply;
}

int statusOf(const QByteArray &reply)
{
    return reply.startsWith("HTTP/1.") ? reply.mid(9, 3).toInt() : 0;
}

} // namespace

class TestServeRobust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostileRequests_data();
    void hostileRequests();
    void keysNeverLeaveTheRoot();
    void oversizedRequestLinesAndHeaders();
    void thirtyTwoClientsAtOnce();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_root;
    QByteArray m_photo;
    QByteArray m_big;
    std::unique_ptr<ServeProcess> m_serve;
};

void TestServeRobust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("root"));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/sub")));
    QFile secret(m_dir.filePath(QStringLiteral("secret.txt"))); // beside the root, not in it
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("TOP-SECRET-CONTENT");
    secret.close();
    m_photo = ad::test::makeImage(1200, 800, QStringLiteral("jpg"));
    QFile photo(m_root + QStringLiteral("/photo.jpg"));
    QVERIFY(photo.open(QIODevice::WriteOnly));
    photo.write(m_photo);
    photo.close();
    m_big = ad::test::randomBytes(3 << 20, 7);
    QFile big(m_root + QStringLiteral("/big.bin"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(m_big);
    big.close();
    m_serve = std::make_unique<ServeProcess>(QStringList{QStringLiteral("--root"), m_root});
    QVERIFY(m_serve->start());
}

void TestServeRobust::hostileRequests_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");   // 0: any 4xx
    QTest::addColumn<QString>("code"); // empty: any code
    QTest::addColumn<int>("errNo");    // 0: not checked
    QTest::newRow("empty thumbnail value") << QByteArray("/photo.jpg?imageMogr2/thumbnail/") << 400
                                           << QStringLiteral("InvalidArgument") << -60998;
    QTest::newRow("bad percent escape") << QByteArray("/photo.jpg?%zz") << 0 << QString() << 0;
    QTest::newRow("bad percent escape in value")
        << QByteArray("/photo.jpg?imageMogr2/thumbnail/%zzx") << 400 << QString() << -60998;
    QTest::newRow("unknown ci-process")
        << QByteArray("/photo.jpg?ci-process=teleport") << 0 << QString() << 0;
    QTest::newRow("unknown operation")
        << QByteArray("/photo.jpg?imageMogr3/thumbnail/10x") << 0 << QString() << 0;
    QTest::newRow("huge number") << QByteArray(
                                        "/photo.jpg?imageMogr2/thumbnail/99999999999999999999x")
                                 << 400 << QString() << 0;
    QTest::newRow("huge negative number")
        << QByteArray("/photo.jpg?imageMogr2/rotate/-99999999999999999999") << 400 << QString()
        << 0;
    QTest::newRow("huge crop offset")
        << QByteArray("/photo.jpg?imageMogr2/cut/10x10x18446744073709551617x0") << 400 << QString()
        << 0;
    QByteArray eleven = "/photo.jpg?imageMogr2/thumbnail/900x";
    for (int i = 0; i < 10; ++i)
        eleven += "%7CimageMogr2/thumbnail/" + QByteArray::number(800 - 10 * i) + "x";
    QTest::newRow("11-stage pipeline")
        << eleven << 400 << QStringLiteral("TooManyStages") << -60998;
    QTest::newRow("processing a missing object")
        << QByteArray("/nothing.jpg?imageMogr2/thumbnail/10x") << 404 << QString() << 0;
    QTest::newRow("processing a non-image")
        << QByteArray("/big.bin?imageMogr2/thumbnail/10x") << 0 << QString() << 0;
}

void TestServeRobust::hostileRequests()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, errNo);
    const auto got = m_serve->get(target);
    if (status)
        QCOMPARE(got.status, status);
    else
        QVERIFY2(got.status >= 400 && got.status < 500, QByteArray::number(got.status));
    const QString gotCode = xmlField(got.body, QStringLiteral("Code"));
    QVERIFY2(!gotCode.isEmpty(), got.body.left(300).constData());
    if (!code.isEmpty()) QCOMPARE(gotCode, code);
    if (errNo) QCOMPARE(got.headers.value("x-errno").toInt(), errNo);
    QVERIFY(!xmlField(got.body, QStringLiteral("RequestId")).isEmpty());
    // Still answering, with the right bytes.
    const auto after = m_serve->get("/photo.jpg");
    QCOMPARE(after.status, 200);
    QVERIFY(after.body == m_photo);
}

void TestServeRobust::keysNeverLeaveTheRoot()
{
    // libcurl folds dot segments of a path before sending; these go out as written.
    const QUrl url(m_serve->url());
    for (const QByteArray path : {QByteArray("/../secret.txt"), QByteArray("/sub/../../secret.txt"),
                                  QByteArray("/sub/./../.././secret.txt")}) {
        for (const QByteArray method : {QByteArray("GET"), QByteArray("PUT")}) {
            const QByteArray reply =
                rawExchange(url, method + ' ' + path +
                                     " HTTP/1.1\r\nHost: x\r\nContent-Length: 7\r\n\r\nplanted");
            QVERIFY2(statusOf(reply) == 400 || statusOf(reply) == 404, reply.constData());
            QVERIFY2(!reply.contains("TOP-SECRET"), path.constData());
            QVERIFY2(!xmlField(reply, QStringLiteral("Code")).isEmpty(), reply.constData());
        }
    }
    const QList<QByteArray> targets = {
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/sub%5C..%5C..%5Csecret.txt",
        "/..%5Csecret.txt",
        "/photo.jpg%00.txt",
        "/sub/%00/%2e%2e/%2e%2e/secret.txt",
        "/.%2e/secret.txt?imageMogr2/thumbnail/10x",
    };
    for (const QByteArray &target : targets) {
        const auto got = m_serve->get(target);
        QVERIFY2(got.status == 400 || got.status == 404, target.constData());
        QVERIFY2(!got.body.contains("TOP-SECRET"), target.constData());
        QVERIFY2(!xmlField(got.body, QStringLiteral("Code")).isEmpty(), target.constData());
        const auto put = m_serve->request("PUT", target, {}, "planted");
        QVERIFY2(put.status >= 400, target.constData());
    }
    // Double-encoded dots decode once, to a literal name inside the root.
    const QByteArray doubled = "/sub/%252e%252e/%252e%252e/secret.txt";
    QCOMPARE(m_serve->get(doubled).status, 404);
    QCOMPARE(m_serve->request("PUT", doubled, {}, "inside").status, 200);
    QCOMPARE(ad::test::readFile(m_root + QStringLiteral("/sub/%2e%2e/%2e%2e/secret.txt")),
             QByteArray("inside"));
    // Nothing was planted anywhere beside the root, and the secret is intact.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("secret.txt")});
    QCOMPARE(ad::test::readFile(m_dir.filePath(QStringLiteral("secret.txt"))),
             QByteArray("TOP-SECRET-CONTENT"));
}

void TestServeRobust::oversizedRequestLinesAndHeaders()
{
    const QUrl url(m_serve->url());
    const QByteArray tenMb(10 << 20, 'a');
    const QByteArray longQuery =
        "GET /photo.jpg?imageMogr2/thumbnail/" + tenMb + " HTTP/1.1\r\nHost: x\r\n\r\n";
    QElapsedTimer timer;
    timer.start();
    const QByteArray queryReply = rawExchange(url, longQuery);
    QVERIFY2(statusOf(queryReply) == 414 || statusOf(queryReply) == 400,
             queryReply.left(200).constData());
    const QByteArray longHeader =
        "GET /photo.jpg HTTP/1.1\r\nHost: x\r\nX-Big: " + tenMb + "\r\n\r\n";
    const QByteArray headerReply = rawExchange(url, longHeader);
    QVERIFY2(statusOf(headerReply) == 431 || statusOf(headerReply) == 400,
             headerReply.left(200).constData());
    QVERIFY2(timer.elapsed() < 30000, QByteArray::number(timer.elapsed()));
    // A form-encoded body over the library's 8 KB cap for those (curl --data-binary sends one).
    const auto form = m_serve->request("PUT", "/sub/form.bin",
                                       {{"Content-Type", "application/x-www-form-urlencoded"}},
                                       QByteArray(10000, 'f'));
    QCOMPARE(form.status, 413);
    QCOMPARE(xmlField(form.body, QStringLiteral("Code")), QStringLiteral("EntityTooLarge"));
    QVERIFY(xmlField(form.body, QStringLiteral("Message")).contains(QLatin1String("8192")));
    QVERIFY(!QFile::exists(m_root + QStringLiteral("/sub/form.bin")));
    // Garbage instead of HTTP gets a 400, not a hang.
    QCOMPARE(statusOf(rawExchange(url, "\x01\x02 nonsense\r\n\r\n")), 400);

    QCOMPARE(m_serve->get("/photo.jpg").status, 200);
    // The refused requests are logged like any other.
    QTRY_VERIFY(m_serve->log().contains(" 414 "));
}

// 32 clients at once, each on its own connection: plain GETs of a 3 MB object and thumbnails.
void TestServeRobust::thirtyTwoClientsAtOnce()
{
    const QByteArray base = m_serve->url().toUtf8();
    std::atomic<int> failures{0};
    std::atomic<int> served{0};
    QStringList problems;
    std::mutex problemsMutex;
    std::vector<std::thread> clients;
    for (int c = 0; c < 32; ++c)
        clients.emplace_back([&, c] {
            for (int round = 0; round < 3; ++round) {
                const bool thumbnail = (c + round) % 2 == 0;
                const int width = 40 + c;
                const QByteArray target =
                    thumbnail ? "/photo.jpg?imageMogr2/thumbnail/" + QByteArray::number(width) + "x"
                              : QByteArray("/big.bin");
                const auto got =
                    ad::storage::httpExchange("GET", base + target, {}, {}, 60000, nullptr);
                bool ok = got.status == 200;
                if (ok && thumbnail) {
                    const QSize size = ad::test::sizeOf(got.body);
                    ok = size.width() == width && qAbs(size.height() - width * 2 / 3) <= 1;
                } else if (ok) {
                    ok = got.body == m_big;
                }
                if (ok) {
                    ++served;
                } else {
                    ++failures;
                    const std::lock_guard lock(problemsMutex);
                    problems << QStringLiteral("%1 -> %2 %3")
                                    .arg(QString::fromUtf8(target))
                                    .arg(got.status)
                                    .arg(got.error);
                }
            }
        });
    for (auto &client : clients)
        client.join();
    QVERIFY2(failures == 0, qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(served.load(), 96);
}

void TestServeRobust::cleanupTestCase()
{
    // Whatever came before, the process is alive and stops cleanly: nothing crashed it.
    QCOMPARE(m_serve->get("/photo.jpg").status, 200);
    QCOMPARE(m_serve->stop(), 0);
}

QTEST_GUILESS_MAIN(TestServeRobust)
#include "test_serve_robust.moc"
