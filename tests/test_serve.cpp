// assetdesk-cli serve, the local CI endpoint, over plain object requests: what any COS client
// does before asking for processing. Runs the real process on a free port.

#include "support/serveprocess.h"
#include "support/testimages.h"

#include "storage/objectclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>

using ad::test::ServeProcess;

class TestServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void getHeadAndValidators();
    void ranges();
    void keysOutsideTheRootAreRefused();
    void putWritesAtomicallyInsideTheRoot();
    void cosClientRoundTrip();
    void pagesOnOtherOriginsMayRead();
    void listsTheFolderAsABucket();
    void stopsCleanlyOnSignals();

private:
    QTemporaryDir m_root;
    QByteArray m_big;
};

void TestServe::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("sub")));
    m_big.resize(6 << 20); // above the size the endpoint streams from disk
    for (qsizetype i = 0; i < m_big.size(); ++i)
        m_big[i] = char((i * 7919) >> 3);
    QFile big(m_root.filePath(QStringLiteral("big.bin")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(m_big);
    big.close();
    QFile small(m_root.filePath(QStringLiteral("sub/hello.txt")));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write("hello, endpoint");
}

void TestServe::getHeadAndValidators()
{
    ServeProcess serve({QStringLiteral("--root"), m_root.path()});
    QVERIFY(serve.start());
    const auto got = serve.get("/big.bin");
    QCOMPARE(got.status, 200);
    QCOMPARE(got.body.size(), m_big.size());
    QVERIFY(got.body == m_big);
    const QByteArray etag = got.headers.value("etag");
    QVERIFY(etag.startsWith('"') && etag.size() == 34);
    QVERIFY(!got.headers.value("last-modified").isEmpty());
    QCOMPARE(got.headers.value("accept-ranges"), QByteArray("bytes"));

    const auto head = serve.request("HEAD", "/sub/hello.txt");
    QCOMPARE(head.status, 200);
    QCOMPARE(head.headers.value("content-length"), QByteArray("15"));
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.headers.value("content-type"), QByteArray("text/plain"));

    QCOMPARE(serve.get("/big.bin", {{"If-None-Match", etag}}).status, 304);
    QCOMPARE(serve.get("/big.bin", {{"If-None-Match", "\"other\""}}).status, 200);
    QCOMPARE(serve.get("/big.bin", {{"If-None-Match", "W/" + etag}}).status, 304);
    QCOMPARE(serve.get("/big.bin", {{"If-Match", "\"other\""}}).status, 412);
    QCOMPARE(serve.get("/big.bin", {{"If-Match", etag}}).status, 200);
    QCOMPARE(
        serve.get("/big.bin", {{"If-Modified-Since", got.headers.value("last-modified")}}).status,
        304);

    const auto missing = serve.get("/nothing.jpg");
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.body.contains("<Code>NoSuchKey</Code>"));
    QVERIFY(missing.body.contains("<Resource>/nothing.jpg</Resource>"));
    QVERIFY(!missing.headers.value("x-cos-request-id").isEmpty());
    // One log line per request, naming method, target and status.
    QTRY_VERIFY(serve.log().contains("GET /nothing.jpg 404"));
    // Escapes in the target are logged as sent, not taken for placeholders.
    QCOMPARE(serve.get("/sub/hello.txt?response-content-type=a%2Fb").status, 200);
    QTRY_VERIFY(serve.log().contains("GET /sub/hello.txt?response-content-type=a%2Fb 200 15 B "));
}

void TestServe::ranges()
{
    ServeProcess serve({QStringLiteral("--root"), m_root.path()});
    QVERIFY(serve.start());
    auto part = serve.get("/big.bin", {{"Range", "bytes=100-199"}});
    QCOMPARE(part.status, 206);
    QVERIFY(part.body == m_big.mid(100, 100));
    QCOMPARE(part.headers.value("content-range"),
             QByteArray("bytes 100-199/") + QByteArray::number(m_big.size()));
    part = serve.get("/big.bin", {{"Range", "bytes=-10"}});
    QCOMPARE(part.status, 206);
    QVERIFY(part.body == m_big.right(10));
    part = serve.get("/sub/hello.txt", {{"Range", "bytes=7-"}});
    QCOMPARE(part.status, 206);
    QCOMPARE(part.body, QByteArray("endpoint"));
    part = serve.get("/sub/hello.txt", {{"Range", "bytes=500-"}});
    QCOMPARE(part.status, 416);
    QCOMPARE(part.headers.value("content-range"), QByteArray("bytes */15"));
}

