// assetdesk-cli serve answering processing: the style language on objects, style URLs, the
// result cache (304, hits, a changed object), video snapshots and info, document pages, and
// the errors of bad requests. One real serve process on a folder serves every function.

#include "server/endpoint.h"
#include "storage/objectclient.h"
#include "storage/objecturl.h"
#include "support/s3rver.h"
#include "support/serveprocess.h"
#include "support/testdocs.h"
#include "support/testimages.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <memory>
#include <thread>

using ad::test::ServeProcess;
using namespace ad::test;

namespace
{

// CI's base64 for watermark image references and texts.
QByteArray b64(const QByteArray &text)
{
    return text.toBase64(QByteArray::Base64UrlEncoding);
}

// The text of the first element called `name` inside the element path `within` (e.g.
// "Response/MediaInfo/Stream/Video").
QString xmlValue(const QByteArray &xml, const QString &path)
{
    QXmlStreamReader reader(xml);
    QStringList stack;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            stack << reader.name().toString();
            if (stack.join(QLatin1Char('/')) == path) return reader.readElementText();
        } else if (reader.isEndElement()) {
            stack.removeLast();
        }
    }
    return QStringLiteral("<missing>");
}

// Replaces a file the way an upload does: a new file renamed over the old one.
void replaceFile(const QString &path, const QByteArray &bytes)
{
    QFile out(path + QStringLiteral(".new"));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    QVERIFY(::rename(QFile::encodeName(out.fileName()).constData(),
                     QFile::encodeName(path).constData()) == 0);
}

} // namespace

class TestServeProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void thumbnailsAndFormats();
    void infoQueriesAnswerJson();
    void pipelinesAndWatermarkImages();
    void styleUrlsAndStyleStages();
    void signatureParametersAreNotProcessing();
    void cachedResultsValidateAndFollowChanges();
    void identicalRequestsInFlightRenderOnce();
    void snapshotAndVideoInfo();
    void documentPreview();
    void badProcessingGivesCiErrors();
    void badCiProcessParameters();
    void bucketObjectsAndMarks();
    void rendersAtOnceAreBounded();
    void separatorsAreConfigurable();

private:
    ad::storage::HttpExchange get(const QByteArray &target,
                                  const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return m_serve->get(target, headers);
    }
    // Asserts a CI error: status, code name and X-ErrNo.
    static void expectError(const ad::storage::HttpExchange &got, int status, const char *code,
                            int errNo);

    QTemporaryDir m_dir;
    QString m_root;
    QString m_styles;
    std::unique_ptr<ServeProcess> m_serve;
};

void TestServeProcess::expectError(const ad::storage::HttpExchange &got, int status,
                                   const char *code, int errNo)
{
    QCOMPARE(got.status, status);
    QCOMPARE(got.headers.value("content-type"), QByteArray("application/xml"));
    QCOMPARE(xmlValue(got.body, QStringLiteral("Error/Code")), QString::fromLatin1(code));
    QCOMPARE(got.headers.value("x-errno").toInt(), errNo);
}

void TestServeProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("root"));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/marks")));
    QVERIFY(!writeTemp(m_dir, QStringLiteral("root/photo.jpg"),
                       makeImage(800, 600, QStringLiteral("jpg")))
                 .isEmpty());
    QVERIFY(!writeTemp(m_dir, QStringLiteral("root/changing.jpg"),
                       makeImage(800, 600, QStringLiteral("jpg")))
                 .isEmpty());
    // An opaque pure blue mark, so its pixels are recognisable on the photo.
    QImage blue(40, 20, QImage::Format_RGB32);
    blue.fill(QColor(0, 0, 255));
    QVERIFY(blue.save(m_root + QStringLiteral("/marks/blue.png")));
    QVERIFY(!writeTemp(m_dir, QStringLiteral("root/notes.txt"), "not a picture").isEmpty());
    QVERIFY(run(QStringLiteral("ffmpeg"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                 QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                 QStringLiteral("testsrc2=size=320x240:rate=25:duration=2"), QStringLiteral("-c:v"),
                 QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                 m_root + QStringLiteral("/clip.mp4")}) == 0);
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("docs"))));
    DocMaker maker(m_dir.filePath(QStringLiteral("docs")));
    QVERIFY(QFile::copy(maker.text(QStringLiteral("three"), 3, QStringLiteral("pdf")),
                        m_root + QStringLiteral("/three.pdf")));
    // Style names may hold the separators themselves ("webp-thumb").
    m_styles = writeTemp(m_dir, QStringLiteral("styles.txt"),
                         "small\timageMogr2/thumbnail/128x\n"
                         "webp-thumb\timageMogr2/thumbnail/64x/format/webp\n"
                         "nested\tstyle/small|imageMogr2/rotate/90\n");
    m_serve = std::make_unique<ServeProcess>(
        QStringList{QStringLiteral("--root"), m_root, QStringLiteral("--styles"), m_styles,
                    QStringLiteral("--cache"), m_dir.filePath(QStringLiteral("cache")),
                    QStringLiteral("--workers"), QStringLiteral("2")});
    QVERIFY(m_serve->start());
}

