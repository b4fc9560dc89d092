// Processing on upload: uploads to a COS bucket (the local endpoint with signatures required,
// reached through the endpoint override) carry Pic-Operations on the single PUT and on Complete
// Multipart Upload, also of a resumed upload; the cloud's UploadResult reaches the caller, the
// transfer job's report and `assetdesk-cli cp --process`. Rules that cannot go are refused
// before any request.

#include "common/error.h"
#include "jobs/jobqueue.h"
#include "jobs/transferjob.h"
#include "jobs/uploadprocessing.h"
#include "storage/objecturl.h"
#include "storage/transfer.h"
#include "storage/transferplan.h"
#include "support/serveprocess.h"
#include "support/testimages.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using storage::Endpoint;

namespace
{

const QString kId = QStringLiteral("AKIDuploadProcess000000000000000000");
const QString kKey = QStringLiteral("uploadProcessSecretKey0000000000");
const QString kBucket = QStringLiteral("photos-1250000000");

Endpoint cosEndpoint(const QString &override)
{
    Endpoint e;
    e.flavor = Endpoint::Flavor::Cos;
    e.region = QStringLiteral("ap-guangzhou");
    e.url = QUrl(QStringLiteral("https://cos.ap-guangzhou.myqcloud.com"));
    e.pathStyle = false;
    e.connectTo = storage::endpointOverride(override);
    e.accessKey = kId;
    e.secretKey = kKey;
    e.maxAttempts = 1;
    e.timeoutMs = 20000;
    return e;
}

// Incompressible pixels: a PNG of width × height is about 3 bytes a pixel.
QByteArray noisyPng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    const QByteArray noise = test::randomBytes(qsizetype(image.sizeInBytes()), 11);
    for (int y = 0; y < height; ++y)
        memcpy(image.scanLine(y), noise.constData() + qsizetype(y) * image.bytesPerLine(),
               size_t(width) * 3);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 0);
    return png;
}

// The endpoint logs each request a moment after answering it: a marker request, awaited in the
// log, brings every line before it. Returns the log's length after the marker.
qsizetype settledLog(test::ServeProcess &serve)
{
    static int n = 0;
    const QByteArray marker = "/log-marker-" + QByteArray::number(++n);
    serve.get(marker);
    QDeadlineTimer deadline(10000);
    while (!serve.log().contains(marker + ' ') && !deadline.hasExpired())
        QTest::qWait(20);
    const QByteArray log = serve.log();
    return log.indexOf('\n', log.indexOf(marker + ' ')) + 1;
}

// The requests logged between `from` (a settledLog()) and now.
int requestsSince(test::ServeProcess &serve, qsizetype from)
{
    const qsizetype to = settledLog(serve);
    return int(serve.log().mid(from, to - from).count('\n')) - 1;
}

QList<style::PicRule> twoRules()
{
    return {{QStringLiteral("a-small.png"), QStringLiteral("imageMogr2/thumbnail/200x/format/png")},
            {QStringLiteral("/out/a-crop.jpg"), QStringLiteral("imageMogr2/crop/120x90")}};
}

} // namespace

class TestUploadProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void singlePutStoresOriginalAndResults();
    void multipartAppliesRulesOnComplete();
    void resumedMultipartStillGetsResults();
    void refusedBeforeAnyRequest();
    void transferJobReportsResults();
    void cliCopyWithProcess();

private:
    QString stored(const QString &key) const { return m_root.filePath(key); }

    QTemporaryDir m_root;
    QTemporaryDir m_local;
    std::unique_ptr<test::ServeProcess> m_serve;
};

void TestUploadProcess::initTestCase()
{
    QVERIFY(m_root.isValid() && m_local.isValid());
    m_serve = std::make_unique<test::ServeProcess>(
        QStringList{QStringLiteral("--root"), m_root.path(), QStringLiteral("--secret-id"), kId,
                    QStringLiteral("--secret-key"), kKey});
    QVERIFY(m_serve->start());
    // cos:// locations (the job, the CLI) find the endpoint through the environment.
    qputenv("COS_REGION", "ap-guangzhou");
    qputenv("COS_SECRET_ID", kId.toUtf8());
    qputenv("COS_SECRET_KEY", kKey.toUtf8());
    qputenv("COS_ENDPOINT", m_serve->url().toUtf8());
}

