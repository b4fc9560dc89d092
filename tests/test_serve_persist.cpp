// Persistent processing and the style API of assetdesk-cli serve: Pic-Operations on PUT, on
// POST ?image_process and on Complete Multipart Upload, answered with UploadResult; the style
// API and its file. Runs the real process against a folder and against s3rver.

#include "server/endpoint.h"
#include "support/s3rver.h"
#include "support/serveprocess.h"
#include "support/testimages.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using ad::test::ServeProcess;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace
{

// Every text of the elements at `path` ("UploadResult/ProcessResults/Object/Width"), in order.
QStringList xmlValues(const QByteArray &xml, const QString &path)
{
    QXmlStreamReader reader(xml);
    QStringList stack, values;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            stack << reader.name().toString();
            if (stack.join(QLatin1Char('/')) == path) {
                values << reader.readElementText(QXmlStreamReader::IncludeChildElements);
                stack.removeLast();
            }
        } else if (reader.isEndElement()) {
            stack.removeLast();
        }
    }
    return values;
}

QString xmlValue(const QByteArray &xml, const QString &path)
{
    const QStringList values = xmlValues(xml, path);
    return values.size() == 1 ? values.first() : QStringLiteral("<%1 found>").arg(values.size());
}

// The header's JSON on one line: a header value cannot hold a line break.
Headers picOperations(QByteArray json)
{
    return {{"Pic-Operations", json.replace('\n', ' ')}};
}

QByteArray b64(const QByteArray &text)
{
    return text.toBase64(QByteArray::Base64UrlEncoding);
}

// The mean colour as imageAve writes it: 0xRRGGBB.
QRgb meanColour(const QByteArray &bytes)
{
    const QImage image = ad::test::decode(bytes);
    qint64 r = 0, g = 0, b = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            r += qRed(p);
            g += qGreen(p);
            b += qBlue(p);
        }
    const qint64 n = qint64(image.width()) * image.height();
    return qRgb(int((r + n / 2) / n), int((g + n / 2) / n), int((b + n / 2) / n));
}

// Incompressible pixels, so a PNG of it is above the 1 MB a multipart part needs.
QByteArray noisyPng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    const QByteArray noise = ad::test::randomBytes(qsizetype(image.sizeInBytes()), 7);
    for (int y = 0; y < height; ++y)
        memcpy(image.scanLine(y), noise.constData() + qsizetype(y) * image.bytesPerLine(),
               size_t(width) * 3);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 0);
    return png;
}

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

// Files below `dir`, relative, sorted.
QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

class TestServePersist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uploadWithPicOperations();
    void processStoredObject();
    void refusalsChangeNothing();
    void fileIdsStayInsideTheRoot();
    void blindWatermarkExtraction();
    void multipartWithPicOperations();
    void multipartRefusals();
    void styleApiRoundTrip();
    void styleLimits();
    void getStyleFilterInProcess();
    void bucketRoundTrip();

private:
    // Checks each ProcessResults/Object against the object written under its key.
    void checkResults(const ServeProcess &serve, const QByteArray &xml, const QString &within);

    QTemporaryDir m_dir;
    QString m_root;
    QString m_cache;
    QByteArray m_jpeg; // 640x427, quality 83
    std::unique_ptr<ServeProcess> m_serve;
};

void TestServePersist::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("root"));
    m_cache = m_dir.filePath(QStringLiteral("cache"));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/photos")));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/marks")));
    m_jpeg = ad::test::makeImage(640, 427, QStringLiteral("jpg"), 83);
    ad::test::writeTemp(m_dir, QStringLiteral("root/photos/stored.jpg"), m_jpeg);
    ad::test::writeTemp(m_dir, QStringLiteral("root/marks/wm.png"), ad::test::blindMarkPng());
    m_serve = std::make_unique<ServeProcess>(
        QStringList{QStringLiteral("--root"), m_root, QStringLiteral("--cache"), m_cache});
    QVERIFY(m_serve->start());
}