void TestServeProcess::thumbnailsAndFormats()
{
    const auto thumb = get("/photo.jpg?imageMogr2/thumbnail/256x");
    QCOMPARE(thumb.status, 200);
    QCOMPARE(thumb.headers.value("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(sizeOf(thumb.body), QSize(256, 192));
    QCOMPARE(loaderOf(thumb.body), QStringLiteral("jpegload_buffer"));

    const auto webp = get("/photo.jpg?imageMogr2/thumbnail/200x/format/webp");
    QCOMPARE(webp.status, 200);
    QCOMPARE(webp.headers.value("content-type"), QByteArray("image/webp"));
    QCOMPARE(loaderOf(webp.body), QStringLiteral("webpload_buffer"));
    QCOMPARE(sizeOf(webp.body), QSize(200, 150));

    const auto view = get("/photo.jpg?imageView2/1/w/100/h/100/format/png");
    QCOMPARE(view.status, 200);
    QCOMPARE(view.headers.value("content-type"), QByteArray("image/png"));
    QCOMPARE(sizeOf(view.body), QSize(100, 100));

    // HEAD: the same headers, no body.
    const auto head = m_serve->request("HEAD", "/photo.jpg?imageMogr2/thumbnail/256x");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.headers.value("content-length").toInt(), thumb.body.size());
    QCOMPARE(head.headers.value("etag"), thumb.headers.value("etag"));
    QVERIFY(thumb.headers.value("x-assetdesk-warning").isEmpty());

    // What runs differently here than in the cloud says so, from the cache too.
    for (int round = 0; round < 2; ++round) {
        const auto scrop = get("/photo.jpg?imageMogr2/scrop/100x100");
        QCOMPARE(scrop.status, 200);
        QVERIFY2(QByteArray::fromPercentEncoding(scrop.headers.value("x-assetdesk-warning"))
                     .contains("face"),
                 scrop.headers.value("x-assetdesk-warning").constData());
        QCOMPARE(scrop.headers.value("x-cache"),
                 round == 0 ? QByteArray("MISS") : QByteArray("HIT"));
    }
}

void TestServeProcess::infoQueriesAnswerJson()
{
    const auto info = get("/photo.jpg?imageInfo");
    QCOMPARE(info.status, 200);
    QCOMPARE(info.headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject o = QJsonDocument::fromJson(info.body).object();
    QCOMPARE(o.value(QStringLiteral("width")).toString(), QStringLiteral("800"));
    QCOMPARE(o.value(QStringLiteral("height")).toString(), QStringLiteral("600"));
    QCOMPARE(o.value(QStringLiteral("size")).toString().toLongLong(),
             QFileInfo(m_root + QStringLiteral("/photo.jpg")).size());

    const auto ave = get("/marks/blue.png?imageAve");
    QCOMPARE(ave.status, 200);
    QCOMPARE(ave.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(ave.body).object().value(QStringLiteral("RGB")).toString(),
             QStringLiteral("0x0000FF"));

    const auto exif = get("/photo.jpg?exif");
    QCOMPARE(exif.status, 200);
    QCOMPARE(exif.headers.value("content-type"), QByteArray("application/json"));
    QVERIFY(QJsonDocument::fromJson(exif.body).isObject());
}

void TestServeProcess::pipelinesAndWatermarkImages()
{
    const auto piped = get("/photo.jpg?imageMogr2/thumbnail/400x|imageMogr2/rotate/90");
    QCOMPARE(piped.status, 200);
    QCOMPARE(sizeOf(piped.body), QSize(300, 400));

    // watermark/1 names an object of the same root, by key or by a bucket URL's path; the
    // base64 '=' padding does not make the processing string a name=value parameter.
    for (const QByteArray &reference :
         {QByteArray("marks/blue.png"),
          QByteArray(
              "http://examplebucket-1250000000.cos.ap-shanghai.myqcloud.com/marks/blue.png")}) {
        const auto marked = get("/photo.jpg?watermark/1/image/" + b64(reference) +
                                "/gravity/northwest/dx/0/dy/0/dissolve/100|imageMogr2/format/png");
        QCOMPARE(marked.status, 200);
        QCOMPARE(sizeOf(marked.body), QSize(800, 600));
        QVERIFY(near(pixel(marked.body, 10, 10), qRgb(0, 0, 255), 8));
        QVERIFY(!near(pixel(marked.body, 10, 100), qRgb(0, 0, 255), 8));
    }
    // A reference outside the root is a key inside it, so it is not found.
    expectError(get("/photo.jpg?watermark/1/image/" + b64("/etc/hostname")), 404, "NotFound",
                -6101);
    expectError(get("/photo.jpg?watermark/1/image/" + b64("../root/marks/blue.png")), 400,
                "InvalidArgument", -60998);
}

void TestServeProcess::styleUrlsAndStyleStages()
{
    for (const QByteArray target : {"/photo.jpg!small", "/photo.jpg-small", "/photo.jpg_small",
                                    "/photo.jpg/small", "/photo.jpg?style/small"}) {
        const auto got = get(target);
        QVERIFY2(got.status == 200, target.constData());
        QCOMPARE(sizeOf(got.body), QSize(128, 96));
    }
    const auto dashed = get("/photo.jpg-webp-thumb");
    QCOMPARE(dashed.status, 200);
    QCOMPARE(dashed.headers.value("content-type"), QByteArray("image/webp"));
    QCOMPARE(sizeOf(dashed.body), QSize(64, 48));
    // A style URL followed by more processing, and a style that uses a style.
    QCOMPARE(sizeOf(get("/photo.jpg!small?imageMogr2/rotate/90").body), QSize(96, 128));
    QCOMPARE(sizeOf(get("/photo.jpg?style/nested").body), QSize(96, 128));

    const auto unknown = get("/photo.jpg!nosuch");
    QCOMPARE(unknown.status, 404);
    QCOMPARE(xmlValue(unknown.body, QStringLiteral("Error/Code")), QStringLiteral("NoSuchKey"));
    expectError(get("/photo.jpg?style/nosuch"), 404, "StyleNotFound", -60967);
    // Styles added and edited through the style API apply at once; an edited style never
    // answers with its old result from the cache.
    const auto putStyle = [&](const QByteArray &body) {
        return m_serve
            ->request("PUT", "/?style", {},
                      "<AddStyle><StyleName>edited</StyleName><StyleBody>" + body +
                          "</StyleBody></AddStyle>")
            .status;
    };
    QCOMPARE(putStyle("imageMogr2/thumbnail/100x"), 200);
    QCOMPARE(sizeOf(get("/photo.jpg!edited").body), QSize(100, 75));
    QCOMPARE(putStyle("imageMogr2/thumbnail/60x"), 200);
    const auto edited = get("/photo.jpg!edited");
    QCOMPARE(edited.headers.value("x-cache"), QByteArray("MISS"));
    QCOMPARE(sizeOf(edited.body), QSize(60, 45));
    // The plain object is still the object.
    const auto plain = get("/photo.jpg");
    QCOMPARE(plain.status, 200);
    QCOMPARE(sizeOf(plain.body), QSize(800, 600));
}

void TestServeProcess::signatureParametersAreNotProcessing()
{
    const auto got = get("/photo.jpg?q-sign-algorithm=sha1&q-ak=AKID&q-sign-time=1%3B2"
                         "&imageMogr2/thumbnail/256x&x-cos-security-token=t"
                         "&response-content-disposition=inline");
    QCOMPARE(got.status, 200);
    QCOMPARE(sizeOf(got.body), QSize(256, 192));
    // Two processing strings are ambiguous.
    expectError(get("/photo.jpg?imageMogr2/thumbnail/256x&imageMogr2/rotate/90"), 400,
                "InvalidArgument", -60998);
}

void TestServeProcess::cachedResultsValidateAndFollowChanges()
{
    const QByteArray target = "/changing.jpg?imageMogr2/thumbnail/256x/format/png";
    const auto first = get(target);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.headers.value("x-cache"), QByteArray("MISS"));
    const QByteArray etag = first.headers.value("etag");
    QVERIFY(etag.startsWith('"') && etag.size() == 34);

    const auto again = get(target);
    QCOMPARE(again.headers.value("x-cache"), QByteArray("HIT"));
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.headers.value("etag"), etag);
    // An equivalent spelling (percent-encoded) shares the entry.
    const auto spelled = get("/changing.jpg?imageMogr2%2Fthumbnail%2F256x%2Fformat%2Fpng");
    QCOMPARE(spelled.status, 200);
    QCOMPARE(spelled.headers.value("etag"), etag);
    QCOMPARE(spelled.headers.value("x-cache"), QByteArray("HIT"));

    const auto cached = get(target, {{"If-None-Match", etag}});
    QCOMPARE(cached.status, 304);
    QVERIFY(cached.body.isEmpty());

    // The object changes: a new result, a new ETag, the old validator no longer matches.
    replaceFile(m_root + QStringLiteral("/changing.jpg"),
                makeImage(1000, 500, QStringLiteral("jpg")));
    const auto changed = get(target, {{"If-None-Match", etag}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.headers.value("x-cache"), QByteArray("MISS"));
    QCOMPARE(sizeOf(changed.body), QSize(256, 128));
    QVERIFY(changed.headers.value("etag") != etag);
    QCOMPARE(sizeOf(get(target).body), QSize(256, 128));
}

void TestServeProcess::identicalRequestsInFlightRenderOnce()
{
    const QByteArray target = "/photo.jpg?imageMogr2/thumbnail/555x/blur/20x10";
    QList<ad::storage::HttpExchange> answers(8);
    std::vector<std::thread> clients;
    for (int i = 0; i < 8; ++i)
        clients.emplace_back([&, i] { answers[i] = m_serve->get(target); });
    for (std::thread &t : clients)
        t.join();
    int misses = 0;
    for (const auto &answer : answers) {
        QCOMPARE(answer.status, 200);
        QCOMPARE(sizeOf(answer.body), QSize(555, 416));
        QCOMPARE(answer.body, answers.first().body);
        misses += answer.headers.value("x-cache") == "MISS";
    }
    QCOMPARE(misses, 1);
}

void TestServeProcess::snapshotAndVideoInfo()
{
    const auto still = get("/clip.mp4?ci-process=snapshot&time=1.5&width=160");
    QCOMPARE(still.status, 200);
    QCOMPARE(still.headers.value("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(sizeOf(still.body), QSize(160, 120));
    const auto png = get("/clip.mp4?ci-process=snapshot&time=0&format=png&mode=keyframe");
    QCOMPARE(png.status, 200);
    QCOMPARE(png.headers.value("content-type"), QByteArray("image/png"));
    QCOMPARE(sizeOf(png.body), QSize(320, 240));

    const auto info = get("/clip.mp4?ci-process=videoinfo");
    QCOMPARE(info.status, 200);
    QCOMPARE(info.headers.value("content-type"), QByteArray("application/xml"));
    const QString video = QStringLiteral("Response/MediaInfo/Stream/Video/");
    QCOMPARE(xmlValue(info.body, video + QStringLiteral("Width")), QStringLiteral("320"));
    QCOMPARE(xmlValue(info.body, video + QStringLiteral("Height")), QStringLiteral("240"));
    QCOMPARE(xmlValue(info.body, video + QStringLiteral("CodecName")), QStringLiteral("h264"));
    QCOMPARE(xmlValue(info.body, QStringLiteral("Response/MediaInfo/Format/NumStream")),
             QStringLiteral("1"));
    QCOMPARE(
        qRound(
            xmlValue(info.body, QStringLiteral("Response/MediaInfo/Format/Duration")).toDouble()),
        2);
}

void TestServeProcess::documentPreview()
{
    const auto page = get("/three.pdf?ci-process=doc-preview&page=2");
    QCOMPARE(page.status, 200);
    QCOMPARE(page.headers.value("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(page.headers.value("x-total-page"), QByteArray("3"));
    QCOMPARE(sizeOf(page.body), QSize(768, 960));

    const auto png = get("/three.pdf?ci-process=doc-preview&page=1&dstType=png&scale=50");
    QCOMPARE(png.status, 200);
    QCOMPARE(png.headers.value("content-type"), QByteArray("image/png"));
    QCOMPARE(sizeOf(png.body), QSize(384, 480));

    const auto processed = get("/three.pdf?ci-process=doc-preview&page=3&ImageParams="
                               "imageMogr2/thumbnail/200x/format/webp");
    QCOMPARE(processed.status, 200);
    QCOMPARE(processed.headers.value("content-type"), QByteArray("image/webp"));
    QCOMPARE(processed.headers.value("x-total-page"), QByteArray("3"));
    QCOMPARE(sizeOf(processed.body), QSize(200, 250));

    const auto pdf = get("/three.pdf?ci-process=doc-preview&dstType=pdf");
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.headers.value("content-type"), QByteArray("application/pdf"));
    QVERIFY(pdf.body.startsWith("%PDF"));

    expectError(get("/three.pdf?ci-process=doc-preview&page=9"), 400, "DocPageOutOfRange", -3015);
    expectError(get("/missing.pdf?ci-process=doc-preview&page=1"), 404, "DocNotFound", -3004);
    expectError(get("/clip.mp4?ci-process=doc-preview&page=1"), 400, "DocUnsupported", -3011);
    expectError(get("/three.pdf?ci-process=doc-preview&page=abc"), 400, "InvalidArgument", -60998);
    expectError(get("/three.pdf?ci-process=doc-preview&page=1&scale=5000"), 400, "InvalidArgument",
                -60998);
}

void TestServeProcess::badProcessingGivesCiErrors()
{
    expectError(get("/photo.jpg?imageMogr2/bogus/1"), 400, "UnknownOperation", -60998);
    QByteArray eleven = "/photo.jpg?imageMogr2/rotate/1";
    for (int i = 0; i < 10; ++i)
        eleven += "|imageMogr2/rotate/1";
    expectError(get(eleven), 400, "TooManyStages", -60998);
    expectError(get("/photo.jpg?imageMogr2/thumbnail/99999999999999999999x"), 400,
                "InvalidArgument", -60998);
    expectError(get("/photo.jpg?imageMogr2/thumbnail/20000x"), 400, "InvalidArgument", -60998);
    expectError(get("/notes.txt?imageMogr2/thumbnail/100x"), 400, "InvalidImage", -62999);
    // Blind watermarks are read back in persistent processing only, as in the cloud.
    expectError(get("/photo.jpg?watermark/4/type/3"), 400, "InvalidArgument", -60998);
    // Over the cloud's 32 MB input limit: refused before it is read.
    QFile big(m_root + QStringLiteral("/big.jpg"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(32 * 1024 * 1024 + 1));
    big.close();
    expectError(get("/big.jpg?imageMogr2/thumbnail/100x"), 413, "FileTooLarge", -167);
    expectError(get("/big.jpg!small"), 413, "FileTooLarge", -167);
    const auto missing = get("/nothing.jpg?imageMogr2/thumbnail/100x");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.headers.value("x-errno").toInt(), -6101);
    // After all of that the server still answers.
    QCOMPARE(get("/photo.jpg?imageMogr2/thumbnail/10x").status, 200);
}

void TestServeProcess::badCiProcessParameters()
{
    for (const QByteArray query :
         {"ci-process=snapshot", "ci-process=snapshot&time=abc",
          "ci-process=snapshot&time=1&width=99999999999", "ci-process=snapshot&time=1&format=gif",
          "ci-process=snapshot&time=1&mode=fast", "ci-process=snapshot&time=1&rotate=left",
          "ci-process=snapshot&time=-1", "ci-process=transcode"}) {
        const auto got = get("/clip.mp4?" + query);
        QVERIFY2(got.status == 400, query.constData());
        QCOMPARE(got.headers.value("x-errno").toInt(), -60998);
    }
    const auto notVideo = get("/notes.txt?ci-process=snapshot&time=1");
    QCOMPARE(notVideo.status, 400);
    QCOMPARE(notVideo.headers.value("x-errno").toInt(), -62999);
    QCOMPARE(get("/nothing.mp4?ci-process=videoinfo").status, 404);
    expectError(get("/notes.txt?ci-process=videoinfo"), 400, "InvalidImage", -62999);
    // Past the end of the 2 s clip: refused, not its last frame; a picture is not a clip.
    const auto late = get("/clip.mp4?ci-process=snapshot&time=30");
    expectError(late, 400, "InvalidArgument", -60998);
    QVERIFY2(xmlValue(late.body, QStringLiteral("Error/Message"))
                 .contains(QLatin1String("past the end")),
             late.body.constData());
    for (const QByteArray query : {"ci-process=snapshot&time=0", "ci-process=videoinfo"}) {
        const auto photo = get("/photo.jpg?" + query);
        expectError(photo, 400, "InvalidImage", -62999);
        QVERIFY2(xmlValue(photo.body, QStringLiteral("Error/Message"))
                     .contains(QLatin1String("takes a video")),
                 photo.body.constData());
    }
}

// The same on a bucket prefix (s3rver): the source and the watermark image are objects, and
// a replaced object gets a new result.
void TestServeProcess::bucketObjectsAndMarks()
{
    S3rver s3(m_dir.filePath(QStringLiteral("s3data")), {QStringLiteral("photos")});
    QVERIFY(s3.start());
    // The bucket's address and keys, for serve and for the client that fills the bucket.
    const QProcessEnvironment env = s3.useForS3();
    ad::storage::ObjectClient client(
        ad::storage::endpointFor(ad::storage::parseObjectUrl(QStringLiteral("s3://photos/"))));
    const QString bucket = QStringLiteral("photos");
    client.put(bucket, QStringLiteral("web/photo.jpg"), makeImage(800, 600, QStringLiteral("jpg")));
    client.put(bucket, QStringLiteral("web/marks/blue.png"),
               readFile(m_root + QStringLiteral("/marks/blue.png")));

    ServeProcess serve({QStringLiteral("--bucket"), QStringLiteral("s3://photos/web"),
                        QStringLiteral("--cache"), m_dir.filePath(QStringLiteral("bucketcache"))},
                       env);
    QVERIFY(serve.start());
    const QByteArray target = "/photo.jpg?imageMogr2/thumbnail/256x";
    const auto thumb = serve.get(target);
    QCOMPARE(thumb.status, 200);
    QCOMPARE(sizeOf(thumb.body), QSize(256, 192));
    QCOMPARE(thumb.headers.value("x-cache"), QByteArray("MISS"));
    QCOMPARE(serve.get(target).headers.value("x-cache"), QByteArray("HIT"));

    const auto marked =
        serve.get("/photo.jpg?watermark/1/image/" +
                  b64("https://photos-1250000000.cos.ap-guangzhou.myqcloud.com/marks/blue.png") +
                  "/gravity/northwest/dx/0/dy/0/dissolve/100|imageMogr2/format/png");
    QCOMPARE(marked.status, 200);
    QVERIFY(near(pixel(marked.body, 10, 10), qRgb(0, 0, 255), 8));

    client.put(bucket, QStringLiteral("web/photo.jpg"), makeImage(600, 600, QStringLiteral("jpg")));
    const auto changed = serve.get(target);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.headers.value("x-cache"), QByteArray("MISS"));
    QCOMPARE(sizeOf(changed.body), QSize(256, 256));
    expectError(serve.get("/photo.jpg?watermark/1/image/" + b64("marks/none.png")), 404, "NotFound",
                -6101);
}

namespace
{

// A folder whose renders are slow and counted: the endpoint asks for the source's local path
// inside its render slot, so the most calls at once is the most renders at once.
class CountingBacking : public ad::server::ObjectBacking
{
public:
    explicit CountingBacking(const QString &root) : m_folder(ad::server::folderBacking(root)) {}
    std::optional<ad::server::ObjectStat> stat(const QString &key) const override
    {
        return m_folder->stat(key);
    }
    QByteArray read(const QString &key, qint64 offset, qint64 length) const override
    {
        return m_folder->read(key, offset, length);
    }
    QString localPath(const QString &key, const ad::server::ObjectStat &stat) const override
    {
        const int now = ++m_running;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        --m_running;
        return m_folder->localPath(key, stat);
    }
    ad::server::ObjectStat write(const QString &key, const QByteArray &data) const override
    {
        return m_folder->write(key, data);
    }
    void remove(const QString &key) const override { m_folder->remove(key); }
    ad::storage::ListObjectsPage list(const QString &prefix, const QString &delimiter,
                                      const QString &marker, int maxKeys) const override
    {
        return m_folder->list(prefix, delimiter, marker, maxKeys);
    }
    QString bucketName() const override { return m_folder->bucketName(); }
    QString describe() const override { return m_folder->describe(); }

    mutable std::atomic<int> most{0};

private:
    std::unique_ptr<ad::server::ObjectBacking> m_folder;
    mutable std::atomic<int> m_running{0};
};

} // namespace

// --workers N: however many requests arrive together, at most N renders run at once.
void TestServeProcess::rendersAtOnceAreBounded()
{
    for (const int workers : {1, 3}) {
        auto backing = std::make_unique<CountingBacking>(m_root);
        CountingBacking *counting = backing.get();
        ad::server::EndpointConfig config;
        config.workers = workers;
        ad::server::Endpoint endpoint(std::move(backing), config);
        QList<int> statuses(8);
        std::vector<std::thread> clients;
        for (int i = 0; i < 8; ++i) {
            clients.emplace_back([&, i] {
                ad::server::HttpRequest request;
                request.method = "GET";
                request.key = QStringLiteral("photo.jpg");
                // Different results, so no two requests share one render.
                request.rawQuery = "imageMogr2/thumbnail/" + QByteArray::number(20 + i) + 'x';
                request.target = "/photo.jpg?" + request.rawQuery;
                request.query = ad::server::parseQuery(request.rawQuery);
                statuses[i] = endpoint.handle(request).status;
            });
        }
        for (std::thread &t : clients)
            t.join();
        QCOMPARE(statuses, QList<int>(8, 200));
        QVERIFY2(counting->most.load() <= workers, qPrintable(QString::number(counting->most)));
        if (workers > 1) QVERIFY(counting->most.load() > 1);
    }
}

// --separators: only the configured characters split a style URL.
void TestServeProcess::separatorsAreConfigurable()
{
    ad::server::EndpointConfig config;
    config.styleSeparators = QStringLiteral("!");
    config.stylesFile = m_dir.filePath(QStringLiteral("bang-styles.json"));
    ad::server::Endpoint endpoint(ad::server::folderBacking(m_root), config);
    endpoint.styles().put(QStringLiteral("small"), QStringLiteral("imageMogr2/thumbnail/128x"));
    const auto fetch = [&](const QString &key) {
        ad::server::HttpRequest request;
        request.method = "GET";
        request.key = key;
        request.target = '/' + key.toUtf8();
        return endpoint.handle(request);
    };
    const ad::server::HttpResponse bang = fetch(QStringLiteral("photo.jpg!small"));
    QCOMPARE(bang.status, 200);
    QCOMPARE(sizeOf(bang.body), QSize(128, 96));
    for (const QString &key : {QStringLiteral("photo.jpg-small"), QStringLiteral("photo.jpg_small"),
                               QStringLiteral("photo.jpg/small")}) {
        const ad::server::HttpResponse other = fetch(key);
        QCOMPARE(other.status, 404);
        QVERIFY(other.body.contains("<Code>NoSuchKey</Code>"));
    }
}

QTEST_GUILESS_MAIN(TestServeProcess)
#include "test_serve_process.moc"
