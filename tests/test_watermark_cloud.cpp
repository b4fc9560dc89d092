// The blind watermark in the cloud: embedding and extraction through POST ?image_process
// against the local endpoint with signatures required, reached through a COS connection whose
// endpoint override is the endpoint (requests signed for the bucket's own host). Core first,
// then the Blind Watermark window in cloud mode, offscreen.

#include "buckets/cloudplacebox.h"
#include "common/error.h"
#include "imaging/vipsutil.h"
#include "storage/cloudmark.h"
#include "storage/profiles.h"
#include "support/serveprocess.h"
#include "support/testimages.h"
#include "watermark/blindmarkform.h"
#include "watermark/watermarkembedpage.h"
#include "watermark/watermarkextractpage.h"
#include "watermark/watermarkwindow.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace ad;
using namespace ad::ui;

namespace
{

const QString kId = QStringLiteral("AKIDwatermarkCloud000000000000000000");
const QString kKey = QStringLiteral("watermarkCloudSecretKey000000000");
const QString kBucket = QStringLiteral("photos-1250000000");
const QString kConnection = QStringLiteral("wm cloud");
const QString kWrongKey = QStringLiteral("wm wrong key");

storage::Profile connection(const QString &name, const QString &endpoint)
{
    storage::Profile p;
    p.name = name;
    p.flavor = storage::Endpoint::Flavor::Cos;
    p.region = QStringLiteral("ap-guangzhou");
    p.appId = QStringLiteral("1250000000");
    p.endpoint = endpoint;
    p.accessKey = kId;
    p.pathStyle = false;
    return p;
}

QString cos(const QString &key)
{
    return QStringLiteral("cos://%1/%2").arg(kBucket, key);
}

} // namespace

class TestWatermarkCloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void markAddressIsTheBucketHostOverHttp();
    void textRoundTripThroughTheCloud();
    void type2StatusOnMarkedAndUnmarked();
    void type1WritesTheExtractedMark();
    void refusalsChangeNothing();
    void cliEmbedsAndExtracts();
    void windowInCloudShowsStatusAndNote();
    void windowCancels();
    void windowShowsThe403();
    void cleanupTestCase();

private:
    storage::CloudPlace place(const QString &secret = kKey) const;
    QString rootFile(const QString &key) const { return m_root + QLatin1Char('/') + key; }

    QTemporaryDir m_dir;
    QString m_root;
    QString m_photo; // on this computer, 640x427
    QString m_mark;  // on this computer
    std::unique_ptr<test::ServeProcess> m_serve;
};

storage::CloudPlace TestWatermarkCloud::place(const QString &secret) const
{
    return {storage::endpointFor(connection(kConnection, m_serve->url()), {secret, {}}), kBucket,
            QStringLiteral("scratch/")};
}

void TestWatermarkCloud::initTestCase()
{
    imaging::ensureVips();
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("root"));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/photos")));
    m_photo = test::writePhoto(m_dir, QStringLiteral("Kite"), QSize(640, 427),
                               QStringLiteral("kite.png"));
    QVERIFY(QFile::copy(m_photo, rootFile(QStringLiteral("photos/stored.png"))));
    m_mark = test::writeTemp(m_dir, QStringLiteral("mark.png"), ad::test::blindMarkPng());
    m_serve = std::make_unique<test::ServeProcess>(
        QStringList{QStringLiteral("--root"), m_root, QStringLiteral("--secret-id"), kId,
                    QStringLiteral("--secret-key"), kKey});
    QVERIFY(m_serve->start());
    for (const storage::Profile &p : storage::profiles())
        storage::removeProfile(p.name);
    storage::saveProfile(connection(kConnection, m_serve->url()), {kKey, {}});
    storage::saveProfile(connection(kWrongKey, m_serve->url()), {QStringLiteral("not-it"), {}});
}

void TestWatermarkCloud::cleanupTestCase()
{
    for (const QString &name : {kConnection, kWrongKey})
        storage::removeProfile(name);
}

