// A URL pasted where a processing string belongs: every form a user copies from the console,
// a browser or a signed link, and garbage, which must give an answer and never crash.

#include "common/error.h"
#include "storage/pastedlocation.h"
#include "style/parser.h"
#include "style/pastedurl.h"
#include "style/printer.h"
#include "style/stylefile.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ad;
using namespace ad::style;

namespace
{

const QString kHost = QStringLiteral("https://photos-1250000000.cos.ap-guangzhou.myqcloud.com");
const QString kSigned =
    QStringLiteral("q-sign-algorithm=sha1&q-ak=AKIDexample&q-sign-time=1700000000%3B1700003600"
                   "&q-key-time=1700000000%3B1700003600&q-header-list=host&q-url-param-list="
                   "&q-signature=0123456789abcdef0123456789abcdef01234567");

const QMap<QString, QString> kLibrary{
    {QStringLiteral("small"), QStringLiteral("imageMogr2/thumbnail/200x")},
    {QStringLiteral("wm.v2"), QStringLiteral("imageMogr2/rotate/90")}};

PastedUrl parsed(const QString &text)
{
    return parsePastedUrl(text, lookupIn(kLibrary));
}

} // namespace

class PastedUrlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void processingStringsAreKeptAsTheyAre()
    {
        for (const QString &text : {QStringLiteral("imageMogr2/thumbnail/800x"),
                                    QStringLiteral("style/small"), QStringLiteral("imageInfo"),
                                    QStringLiteral("watermark/2/text/5L2g5aW9"), QString()}) {
            const PastedUrl p = parsed(text);
            QVERIFY(!p.isUrl);
            QCOMPARE(p.processing, text);
            QVERIFY(p.dropped.isEmpty() && p.warnings.isEmpty());
        }
        // A mistyped verb is still a processing string, for the validator to point at.
        for (const QString &text :
             {QStringLiteral("imageMogr3/thumbnail/100x"), QStringLiteral("imagemogr2/crop/9x"),
              QStringLiteral("garbage"), QStringLiteral("foo/bar")}) {
            const PastedUrl p = parsed(text);
            QVERIFY2(!p.isUrl, qPrintable(text));
            QCOMPARE(p.processing, text);
        }
    }

    void signedCosUrl()
    {
        const PastedUrl p = parsed(kHost +
                                   QStringLiteral("/dir/photo.jpg?imageMogr2/thumbnail/"
                                                  "800x/rotate/90&") +
                                   kSigned);
        QVERIFY(p.isUrl);
        QCOMPARE(p.processing, QStringLiteral("imageMogr2/thumbnail/800x/rotate/90"));
        QCOMPARE(p.host, QStringLiteral("photos-1250000000.cos.ap-guangzhou.myqcloud.com"));
        QCOMPARE(p.bucket, QStringLiteral("photos-1250000000"));
        QCOMPARE(p.region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(p.key, QStringLiteral("dir/photo.jpg"));
        QCOMPARE(p.dropped,
                 QStringList({QStringLiteral("q-sign-algorithm"), QStringLiteral("q-ak"),
                              QStringLiteral("q-sign-time"), QStringLiteral("q-key-time"),
                              QStringLiteral("q-header-list"), QStringLiteral("q-url-param-list"),
                              QStringLiteral("q-signature")}));
        QVERIFY(p.warnings.isEmpty());
    }

    // Processing after the signature, the CI host, a port, a token, a CDN sign and response-*.
    void otherHostsAndParameters()
    {
        PastedUrl p = parsed(QStringLiteral(
            "http://Photos-1250000000.PIC.ap-shanghai.myqcloud.com:8080/a.png?sign=abc&"
            "x-cos-security-token=tok%2Fen&response-content-disposition=attachment&"
            "imageView2/2/w/300&versionId=7"));
        QCOMPARE(p.processing, QStringLiteral("imageView2/2/w/300"));
        QCOMPARE(p.host, QStringLiteral("photos-1250000000.pic.ap-shanghai.myqcloud.com:8080"));
        QCOMPARE(p.bucket, QStringLiteral("photos-1250000000"));
        QCOMPARE(p.region, QStringLiteral("ap-shanghai"));
        QCOMPARE(p.key, QStringLiteral("a.png"));
        QCOMPARE(p.dropped,
                 QStringList({QStringLiteral("sign"), QStringLiteral("x-cos-security-token"),
                              QStringLiteral("response-content-disposition"),
                              QStringLiteral("versionId")}));

        p = parsed(QStringLiteral("https://img.example.com/shop/item%201.jpg?imageMogr2/crop/"
                                  "100x100"));
        QCOMPARE(p.processing, QStringLiteral("imageMogr2/crop/100x100"));
        QCOMPARE(p.host, QStringLiteral("img.example.com"));
        QVERIFY(p.bucket.isEmpty() && p.region.isEmpty());
        QCOMPARE(p.key, QStringLiteral("shop/item 1.jpg"));

        p = parsed(QStringLiteral("photos-1250000000.cos.accelerate.myqcloud.com/x.jpg?imageAve"));
        QCOMPARE(p.processing, QStringLiteral("imageAve"));
        QCOMPARE(p.bucket, QStringLiteral("photos-1250000000"));
        QVERIFY(p.region.isEmpty());
        QCOMPARE(p.key, QStringLiteral("x.jpg"));

        p = parsed(QStringLiteral("cos://photos-1250000000/in/x.jpg?imageMogr2/format/png"));
        QCOMPARE(p.bucket, QStringLiteral("photos-1250000000"));
        QCOMPARE(p.key, QStringLiteral("in/x.jpg"));
        QCOMPARE(p.processing, QStringLiteral("imageMogr2/format/png"));
    }

    // D21: every separator; the library's body replaces the name.
    void styleSeparatorsResolve()
    {
        for (const QChar sep : QStringLiteral("!-_/")) {
            const PastedUrl p = parsed(kHost + QStringLiteral("/dir/my-photo_1.jpg") + sep +
                                       QStringLiteral("small?") + kSigned);
            QCOMPARE(p.processing, QStringLiteral("imageMogr2/thumbnail/200x"));
            QCOMPARE(p.style, QStringLiteral("small"));
            QCOMPARE(p.key, QStringLiteral("dir/my-photo_1.jpg"));
            QVERIFY(p.warnings.isEmpty());
        }
        // A library name with a dot, and without a host at all.
        PastedUrl p = parsed(QStringLiteral("photo.jpg-wm.v2"));
        QVERIFY(p.isUrl);
        QCOMPARE(p.processing, QStringLiteral("imageMogr2/rotate/90"));
        QCOMPARE(p.key, QStringLiteral("photo.jpg"));
        // Only the configured separators count.
        p = parsePastedUrl(QStringLiteral("photo.jpg-small"), lookupIn(kLibrary),
                           QStringLiteral("!"));
        QVERIFY(p.processing.isEmpty());
        QCOMPARE(p.key, QStringLiteral("photo.jpg-small"));
        // A style then a query processing run one after the other.
        p = parsed(QStringLiteral("photo.jpg!small?imageMogr2/rotate/180"));
        QCOMPARE(p.processing, QStringLiteral("imageMogr2/thumbnail/200x|imageMogr2/rotate/180"));
    }

    // Not in the library: style/<name> with a warning; a key with separators but no style
    // suffix stays whole.
    void unknownStylesAndPlainKeys()
    {
        PastedUrl p = parsed(kHost + QStringLiteral("/photo.jpg!banner"));
        QCOMPARE(p.processing, QStringLiteral("style/banner"));
        QCOMPARE(p.key, QStringLiteral("photo.jpg"));
        QCOMPARE(p.warnings.size(), 1);
        QVERIFY(p.warnings[0].contains(QStringLiteral("banner")));
        p = parsed(kHost + QStringLiteral("/photo.jpg-thumb"));
        QCOMPARE(p.processing, QStringLiteral("style/thumb"));
        for (const QString &key : {QStringLiteral("my-photo.jpg"), QStringLiteral("a_b/c-d"),
                                   QStringLiteral("2024/summer-sale.png")}) {
            p = parsed(kHost + QLatin1Char('/') + key);
            QCOMPARE(p.key, key);
            QVERIFY(p.processing.isEmpty() && p.style.isEmpty());
            QCOMPARE(p.warnings.size(), 1); // no processing
        }
    }

    void chineseKeysAndEncodedProcessing()
    {
        const QString key = QStringLiteral("相册/夏天 海边.jpg");
        const QString encodedKey = QString::fromLatin1(QUrl::toPercentEncoding(key, "/"));
        QVERIFY(encodedKey.contains(QStringLiteral("%E7%9B%B8")));
        PastedUrl p = parsed(kHost + QLatin1Char('/') + encodedKey +
                             QStringLiteral("?imageMogr2%2Fthumbnail%2F800x%7Cwatermark%2F2%2F"
                                            "text%2F5L2g5aW9&") +
                             kSigned);
        QCOMPARE(p.key, key);
        QCOMPARE(p.processing,
                 QStringLiteral("imageMogr2/thumbnail/800x|watermark/2/text/5L2g5aW9"));
        QCOMPARE(print(parse(p.processing)), p.processing);
        // A Chinese key with a style separator.
        p = parsed(kHost + QLatin1Char('/') + encodedKey + QStringLiteral("!small"));
        QCOMPARE(p.key, key);
        QCOMPARE(p.processing, QStringLiteral("imageMogr2/thumbnail/200x"));
    }

    void pipelineAndTwoProcessingStrings()
    {
        PastedUrl p =
            parsed(QStringLiteral("?imageMogr2/thumbnail/800x|watermark/2/text/5L2g5aW9"));
        QVERIFY(p.isUrl);
        QCOMPARE(p.processing,
                 QStringLiteral("imageMogr2/thumbnail/800x|watermark/2/text/5L2g5aW9"));
        QVERIFY(p.key.isEmpty() && p.warnings.isEmpty());

        p = parsed(kHost + QStringLiteral("/a.jpg?imageMogr2/thumbnail/800x&q-ak=x&imageMogr2/"
                                          "rotate/90"));
        QCOMPARE(p.processing, QStringLiteral("imageMogr2/thumbnail/800x|imageMogr2/rotate/90"));
        QCOMPARE(p.dropped, QStringList{QStringLiteral("q-ak")});
        QCOMPARE(p.warnings.size(), 1);
        QVERIFY(p.warnings[0].contains(QLatin1Char('2')));
    }

    void noProcessingAndFragments()
    {
        PastedUrl p = parsed(kHost + QStringLiteral("/a.jpg?") + kSigned);
        QVERIFY(p.isUrl && p.processing.isEmpty());
        QCOMPARE(p.key, QStringLiteral("a.jpg"));
        QCOMPARE(p.warnings, QStringList{QStringLiteral("The URL carries no processing.")});

        p = parsed(kHost + QStringLiteral("/a.jpg?imageMogr2/thumbnail/50x#top?imageInfo"));
        QCOMPARE(p.processing, QStringLiteral("imageMogr2/thumbnail/50x"));
        QCOMPARE(p.dropped, QStringList{QStringLiteral("#fragment")});

        // A mistyped step after '&' is kept, so the error names it instead of dropping it.
        p = parsed(kHost +
                   QStringLiteral("/a.jpg?imageMogr2/thumbnail/400x&imageMogr3/format/webp"));
        QCOMPARE(p.processing, QStringLiteral("imageMogr2/thumbnail/400x|imageMogr3/format/webp"));
        QVERIFY(p.dropped.isEmpty());

        // Wrapped over two lines in a chat window, with spaces around.
        p = parsed(QStringLiteral("  ") + kHost +
                   QStringLiteral("/a.jpg?imageMogr2/\nthumbnail/"
                                  "50x  "));
        QCOMPARE(p.processing, QStringLiteral("imageMogr2/thumbnail/50x"));
    }

    // The saved connection for the bucket: a COS profile by APPID and region, a profile with
    // its own endpoint by host (path style or bucket.host); a folder or no key opens nothing.
    void savedConnectionForTheBucket()
    {
        storage::Profile cos;
        cos.name = QStringLiteral("gz");
        cos.flavor = storage::Endpoint::Flavor::Cos;
        cos.region = QStringLiteral("ap-guangzhou");
        cos.appId = QStringLiteral("1250000000");
        storage::Profile local;
        local.name = QStringLiteral("local");
        local.endpoint = QStringLiteral("http://127.0.0.1:9000");
        const QList<storage::Profile> saved{local, cos};
        const auto location = [&](const QString &url) {
            return storage::pastedObjectLocation(parsed(url), saved);
        };
        QCOMPARE(location(kHost + QStringLiteral("/%E5%9B%BE/a.jpg!small")),
                 QStringLiteral("cos://gz@photos-1250000000/图/a.jpg"));
        // A COS profile connecting elsewhere still matches by APPID, never by that address.
        cos.endpoint = local.endpoint;
        QCOMPARE(storage::pastedObjectLocation(parsed(kHost + QStringLiteral("/a.jpg?imageInfo")),
                                               {cos}),
                 QStringLiteral("cos://gz@photos-1250000000/a.jpg"));
        QCOMPARE(storage::pastedObjectLocation(
                     parsed(QStringLiteral("http://127.0.0.1:9000/b/a.jpg?imageInfo")), {cos}),
                 QString());
        QCOMPARE(location(QStringLiteral(
                     "https://photos-1250000000.pic.ap-beijing.myqcloud.com/a.jpg?imageInfo")),
                 QString());
        QCOMPARE(location(QStringLiteral(
                     "https://photos-1250000001.cos.ap-guangzhou.myqcloud.com/a.jpg?imageInfo")),
                 QString());
        QCOMPARE(location(QStringLiteral("http://127.0.0.1:9000/assets/in/a.jpg?imageInfo&X-Amz-"
                                         "Signature=1")),
                 QStringLiteral("s3://local@assets/in/a.jpg"));
        QCOMPARE(location(QStringLiteral("http://assets.127.0.0.1:9000/in/a.jpg?imageInfo")),
                 QStringLiteral("s3://local@assets/in/a.jpg"));
        QCOMPARE(location(QStringLiteral("http://127.0.0.1:9001/assets/in/a.jpg?imageInfo")),
                 QString());
        QCOMPARE(location(QStringLiteral("http://127.0.0.1:9000/assets?imageInfo")), QString());
        QCOMPARE(location(kHost + QStringLiteral("/dir/?imageInfo")), QString());
    }

    // 10 KB of random bytes (and of separators and percent signs) answer quickly, without a
    // crash; what comes back either parses or fails with a CI error.
    void garbageGivesAnAnswer()
    {
        QRandomGenerator random(19);
        QList<QString> inputs;
        for (int round = 0; round < 20; ++round) {
            QString text;
            for (int i = 0; i < 10240; ++i)
                text += QChar(char16_t(random.bounded(1, round % 2 ? 0x80 : 0xD7FF)));
            inputs << text;
        }
        inputs << QString(10240, u'!') << QString(10240, u'%') << QString(10240, u'?')
               << QStringLiteral("https://").repeated(1280)
               << QStringLiteral("a.jpg-").repeated(1700) + QStringLiteral("small")
               << QStringLiteral("%E7%9B").repeated(1700);
        QElapsedTimer timer;
        timer.start();
        for (const QString &text : inputs) {
            const PastedUrl p = parsed(text);
            try {
                parse(p.processing);
            } catch (const ProcessingError &e) {
                QVERIFY(!e.error().message.isEmpty());
            }
        }
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const PastedUrl p =
            parsed(QStringLiteral("a.jpg-").repeated(1700) + QStringLiteral("small"));
        QCOMPARE(p.processing, QStringLiteral("imageMogr2/thumbnail/200x"));
    }
};

QTEST_GUILESS_MAIN(PastedUrlTest)
#include "test_pasted_url.moc"
