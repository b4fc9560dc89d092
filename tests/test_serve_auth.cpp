// The local CI endpoint's signature check: requests built by hand and handed to the endpoint
// (header form, presigned query form, the SDK's sign= form, the published vectors; tampered
// path, header, parameter and signature; expired, future, wrong key id), then once over HTTP
// against the real serve process with the storage layer's COS client.

#include "common/error.h"
#include "server/authcheck.h"
#include "server/endpoint.h"
#include "storage/objectclient.h"
#include "storage/objecturl.h"
#include "storage/signing.h"
#include "support/s3rver.h"
#include "support/serveprocess.h"
#include "support/testimages.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ad;
using server::HttpRequest;
using server::HttpResponse;

namespace
{

const QString kId = QStringLiteral("AKIDlocalEndpointTest0000000000000000");
const QString kKey = QStringLiteral("localEndpointSecretKey0000000000");
const QString kHost = QStringLiteral("127.0.0.1:8080");

QString xmlField(const QByteArray &body, const QString &name)
{
    const QRegularExpression re(QStringLiteral("<%1>([^<]*)</%1>").arg(name));
    return re.match(QString::fromUtf8(body)).captured(1);
}

// A request as the transport builds it from a URL: decoded key, parsed query, lower-case
// header names.
HttpRequest requestFor(const QByteArray &method, const QUrl &url,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    HttpRequest r;
    r.method = method;
    r.key = url.path(QUrl::FullyDecoded).mid(1);
    r.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    r.target = url.path(QUrl::FullyEncoded).toUtf8() +
               (r.rawQuery.isEmpty() ? QByteArray() : '?' + r.rawQuery);
    r.query = server::parseQuery(r.rawQuery);
    for (const auto &[name, value] : headers)
        r.headers.insert(name.toLower(), value);
    return r;
}

// The Authorization value for `request` as a COS SDK computes it, over every header it carries
// and every query parameter.
QString authorizationFor(const HttpRequest &request, qint64 start, qint64 end,
                         const QString &id = kId, const QString &key = kKey)
{
    storage::SignableRequest s;
    s.method = request.method;
    s.path = QLatin1Char('/') + request.key;
    s.query = request.query;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        if (it.key() != "authorization")
            s.headers.append({QString::fromLatin1(it.key()), QString::fromUtf8(it.value())});
    return storage::signCos(s, id, key, start, end).authorization;
}

} // namespace

class TestServeAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void publishedVectorsPass();
    void headerFormPasses();
    void presignedQueryFormPasses();
    void sdkSignParameterPasses();
    void missingOrMalformedIsAccessDenied();
    void wrongKeyIdIsInvalidAccessKeyId();
    void tamperedRequestsDoNotMatch_data();
    void tamperedRequestsDoNotMatch();
    void outsideTheTimeWindow();
    void withoutKeysNothingIsChecked();
    void overHttpWithTheRealProcess();
    void overHttpOnABucket();

private:
    HttpResponse handle(const HttpRequest &request);
    void expectDenied(const HttpResponse &response, const QString &code);

    QTemporaryDir m_root;
    std::unique_ptr<server::Endpoint> m_endpoint;
    const QByteArray m_content = "signed content";
    qint64 m_now = 0;
};