void TestUploadProcess::singlePutStoresOriginalAndResults()
{
    const QByteArray jpeg = test::makeImage(640, 480, QStringLiteral("jpg"));
    const QString path = test::writeTemp(m_local, QStringLiteral("a.jpg"), jpeg);
    storage::TransferOptions o;
    o.picRules = twoRules();
    storage::UploadResult result;
    const storage::ObjectInfo info = storage::uploadFile(cosEndpoint(m_serve->url()), path, kBucket,
                                                         QStringLiteral("in/a.jpg"), o, &result);
    QCOMPARE(info.size, jpeg.size());

    // The original unchanged, and both results where their fileids say.
    QCOMPARE(test::readFile(stored(QStringLiteral("in/a.jpg"))), jpeg);
    const QByteArray small = test::readFile(stored(QStringLiteral("in/a-small.png")));
    const QByteArray crop = test::readFile(stored(QStringLiteral("out/a-crop.jpg")));
    QCOMPARE(test::sizeOf(small), QSize(200, 150));
    QCOMPARE(test::loaderOf(small), QStringLiteral("pngload_buffer"));
    QCOMPARE(test::sizeOf(crop), QSize(120, 90));
    QCOMPARE(test::loaderOf(crop), QStringLiteral("jpegload_buffer"));

    // The UploadResult as the cloud answered it.
    QCOMPARE(result.originalKey, QStringLiteral("in/a.jpg"));
    QCOMPARE(result.originalEtag, info.etag);
    QVERIFY(result.originalInfo);
    QCOMPARE(result.originalInfo->width, 640);
    QCOMPARE(result.originalInfo->height, 480);
    QCOMPARE(result.results.size(), 2);
    QCOMPARE(result.results[0].key, QStringLiteral("in/a-small.png"));
    QCOMPARE(result.results[0].format, QStringLiteral("png"));
    QCOMPARE(result.results[0].width, 200);
    QCOMPARE(result.results[0].height, 150);
    QCOMPARE(result.results[0].size, small.size());
    QCOMPARE(result.results[1].key, QStringLiteral("out/a-crop.jpg"));
    QCOMPARE(result.results[1].size, crop.size());
    QVERIFY(!result.results[1].etag.isEmpty());
}

void TestUploadProcess::multipartAppliesRulesOnComplete()
{
    // 1000 × 900 noise: about 2.6 MiB, three parts of 1 MiB.
    const QByteArray png = noisyPng(1000, 900);
    QVERIFY2(png.size() > (2 << 20) && png.size() < (3 << 20),
             qPrintable(QString::number(png.size())));
    const QString path = test::writeTemp(m_local, QStringLiteral("big.png"), png);
    storage::TransferOptions o;
    o.multipartThreshold = 1 << 20;
    o.partSize = 1 << 20;
    o.picRules = {
        {QStringLiteral("big-thumb.jpg"), QStringLiteral("imageMogr2/thumbnail/250x/format/jpg")}};
    QList<int> parts;
    QMutex mutex;
    o.partUploaded = [&](int n) {
        QMutexLocker lock(&mutex);
        parts << n;
    };
    const qsizetype logFrom = settledLog(*m_serve);
    storage::UploadResult result;
    storage::uploadFile(cosEndpoint(m_serve->url()), path, kBucket, QStringLiteral("mp/big.png"), o,
                        &result);
    std::sort(parts.begin(), parts.end());
    QCOMPARE(parts, (QList<int>{1, 2, 3}));
    QCOMPARE(test::readFile(stored(QStringLiteral("mp/big.png"))), png);
    const QByteArray thumb = test::readFile(stored(QStringLiteral("mp/big-thumb.jpg")));
    QCOMPARE(test::sizeOf(thumb), QSize(250, 225));
    QCOMPARE(result.originalKey, QStringLiteral("mp/big.png"));
    QCOMPARE(result.results.size(), 1);
    QCOMPARE(result.results[0].key, QStringLiteral("mp/big-thumb.jpg"));
    QCOMPARE(result.results[0].width, 250);
    QCOMPARE(result.results[0].height, 225);
    QCOMPARE(result.results[0].format, QStringLiteral("jpeg"));
    QCOMPARE(result.results[0].size, thumb.size());
    // Initiate, three parts, Complete, and the HEAD that verifies the whole object.
    QCOMPARE(requestsSince(*m_serve, logFrom), 6);
}

