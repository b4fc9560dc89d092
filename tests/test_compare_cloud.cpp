// Verifying styles against the cloud, end to end against the local endpoint with signatures
// required and reached through a COS endpoint override: the core comparison, `assetdesk-cli
// compare` (exit codes, JSON fields, the difference PNG), a local picture through a scratch key
// that is removed afterwards, a deliberately different local style, and `fidelity`'s CSV.

#include "common/error.h"
#include "storage/cloudcompare.h"
#include "storage/fidelityreport.h"
#include "style/stylefile.h"
#include "support/serveprocess.h"
#include "support/testimages.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;

namespace
{

const QString kId = QStringLiteral("AKIDcompareTest000000000000000000000");
const QString kKey = QStringLiteral("compareSecretKey0000000000000000");
const QString kBucket = QStringLiteral("photos-1250000000");

struct Run {
    int exitCode = -2;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCompareCloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameExecutorIsNearIdentical();
    void cliComparesAnObject();
    void differentLocalStyleFallsBelowTheThreshold();
    void localPictureGoesThroughAScratchKey();
    void missingObjectIsA404();
    void fidelityReportCoversStylesTimesPictures();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    storage::Endpoint endpoint() const;
    Run cli(const QStringList &args) const;
    QStringList filesBelow(const QString &folder) const;

    QTemporaryDir m_dir;
    std::unique_ptr<test::ServeProcess> m_serve;
};

storage::Endpoint TestCompareCloud::endpoint() const
{
    storage::Endpoint e;
    e.flavor = storage::Endpoint::Flavor::Cos;
    e.region = QStringLiteral("ap-guangzhou");
    e.url = QUrl(QStringLiteral("https://cos.ap-guangzhou.myqcloud.com"));
    e.pathStyle = false;
    e.connectTo = storage::endpointOverride(m_serve->url());
    e.accessKey = kId;
    e.secretKey = kKey;
    e.maxAttempts = 1;
    return e;
}

Run TestCompareCloud::cli(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COS_REGION"), QStringLiteral("ap-guangzhou"));
    env.insert(QStringLiteral("COS_SECRET_ID"), kId);
    env.insert(QStringLiteral("COS_SECRET_KEY"), kKey);
    env.insert(QStringLiteral("COS_ENDPOINT"), m_serve->url());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ASSETDESK_CLI), args);
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList TestCompareCloud::filesBelow(const QString &folder) const
{
    QStringList files;
    QDirIterator it(path(QStringLiteral("root/") + folder), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void TestCompareCloud::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(path(QStringLiteral("root/in"))));
    test::writePhoto(m_dir, QStringLiteral("Kite"), {400, 300}, QStringLiteral("root/in/kite.jpg"));
    test::writePhoto(m_dir, QStringLiteral("Kite"), {240, 320}, QStringLiteral("root/in/tall.png"));
    // A batch's own outputs below the prefix: fidelity skips them unless --recursive.
    QVERIFY(QDir().mkpath(path(QStringLiteral("root/in/processed"))));
    test::writePhoto(m_dir, QStringLiteral("Kite"), {100, 80},
                     QStringLiteral("root/in/processed/kite.jpg"));
    test::writePhoto(m_dir, QStringLiteral("Kite"), {300, 200}, QStringLiteral("local.jpg"));
    // The cloud's style s and a local library where s means something else.
    QFile cloud(path(QStringLiteral("cloud.tsv")));
    QVERIFY(cloud.open(QIODevice::WriteOnly));
    cloud.write("s\timageMogr2/thumbnail/200x/format/jpg/quality/30\n"
                "d\timageMogr2/thumbnail/200x\n");
    cloud.close();
    QFile local(path(QStringLiteral("local.tsv")));
    QVERIFY(local.open(QIODevice::WriteOnly));
    local.write("s\timageMogr2/thumbnail/200x/format/jpg/quality/90\n"
                "d\timageMogr2/thumbnail/150x\n");
    local.close();
    m_serve = std::make_unique<test::ServeProcess>(
        QStringList{QStringLiteral("--root"), path(QStringLiteral("root")),
                    QStringLiteral("--secret-id"), kId, QStringLiteral("--secret-key"), kKey,
                    QStringLiteral("--styles"), path(QStringLiteral("cloud.tsv"))});
    QVERIFY(m_serve->start());
}