void TestServePersist::checkResults(const ServeProcess &serve, const QByteArray &xml,
                                    const QString &within)
{
    const QString object = within + QStringLiteral("/ProcessResults/Object/");
    const QStringList keys = xmlValues(xml, object + QStringLiteral("Key"));
    QVERIFY(!keys.isEmpty());
    for (int i = 0; i < keys.size(); ++i) {
        const auto got = serve.get("/" + keys[i].toUtf8());
        QCOMPARE(got.status, 200);
        const auto field = [&](const char *name) {
            return xmlValues(xml, object + QLatin1String(name)).value(i);
        };
        QCOMPARE(field("Size").toLongLong(), qint64(got.body.size()));
        const QSize size = ad::test::sizeOf(got.body);
        QCOMPARE(field("Width").toInt(), size.width());
        QCOMPARE(field("Height").toInt(), size.height());
        const QString loader = ad::test::loaderOf(got.body);
        QVERIFY2(loader.startsWith(field("Format") + QStringLiteral("load")),
                 qPrintable(field("Format") + QLatin1Char(' ') + loader));
        QCOMPARE(field("ETag").toUtf8(), got.headers.value("etag"));
        QVERIFY(field("Location").endsWith(QLatin1Char('/') + keys[i]));
    }
}

void TestServePersist::uploadWithPicOperations()
{
    const QByteArray ops = R"({"is_pic_info":1,"rules":[
        {"fileid":"thumb.png","rule":"imageMogr2/thumbnail/200x/format/png"},
        {"fileid":"/out/rotated.jpg","rule":"imageMogr2/rotate/90"}]})";
    const auto put = m_serve->request("PUT", "/photos/up.jpg", picOperations(ops), m_jpeg);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.headers.value("content-type"), QByteArray("application/xml"));
    const QByteArray &xml = put.body;
    // The original is stored unchanged.
    QVERIFY(ad::test::readFile(m_root + QStringLiteral("/photos/up.jpg")) == m_jpeg);
    const auto head = m_serve->request("HEAD", "/photos/up.jpg");
    QCOMPARE(xmlValue(xml, QStringLiteral("UploadResult/OriginalInfo/Key")),
             QStringLiteral("photos/up.jpg"));
    QCOMPARE(xmlValue(xml, QStringLiteral("UploadResult/OriginalInfo/Location")),
             QString(m_serve->url().mid(7) + QStringLiteral("/photos/up.jpg")));
    QCOMPARE(xmlValue(xml, QStringLiteral("UploadResult/OriginalInfo/ETag")).toUtf8(),
             head.headers.value("etag"));
    const QString info = QStringLiteral("UploadResult/OriginalInfo/ImageInfo/");
    QCOMPARE(xmlValue(xml, info + QStringLiteral("Format")), QStringLiteral("JPEG"));
    QCOMPARE(xmlValue(xml, info + QStringLiteral("Width")), QStringLiteral("640"));
    QCOMPARE(xmlValue(xml, info + QStringLiteral("Height")), QStringLiteral("427"));
    QCOMPARE(xmlValue(xml, info + QStringLiteral("Quality")), QStringLiteral("83"));
    QCOMPARE(xmlValue(xml, info + QStringLiteral("Orientation")), QStringLiteral("1"));
    const QString ave = xmlValue(xml, info + QStringLiteral("Ave"));
    QVERIFY2(ave.startsWith(QLatin1String("0x")) && ave.size() == 8, qPrintable(ave));
    QVERIFY2(
        ad::test::near(QRgb(0xff000000u | ave.mid(2).toUInt(nullptr, 16)), meanColour(m_jpeg), 2),
        qPrintable(ave));

    QCOMPARE(xmlValues(xml, QStringLiteral("UploadResult/ProcessResults/Object/Key")),
             (QStringList{QStringLiteral("photos/thumb.png"), QStringLiteral("out/rotated.jpg")}));
    QCOMPARE(xmlValues(xml, QStringLiteral("UploadResult/ProcessResults/Object/Format")),
             (QStringList{QStringLiteral("png"), QStringLiteral("jpeg")}));
    QCOMPARE(xmlValues(xml, QStringLiteral("UploadResult/ProcessResults/Object/Width")),
             (QStringList{QStringLiteral("200"), QStringLiteral("427")}));
    QCOMPARE(xmlValues(xml, QStringLiteral("UploadResult/ProcessResults/Object/Height")),
             (QStringList{QStringLiteral("133"), QStringLiteral("640")}));
    // The rotated JPEG keeps the source's quality (D12); the PNG has none to keep.
    QCOMPARE(xmlValues(xml, QStringLiteral("UploadResult/ProcessResults/Object/Quality")),
             (QStringList{QStringLiteral("100"), QStringLiteral("83")}));
    checkResults(*m_serve, xml, QStringLiteral("UploadResult"));
}