void TestUploadProcess::resumedMultipartStillGetsResults()
{
    const QByteArray png = noisyPng(1000, 900);
    const QString path = test::writeTemp(m_local, QStringLiteral("resume.png"), png);
    storage::TransferOptions o;
    o.multipartThreshold = 1 << 20;
    o.partSize = 1 << 20;
    o.partsInFlight = 1;
    o.checkpointDir = m_local.filePath(QStringLiteral("checkpoints"));
    o.picRules = {{QStringLiteral("resume-w100.png"), QStringLiteral("imageMogr2/thumbnail/100x")}};
    std::atomic<bool> cancel{false};
    o.cancelled = &cancel;
    QList<int> first;
    o.partUploaded = [&](int n) {
        first << n;
        cancel = true; // the application is closed after the first part
    };
    const Endpoint endpoint = cosEndpoint(m_serve->url());
    QVERIFY_THROWS_EXCEPTION(
        ProcessingError,
        storage::uploadFile(endpoint, path, kBucket, QStringLiteral("rs/resume.png"), o));
    QCOMPARE(first.size(), 1);
    QVERIFY(!QFile::exists(stored(QStringLiteral("rs/resume.png"))));
    QVERIFY(!QFile::exists(stored(QStringLiteral("rs/resume-w100.png"))));

    cancel = false;
    QList<int> second;
    o.partUploaded = [&](int n) { second << n; };
    storage::UploadResult result;
    storage::uploadFile(endpoint, path, kBucket, QStringLiteral("rs/resume.png"), o, &result);
    std::sort(second.begin(), second.end());
    QCOMPARE(second, (QList<int>{2, 3})); // the first part was not sent again
    QCOMPARE(test::readFile(stored(QStringLiteral("rs/resume.png"))), png);
    QCOMPARE(test::sizeOf(test::readFile(stored(QStringLiteral("rs/resume-w100.png")))),
             QSize(100, 90));
    QCOMPARE(result.results.size(), 1);
    QCOMPARE(result.results[0].key, QStringLiteral("rs/resume-w100.png"));
    QCOMPARE(result.results[0].width, 100);
}