void TestServeAuth::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("docs")));
    // A key with a space, brackets and non-ASCII letters: the signature covers the decoded path.
    QFile f(m_root.filePath(QStringLiteral("docs/hé llo(1).txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_content);
    f.close();
    server::EndpointConfig config;
    config.secretId = kId;
    config.secretKey = kKey;
    m_endpoint = std::make_unique<server::Endpoint>(server::folderBacking(m_root.path()), config);
    m_now = QDateTime::currentSecsSinceEpoch();
}

HttpResponse TestServeAuth::handle(const HttpRequest &request)
{
    return m_endpoint->handle(request);
}

void TestServeAuth::expectDenied(const HttpResponse &response, const QString &code)
{
    QCOMPARE(response.status, 403);
    QCOMPARE(xmlField(response.body, QStringLiteral("Code")), code);
    QVERIFY(!xmlField(response.body, QStringLiteral("RequestId")).isEmpty());
}

// The examples of the COS signature documentation, verified at a time inside their windows.
void TestServeAuth::publishedVectorsPass()
{
    const QString id = QStringLiteral("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q");
    const QString key = QStringLiteral("BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz");
    const QByteArray host = "examplebucket-1250000000.cos.ap-beijing.myqcloud.com";
    const QUrl object(QStringLiteral("http://") + QString::fromLatin1(host) +
                      QStringLiteral("/exampleobject(%E8%85%BE%E8%AE%AF%E4%BA%91)"));
    HttpRequest put = requestFor(
        "PUT", object,
        {{"Date", "Thu, 16 May 2019 06:45:51 GMT"},
         {"Host", host},
         {"Content-Type", "text/plain"},
         {"Content-Length", "13"},
         {"Content-MD5", "mQ/fVh815F3k6TAUm8m0eg=="},
         {"x-cos-acl", "private"},
         {"x-cos-grant-read", "uin=\"100000000011\""},
         {"Authorization",
          "q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q&q-sign-time="
          "1557989151;1557996351&q-key-time=1557989151;1557996351&q-header-list=content-length;"
          "content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read&q-url-param-list=&q-"
          "signature=3b8851a11a569213c17ba8fa7dcf2abec6935172"}});
    QVERIFY(!server::checkSignature(put, id, key, 1557989200));

    QUrl download = object;
    download.setQuery(QStringLiteral("response-content-type=application%2Foctet-stream&"
                                     "response-cache-control=max-age%3D600"));
    const HttpRequest get = requestFor(
        "GET", download,
        {{"Date", "Thu, 16 May 2019 06:55:53 GMT"},
         {"Host", host},
         {"Authorization",
          "q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q&q-sign-time="
          "1557989753;1557996953&q-key-time=1557989753;1557996953&q-header-list=date;host&q-url-"
          "param-list=response-cache-control;response-content-type&q-signature="
          "01681b8c9d798a678e43b685a9f1bba0f6c0e012"}});
    QVERIFY(!server::checkSignature(get, id, key, 1557990000));
    // The same published requests, one header changed, no longer pass.
    put.headers["x-cos-acl"] = "public-read";
    const auto denied = server::checkSignature(put, id, key, 1557989200);
    QVERIFY(denied);
    QCOMPARE(xmlField(denied->body, QStringLiteral("Code")),
             QStringLiteral("SignatureDoesNotMatch"));
}

void TestServeAuth::headerFormPasses()
{
    const QUrl url(QStringLiteral("http://%1/docs/h%C3%A9%20llo(1).txt").arg(kHost));
    HttpRequest r =
        requestFor("GET", url, {{"Host", kHost.toUtf8()}, {"x-cos-meta-note", "a b;c=d"}});
    r.headers.insert("authorization", authorizationFor(r, m_now - 10, m_now + 600).toUtf8());
    const HttpResponse ok = handle(r);
    QCOMPARE(ok.status, 200);
    QCOMPARE(m_endpoint->backing().read(r.key), m_content);
    // HEAD is signed as "head".
    r.method = "HEAD";
    r.headers.insert("authorization", authorizationFor(r, m_now - 10, m_now + 600).toUtf8());
    QCOMPARE(handle(r).status, 200);
    QCOMPARE(handle(r).header("Content-Length"), QByteArray::number(m_content.size()));
}

void TestServeAuth::presignedQueryFormPasses()
{
    storage::Endpoint e;
    e.flavor = storage::Endpoint::Flavor::Cos;
    e.url = QUrl(QStringLiteral("http://") + kHost);
    e.accessKey = kId;
    e.secretKey = kKey;
    const QUrl url =
        storage::ObjectClient(e).presignGet({}, QStringLiteral("docs/hé llo(1).txt"), 300);
    QVERIFY(url.query().contains(QStringLiteral("q-signature=")));
    const HttpRequest r = requestFor("GET", url, {{"Host", kHost.toUtf8()}});
    const HttpResponse ok = handle(r);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.bodySize(), qint64(m_content.size()));

    // A processing string signed as a parameter cannot be changed or stripped.
    HttpRequest processed = requestFor(
        "GET", QUrl(QStringLiteral("http://%1/docs/x.jpg?imageMogr2/thumbnail/!50p").arg(kHost)),
        {{"Host", kHost.toUtf8()}});
    const QString auth = authorizationFor(processed, m_now - 10, m_now + 600);
    QUrl signedUrl(QStringLiteral("http://%1/docs/x.jpg").arg(kHost));
    QString query = QStringLiteral("imageMogr2/thumbnail/!50p");
    for (const QString &field : auth.split(QLatin1Char('&'))) {
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        query += QLatin1Char('&') + field.left(eq + 1) + storage::cosUrlEncode(field.mid(eq + 1));
    }
    signedUrl.setQuery(query, QUrl::StrictMode);
    processed = requestFor("GET", signedUrl, {{"Host", kHost.toUtf8()}});
    QVERIFY(!server::checkSignature(processed, kId, kKey, m_now));
    // As the SDKs append it: the Authorization's fields as they are, so the encoded names in
    // q-url-param-list ("imagemogr2%2fthumbnail%2f%2150p") decode to names holding '/'.
    QUrl sdkUrl(QStringLiteral("http://%1/docs/x.jpg").arg(kHost));
    sdkUrl.setQuery(QStringLiteral("imageMogr2/thumbnail/!50p&") + auth, QUrl::TolerantMode);
    QVERIFY(sdkUrl.query(QUrl::FullyEncoded).contains(QLatin1String("%2f"), Qt::CaseInsensitive));
    const auto sdk = server::checkSignature(requestFor("GET", sdkUrl, {{"Host", kHost.toUtf8()}}),
                                            kId, kKey, m_now);
    QVERIFY2(!sdk, sdk ? sdk->body.constData() : "");
    signedUrl.setQuery(query.replace(QStringLiteral("!50p"), QStringLiteral("!90p")));
    const auto changed = server::checkSignature(
        requestFor("GET", signedUrl, {{"Host", kHost.toUtf8()}}), kId, kKey, m_now);
    QVERIFY(changed);
    QCOMPARE(xmlField(changed->body, QStringLiteral("Code")),
             QStringLiteral("SignatureDoesNotMatch"));
}

// The COS C++ SDK's presigned form: ?sign=<the whole Authorization value, encoded>.
void TestServeAuth::sdkSignParameterPasses()
{
    const QUrl plain(QStringLiteral("http://%1/docs/h%C3%A9%20llo(1).txt").arg(kHost));
    const HttpRequest unsignedRequest = requestFor("GET", plain, {{"Host", kHost.toUtf8()}});
    const QString auth = authorizationFor(unsignedRequest, m_now - 10, m_now + 600);
    QUrl url = plain;
    url.setQuery(QStringLiteral("sign=") + storage::cosUrlEncode(auth), QUrl::StrictMode);
    QCOMPARE(handle(requestFor("GET", url, {{"Host", kHost.toUtf8()}})).status, 200);
}

void TestServeAuth::missingOrMalformedIsAccessDenied()
{
    const QUrl url(QStringLiteral("http://%1/docs/h%C3%A9%20llo(1).txt").arg(kHost));
    HttpRequest r = requestFor("GET", url, {{"Host", kHost.toUtf8()}});
    expectDenied(handle(r), QStringLiteral("AccessDenied"));
    QCOMPARE(xmlField(handle(r).body, QStringLiteral("Resource")),
             QStringLiteral("/docs/h%C3%A9%20llo(1).txt"));

    const QString full = authorizationFor(r, m_now - 10, m_now + 600);
    r.headers.insert(
        "authorization",
        full.left(full.indexOf(QLatin1String("&q-signature"))).toUtf8()); // no signature at all
    expectDenied(handle(r), QStringLiteral("AccessDenied"));
    r.headers.insert("authorization",
                     QString(full)
                         .replace(QLatin1String("algorithm=sha1"), QLatin1String("algorithm=md5"))
                         .toUtf8());
    expectDenied(handle(r), QStringLiteral("AccessDenied"));
    r.headers.insert("authorization",
                     QString(full)
                         .replace(QLatin1String("q-key-time="), QLatin1String("q-key-time=x"))
                         .toUtf8());
    expectDenied(handle(r), QStringLiteral("AccessDenied"));
}

void TestServeAuth::wrongKeyIdIsInvalidAccessKeyId()
{
    const QUrl url(QStringLiteral("http://%1/docs/h%C3%A9%20llo(1).txt").arg(kHost));
    HttpRequest r = requestFor("GET", url, {{"Host", kHost.toUtf8()}});
    r.headers.insert("authorization",
                     authorizationFor(r, m_now - 10, m_now + 600,
                                      QStringLiteral("AKIDsomeoneElse000000000000000000000"))
                         .toUtf8());
    expectDenied(handle(r), QStringLiteral("InvalidAccessKeyId"));
}

void TestServeAuth::tamperedRequestsDoNotMatch_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("path") << QStringLiteral("path");
    QTest::newRow("method") << QStringLiteral("method");
    QTest::newRow("listed header changed") << QStringLiteral("header");
    QTest::newRow("listed header dropped") << QStringLiteral("drop header");
    QTest::newRow("listed parameter changed") << QStringLiteral("param");
    QTest::newRow("signature digit") << QStringLiteral("signature");
    QTest::newRow("secret key") << QStringLiteral("key");
    QTest::newRow("window widened") << QStringLiteral("window");
}