void TestServePersist::processStoredObject()
{
    const QString stored = m_root + QStringLiteral("/photos/stored.jpg");
    const QByteArray etag = m_serve->request("HEAD", "/photos/stored.jpg").headers.value("etag");
    const QByteArray ops = R"({"rules":[
        {"fileid":"small/stored.webp","rule":"imageView2/2/w/160/format/webp"},
        {"fileid":"small/q50.webp","rule":"imageMogr2/thumbnail/90x/format/webp/quality/50"}]})";
    const auto post =
        m_serve->request("POST", "/photos/stored.jpg?image_process", picOperations(ops));
    QCOMPARE(post.status, 200);
    const QByteArray &xml = post.body;
    QCOMPARE(xmlValue(xml, QStringLiteral("UploadResult/OriginalInfo/ETag")).toUtf8(), etag);
    // is_pic_info absent: no ImageInfo.
    QVERIFY(xmlValues(xml, QStringLiteral("UploadResult/OriginalInfo/ImageInfo")).isEmpty());
    QCOMPARE(xmlValues(xml, QStringLiteral("UploadResult/ProcessResults/Object/Key")),
             (QStringList{QStringLiteral("photos/small/stored.webp"),
                          QStringLiteral("photos/small/q50.webp")}));
    QCOMPARE(xmlValues(xml, QStringLiteral("UploadResult/ProcessResults/Object/Width")),
             (QStringList{QStringLiteral("160"), QStringLiteral("90")}));
    // WebP inherits the source's quality unless told otherwise (D12).
    QCOMPARE(xmlValues(xml, QStringLiteral("UploadResult/ProcessResults/Object/Quality")),
             (QStringList{QStringLiteral("83"), QStringLiteral("50")}));
    checkResults(*m_serve, xml, QStringLiteral("UploadResult"));
    QVERIFY(ad::test::readFile(stored) == m_jpeg); // the original is never touched

    const auto missing =
        m_serve->request("POST", "/photos/none.jpg?image_process", picOperations(ops));
    QCOMPARE(missing.status, 404);
    QCOMPARE(xmlValue(missing.body, QStringLiteral("Error/Code")), QStringLiteral("NoSuchKey"));
    const auto noHeader = m_serve->request("POST", "/photos/stored.jpg?image_process");
    QCOMPARE(noHeader.status, 400);
    QCOMPARE(xmlValue(noHeader.body, QStringLiteral("Error/Code")),
             QStringLiteral("InvalidPicOperations"));
}

void TestServePersist::refusalsChangeNothing()
{
    const QByteArray rule = R"({"fileid":"r.png","rule":"imageMogr2/format/png"})";
    QByteArray six = R"({"rules":[)";
    for (int i = 0; i < 6; ++i)
        six += (i ? "," : "") + rule;
    six += "]}";
    struct Case {
        QByteArray header;
        QByteArray body;
        int status;
        QString code;
        QByteArray errNo; // empty: no X-ErrNo
    };
    const QList<Case> cases = {
        {six, m_jpeg, 400, QStringLiteral("InvalidArgument"), "-60997"},
        {R"({"rules":[{"fileid":"r.png",)",
         m_jpeg,
         400,
         QStringLiteral("InvalidPicOperations"),
         {}},
        {R"(["not","an","object"])", m_jpeg, 400, QStringLiteral("InvalidPicOperations"), {}},
        {R"({"rules":{"fileid":"r.png"}})",
         m_jpeg,
         400,
         QStringLiteral("InvalidPicOperations"),
         {}},
        {R"({"is_pic_info":7})", m_jpeg, 400, QStringLiteral("InvalidPicOperations"), {}},
        {R"({"rules":[{"fileid":"r.png","rule":"imageMogr2/thumbnail/abcx"}]})", m_jpeg, 400,
         QStringLiteral("InvalidArgument"), "-60998"},
        {R"({"rules":[{"fileid":"r.png"}]})", m_jpeg, 400, QStringLiteral("InvalidArgument"),
         "-60998"},
        {R"({"rules":[{"fileid":"r.png","rule":"style/nosuchstyle"}]})", m_jpeg, 404,
         QStringLiteral("StyleNotFound"), "-60967"},
        {R"({"rules":[{"fileid":"r.png","rule":"imageInfo"}]})", m_jpeg, 400,
         QStringLiteral("InvalidArgument"), "-60998"},
        {R"({"rules":[)" + rule + "]}", "this is not a picture", 400,
         QStringLiteral("InvalidImage"), "-62999"},
        {R"({"rules":[)" + rule + "]}", QByteArray(33 << 20, 'x'), 413,
         QStringLiteral("FileTooLarge"), "-60996"},
    };
    for (const Case &c : cases) {
        const auto put = m_serve->request("PUT", "/refused/r.jpg", picOperations(c.header), c.body);
        QVERIFY2(put.status == c.status, c.header.left(80).constData());
        QCOMPARE(xmlValue(put.body, QStringLiteral("Error/Code")), c.code);
        QCOMPARE(put.headers.value("x-errno"), c.errNo);
        // Refused before anything was stored: neither the upload nor a result exists.
        QVERIFY2(!QFileInfo::exists(m_root + QStringLiteral("/refused")),
                 c.header.left(80).constData());
    }
}

