// Request signing against published vectors: the examples of COS's q-sign documentation and
// AWS's Signature Version 4 S3 example.

#include "storage/signing.h"

#include <QTest>

using namespace ad::storage;

class SigningTest : public QObject
{
    Q_OBJECT

    const QString m_id = QStringLiteral("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q");
    const QString m_key = QStringLiteral("BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz");
    const QString m_host = QStringLiteral("examplebucket-1250000000.cos.ap-beijing.myqcloud.com");

private Q_SLOTS:
    void urlEncoding()
    {
        QCOMPARE(cosUrlEncode(QStringLiteral("a b/c;d=e&f:g!'()*~-_.")),
                 QStringLiteral("a%20b%2Fc%3Bd%3De%26f%3Ag%21%27%28%29%2A~-_."));
        QCOMPARE(cosUrlEncode(QStringLiteral("腾")), QStringLiteral("%E8%85%BE"));
        QCOMPARE(awsUriEncode(QStringLiteral("/photos/a b+c.jpg"), true),
                 QStringLiteral("/photos/a%20b%2Bc.jpg"));
    }

    void cosUploadExample()
    {
        SignableRequest r;
        r.method = "PUT";
        r.path = QStringLiteral("/exampleobject(腾讯云)"); // the decoded path is what gets signed
        r.headers = {{QStringLiteral("Date"), QStringLiteral("Thu, 16 May 2019 06:45:51 GMT")},
                     {QStringLiteral("Host"), m_host},
                     {QStringLiteral("Content-Type"), QStringLiteral("text/plain")},
                     {QStringLiteral("Content-Length"), QStringLiteral("13")},
                     {QStringLiteral("Content-MD5"), QStringLiteral("mQ/fVh815F3k6TAUm8m0eg==")},
                     {QStringLiteral("x-cos-acl"), QStringLiteral("private")},
                     {QStringLiteral("x-cos-grant-read"), QStringLiteral("uin=\"100000000011\"")}};
        const CosSignature s = signCos(r, m_id, m_key, 1557989151, 1557996351);
        QCOMPARE(s.signKey, QStringLiteral("eb2519b498b02ac213cb1f3d1a3d27a3b3c9bc5f"));
        QCOMPARE(
            s.headerList,
            QStringLiteral(
                "content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read"));
        QVERIFY(s.httpString.contains(
            QStringLiteral("content-md5=mQ%2FfVh815F3k6TAUm8m0eg%3D%3D&content-type=text%2Fplain"
                           "&date=Thu%2C%2016%20May%202019%2006%3A45%3A51%20GMT")));
        QCOMPARE(s.signature, QStringLiteral("3b8851a11a569213c17ba8fa7dcf2abec6935172"));
        QCOMPARE(s.authorization,
                 QStringLiteral("q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q&q-"
                                "sign-time=1557989151;1557996351"
                                "&q-key-time=1557989151;1557996351&q-header-list=content-length;"
                                "content-md5;content-type;date;"
                                "host;x-cos-acl;x-cos-grant-read&q-url-param-list=&q-signature="
                                "3b8851a11a569213c17ba8fa7dcf2abec6935172"));
        // Signing the encoded path instead gives a different signature.
        r.path = QStringLiteral("/exampleobject(%E8%85%BE%E8%AE%AF%E4%BA%91)");
        QVERIFY(signCos(r, m_id, m_key, 1557989151, 1557996351).signature != s.signature);
    }

    void cosDownloadExample()
    {
        SignableRequest r;
        r.method = "GET";
        r.path = QStringLiteral("/exampleobject(腾讯云)");
        r.query = {
            {QStringLiteral("response-content-type"), QStringLiteral("application/octet-stream")},
            {QStringLiteral("response-cache-control"), QStringLiteral("max-age=600")}};
        r.headers = {{QStringLiteral("Date"), QStringLiteral("Thu, 16 May 2019 06:55:53 GMT")},
                     {QStringLiteral("Host"), m_host}};
        const CosSignature s = signCos(r, m_id, m_key, 1557989753, 1557996953);
        QCOMPARE(s.signKey, QStringLiteral("937914bf490e9e8c189836aad2052e4feeb35eaf"));
        QCOMPARE(s.urlParamList, QStringLiteral("response-cache-control;response-content-type"));
        QCOMPARE(s.headerList, QStringLiteral("date;host"));
        QCOMPARE(s.signature, QStringLiteral("01681b8c9d798a678e43b685a9f1bba0f6c0e012"));
    }