void TestCompareCloud::sameExecutorIsNearIdentical()
{
    storage::CloudCompareRequest request;
    request.bucket = kBucket;
    request.key = QStringLiteral("in/kite.jpg");
    request.processing = QStringLiteral("imageMogr2/thumbnail/200x");
    const storage::CloudComparison c = storage::compareWithCloud(endpoint(), request);
    QCOMPARE(c.fidelity.local.width, 200);
    QCOMPARE(c.fidelity.local.height, 150);
    QCOMPARE(c.fidelity.cloud.width, 200);
    QCOMPARE(c.fidelity.cloud.height, 150);
    QCOMPARE(c.fidelity.cloud.format, QStringLiteral("jpeg"));
    QCOMPARE(c.fidelity.cloud.bytes, qint64(c.cloudResult.size()));
    QVERIFY2(*c.fidelity.psnr >= 40, qPrintable(QString::number(*c.fidelity.psnr)));
    QVERIFY(*c.fidelity.ssim > 0.99);
    QVERIFY(storage::passes(c.fidelity, storage::kDefaultMinPsnr));
    // The cloud was asked with the processing as the query's one value-less parameter.
    QTRY_VERIFY(m_serve->log().contains("GET /in/kite.jpg?imageMogr2/thumbnail/200x 200"));
}