void TestUploadProcess::refusedBeforeAnyRequest()
{
    const QString path = test::writeTemp(m_local, QStringLiteral("r.jpg"),
                                         test::makeImage(64, 48, QStringLiteral("jpg")));
    const Endpoint endpoint = cosEndpoint(m_serve->url());
    const auto refusal = [&](const Endpoint &e, const QList<style::PicRule> &rules) {
        storage::TransferOptions o;
        o.picRules = rules;
        try {
            storage::uploadFile(e, path, kBucket, QStringLiteral("refused/r.jpg"), o);
        } catch (const ProcessingError &error) {
            return error.error();
        }
        return Error{ErrorCode::IoError, QStringLiteral("not refused")};
    };
    const qsizetype logFrom = settledLog(*m_serve);

    QList<style::PicRule> six;
    for (int i = 1; i <= 6; ++i)
        six.append({QStringLiteral("r%1.jpg").arg(i),
                    QStringLiteral("imageMogr2/thumbnail/%1x").arg(i * 10)});
    Error e = refusal(endpoint, six);
    QCOMPARE(e.code, ErrorCode::InvalidArgument);
    QVERIFY2(e.message.contains(QLatin1String("6")) && e.message.contains(QLatin1String("5")),
             qPrintable(e.message));

    e = refusal(endpoint, {{QStringLiteral("r1.jpg"), QStringLiteral("imageMogr2/thumbnail/100x")},
                           {QStringLiteral("r2.jpg"), QStringLiteral("imageMogr2/rotate/abc")}});
    QCOMPARE(e.code, ErrorCode::InvalidArgument);
    QVERIFY2(e.message.contains(QLatin1String("rule 2 'imageMogr2/rotate/abc'")),
             qPrintable(e.message));

    e = refusal(endpoint, {{QStringLiteral("r.jpg"), QStringLiteral("imageMogr2/thumbnail/10x")}});
    QVERIFY2(e.message.contains(QLatin1String("would replace the original")),
             qPrintable(e.message));
    e = refusal(endpoint, {{QStringLiteral("sub/"), QStringLiteral("imageMogr2/thumbnail/10x")}});
    QVERIFY2(e.message.contains(QLatin1String("names no file")), qPrintable(e.message));

    Endpoint s3 = endpoint;
    s3.flavor = Endpoint::Flavor::S3;
    e = refusal(s3, {{QStringLiteral("r1.jpg"), QStringLiteral("imageMogr2/thumbnail/10x")}});
    QCOMPARE(e.code, ErrorCode::InvalidArgument);
    QVERIFY2(e.message.contains(QLatin1String("needs a COS bucket")), qPrintable(e.message));

    // The job refuses at planning, naming the style, before it exists.
    QVERIFY_THROWS_EXCEPTION(ProcessingError,
                             jobs::resolveUploadStyles({QStringLiteral("imageMogr2/rotate/abc")}));
    QStringList sixStyles;
    for (int i = 1; i <= 6; ++i)
        sixStyles << QStringLiteral("imageMogr2/thumbnail/%1x").arg(i * 10);
    QVERIFY_THROWS_EXCEPTION(ProcessingError, jobs::resolveUploadStyles(sixStyles));

    QCOMPARE(requestsSince(*m_serve, logFrom), 0);
    QVERIFY(!QFile::exists(stored(QStringLiteral("refused/r.jpg"))));
}

void TestUploadProcess::transferJobReportsResults()
{
    QDir(m_local.path()).mkpath(QStringLiteral("job"));
    const QByteArray jpeg = test::makeImage(400, 300, QStringLiteral("jpg"));
    const QString first = test::writeTemp(m_local, QStringLiteral("job/p1.jpg"), jpeg);
    const QString second = test::writeTemp(m_local, QStringLiteral("job/p2.jpg"), jpeg);
    // A library style by name and a processing string; the library's body is what is sent.
    const auto lookup = [](const QString &name) -> std::optional<QString> {
        if (name == QLatin1String("thumb")) return QStringLiteral("imageMogr2/thumbnail/100x");
        return std::nullopt;
    };
    jobs::UploadProcessing processing;
    processing.styles = jobs::resolveUploadStyles(
        {QStringLiteral("thumb"), QStringLiteral("imageMogr2/format/png")}, lookup);
    QCOMPARE(processing.styles[0].label, QStringLiteral("thumb"));
    QCOMPARE(processing.styles[0].rule, QStringLiteral("imageMogr2/thumbnail/100x"));
    QCOMPARE(processing.styles[1].label, QStringLiteral("format-png"));

    jobs::JobQueue queue(QStringLiteral(":memory:"));
    queue.registerKind(jobs::kTransferKind,
                       jobs::transferKind(m_local.filePath(QStringLiteral("job-checkpoints"))));
    queue.start();
    const QString destination = QStringLiteral("cos://%1/job/").arg(kBucket);
    const qint64 id =
        queue.submit(jobs::planTransferJob({first, second}, destination, false, 0, processing));
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 30000);
    QVERIFY2(
        queue.progress(id).job.title.endsWith(QLatin1String(", processed with thumb, format-png")),
        qPrintable(queue.progress(id).job.title));
    const QList<jobs::ItemRecord> items = queue.items(id);
    QCOMPARE(items.size(), 2);
    for (const jobs::ItemRecord &item : items) {
        QCOMPARE(item.state, jobs::ItemState::Done);
        const QString name = QFileInfo(item.source).completeBaseName();
        const QStringList lines = item.error.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(destination + name +
                                     QStringLiteral(".jpg: original 400×300 JPEG, ETag ")),
                 qPrintable(lines[0]));
        const QByteArray thumb =
            test::readFile(stored(QStringLiteral("job/%1-thumb.jpg").arg(name)));
        QCOMPARE(test::sizeOf(thumb), QSize(100, 75));
        QVERIFY2(lines[1].startsWith(QStringLiteral("%1%2-thumb.jpg: 100×75 jpeg, %3 bytes, ETag ")
                                         .arg(destination, name)
                                         .arg(thumb.size())),
                 qPrintable(lines[1]));
        const QByteArray png =
            test::readFile(stored(QStringLiteral("job/%1-format-png.png").arg(name)));
        QCOMPARE(test::loaderOf(png), QStringLiteral("pngload_buffer"));
        QVERIFY2(lines[2].startsWith(QStringLiteral("%1%2-format-png.png: 400×300 png, %3 bytes")
                                         .arg(destination, name)
                                         .arg(png.size())),
                 qPrintable(lines[2]));
    }
    QCOMPARE(test::readFile(stored(QStringLiteral("job/p1.jpg"))), jpeg);

    // A document in an upload with processing goes up as it is, and its report says so.
    const QString memo =
        test::writeTemp(m_local, QStringLiteral("job/memo.pdf"), "%PDF-1.4\n%%EOF\n");
    const qint64 plain =
        queue.submit(jobs::planTransferJob({memo}, destination, false, 0, processing));
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 30000);
    QCOMPARE(queue.items(plain).at(0).state, jobs::ItemState::Done);
    QCOMPARE(queue.items(plain).at(0).error, QStringLiteral("not a picture: uploaded unprocessed"));
    QCOMPARE(test::readFile(stored(QStringLiteral("job/memo.pdf"))),
             QByteArray("%PDF-1.4\n%%EOF\n"));

    // Processing with a destination that is no upload to COS: refused while planning.
    QVERIFY_THROWS_EXCEPTION(
        ProcessingError, jobs::planTransferJob({first}, m_local.filePath(QStringLiteral("copy")),
                                               false, 0, processing));
}