void TestWatermarkCloud::markAddressIsTheBucketHostOverHttp()
{
    // Whatever the connection goes to, the rule names the mark by the bucket's own http:// host.
    const storage::CloudPlace p = place();
    QCOMPARE(storage::cloudMarkUrl(p.endpoint, kBucket, QStringLiteral("marks/wm.png")),
             QStringLiteral("http://photos-1250000000.cos.ap-guangzhou.myqcloud.com/marks/wm.png"));
    storage::CloudMark mark;
    mark.type = 2;
    mark.level = 3;
    QCOMPARE(storage::cloudEmbedRule(mark, QStringLiteral("http://b.cos.x/m.png")),
             QStringLiteral("watermark/3/type/2/image/aHR0cDovL2IuY29zLngvbS5wbmc/level/3"));
    QCOMPARE(storage::cloudExtractRule(mark, QStringLiteral("http://b.cos.x/m.png")),
             QStringLiteral("watermark/4/type/2/image/aHR0cDovL2IuY29zLngvbS5wbmc"));
    mark.type = 3;
    mark.text = QStringLiteral("AD2026");
    QCOMPARE(storage::cloudEmbedRule(mark, {}), QStringLiteral("watermark/3/type/3/text/QUQyMDI2"));
    QCOMPARE(storage::cloudExtractRule(mark, {}), QStringLiteral("watermark/4/type/3"));
}

// A picture on this computer is uploaded to the scratch prefix, marked there with a text, and
// the marked object read back by the cloud: the same text.
void TestWatermarkCloud::textRoundTripThroughTheCloud()
{
    const QByteArray original = test::readFile(m_photo);
    storage::CloudMark mark;
    mark.type = 3;
    mark.text = QStringLiteral("AD2026");
    QList<QString> steps;
    const QString copy = m_dir.filePath(QStringLiteral("kite-text-local.png"));
    const storage::CloudEmbedding e =
        storage::embedInCloud(place(), m_photo, mark, QStringLiteral("photos/kite-text.png"), copy,
                              nullptr, [&](const QString &s) { steps << s; });
    QVERIFY2(e.sourceKey.startsWith(QLatin1String("scratch/")) &&
                 e.sourceKey.endsWith(QLatin1String("/kite.png")),
             qPrintable(e.sourceKey));
    QCOMPARE(test::readFile(rootFile(e.sourceKey)), original);
    QCOMPARE(test::readFile(m_photo), original); // the original untouched
    QCOMPARE(e.marked.key, QStringLiteral("photos/kite-text.png"));
    QCOMPARE(QSize(e.marked.width, e.marked.height), QSize(640, 427));
    const QByteArray stored = test::readFile(rootFile(e.marked.key));
    QCOMPARE(e.marked.size, qint64(stored.size()));
    QCOMPARE(e.savedTo, copy);
    QCOMPARE(test::readFile(copy), stored);
    QVERIFY(stored != original);
    QCOMPARE(steps.first(), QStringLiteral("Uploading kite.png…"));

    const storage::CloudExtraction x =
        storage::extractInCloud(place(), cos(e.marked.key), mark, nullptr, {});
    QCOMPARE(x.suspectKey, e.marked.key);
    QVERIFY(x.text);
    QCOMPARE(*x.text, QStringLiteral("AD2026"));
    QVERIFY(!x.status);

    // The same picture again is not uploaded twice.
    steps.clear();
    storage::embedInCloud(place(), m_photo, mark, QStringLiteral("photos/kite-text-2.png"), {},
                          nullptr, [&](const QString &s) { steps << s; });
    QCOMPARE(steps, QList<QString>{QStringLiteral("Marking in the cloud…")});
}