void TestCompareCloud::cliComparesAnObject()
{
    const Run r =
        cli({QStringLiteral("compare"), QStringLiteral("cos://%1/in/kite.jpg").arg(kBucket),
             QStringLiteral("imageMogr2/thumbnail/200x/format/png"), QStringLiteral("--diff"),
             path(QStringLiteral("diff.png"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject j = r.json();
    QCOMPARE(j[QStringLiteral("local")][QStringLiteral("width")].toInt(), 200);
    QCOMPARE(j[QStringLiteral("cloud")][QStringLiteral("height")].toInt(), 150);
    QCOMPARE(j[QStringLiteral("cloud")][QStringLiteral("format")].toString(),
             QStringLiteral("png"));
    QVERIFY(j[QStringLiteral("cloud")][QStringLiteral("bytes")].toInt() > 1000);
    QVERIFY(j[QStringLiteral("psnr")].toDouble() >= 40);
    QVERIFY(j[QStringLiteral("ssim")].toDouble() > 0.99);
    QCOMPARE(j[QStringLiteral("pass")].toBool(), true);
    QCOMPARE(j[QStringLiteral("min_psnr")].toDouble(), 40.0);
    const QImage diff(path(QStringLiteral("diff.png")));
    QCOMPARE(diff.size(), QSize(200, 150));
}

void TestCompareCloud::differentLocalStyleFallsBelowTheThreshold()
{
    const QStringList args{
        QStringLiteral("compare"), QStringLiteral("cos://%1/in/kite.jpg").arg(kBucket),
        QStringLiteral("style/s"), QStringLiteral("--styles"), path(QStringLiteral("local.tsv"))};
    const Run strict = cli(args);
    QVERIFY2(strict.exitCode == 1, strict.err.constData());
    const QJsonObject j = strict.json();
    QCOMPARE(j[QStringLiteral("pass")].toBool(), false);
    const double psnr = j[QStringLiteral("psnr")].toDouble();
    QVERIFY2(psnr > 20 && psnr < 40, qPrintable(QString::number(psnr)));
    // The local q=90 result is the larger one.
    QVERIFY(j[QStringLiteral("local")][QStringLiteral("bytes")].toInt() >
            j[QStringLiteral("cloud")][QStringLiteral("bytes")].toInt());
    // A threshold under what was measured passes.
    const Run lenient = cli(args + QStringList{QStringLiteral("--max-delta-db"),
                                               QString::number(std::floor(psnr) - 1)});
    QVERIFY2(lenient.exitCode == 0, lenient.err.constData());
    QCOMPARE(lenient.json()[QStringLiteral("psnr")].toDouble(), psnr);
    QCOMPARE(
        cli(args + QStringList{QStringLiteral("--max-delta-db"), QStringLiteral("abc")}).exitCode,
        2);

    // Other dimensions: said so, PSNR and SSIM null, no difference image, exit 1.
    const Run sized = cli(
        {QStringLiteral("compare"), QStringLiteral("cos://%1/in/kite.jpg").arg(kBucket),
         QStringLiteral("style/d"), QStringLiteral("--styles"), path(QStringLiteral("local.tsv")),
         QStringLiteral("--diff"), path(QStringLiteral("sized-diff.png"))});
    QCOMPARE(sized.exitCode, 1);
    QCOMPARE(sized.json()[QStringLiteral("same_size")].toBool(), false);
    QVERIFY(sized.json()[QStringLiteral("psnr")].isNull());
    QVERIFY(sized.json()[QStringLiteral("ssim")].isNull());
    QCOMPARE(sized.json()[QStringLiteral("local")][QStringLiteral("width")].toInt(), 150);
    QCOMPARE(sized.json()[QStringLiteral("cloud")][QStringLiteral("width")].toInt(), 200);
    QVERIFY2(sized.err.contains("the local result is 150x113, the cloud's 200x150: not compared"),
             sized.err.constData());
    QVERIFY(!QFile::exists(path(QStringLiteral("sized-diff.png"))));
}

void TestCompareCloud::localPictureGoesThroughAScratchKey()
{
    const Run r = cli({QStringLiteral("compare"), QStringLiteral("cos://%1/").arg(kBucket),
                       QStringLiteral("imageMogr2/thumbnail/!50p"), QStringLiteral("--local"),
                       path(QStringLiteral("local.jpg")), QStringLiteral("--scratch"),
                       QStringLiteral("tmp/compare")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json()[QStringLiteral("cloud")][QStringLiteral("width")].toInt(), 150);
    QCOMPARE(r.json()[QStringLiteral("local")][QStringLiteral("height")].toInt(), 100);
    // The key the cloud processed and the local file, each in its own field.
    QVERIFY2(r.json()[QStringLiteral("key")].toString().startsWith(QLatin1String("tmp/compare/")),
             r.out.constData());
    QVERIFY(r.json()[QStringLiteral("key")].toString().endsWith(QLatin1String("-local.jpg")));
    QCOMPARE(r.json()[QStringLiteral("local_file")].toString(), path(QStringLiteral("local.jpg")));
    QTRY_VERIFY(m_serve->log().contains("DELETE /tmp/compare/"));
    QVERIFY(m_serve->log().contains("PUT /tmp/compare/"));
    QVERIFY2(filesBelow(QStringLiteral("tmp")).isEmpty(),
             qPrintable(filesBelow(QStringLiteral("tmp")).join(' ')));
    // Removed when the comparison fails too: a processing the cloud refuses.
    storage::CloudCompareRequest request;
    request.bucket = kBucket;
    request.localFile = path(QStringLiteral("local.jpg"));
    request.processing = QStringLiteral("imageMogr2/thumbnail/0x");
    QVERIFY_THROWS_EXCEPTION(ProcessingError, storage::compareWithCloud(endpoint(), request));
    QVERIFY(filesBelow(storage::kDefaultScratchPrefix).isEmpty());
    QTRY_VERIFY(m_serve->log().contains("DELETE /assetdesk-compare/"));
    // A key with --local is refused: which one would be compared is unclear.
    QCOMPARE(cli({QStringLiteral("compare"), QStringLiteral("cos://%1/in/kite.jpg").arg(kBucket),
                  QStringLiteral("imageMogr2/thumbnail/100x"), QStringLiteral("--local"),
                  path(QStringLiteral("local.jpg"))})
                 .exitCode,
             2);
}

void TestCompareCloud::missingObjectIsA404()
{
    const Run r =
        cli({QStringLiteral("compare"), QStringLiteral("cos://%1/in/none.jpg").arg(kBucket),
             QStringLiteral("imageMogr2/thumbnail/100x")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("HTTP 404 NoSuchKey"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // Only Cloud Infinite processes on download: an S3 address is refused before any request.
    const Run s3 = cli({QStringLiteral("compare"), QStringLiteral("s3://bucket/in/kite.jpg"),
                        QStringLiteral("imageMogr2/thumbnail/100x")});
    QCOMPARE(s3.exitCode, 1);
    QVERIFY2(s3.err.contains("a cos:// address is needed"), s3.err.constData());
}

void TestCompareCloud::fidelityReportCoversStylesTimesPictures()
{
    const Run r = cli({QStringLiteral("fidelity"), QStringLiteral("cos://%1/in/").arg(kBucket),
                       QStringLiteral("--style"), QStringLiteral("imageMogr2/thumbnail/120x"),
                       QStringLiteral("--style"), QStringLiteral("style/s"),
                       QStringLiteral("--styles"), path(QStringLiteral("local.tsv")),
                       QStringLiteral("--csv"), path(QStringLiteral("report.csv")),
                       QStringLiteral("--chart"), path(QStringLiteral("chart.svg"))});
    QVERIFY2(r.exitCode == 1, r.err.constData()); // style/s differs
    QFile csvFile(path(QStringLiteral("report.csv")));
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 2 * 2);
    QVERIFY(lines[1].startsWith("in/kite.jpg,imageMogr2/thumbnail/120x,120,90,jpeg,"));
    QVERIFY(lines[1].trimmed().endsWith(",1,"));
    QVERIFY(lines[2].startsWith("in/kite.jpg,style/s,200,150,jpeg,"));
    QVERIFY(lines[2].trimmed().endsWith(",0,"));
    QVERIFY(lines[3].startsWith("in/tall.png,imageMogr2/thumbnail/120x,120,160,png,"));
    QVERIFY(lines[4].startsWith("in/tall.png,style/s,200,267,jpeg,"));
    QVERIFY2(r.out.contains("imageMogr2/thumbnail/120x\t2\t2\t0\t"), r.out.constData());
    QVERIFY2(r.out.contains("style/s\t2\t0\t0\t"), r.out.constData());
    QFile chart(path(QStringLiteral("chart.svg")));
    QVERIFY(chart.open(QIODevice::ReadOnly));
    QVERIFY(chart.readAll().contains("2/2 pass"));
    // --recursive takes the sub-prefix's pictures too.
    const Run deep = cli({QStringLiteral("fidelity"), QStringLiteral("cos://%1/in/").arg(kBucket),
                          QStringLiteral("--style"), QStringLiteral("imageMogr2/thumbnail/50x"),
                          QStringLiteral("--recursive"), QStringLiteral("--csv"),
                          path(QStringLiteral("deep.csv"))});
    QVERIFY2(deep.exitCode == 0, deep.err.constData());
    QFile deepCsv(path(QStringLiteral("deep.csv")));
    QVERIFY(deepCsv.open(QIODevice::ReadOnly));
    const QList<QByteArray> deepLines = deepCsv.readAll().trimmed().split('\n');
    QCOMPARE(deepLines.size(), 1 + 3);
    QVERIFY(deepLines[2].startsWith("in/processed/kite.jpg,imageMogr2/thumbnail/50x,50,40,"));
}

QTEST_MAIN(TestCompareCloud)
#include "test_compare_cloud.moc"