void TestUploadProcess::cliCopyWithProcess()
{
    const QString a = test::writeTemp(m_local, QStringLiteral("c1.jpg"),
                                      test::makeImage(320, 240, QStringLiteral("jpg")));
    const QString b = test::writeTemp(m_local, QStringLiteral("c2.png"),
                                      test::makeImage(160, 120, QStringLiteral("png")));
    const QString notes = test::writeTemp(m_local, QStringLiteral("notes.txt"), "not a picture");
    const QString library =
        test::writeTemp(m_local, QStringLiteral("styles.txt"), "half\timageMogr2/thumbnail/!50p\n");
    const auto cli = [](const QStringList &args, QByteArray *out, QByteArray *err,
                        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ASSETDESK_CLI), args);
        if (!p.waitForFinished(60000)) return -1;
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out, err;
    const QString into = QStringLiteral("cos://%1/cli/").arg(kBucket);
    QCOMPARE(cli({QStringLiteral("cp"), a, b, notes, into, QStringLiteral("--process"),
                  QStringLiteral("half"), QStringLiteral("--process"),
                  QStringLiteral("imageMogr2/format/webp"), QStringLiteral("--styles"), library},
                 &out, &err),
             0);
    QVERIFY2(err.isEmpty(), err.constData());
    QCOMPARE(test::sizeOf(test::readFile(stored(QStringLiteral("cli/c1-half.jpg")))),
             QSize(160, 120));
    QCOMPARE(test::sizeOf(test::readFile(stored(QStringLiteral("cli/c2-half.png")))),
             QSize(80, 60));
    QCOMPARE(test::loaderOf(test::readFile(stored(QStringLiteral("cli/c1-format-webp.webp")))),
             QStringLiteral("webpload_buffer"));
    const QString text = QString::fromUtf8(out);
    // A file that is not a picture goes up as it is, with no results.
    QCOMPARE(test::readFile(stored(QStringLiteral("cli/notes.txt"))), QByteArray("not a picture"));
    QVERIFY2(text.contains(QStringLiteral(
                               "uploaded %1 -> %2notes.txt (not a picture: uploaded unprocessed)\n")
                               .arg(notes, into)) &&
                 !text.contains(QStringLiteral("notes.txt\n  ")),
             qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("uploaded %1 -> %2c1.jpg\n  %2c1.jpg: original 320×240 JPEG")
                          .arg(a, into)),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\n  %1c2-half.png: 80×60 png, ").arg(into)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\n  %1c1-format-webp.webp: 320×240 webp, ").arg(into)),
             qPrintable(text));

    // A destination without '/' is a key, as for plain cp; the result keeps the original's
    // extension instead of ending in '.'. A PDF under a picture's name is not a picture: it
    // goes up unprocessed, said so, instead of failing after the upload.
    const QString logo = test::writeTemp(m_local, QStringLiteral("logo-alpha.png"),
                                         test::makeImage(100, 80, QStringLiteral("png")));
    const QString pdf = test::writeTemp(m_local, QStringLiteral("scan.jpg"), "%PDF-1.4\n%%EOF\n");
    QCOMPARE(cli({QStringLiteral("cp"), logo, QStringLiteral("cos://%1/cli/up2").arg(kBucket),
                  QStringLiteral("--process"), QStringLiteral("imageMogr2/thumbnail/50x")},
                 &out, &err),
             0);
    QCOMPARE(test::readFile(stored(QStringLiteral("cli/up2"))), test::readFile(logo));
    QCOMPARE(test::sizeOf(test::readFile(stored(QStringLiteral("cli/up2-thumbnail-50x.png")))),
             QSize(50, 40));
    QVERIFY(!QFile::exists(stored(QStringLiteral("cli/up2-thumbnail-50x."))));
    QCOMPARE(cli({QStringLiteral("cp"), pdf, into, QStringLiteral("--process"),
                  QStringLiteral("imageMogr2/thumbnail/50x")},
                 &out, &err),
             0);
    QVERIFY2(err.isEmpty(), err.constData());
    QVERIFY2(out.contains("scan.jpg (not a picture: uploaded unprocessed)"), out.constData());
    QCOMPARE(test::readFile(stored(QStringLiteral("cli/scan.jpg"))), test::readFile(pdf));
    QVERIFY(!QFile::exists(stored(QStringLiteral("cli/scan-thumbnail-50x.jpg"))));

    // A wrong key: the same hint as the other commands.
    QProcessEnvironment wrong = QProcessEnvironment::systemEnvironment();
    wrong.insert(QStringLiteral("COS_SECRET_KEY"),
                 QStringLiteral("wrongSecretKey0000000000000000"));
    QCOMPARE(cli({QStringLiteral("cp"), logo, into}, &out, &err, wrong), 1);
    QVERIFY2(err.contains("access denied: check the secret id and key"), err.constData());

    // A style that does not parse, six styles, an s3:// destination: exit 1, nothing sent.
    const qsizetype logFrom = settledLog(*m_serve);
    QCOMPARE(cli({QStringLiteral("cp"), a, into, QStringLiteral("--process"),
                  QStringLiteral("imageMogr2/thumbnail/abc")},
                 &out, &err),
             1);
    QVERIFY2(err.contains("style 'imageMogr2/thumbnail/abc'"), err.constData());
    QStringList six{QStringLiteral("cp"), a, into};
    for (int i = 1; i <= 6; ++i)
        six << QStringLiteral("--process")
            << QStringLiteral("imageMogr2/thumbnail/%1x").arg(i * 10);
    QCOMPARE(cli(six, &out, &err), 1);
    QVERIFY2(err.contains("6 styles on upload; one request takes at most 5 rules"),
             err.constData());
    QProcessEnvironment s3 = QProcessEnvironment::systemEnvironment();
    s3.insert(QStringLiteral("ASSETDESK_S3_ENDPOINT"), m_serve->url());
    s3.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    s3.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), kId);
    s3.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), kKey);
    QCOMPARE(cli({QStringLiteral("cp"), a, QStringLiteral("s3://assets/cli/"),
                  QStringLiteral("--process"), QStringLiteral("imageMogr2/thumbnail/10x")},
                 &out, &err, s3),
             1);
    QVERIFY2(err.contains("processing on upload needs a COS bucket"), err.constData());
    QCOMPARE(requestsSince(*m_serve, logFrom), 0);
}

QTEST_GUILESS_MAIN(TestUploadProcess)
#include "test_upload_process.moc"