void TestWatermarkCloud::type2StatusOnMarkedAndUnmarked()
{
    storage::CloudMark mark;
    mark.type = 2;
    mark.image = m_mark; // on this computer: uploaded next to the scratch pictures
    const storage::CloudEmbedding e =
        storage::embedInCloud(place(), cos(QStringLiteral("photos/stored.png")), mark,
                              QStringLiteral("photos/stored-marked.png"));
    QCOMPARE(e.sourceKey, QStringLiteral("photos/stored.png"));
    QVERIFY(QFileInfo::exists(rootFile(QStringLiteral("photos/stored-marked.png"))));

    const storage::CloudExtraction marked =
        storage::extractInCloud(place(), cos(QStringLiteral("photos/stored-marked.png")), mark);
    QVERIFY(marked.status);
    QVERIFY2(*marked.status > 75, qPrintable(QString::number(*marked.status)));
    // The recovered mark is stored under the prefix and comes back as a picture.
    QVERIFY2(marked.resultKey.startsWith(QLatin1String("scratch/extracted/")),
             qPrintable(marked.resultKey));
    QCOMPARE(marked.result, test::readFile(rootFile(marked.resultKey)));
    QVERIFY(!test::decode(marked.result).isNull());

    const storage::CloudExtraction clean =
        storage::extractInCloud(place(), cos(QStringLiteral("photos/stored.png")), mark);
    QVERIFY(clean.status);
    QVERIFY2(*clean.status < 60, qPrintable(QString::number(*clean.status)));
}

void TestWatermarkCloud::type1WritesTheExtractedMark()
{
    storage::CloudMark mark;
    mark.type = 1;
    mark.image = m_mark;
    storage::embedInCloud(place(), cos(QStringLiteral("photos/stored.png")), mark,
                          QStringLiteral("photos/stored-semi.png"));
    mark.image = cos(QStringLiteral("photos/stored.png")); // type 1 reads with the original
    const storage::CloudExtraction x =
        storage::extractInCloud(place(), cos(QStringLiteral("photos/stored-semi.png")), mark);
    QVERIFY(!x.status);
    QVERIFY(!x.resultKey.isEmpty());
    const QImage recovered = test::decode(x.result);
    QVERIFY(!recovered.isNull());
    QCOMPARE(x.result, test::readFile(rootFile(x.resultKey)));
}

void TestWatermarkCloud::refusalsChangeNothing()
{
    storage::CloudMark mark;
    mark.type = 3;
    mark.text = QStringLiteral("Again");
    const QString existing = rootFile(QStringLiteral("photos/kite-text.png"));
    const QByteArray before = test::readFile(existing);
    QVERIFY(!before.isEmpty());
    const auto refused = [&](const std::function<void()> &call, ErrorCode code,
                             const QString &words) {
        try {
            call();
            QFAIL("accepted");
        } catch (const ProcessingError &e) {
            QCOMPARE(e.error().code, code);
            QVERIFY2(e.error().message.contains(words), qPrintable(e.error().message));
        }
    };
    // An existing key is never replaced, nor the original by its own copy; a refused picture
    // is not even uploaded.
    const QString fresh = test::writeTemp(m_dir, QStringLiteral("fresh.png"),
                                          test::makeImage(320, 200, QStringLiteral("png")));
    refused(
        [&] {
            storage::embedInCloud(place(), fresh, mark, QStringLiteral("photos/kite-text.png"));
        },
        ErrorCode::InvalidArgument, QStringLiteral("already exists"));
    QDirIterator uploads(m_root, {QStringLiteral("fresh.png")}, QDir::Files,
                         QDirIterator::Subdirectories);
    QVERIFY(!uploads.hasNext());
    refused(
        [&] {
            storage::embedInCloud(place(), m_photo, mark, QStringLiteral("photos/kite-text.png"));
        },
        ErrorCode::InvalidArgument, QStringLiteral("already exists"));
    refused(
        [&] {
            storage::embedInCloud(place(), cos(QStringLiteral("photos/stored.png")), mark,
                                  QStringLiteral("photos/stored.png"));
        },
        ErrorCode::InvalidArgument, QStringLiteral("replace the original"));
    QCOMPARE(test::readFile(existing), before);
    // The mark must be in the picture's bucket.
    mark.type = 2;
    mark.image = QStringLiteral("cos://other-1250000000/wm.png");
    refused([&] { storage::embedInCloud(place(), m_photo, mark, QStringLiteral("photos/x.png")); },
            ErrorCode::InvalidArgument, QStringLiteral("not in bucket photos-1250000000"));
    // Text the cloud cannot hold.
    mark.type = 3;
    mark.text = QStringLiteral("two words");
    refused([&] { storage::embedInCloud(place(), m_photo, mark, QStringLiteral("photos/x.png")); },
            ErrorCode::InvalidArgument, QStringLiteral("0-9"));
    // A missing object: the service's 404.
    mark.text = QStringLiteral("ok");
    refused(
        [&] { storage::extractInCloud(place(), cos(QStringLiteral("photos/missing.png")), mark); },
        ErrorCode::NotFound, QStringLiteral("HTTP 404"));
    // A wrong key: the service's 403, nothing written.
    refused(
        [&] {
            storage::embedInCloud(place(QStringLiteral("wrong")),
                                  cos(QStringLiteral("photos/stored.png")), mark,
                                  QStringLiteral("photos/forged.png"));
        },
        ErrorCode::Auth, QStringLiteral("HTTP 403"));
    QVERIFY(!QFileInfo::exists(rootFile(QStringLiteral("photos/x.png"))));
    QVERIFY(!QFileInfo::exists(rootFile(QStringLiteral("photos/forged.png"))));
}