void TestServeAuth::tamperedRequestsDoNotMatch()
{
    QFETCH(QString, what);
    const QUrl url(
        QStringLiteral("http://%1/docs/h%C3%A9%20llo(1).txt?response-content-type=text%2Fplain")
            .arg(kHost));
    HttpRequest r =
        requestFor("GET", url, {{"Host", kHost.toUtf8()}, {"x-cos-meta-owner", "alice"}});
    QString auth = authorizationFor(r, m_now - 10, m_now + 600, kId,
                                    what == QLatin1String("key") ? QStringLiteral("wrong") : kKey);
    if (what == QLatin1String("path")) r.key = QStringLiteral("docs/other.txt");
    if (what == QLatin1String("method")) r.method = "DELETE";
    if (what == QLatin1String("header")) r.headers["x-cos-meta-owner"] = "mallory";
    if (what == QLatin1String("drop header")) r.headers.remove("x-cos-meta-owner");
    if (what == QLatin1String("param")) r.query[0].second = QStringLiteral("text/html");
    if (what == QLatin1String("signature")) {
        const qsizetype last = auth.size() - 1;
        auth[last] = auth[last] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    }
    if (what == QLatin1String("window"))
        auth.replace(QString::number(m_now + 600), QString::number(m_now + 86400));
    r.headers.insert("authorization", auth.toUtf8());
    const HttpResponse denied = handle(r);
    expectDenied(denied, QStringLiteral("SignatureDoesNotMatch"));
    // Nothing was deleted by the tampered DELETE.
    QCOMPARE(m_endpoint->backing().read(QStringLiteral("docs/hé llo(1).txt")), m_content);
}