void TestServePersist::fileIdsStayInsideTheRoot()
{
    for (const QByteArray &fileId :
         {QByteArray("../../escaped.png"), QByteArray("/../escaped.png"),
          QByteArray("a/./escaped.png"), QByteArray("folder/"), QByteArray("a\\\\..\\\\b.png")}) {
        const QByteArray ops =
            R"({"rules":[{"fileid":")" + fileId + R"(","rule":"imageMogr2/format/png"}]})";
        const auto put = m_serve->request("PUT", "/photos/in.jpg", picOperations(ops), m_jpeg);
        QVERIFY2(put.status == 400, fileId.constData());
        QCOMPARE(put.headers.value("x-errno"), QByteArray("-60998"));
    }
    QCOMPARE(filesBelow(m_dir.path()).filter(QStringLiteral("escaped")), QStringList());
    QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/photos/in.jpg")));
}

void TestServePersist::blindWatermarkExtraction()
{
    const QString photo = ad::test::writePhoto(m_dir, QStringLiteral("Kite"), QSize(640, 427),
                                               QStringLiteral("kite.png"));
    const QByteArray mark = b64("http://bucket.local/marks/wm.png");
    const QByteArray embed = R"({"rules":[{"fileid":"kite-marked.png",)"
                             R"("rule":"watermark/3/type/2/image/)" +
                             mark + R"("}]})";
    const auto put = m_serve->request("PUT", "/photos/kite.png", picOperations(embed),
                                      ad::test::readFile(photo));
    QCOMPARE(put.status, 200);
    const QByteArray extract = R"({"rules":[{"fileid":"/found/mark.png",)"
                               R"("rule":"watermark/4/type/2/image/)" +
                               mark + R"("}]})";
    const QString object = QStringLiteral("UploadResult/ProcessResults/Object/");
    const auto marked =
        m_serve->request("POST", "/photos/kite-marked.png?image_process", picOperations(extract));
    QCOMPARE(marked.status, 200);
    QVERIFY2(xmlValue(marked.body, object + QStringLiteral("WatermarkStatus")).toInt() > 75,
             marked.body.constData());
    QCOMPARE(xmlValue(marked.body, object + QStringLiteral("Key")),
             QStringLiteral("found/mark.png"));
    checkResults(*m_serve, marked.body, QStringLiteral("UploadResult"));

    // The unmarked picture scores below 60, the cloud's "no watermark".
    const auto clean =
        m_serve->request("POST", "/photos/kite.png?image_process", picOperations(extract));
    QCOMPARE(clean.status, 200);
    const QStringList status = xmlValues(clean.body, object + QStringLiteral("WatermarkStatus"));
    QCOMPARE(status.size(), 1);
    QVERIFY2(status.first().toInt() < 60, clean.body.constData());

    // Type 3 reads a text back: reported as Text, and there is no picture to store.
    const QByteArray text = R"({"rules":[{"fileid":"kite-text.png",)"
                            R"("rule":"watermark/3/type/3/text/)" +
                            b64("AD2026") + R"("}]})";
    QCOMPARE(m_serve->request("POST", "/photos/kite.png?image_process", picOperations(text)).status,
             200);
    const auto read = m_serve->request(
        "POST", "/photos/kite-text.png?image_process",
        picOperations(R"({"rules":[{"fileid":"text-out.png","rule":"watermark/4/type/3"}]})"));
    QCOMPARE(read.status, 200);
    QCOMPARE(xmlValue(read.body, object + QStringLiteral("Text")), QStringLiteral("AD2026"));
    QVERIFY(xmlValues(read.body, object + QStringLiteral("Location")).isEmpty());
    QVERIFY(xmlValues(read.body, object + QStringLiteral("WatermarkStatus")).isEmpty());
    QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/photos/text-out.png")));
}