// assetdesk-cli watermark embed|extract --cloud, credentials and endpoint from the environment.
void TestWatermarkCloud::cliEmbedsAndExtracts()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COS_REGION"), QStringLiteral("ap-guangzhou"));
    env.insert(QStringLiteral("COS_SECRET_ID"), kId);
    env.insert(QStringLiteral("COS_SECRET_KEY"), kKey);
    env.insert(QStringLiteral("COS_ENDPOINT"), m_serve->url());
    const auto cli = [&](const QStringList &args, int expected) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ASSETDESK_CLI), args);
        p.waitForFinished(60000);
        const QByteArray err = p.readAllStandardError();
        if (p.exitCode() != expected) qWarning("%s", err.constData());
        [&] { QCOMPARE(p.exitCode(), expected); }();
        return expected == 0 ? QJsonDocument::fromJson(p.readAllStandardOutput()).object()
                             : QJsonObject{{QStringLiteral("stderr"), QString::fromUtf8(err)}};
    };
    const QString saved = m_dir.filePath(QStringLiteral("cli-marked.png"));
    const QJsonObject embedded = cli(
        {QStringLiteral("watermark"), QStringLiteral("embed"), m_photo, QStringLiteral("--cloud"),
         cos(QStringLiteral("photos/cli-marked.png")), QStringLiteral("--type"),
         QStringLiteral("2"), QStringLiteral("--mark"), m_mark, QStringLiteral("--save"), saved},
        0);
    QCOMPARE(embedded.value(QStringLiteral("key")).toString(),
             QStringLiteral("photos/cli-marked.png"));
    QCOMPARE(embedded.value(QStringLiteral("width")).toInt(), 640);
    QCOMPARE(test::readFile(saved),
             test::readFile(rootFile(QStringLiteral("photos/cli-marked.png"))));
    const QJsonObject read =
        cli({QStringLiteral("watermark"), QStringLiteral("extract"),
             cos(QStringLiteral("photos/cli-marked.png")), QStringLiteral("--cloud"),
             QStringLiteral("cos://") + kBucket, QStringLiteral("--type"), QStringLiteral("2"),
             QStringLiteral("--mark"), m_mark},
            0);
    QVERIFY(read.value(QStringLiteral("WatermarkStatus")).toInt() > 75);
    QCOMPARE(read.value(QStringLiteral("verdict")).toString(), QStringLiteral("present"));
    // The local copy is never replaced.
    const QJsonObject again =
        cli({QStringLiteral("watermark"), QStringLiteral("embed"), m_photo,
             QStringLiteral("--cloud"), cos(QStringLiteral("photos/cli-again.png")),
             QStringLiteral("--text"), QStringLiteral("Again"), QStringLiteral("--save"), saved},
            1);
    QVERIFY(
        again.value(QStringLiteral("stderr")).toString().contains(QLatin1String("never replaced")));
    QVERIFY(!QFileInfo::exists(rootFile(QStringLiteral("photos/cli-again.png"))));
}