void TestServe::keysOutsideTheRootAreRefused()
{
    QTemporaryDir outside;
    QFile secret(outside.filePath(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("TOP-SECRET-CONTENT");
    secret.close();
    QVERIFY(QFile::link(outside.path(), m_root.filePath(QStringLiteral("escape"))));
    ServeProcess serve({QStringLiteral("--root"), m_root.path()});
    QVERIFY(serve.start());
    for (const QByteArray target :
         {QByteArray("/sub/../../secret.txt"), QByteArray("/sub/%2e%2e/%2e%2e/x"),
          QByteArray("/escape/secret.txt"), QByteArray("/sub%5C..%5C..%5Cx")}) {
        const auto got = serve.get(target);
        QVERIFY2(got.status == 400 || got.status == 404, target.constData());
        QVERIFY2(!got.body.contains("TOP-SECRET"), target.constData());
    }
    const auto put = serve.request("PUT", "/escape/planted.txt", {}, "x");
    QVERIFY(put.status >= 400);
    QVERIFY(!QFile::exists(outside.filePath(QStringLiteral("planted.txt"))));
    QFile::remove(m_root.filePath(QStringLiteral("escape")));
}

void TestServe::putWritesAtomicallyInsideTheRoot()
{
    ServeProcess serve({QStringLiteral("--root"), m_root.path()});
    QVERIFY(serve.start());
    const QByteArray body(300000, 'z');
    const auto put = serve.request("PUT", "/new/folder/object.bin", {}, body);
    QCOMPARE(put.status, 200);
    QFile written(m_root.filePath(QStringLiteral("new/folder/object.bin")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), body);
    QCOMPARE(serve.get("/new/folder/object.bin").headers.value("etag"), put.headers.value("etag"));
    // Signature and response parameters do not make a plain request something else.
    const auto presigned = serve.request(
        "PUT", "/new/folder/signed.bin?q-sign-algorithm=sha1&q-ak=AKID&x-cos-security-token=t", {},
        "signed");
    QCOMPARE(presigned.status, 200);
    const auto overridden = serve.get("/new/folder/signed.bin?response-content-type=text%2Fplain");
    QCOMPARE(overridden.status, 200);
    QCOMPARE(overridden.body, QByteArray("signed"));
    QCOMPARE(serve.request("DELETE", "/new/folder/signed.bin?q-ak=AKID").status, 204);
    QCOMPARE(serve.request("PUT", "/new/folder/acl.bin?acl", {}, "x").status, 405);
    QCOMPARE(serve.request("DELETE", "/new/folder/object.bin").status, 204);

    // Content-MD5 as COS checks it: a mismatch stores nothing.
    const QByteArray md5 = QCryptographicHash::hash("digest", QCryptographicHash::Md5).toBase64();
    const auto bad = serve.request("PUT", "/new/md5.bin", {{"Content-MD5", md5}}, "tampered");
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.contains("<Code>BadDigest</Code>"));
    QVERIFY(!QFile::exists(m_root.filePath(QStringLiteral("new/md5.bin"))));
    QCOMPARE(serve.request("PUT", "/new/md5.bin", {{"Content-MD5", md5}}, "digest").status, 200);

    // "marks/" with an empty body is a folder marker, as the COS console makes them.
    QCOMPARE(serve.request("PUT", "/new/marks/", {}, {}).status, 200);
    QVERIFY(QFileInfo(m_root.filePath(QStringLiteral("new/marks"))).isDir());
    const auto marker = serve.get("/new/marks/");
    QCOMPARE(marker.status, 200);
    QVERIFY(marker.body.isEmpty());
    QCOMPARE(serve.request("PUT", "/new/marks/", {}, "body").status, 400);
    QCOMPARE(serve.request("DELETE", "/new/marks/").status, 204);
    QVERIFY(!QFileInfo::exists(m_root.filePath(QStringLiteral("new/marks"))));
    QVERIFY(!QFile::exists(written.fileName()));
}

// The ETag of a file uploaded whole is its content's MD5, as in COS: the COS client checks the
// ETag of its PUT against the MD5 it sent, and HEAD and GET agree with it.
void TestServe::cosClientRoundTrip()
{
    ServeProcess serve({QStringLiteral("--root"), m_root.path()});
    QVERIFY(serve.start());
    ad::storage::Endpoint e;
    e.flavor = ad::storage::Endpoint::Flavor::Cos;
    e.url = QUrl(serve.url());
    e.accessKey = QStringLiteral("id");
    e.secretKey = QStringLiteral("key");
    e.maxAttempts = 1;
    ad::storage::ObjectClient client(e);
    const QByteArray data = m_big.left(200000);
    const QString md5 =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
    const ad::storage::ObjectInfo put = client.put({}, QStringLiteral("up/load.bin"), data);
    QVERIFY2(put.etag.contains(md5), qPrintable(put.etag));
    QVERIFY(client.head({}, QStringLiteral("up/load.bin")).etag.contains(md5));
    QCOMPARE(client.get({}, QStringLiteral("up/load.bin")), data);
    // A file rewritten in place with its size and time kept (cp -p, rsync -t) is still seen
    // as changed.
    const QString path = m_root.filePath(QStringLiteral("up/load.bin"));
    struct stat before {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
    {
        QFile same(path);
        QVERIFY(same.open(QIODevice::ReadWrite));
        same.write(QByteArray(16, 'Q'));
    }
    const struct timespec times[2] = {before.st_atim, before.st_mtim}; // to the nanosecond
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
    QByteArray rewritten = data;
    rewritten.replace(0, 16, QByteArray(16, 'Q'));
    QVERIFY(client.head({}, QStringLiteral("up/load.bin"))
                .etag.contains(QLatin1String(
                    QCryptographicHash::hash(rewritten, QCryptographicHash::Md5).toHex())));
    // A file changed behind the server's back gets its new content's ETag.
    QFile changed(m_root.filePath(QStringLiteral("up/load.bin")));
    QVERIFY(changed.open(QIODevice::WriteOnly | QIODevice::Truncate));
    changed.write("changed");
    changed.close();
    QVERIFY(client.head({}, QStringLiteral("up/load.bin"))
                .etag.contains(QLatin1String(
                    QCryptographicHash::hash("changed", QCryptographicHash::Md5).toHex())));
    // Through an override, as Cloud Connections' test does: the service host lists the one
    // bucket; listings travel URL-encoded (encoding-type=url) and come back whole.
    ad::storage::Endpoint viaOverride = e;
    viaOverride.url = QUrl(QStringLiteral("https://cos.ap-guangzhou.myqcloud.com"));
    viaOverride.pathStyle = false;
    viaOverride.connectTo = QUrl(serve.url());
    ad::storage::ObjectClient service(viaOverride);
    const QList<ad::storage::BucketEntry> buckets = service.listBuckets();
    QCOMPARE(buckets.size(), 1);
    QCOMPARE(buckets.first().name, QFileInfo(m_root.path()).fileName());
    QCOMPARE(buckets.first().region, QStringLiteral("ap-guangzhou"));
    client.put({}, QStringLiteral("up/图 100%.bin"), "x");
    const ad::storage::ListObjectsPage page =
        service.listObjects(QStringLiteral("b-1250000000"), QStringLiteral("up/"));
    QStringList keys;
    for (const auto &entry : page.objects)
        keys << entry.key;
    QCOMPARE(keys, QStringList({QStringLiteral("up/load.bin"), QStringLiteral("up/图 100%.bin")}));
    // Empty segments would give one file a second key.
    QCOMPARE(serve.get("/up//load.bin").status, 400);
    QCOMPARE(serve.request("PUT", "//up/load.bin", {}, "x").status, 400);
}

// A page on a dev server (another origin) reads answers with fetch(); its preflight carries no
// signature, so it is answered even when signatures are required.
void TestServe::pagesOnOtherOriginsMayRead()
{
    ServeProcess serve({QStringLiteral("--root"), m_root.path(), QStringLiteral("--secret-id"),
                        QStringLiteral("AKIDtest"), QStringLiteral("--secret-key"),
                        QStringLiteral("secret")});
    QVERIFY(serve.start());
    const auto pre =
        serve.request("OPTIONS", "/sub/hello.txt",
                      {{"Origin", "http://localhost:5173"},
                       {"Access-Control-Request-Method", "PUT"},
                       {"Access-Control-Request-Headers", "authorization,pic-operations"}});
    QCOMPARE(pre.status, 200);
    QCOMPARE(pre.headers.value("access-control-allow-origin"), QByteArray("*"));
    QVERIFY(pre.headers.value("access-control-allow-methods").contains("PUT"));
    QCOMPARE(pre.headers.value("access-control-allow-headers"),
             QByteArray("authorization,pic-operations"));
    // The unsigned GET itself is refused, readably for the page.
    const auto refused = serve.get("/sub/hello.txt", {{"Origin", "http://localhost:5173"}});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.headers.value("access-control-allow-origin"), QByteArray("*"));
    QVERIFY(refused.headers.value("access-control-expose-headers").contains("X-ErrNo"));
}

// GET Bucket: what the SDKs' listing calls and a browser opening the address get.
void TestServe::listsTheFolderAsABucket()
{
    for (const char *name : {"list/a.txt", "list/b/c.txt", "list/b/d.txt", "list/e.txt"}) {
        const QString path = m_root.filePath(QString::fromLatin1(name));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(name);
    }
    ServeProcess serve({QStringLiteral("--root"), m_root.path()});
    QVERIFY(serve.start());
    const QRegularExpression key(QStringLiteral("<Key>([^<]*)</Key>"));
    const QRegularExpression folder(QStringLiteral("<Prefix>([^<]*/)</Prefix></CommonPrefixes>"));
    const auto all = [](const QRegularExpression &re, const QByteArray &body) {
        QStringList found;
        for (auto it = re.globalMatch(QString::fromUtf8(body)); it.hasNext();)
            found << it.next().captured(1);
        return found;
    };
    auto got = serve.get("/?prefix=list%2F");
    QCOMPARE(got.status, 200);
    QCOMPARE(all(key, got.body),
             QStringList({QStringLiteral("list/a.txt"), QStringLiteral("list/b/c.txt"),
                          QStringLiteral("list/b/d.txt"), QStringLiteral("list/e.txt")}));
    QVERIFY(got.body.contains(
        "<ETag>&quot;" + QCryptographicHash::hash("list/a.txt", QCryptographicHash::Md5).toHex() +
        "&quot;</ETag>"));
    // With a delimiter, in pages of two: a.txt and b/, then e.txt.
    got = serve.get("/?prefix=list%2F&delimiter=%2F&max-keys=2");
    QCOMPARE(all(key, got.body), QStringList{QStringLiteral("list/a.txt")});
    QCOMPARE(all(folder, got.body), QStringList{QStringLiteral("list/b/")});
    QVERIFY(got.body.contains("<IsTruncated>true</IsTruncated>"));
    QVERIFY(got.body.contains("<NextMarker>list/b/</NextMarker>"));
    got = serve.get("/?prefix=list%2F&delimiter=%2F&max-keys=2&marker=list%2Fb%2F");
    QCOMPARE(all(key, got.body), QStringList{QStringLiteral("list/e.txt")});
    QVERIFY(all(folder, got.body).isEmpty());
    QVERIFY(got.body.contains("<IsTruncated>false</IsTruncated>"));
    QCOMPARE(serve.get("/?max-keys=5000").status, 400);
    QCOMPARE(serve.get("/?prefix=..%2F").status, 400);
}

void TestServe::stopsCleanlyOnSignals()
{
    for (const int signal : {SIGINT, SIGTERM}) {
        ServeProcess serve({QStringLiteral("--root"), m_root.path()});
        QVERIFY(serve.start());
        QCOMPARE(serve.get("/sub/hello.txt").status, 200);
        QCOMPARE(serve.stop(signal), 0);
    }
    // A root that is not there is an error at start, not a server answering 404 forever.
    ServeProcess missing({QStringLiteral("--root"), m_root.filePath(QStringLiteral("none"))});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("serve did not start")));
    QVERIFY(!missing.start());
}

QTEST_GUILESS_MAIN(TestServe)
#include "test_serve.moc"