void TestServePersist::multipartWithPicOperations()
{
    const QByteArray png = noisyPng(800, 600);
    QVERIFY(png.size() > (1 << 20) + 1000);
    const QList<QByteArray> parts = {png.left(1 << 20), png.mid(1 << 20)};
    const auto init = m_serve->request("POST", "/photos/big.png?uploads");
    QCOMPARE(init.status, 200);
    QCOMPARE(xmlValue(init.body, QStringLiteral("InitiateMultipartUploadResult/Key")),
             QStringLiteral("photos/big.png"));
    const QByteArray id =
        xmlValue(init.body, QStringLiteral("InitiateMultipartUploadResult/UploadId")).toUtf8();
    QVERIFY(!id.isEmpty());
    // Parts may arrive in any order; each answers its MD5 as ETag.
    for (int n : {2, 1}) {
        const auto part = m_serve->request(
            "PUT", "/photos/big.png?partNumber=" + QByteArray::number(n) + "&uploadId=" + id, {},
            parts[n - 1]);
        QCOMPARE(part.status, 200);
        QCOMPARE(part.headers.value("etag"), '"' + md5Hex(parts[n - 1]) + '"');
    }
    // The parts wait in the cache, never in the root.
    QCOMPARE(filesBelow(m_root).filter(QStringLiteral("big")), QStringList());
    QCOMPARE(filesBelow(m_cache + QStringLiteral("/uploads")).size(), 3); // key and two parts

    const QByteArray body = "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>\"" +
                            md5Hex(parts[0]) +
                            "\"</ETag></Part><Part><PartNumber>2</PartNumber><ETag>\"" +
                            md5Hex(parts[1]) + "\"</ETag></Part></CompleteMultipartUpload>";
    const QByteArray ops = R"({"is_pic_info":1,"rules":[
        {"fileid":"big-thumb.jpg","rule":"imageMogr2/thumbnail/!25p/format/jpg/quality/70"}]})";
    const auto done =
        m_serve->request("POST", "/photos/big.png?uploadId=" + id, picOperations(ops), body);
    QCOMPARE(done.status, 200);
    const QByteArray &xml = done.body;
    const QString root = QStringLiteral("CompleteMultipartUploadResult");
    QCOMPARE(xmlValue(xml, root + QStringLiteral("/Key")), QStringLiteral("photos/big.png"));
    QVERIFY(ad::test::readFile(m_root + QStringLiteral("/photos/big.png")) == png);
    const QByteArray etag = m_serve->request("HEAD", "/photos/big.png").headers.value("etag");
    QCOMPARE(xmlValue(xml, root + QStringLiteral("/ETag")).toUtf8(), etag);
    QCOMPARE(xmlValue(xml, root + QStringLiteral("/OriginalInfo/ImageInfo/Format")),
             QStringLiteral("PNG"));
    QCOMPARE(xmlValue(xml, root + QStringLiteral("/OriginalInfo/ImageInfo/Width")),
             QStringLiteral("800"));
    QCOMPARE(xmlValue(xml, root + QStringLiteral("/ProcessResults/Object/Width")),
             QStringLiteral("200"));
    QCOMPARE(xmlValue(xml, root + QStringLiteral("/ProcessResults/Object/Height")),
             QStringLiteral("150"));
    QCOMPARE(xmlValue(xml, root + QStringLiteral("/ProcessResults/Object/Quality")),
             QStringLiteral("70"));
    checkResults(*m_serve, xml, root);
    // Completed: the parts are gone and the id is spent.
    QCOMPARE(filesBelow(m_cache + QStringLiteral("/uploads")), QStringList());
    const auto again = m_serve->request("POST", "/photos/big.png?uploadId=" + id, {}, body);
    QCOMPARE(again.status, 404);
    QCOMPARE(xmlValue(again.body, QStringLiteral("Error/Code")), QStringLiteral("NoSuchUpload"));
}