void TestServeAuth::outsideTheTimeWindow()
{
    const QUrl url(QStringLiteral("http://%1/docs/h%C3%A9%20llo(1).txt").arg(kHost));
    HttpRequest r = requestFor("GET", url, {{"Host", kHost.toUtf8()}});
    r.headers.insert("authorization", authorizationFor(r, m_now - 7200, m_now - 3600).toUtf8());
    const HttpResponse expired = handle(r);
    expectDenied(expired, QStringLiteral("AccessDenied"));
    QCOMPARE(xmlField(expired.body, QStringLiteral("Message")),
             QStringLiteral("Request has expired"));
    r.headers.insert("authorization", authorizationFor(r, m_now + 3600, m_now + 7200).toUtf8());
    expectDenied(handle(r), QStringLiteral("RequestTimeTooSkewed"));
    // A start a few seconds ahead (another machine's clock) is tolerated.
    r.headers.insert("authorization", authorizationFor(r, m_now + 20, m_now + 7200).toUtf8());
    QCOMPARE(handle(r).status, 200);
}

void TestServeAuth::withoutKeysNothingIsChecked()
{
    const QUrl url(QStringLiteral("http://%1/docs/h%C3%A9%20llo(1).txt").arg(kHost));
    QVERIFY(!server::checkSignature(requestFor("GET", url), {}, {}));
}