// The window in cloud mode: the note says the marks do not mix, an embed runs in the cloud and
// the extract tab reads the cloud's WatermarkStatus of what was just marked.
void TestWatermarkCloud::windowInCloudShowsStatusAndNote()
{
    WatermarkWindow window([](const QString &) {});
    window.show();
    CloudPlaceBox *box = window.place();
    QVERIFY(box->choose(QString())); // this computer
    QVERIFY(!box->note()->isVisibleTo(&window));
    QVERIFY(box->choose(kConnection));
    QVERIFY(box->note()->isVisibleTo(&window));
    {
        // The choice is remembered for the next window.
        WatermarkWindow next([](const QString &) {});
        QVERIFY(next.place()->isCloud());
        QCOMPARE(next.place()->connectionName(), kConnection);
    }
    QVERIFY(box->note()->text().contains(QLatin1String("not interchangeable")));
    QVERIFY(box->note()->text().contains(QLatin1String("not found by the cloud's extraction")));

    WatermarkEmbedPage *embed = window.embedPage();
    embed->setSource(cos(QStringLiteral("photos/stored.png")));
    QCOMPARE(box->bucket(), kBucket);
    QCOMPARE(embed->resultKey()->text(), QStringLiteral("photos/stored-marked.png"));
    QVERIFY(embed->status().isEmpty() || !embed->status().contains(QLatin1String("bucket")));
    embed->resultKey()->setText(QStringLiteral("photos/window-marked.png"));
    embed->form()->setType(2);
    embed->form()->setImagePath(m_mark);
    // A bucket name without the connection's APPID is named before anything is sent.
    box->setBucket(QStringLiteral("photos"));
    QCOMPARE(embed->status(),
             QStringLiteral("A bucket of this connection ends with its APPID: photos-1250000000."));
    box->setBucket(kBucket);
    const QString copy = m_dir.filePath(QStringLiteral("window-copy.png"));
    embed->saveCopy()->setText(copy);
    QSignalSpy embedded(embed, &WatermarkEmbedPage::finished);
    embed->embed();
    QVERIFY(embed->isBusy());
    QVERIFY(embedded.wait(30000));
    QVERIFY2(embedded.first().first().toBool(), qPrintable(embed->status()));
    QVERIFY2(embed->status().contains(
                 QStringLiteral("Marked in the cloud: cos://photos-1250000000/photos/"
                                "window-marked.png — 640 × 427, ")),
             qPrintable(embed->status()));
    QCOMPARE(test::readFile(copy),
             test::readFile(rootFile(QStringLiteral("photos/window-marked.png"))));

    WatermarkExtractPage *extract = window.extractPage();
    QCOMPARE(extract->suspect(), cos(QStringLiteral("photos/window-marked.png")));
    QCOMPARE(extract->form()->type(), 2);
    QSignalSpy read(extract, &WatermarkExtractPage::finished);
    window.tabs()->setCurrentWidget(extract);
    extract->extract();
    QVERIFY(read.wait(30000));
    QVERIFY2(read.first().first().toBool(), qPrintable(extract->verdict()));
    QCOMPARE(extract->verdict(), QStringLiteral("Watermark present"));
    QVERIFY2(extract->status() > 75, qPrintable(QString::number(extract->status())));
    QVERIFY(extract->hasMark());
    QVERIFY(box->note()->isVisibleTo(&window));

    // The unmarked original: not found.
    extract->setSuspect(cos(QStringLiteral("photos/stored.png")));
    extract->extract();
    QVERIFY(read.wait(30000));
    QCOMPARE(extract->verdict(), QStringLiteral("No watermark found"));
    QVERIFY(extract->status() >= 0 && extract->status() < 60);

    // Back on this computer the note goes and a cos:// mark is no longer accepted.
    QVERIFY(box->choose(QString()));
    QVERIFY(!box->note()->isVisibleTo(&window));
    extract->form()->setImagePath(cos(QStringLiteral("photos/mark.png")));
    QVERIFY(!extract->form()->problem().isEmpty());
}