    void cosOlderExamples()
    {
        const QString host = QStringLiteral("bucket1-1254000000.cos.ap-beijing.myqcloud.com");
        SignableRequest put;
        put.method = "PUT";
        put.path = QStringLiteral("/testfile2");
        put.headers = {{QStringLiteral("Host"), host},
                       {QStringLiteral("x-cos-content-sha1"),
                        QStringLiteral("7b502c3a1f48c8609ae212cdfb639dee39673f5e")},
                       {QStringLiteral("x-cos-storage-class"), QStringLiteral("nearline")}};
        const CosSignature p = signCos(put, m_id, m_key, 1417773892, 1417853898);
        QCOMPARE(p.signKey, QStringLiteral("d265642cf75792e70e35030fd14e73134094d673"));
        QCOMPARE(p.signature, QStringLiteral("84f5be2187452d2fe276dbdca932143ef8161145"));
        SignableRequest get;
        get.method = "GET";
        get.path = QStringLiteral("/testfile");
        get.headers = {{QStringLiteral("Host"), host},
                       {QStringLiteral("Range"), QStringLiteral("bytes=0-3")}};
        QCOMPARE(signCos(get, m_id, m_key, 1417773892, 1417853898).signature,
                 QStringLiteral("4b6cbab14ce01381c29032423481ebffd514e8be"));
    }

    void cosSdkUnitTestVectors()
    {
        SignableRequest r;
        r.method = "GET";
        r.path = QStringLiteral("xxxx");
        r.headers = {{QStringLiteral("host"), QStringLiteral("hostname_test")},
                     {QStringLiteral("x-cos-meta-xx"), QStringLiteral("meta_test")}};
        r.query = {{QStringLiteral("first_param"), QStringLiteral("first_value")},
                   {QStringLiteral("second_param"), QStringLiteral("second_value")}};
        const QString ak = QStringLiteral("access_key_test");
        const QString sk = QStringLiteral("secret_key_test");
        QCOMPARE(signCos(r, ak, sk, 1502493430, 1502573430).signature,
                 QStringLiteral("7686473b75487163d6e204d3c68e5c3b74e06164"));
        r.query.clear();
        QCOMPARE(signCos(r, ak, sk, 1502493430, 1502573430).signature,
                 QStringLiteral("8e196637993353bdff2466e0d34034130c9a2aca"));
        r.headers.clear();
        QCOMPARE(signCos(r, ak, sk, 1502493430, 1502573430).signature,
                 QStringLiteral("122c75ad3f7c230b8cc88f4f38410b9d3d347997"));
    }

    void sigV4S3GetObjectExample()
    {
        // AWS S3 documentation, "Example: GET Object" (Range bytes=0-9 of test.txt).
        SignableRequest r;
        r.method = "GET";
        r.path = QStringLiteral("/test.txt");
        r.headers = {
            {QStringLiteral("Host"), QStringLiteral("examplebucket.s3.amazonaws.com")},
            {QStringLiteral("Range"), QStringLiteral("bytes=0-9")},
            {QStringLiteral("x-amz-content-sha256"), QString::fromLatin1(kEmptyPayloadSha256)},
            {QStringLiteral("x-amz-date"), QStringLiteral("20130524T000000Z")}};
        const SigV4Scope scope{QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
                               QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                               QStringLiteral("us-east-1"), QStringLiteral("s3"),
                               QStringLiteral("20130524T000000Z")};
        const SigV4Signature s = signV4(r, kEmptyPayloadSha256, scope);
        QCOMPARE(s.signedHeaders, QStringLiteral("host;range;x-amz-content-sha256;x-amz-date"));
        QCOMPARE(
            s.signature,
            QStringLiteral("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
        QCOMPARE(s.authorization,
                 QStringLiteral(
                     "AWS4-HMAC-SHA256 "
                     "Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                     "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                     "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
        QCOMPARE(sha256Hex(QByteArray()), kEmptyPayloadSha256);
    }

    void sigV4PresignShape()
    {
        SignableRequest r;
        r.method = "GET";
        r.path = QStringLiteral("/test.txt");
        r.headers = {{QStringLiteral("Host"), QStringLiteral("examplebucket.s3.amazonaws.com")}};
        const SigV4Scope scope{QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
                               QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                               QStringLiteral("us-east-1"), QStringLiteral("s3"),
                               QStringLiteral("20130524T000000Z")};
        const QString query = presignV4(r, scope, 86400);
        QVERIFY(query.startsWith(QStringLiteral(
            "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2F"
            "us-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400"
            "&X-Amz-SignedHeaders=host&X-Amz-Signature=")));
        // AWS S3 documentation, "Example: Presigned URL" for the same object and credentials.
        QVERIFY(query.endsWith(
            QStringLiteral("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404")));
    }
};

QTEST_GUILESS_MAIN(SigningTest)
#include "test_signing.moc"