void TestServeAuth::overHttpWithTheRealProcess()
{
    test::ServeProcess serve({QStringLiteral("--root"), m_root.path(),
                              QStringLiteral("--secret-id"), kId, QStringLiteral("--secret-key"),
                              kKey});
    QVERIFY(serve.start());
    storage::Endpoint e;
    e.flavor = storage::Endpoint::Flavor::Cos;
    e.url = QUrl(serve.url());
    e.accessKey = kId;
    e.secretKey = kKey;
    e.maxAttempts = 1;
    storage::ObjectClient client(e);
    // The COS client signs Host and Content-Length in the Authorization header.
    QCOMPARE(client.get({}, QStringLiteral("docs/hé llo(1).txt")), m_content);
    QCOMPARE(client.head({}, QStringLiteral("docs/hé llo(1).txt")).size, qint64(m_content.size()));
    // A signed PUT, its Content-Length and Host listed as the SDKs do.
    const QUrl putUrl(serve.url() + QStringLiteral("/docs/uploaded.bin"));
    HttpRequest put = requestFor("PUT", putUrl,
                                 {{"Host", putUrl.authority().toUtf8()}, {"Content-Length", "14"}});
    const QByteArray putAuth = authorizationFor(put, m_now - 10, m_now + 600).toUtf8();
    QCOMPARE(
        serve.request("PUT", "/docs/uploaded.bin", {{"Authorization", putAuth}}, "uploaded bytes")
            .status,
        200);
    QCOMPARE(client.get({}, QStringLiteral("docs/uploaded.bin")), QByteArray("uploaded bytes"));

    const QByteArray presigned =
        client.presignGet({}, QStringLiteral("docs/uploaded.bin"), 60).toEncoded();
    const auto viaUrl = storage::httpExchange("GET", presigned, {}, {}, 10000, nullptr);
    QCOMPARE(viaUrl.status, 200);
    QCOMPARE(viaUrl.body, QByteArray("uploaded bytes"));

    // The same URL pointed at another key, and a request with no signature at all.
    const QByteArray elsewhere =
        QByteArray(presigned).replace("uploaded.bin", "h%C3%A9%20llo%281%29.txt");
    const auto moved = storage::httpExchange("GET", elsewhere, {}, {}, 10000, nullptr);
    QCOMPARE(moved.status, 403);
    QCOMPARE(xmlField(moved.body, QStringLiteral("Code")), QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(!moved.body.contains(m_content));
    const auto bare = serve.get("/docs/uploaded.bin");
    QCOMPARE(bare.status, 403);
    QCOMPARE(xmlField(bare.body, QStringLiteral("Code")), QStringLiteral("AccessDenied"));
    QCOMPARE(bare.headers.value("content-type"), QByteArray("application/xml"));
    const auto unsignedDelete = serve.request("DELETE", "/docs/uploaded.bin");
    QCOMPARE(unsignedDelete.status, 403);
    QVERIFY(QFile::exists(m_root.filePath(QStringLiteral("docs/uploaded.bin"))));

    // A presigned processing URL: the processing string is a signed parameter, the signature's
    // own parameters are dropped before routing, and the answer is the thumbnail.
    const QByteArray photo = test::makeImage(300, 200, QStringLiteral("jpg"));
    QFile photoFile(m_root.filePath(QStringLiteral("docs/photo.jpg")));
    QVERIFY(photoFile.open(QIODevice::WriteOnly));
    photoFile.write(photo);
    photoFile.close();
    const QUrl photoUrl(serve.url() + QStringLiteral("/docs/photo.jpg?imageMogr2/thumbnail/60x"));
    const HttpRequest toSign =
        requestFor("GET", photoUrl, {{"Host", photoUrl.authority().toUtf8()}});
    QString query = QStringLiteral("imageMogr2/thumbnail/60x");
    for (const QString &field :
         authorizationFor(toSign, m_now - 10, m_now + 600).split(QLatin1Char('&'))) {
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        query += QLatin1Char('&') + field.left(eq + 1) + storage::cosUrlEncode(field.mid(eq + 1));
    }
    const auto thumbnail = serve.get("/docs/photo.jpg?" + query.toUtf8());
    QCOMPARE(thumbnail.status, 200);
    QCOMPARE(test::sizeOf(thumbnail.body), QSize(60, 40));
    const auto restyled = serve.get(
        "/docs/photo.jpg?" + query.replace(QLatin1String("/60x"), QLatin1String("/90x")).toUtf8());
    QCOMPARE(restyled.status, 403);
    QCOMPARE(xmlField(restyled.body, QStringLiteral("Code")),
             QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(serve.stop(), 0);
}

// The same checks in front of a bucket prefix (s3rver): unsigned or tampered requests neither
// read nor write the bucket.
void TestServeAuth::overHttpOnABucket()
{
    QTemporaryDir data;
    test::S3rver s3(data.filePath(QStringLiteral("s3")), {QStringLiteral("signed")});
    QVERIFY(s3.start());
    const QProcessEnvironment env = s3.useForS3();
    storage::ObjectClient bucket(
        storage::endpointFor(storage::parseObjectUrl(QStringLiteral("s3://signed/"))));
    bucket.put(QStringLiteral("signed"), QStringLiteral("pre/a.txt"), m_content);

    test::ServeProcess serve({QStringLiteral("--bucket"), QStringLiteral("s3://signed/pre"),
                              QStringLiteral("--cache"), data.filePath(QStringLiteral("cache")),
                              QStringLiteral("--secret-id"), kId, QStringLiteral("--secret-key"),
                              kKey},
                             env);
    QVERIFY(serve.start());
    storage::Endpoint e;
    e.flavor = storage::Endpoint::Flavor::Cos;
    e.url = QUrl(serve.url());
    e.accessKey = kId;
    e.secretKey = kKey;
    e.maxAttempts = 1;
    QCOMPARE(storage::ObjectClient(e).get({}, QStringLiteral("a.txt")), m_content);

    const auto bare = serve.get("/a.txt");
    QCOMPARE(bare.status, 403);
    QVERIFY(!bare.body.contains(m_content));
    const auto unsignedPut = serve.request("PUT", "/b.txt", {}, "planted");
    QCOMPARE(unsignedPut.status, 403);
    // Signed for b.txt, sent to c.txt.
    const QUrl signedFor(serve.url() + QStringLiteral("/b.txt"));
    const HttpRequest put = requestFor(
        "PUT", signedFor, {{"Host", signedFor.authority().toUtf8()}, {"Content-Length", "7"}});
    const QByteArray auth = authorizationFor(put, m_now - 10, m_now + 600).toUtf8();
    const auto moved = serve.request("PUT", "/c.txt", {{"Authorization", auth}}, "planted");
    QCOMPARE(moved.status, 403);
    QCOMPARE(xmlField(moved.body, QStringLiteral("Code")), QStringLiteral("SignatureDoesNotMatch"));
    const auto keys = bucket.listObjects(QStringLiteral("signed"), QStringLiteral("pre/"));
    QCOMPARE(keys.objects.size(), 1);
    QCOMPARE(keys.objects.first().key, QStringLiteral("pre/a.txt"));
    // The properly signed PUT lands in the bucket, below the prefix.
    QCOMPARE(serve.request("PUT", "/b.txt", {{"Authorization", auth}}, "planted").status, 200);
    QCOMPARE(bucket.get(QStringLiteral("signed"), QStringLiteral("pre/b.txt")),
             QByteArray("planted"));
    QCOMPARE(serve.stop(), 0);
}

QTEST_GUILESS_MAIN(TestServeAuth)
#include "test_serve_auth.moc"