void TestServePersist::multipartRefusals()
{
    const QByteArray big = ad::test::randomBytes(1 << 20, 3);
    const auto init = m_serve->request("POST", "/multi/file.bin?uploads");
    const QByteArray id =
        xmlValue(init.body, QStringLiteral("InitiateMultipartUploadResult/UploadId")).toUtf8();
    const QByteArray target = "/multi/file.bin?uploadId=" + id;
    const auto partUrl = [&](int n) { return target + "&partNumber=" + QByteArray::number(n); };
    QCOMPARE(m_serve->request("PUT", partUrl(1), {}, big).status, 200);
    QCOMPARE(m_serve->request("PUT", partUrl(2), {}, "tail").status, 200);
    QCOMPARE(m_serve->request("PUT", partUrl(3), {}, "small").status, 200);
    QCOMPARE(m_serve->request("PUT", partUrl(0), {}, "x").status, 400);
    // List Parts, as a client resuming the upload asks: every part with its size and ETag.
    const auto listed = m_serve->request("GET", target);
    QCOMPARE(listed.status, 200);
    QCOMPARE(xmlValues(listed.body, QStringLiteral("ListPartsResult/Part/PartNumber")),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(xmlValues(listed.body, QStringLiteral("ListPartsResult/Part/Size")),
             (QStringList{QString::number(big.size()), QStringLiteral("4"), QStringLiteral("5")}));
    QCOMPARE(xmlValues(listed.body, QStringLiteral("ListPartsResult/Part/ETag")).first(),
             QString::fromLatin1('"' + md5Hex(big) + '"'));
    QCOMPARE(m_serve->request("GET", "/multi/file.bin?uploadId=" + QByteArray(32, '0')).status,
             404);
    const auto partXml = [](int n, const QByteArray &data) {
        return "<Part><PartNumber>" + QByteArray::number(n) + "</PartNumber><ETag>\"" +
               md5Hex(data) + "\"</ETag></Part>";
    };
    const auto complete = [&](const QByteArray &parts) {
        return m_serve->request("POST", target, {},
                                "<CompleteMultipartUpload>" + parts + "</CompleteMultipartUpload>");
    };
    const auto code = [](const ad::storage::HttpExchange &e) {
        return xmlValue(e.body, QStringLiteral("Error/Code"));
    };
    QCOMPARE(code(complete(partXml(2, "tail") + partXml(1, big))),
             QStringLiteral("InvalidPartOrder"));
    QCOMPARE(code(complete(partXml(1, big) + partXml(2, "other"))), QStringLiteral("InvalidPart"));
    QCOMPARE(code(complete(partXml(1, big) + partXml(4, "tail"))), QStringLiteral("InvalidPart"));
    QCOMPARE(code(complete(partXml(2, "tail") + partXml(3, "small"))),
             QStringLiteral("EntityTooSmall"));
    QCOMPARE(code(complete("<Part><PartNumber>x")), QStringLiteral("MalformedXML"));
    QCOMPARE(code(m_serve->request("POST", "/multi/other.bin?uploadId=" + id, {},
                                   "<CompleteMultipartUpload/>")),
             QStringLiteral("NoSuchUpload"));
    QCOMPARE(
        code(m_serve->request("PUT", "/multi/file.bin?partNumber=1&uploadId=../../x", {}, "x")),
        QStringLiteral("NoSuchUpload"));
    QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/multi")));
    // Abort drops the parts; the id is spent.
    QCOMPARE(m_serve->request("DELETE", target).status, 204);
    QCOMPARE(filesBelow(m_cache + QStringLiteral("/uploads")), QStringList());
    QCOMPARE(code(m_serve->request("PUT", partUrl(1), {}, big)), QStringLiteral("NoSuchUpload"));
    QCOMPARE(m_serve->request("DELETE", target).status, 404);
}

void TestServePersist::styleApiRoundTrip()
{
    const QString stylesFile = m_dir.filePath(QStringLiteral("styles.json"));
    auto serve = std::make_unique<ServeProcess>(
        QStringList{QStringLiteral("--root"), m_root, QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--styles"), stylesFile});
    QVERIFY(serve->start());
    const auto add = [&](const QByteArray &name, const QByteArray &body) {
        return serve->request("PUT", "/?style", {},
                              "<AddStyle><StyleName>" + name + "</StyleName><StyleBody>" + body +
                                  "</StyleBody></AddStyle>");
    };
    QCOMPARE(add("thumb.100", "imageMogr2/thumbnail/100x/format/png").status, 200);
    QCOMPARE(add("gray", "imageMogr2/grayscale/1").status, 200);
    auto list = serve->get("/?style");
    QCOMPARE(list.status, 200);
    QCOMPARE(xmlValues(list.body, QStringLiteral("StyleList/StyleRule/StyleName")),
             (QStringList{QStringLiteral("gray"), QStringLiteral("thumb.100")}));
    QCOMPARE(xmlValues(list.body, QStringLiteral("StyleList/StyleRule/StyleBody")),
             (QStringList{QStringLiteral("imageMogr2/grayscale/1"),
                          QStringLiteral("imageMogr2/thumbnail/100x/format/png")}));
    // Used by persistent processing as style/<name>.
    const QByteArray ops = R"({"rules":[{"fileid":"styled.png","rule":"style/thumb.100"}]})";
    const auto used =
        serve->request("POST", "/photos/stored.jpg?image_process", picOperations(ops));
    QCOMPARE(used.status, 200);
    QCOMPARE(xmlValue(used.body, QStringLiteral("UploadResult/ProcessResults/Object/Width")),
             QStringLiteral("100"));
    checkResults(*serve, used.body, QStringLiteral("UploadResult"));

    // Bad names and bodies.
    for (const QByteArray &name : {QByteArray("has space"), QByteArray(""), QByteArray(65, 'a'),
                                   QByteArray("a/b"), QByteArray("名字")}) {
        const auto bad = add(name, "imageMogr2/grayscale/1");
        QVERIFY2(bad.status == 400, name.constData());
        QCOMPARE(bad.headers.value("x-errno"), QByteArray("-105"));
    }
    QCOMPARE(add("broken", "imageMogr2/thumbnail/zzz").headers.value("x-errno"),
             QByteArray("-60998"));
    QCOMPARE(add("empty", "").headers.value("x-errno"), QByteArray("-60998"));
    QCOMPARE(serve->request("PUT", "/?style", {}, "<AddStyle><StyleName>x").status, 400);

    // Persisted: a restarted endpoint has them.
    serve.reset();
    serve = std::make_unique<ServeProcess>(QStringList{QStringLiteral("--root"), m_root,
                                                       QStringLiteral("--cache"), m_cache,
                                                       QStringLiteral("--styles"), stylesFile});
    QVERIFY(serve->start());
    list = serve->get("/?style");
    QCOMPARE(xmlValues(list.body, QStringLiteral("StyleList/StyleRule/StyleName")),
             (QStringList{QStringLiteral("gray"), QStringLiteral("thumb.100")}));
    const auto removed = serve->request("DELETE", "/?style", {},
                                        "<DeleteStyle><StyleName>gray</StyleName></DeleteStyle>");
    QCOMPARE(removed.status, 200);
    const auto gone = serve->request("DELETE", "/?style", {},
                                     "<DeleteStyle><StyleName>gray</StyleName></DeleteStyle>");
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.headers.value("x-errno"), QByteArray("-60967"));
    list = serve->get("/?style");
    QCOMPARE(xmlValues(list.body, QStringLiteral("StyleList/StyleRule/StyleName")),
             QStringList{QStringLiteral("thumb.100")});
    QVERIFY(ad::test::readFile(stylesFile).contains("thumb.100"));
    QVERIFY(!ad::test::readFile(stylesFile).contains("gray"));
}

void TestServePersist::styleLimits()
{
    // The shared endpoint keeps its styles in memory only.
    for (int i = 0; i < 100; ++i) {
        const auto put = m_serve->request("PUT", "/?style", {},
                                          "<AddStyle><StyleName>s" + QByteArray::number(i) +
                                              "</StyleName><StyleBody>imageMogr2/rotate/" +
                                              QByteArray::number(i) + "</StyleBody></AddStyle>");
        QCOMPARE(put.status, 200);
    }
    const QByteArray extra =
        "<AddStyle><StyleName>one-more</StyleName><StyleBody>imageMogr2/rotate/1</StyleBody>"
        "</AddStyle>";
    const auto full = m_serve->request("PUT", "/?style", {}, extra);
    QCOMPARE(full.status, 400);
    QCOMPARE(full.headers.value("x-errno"), QByteArray("-60957"));
    // Replacing an existing style is no new style.
    QCOMPARE(m_serve
                 ->request("PUT", "/?style", {},
                           "<AddStyle><StyleName>s5</StyleName><StyleBody>imageMogr2/rotate/"
                           "180</StyleBody></AddStyle>")
                 .status,
             200);
    QCOMPARE(xmlValues(m_serve->get("/?style").body, QStringLiteral("StyleList/StyleRule")).size(),
             100);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(m_serve
                     ->request("DELETE", "/?style", {},
                               "<DeleteStyle><StyleName>s" + QByteArray::number(i) +
                                   "</StyleName></DeleteStyle>")
                     .status,
                 200);
}

// GET /?style with a GetStyle body lists one style. cpp-httplib 0.11 does not read GET bodies,
// so this asks the endpoint itself, as the transport hands it requests (here without a cache).
void TestServePersist::getStyleFilterInProcess()
{
    ad::server::Endpoint endpoint(ad::server::folderBacking(m_root), {});
    QVERIFY(
        endpoint.styles().put(QStringLiteral("gray"), QStringLiteral("imageMogr2/grayscale/1")));
    QVERIFY(endpoint.styles().put(QStringLiteral("small"), QStringLiteral("imageView2/2/w/50")));
    ad::server::HttpRequest request;
    request.method = "GET";
    request.target = "/?style";
    request.rawQuery = "style";
    request.query = ad::server::parseQuery(request.rawQuery);
    request.body = "<GetStyle><StyleName>small</StyleName></GetStyle>";
    auto answer = endpoint.handle(request);
    QCOMPARE(answer.status, 200);
    QCOMPARE(xmlValues(answer.body, QStringLiteral("StyleList/StyleRule/StyleName")),
             QStringList{QStringLiteral("small")});
    QCOMPARE(xmlValues(answer.body, QStringLiteral("StyleList/StyleRule/StyleBody")),
             QStringList{QStringLiteral("imageView2/2/w/50")});
    request.body = "<GetStyle><StyleName>none</StyleName></GetStyle>";
    answer = endpoint.handle(request);
    QCOMPARE(answer.status, 200);
    QCOMPARE(xmlValues(answer.body, QStringLiteral("StyleList/StyleRule")), QStringList());
    request.body = "<GetStyle><StyleName>bad name</StyleName></GetStyle>";
    QCOMPARE(endpoint.handle(request).header("X-ErrNo"), QByteArray("-105"));
    request.body = "<Other/>";
    QCOMPARE(endpoint.handle(request).status, 400);

    // Without a cache folder there is nowhere to keep parts: refused, nothing written.
    ad::server::HttpRequest initiate;
    initiate.method = "POST";
    initiate.key = QStringLiteral("multi/a.bin");
    initiate.target = "/multi/a.bin?uploads";
    initiate.rawQuery = "uploads";
    initiate.query = ad::server::parseQuery(initiate.rawQuery);
    QCOMPARE(endpoint.handle(initiate).status, 501);
}

void TestServePersist::bucketRoundTrip()
{
    ad::test::S3rver s3(m_dir.filePath(QStringLiteral("s3data")), {QStringLiteral("assets")});
    QVERIFY(s3.start());
    const QProcessEnvironment env = s3.useForS3();
    ServeProcess serve({QStringLiteral("--bucket"), QStringLiteral("s3://assets/web"),
                        QStringLiteral("--cache"), m_dir.filePath(QStringLiteral("bucketcache"))},
                       env);
    QVERIFY(serve.start());
    const QByteArray ops = R"({"is_pic_info":1,"rules":[
        {"fileid":"t/thumb.png","rule":"imageMogr2/thumbnail/x100/format/png"},
        {"fileid":"/crops/c.jpg","rule":"imageMogr2/crop/300x200/gravity/center"}]})";
    const auto put = serve.request("PUT", "/p/photo.jpg", picOperations(ops), m_jpeg);
    QCOMPARE(put.status, 200);
    const QByteArray &xml = put.body;
    QCOMPARE(xmlValue(xml, QStringLiteral("UploadResult/OriginalInfo/ImageInfo/Width")),
             QStringLiteral("640"));
    QCOMPARE(xmlValues(xml, QStringLiteral("UploadResult/ProcessResults/Object/Key")),
             (QStringList{QStringLiteral("p/t/thumb.png"), QStringLiteral("crops/c.jpg")}));
    QCOMPARE(xmlValues(xml, QStringLiteral("UploadResult/ProcessResults/Object/Height")),
             (QStringList{QStringLiteral("100"), QStringLiteral("200")}));
    checkResults(serve, xml, QStringLiteral("UploadResult"));
    QVERIFY(serve.get("/p/photo.jpg").body == m_jpeg);

    // Stored objects of the bucket are processed in place too.
    const QByteArray again = R"({"rules":[{"fileid":"gray.jpg","rule":"imageMogr2/grayscale/1"}]})";
    const auto post = serve.request("POST", "/p/photo.jpg?image_process", picOperations(again));
    QCOMPARE(post.status, 200);
    checkResults(serve, post.body, QStringLiteral("UploadResult"));
    const QRgb grey = ad::test::pixel(serve.get("/p/gray.jpg").body, 500, 300);
    QVERIFY(qAbs(qRed(grey) - qGreen(grey)) <= 2 && qAbs(qGreen(grey) - qBlue(grey)) <= 2);
    // A fileid out of the prefix is refused there as well.
    const auto escape = serve.request(
        "PUT", "/p/x.jpg",
        picOperations(R"({"rules":[{"fileid":"/../x.png","rule":"imageMogr2/format/png"}]})"),
        m_jpeg);
    QCOMPARE(escape.headers.value("x-errno"), QByteArray("-60998"));
    QCOMPARE(serve.get("/p/x.jpg").status, 404);
}

QTEST_GUILESS_MAIN(TestServePersist)
#include "test_serve_persist.moc"