void TestWatermarkCloud::windowCancels()
{
    WatermarkWindow window([](const QString &) {});
    window.show();
    QVERIFY(window.place()->choose(kConnection));
    window.place()->setBucket(kBucket);
    WatermarkEmbedPage *embed = window.embedPage();
    embed->setSource(m_photo);
    QCOMPARE(embed->resultKey()->text(),
             QStringLiteral("assetdesk-scratch/marked/kite-marked.png"));
    embed->resultKey()->setText(QStringLiteral("photos/cancelled.png"));
    embed->form()->setType(3);
    embed->form()->setText(QStringLiteral("Stop"));
    QSignalSpy done(embed, &WatermarkEmbedPage::finished);
    embed->embed();
    auto *cancel = embed->findChild<QPushButton *>(QStringLiteral("cancelCloud"));
    QVERIFY(cancel->isVisibleTo(&window));
    cancel->click(); // before the keyring has even answered
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().first().toBool(), false);
    QCOMPARE(embed->status(), QStringLiteral("Cancelled; nothing was marked."));
    QVERIFY(!cancel->isVisibleTo(&window));
    QVERIFY(!QFileInfo::exists(rootFile(QStringLiteral("photos/cancelled.png"))));
}

void TestWatermarkCloud::windowShowsThe403()
{
    WatermarkWindow window([](const QString &) {});
    window.show();
    QVERIFY(window.place()->choose(kWrongKey));
    WatermarkEmbedPage *embed = window.embedPage();
    embed->setSource(cos(QStringLiteral("photos/stored.png")));
    embed->resultKey()->setText(QStringLiteral("photos/forged.png"));
    embed->form()->setType(3);
    embed->form()->setText(QStringLiteral("Forged"));
    QSignalSpy done(embed, &WatermarkEmbedPage::finished);
    embed->embed();
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY2(embed->status().contains(QLatin1String("check the connection's SecretId and "
                                                    "SecretKey")),
             qPrintable(embed->status()));
    // The existence check goes first: a HEAD, whose 403 has no body to name the reason.
    QVERIFY2(embed->status().contains(QLatin1String("HEAD photos-1250000000/photos/forged.png: "
                                                    "HTTP 403")),
             qPrintable(embed->status()));
    QVERIFY(!QFileInfo::exists(rootFile(QStringLiteral("photos/forged.png"))));

    WatermarkExtractPage *extract = window.extractPage();
    extract->setSuspect(cos(QStringLiteral("photos/stored.png")));
    extract->form()->setType(3);
    QSignalSpy read(extract, &WatermarkExtractPage::finished);
    extract->extract();
    QVERIFY(read.wait(30000));
    QCOMPARE(extract->verdict(), QStringLiteral("Error"));
    QVERIFY2(extract->details().contains(QLatin1String("HTTP 403 SignatureDoesNotMatch")),
             qPrintable(extract->details()));
    QVERIFY2(extract->details().contains(QLatin1String("check the connection's SecretId")),
             qPrintable(extract->details()));
}

QTEST_MAIN(TestWatermarkCloud)
#include "test_watermark_cloud.moc"
