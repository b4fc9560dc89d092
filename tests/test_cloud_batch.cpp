// Cloud batch against the local endpoint with signatures required, reached as a COS bucket
// through the endpoint override: every object gets POST ?image_process with Pic-Operations and
// the endpoint writes the results. Checks the results themselves (decoded sizes), the report,
// a SIGKILL mid-run and --resume (each result once, nothing processed twice but what was in
// flight), 6 styles split 5 + 1, a refused signature stopping the job, a missing object's 404,
// and the request rate.

#include "common/error.h"
#include "jobs/cloudbatch.h"
#include "jobs/jobqueue.h"
#include "jobs/nametemplate.h"
#include "storage/objecturl.h"
#include "support/faultproxy.h"
#include "support/serveprocess.h"
#include "support/testimages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace ad;

namespace
{

const QString kId = QStringLiteral("AKIDcloudBatchTest000000000000000000");
const QString kKey = QStringLiteral("cloudBatchSecretKey0000000000000");
const QString kBucket = QStringLiteral("cos://photos-1250000000/");
const QString kSmall = QStringLiteral("imageMogr2/thumbnail/40x");           // 80x60 -> 40x30
const QString kTiny = QStringLiteral("imageMogr2/thumbnail/20x/format/png"); // -> 20x15 PNG
constexpr int kObjects = 30;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString sourceName(int i)
{
    return QStringLiteral("img%1.jpg").arg(i, 2, 10, QLatin1Char('0'));
}

// POSTs ?image_process per source key, from the endpoint's log since `from` bytes.
QMap<QString, int> processedKeys(const QByteArray &log, qsizetype from = 0)
{
    QMap<QString, int> counts;
    static const QRegularExpression line(QStringLiteral(" POST /([^ ?]+)\\?image_process (\\d+) "));
    auto it = line.globalMatch(QString::fromUtf8(log.mid(from)));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(2) == QLatin1String("200")) ++counts[m.captured(1)];
    }
    return counts;
}

} // namespace

class TestCloudBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void thirtyObjectsTwoStyles();
    void killedAndResumed();
    void sixStylesMakeTwoRequests();
    void wrongKeyStopsTheJobEarly();
    void cliStopsOnRefusalAndResumes();
    void missingObjectIsReportedAndTheBatchGoesOn();
    void serverErrorsAreRetriedAndCounted();
    void requestRateIsKept();
    void watermarkFactsReachTheReport();
    void refusesWhatItCannotRun();

private:
    // Runs a planned job in a queue of its own; returns its id (the queue stays for inspection).
    qint64 runJob(jobs::JobQueue &queue, const jobs::JobSpec &spec, int timeoutMs = 30000);
    Run cli(const QStringList &args, int timeoutMs = 30000);
    QByteArray serveLog(); // all the endpoint has logged so far
    void setSecret(const QString &key);
    jobs::BatchRequest request(const QString &in, const QString &out,
                               const QStringList &styles) const;

    QTemporaryDir m_root;
    QTemporaryDir m_work;
    std::unique_ptr<test::ServeProcess> m_serve;
};

void TestCloudBatch::initTestCase()
{
    QVERIFY(m_root.isValid() && m_work.isValid());
    QDir().mkpath(m_root.filePath(QStringLiteral("in")));
    for (int i = 0; i < kObjects; ++i) {
        QFile f(m_root.filePath(QStringLiteral("in/") + sourceName(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::makeImage(80, 60, QStringLiteral("jpg")));
    }
    m_serve = std::make_unique<test::ServeProcess>(
        QStringList{QStringLiteral("--root"), m_root.path(), QStringLiteral("--secret-id"), kId,
                    QStringLiteral("--secret-key"), kKey});
    QVERIFY(m_serve->start());
    qputenv("COS_REGION", "ap-guangzhou");
    qputenv("COS_SECRET_ID", kId.toUtf8());
    qputenv("COS_ENDPOINT", m_serve->url().toUtf8());
    setSecret(kKey);
}

void TestCloudBatch::cleanup()
{
    setSecret(kKey);
}

void TestCloudBatch::setSecret(const QString &key)
{
    qputenv("COS_SECRET_KEY", key.toUtf8());
}

jobs::BatchRequest TestCloudBatch::request(const QString &in, const QString &out,
                                           const QStringList &styles) const
{
    jobs::BatchRequest r;
    r.sources = {kBucket + in};
    r.destination = kBucket + out;
    r.styles = styles;
    return r;
}

qint64 TestCloudBatch::runJob(jobs::JobQueue &queue, const jobs::JobSpec &spec, int timeoutMs)
{
    queue.registerKind(jobs::kCloudBatchKind, jobs::cloudBatchKind());
    queue.start();
    QSignalSpy idle(&queue, &jobs::JobQueue::idle);
    const qint64 id = queue.submit(spec);
    if (!queue.isIdle()) idle.wait(timeoutMs);
    return id;
}

Run TestCloudBatch::cli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    // Waits in the event loop, so that the endpoint's log keeps being read meanwhile.
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(ASSETDESK_CLI), args);
    Run r;
    if (!finished.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray TestCloudBatch::serveLog()
{
    QTest::qWait(100); // its last lines are read by the event loop
    return m_serve->log();
}

void TestCloudBatch::thirtyObjectsTwoStyles()
{
    jobs::JobQueue queue(QStringLiteral(":memory:"));
    const jobs::JobSpec spec = jobs::planCloudBatch(
        request(QStringLiteral("in/"), QStringLiteral("out/"), {kSmall, kTiny}));
    QCOMPARE(spec.items.size(), kObjects); // 2 rules: one request an object
    const QJsonArray rules = QJsonDocument::fromJson(spec.items[3].variant.toUtf8()).array();
    QCOMPARE(rules.size(), 2);
    const QString small = jobs::styleLabel(kSmall);
    const QString tiny = jobs::styleLabel(kTiny);
    // Absolute fileids under the destination, from the default template {name}_{style}.{ext}.
    QCOMPARE(rules[0][QLatin1String("fileid")].toString(),
             QStringLiteral("/out/img03_%1.jpg").arg(small));
    QCOMPARE(rules[1][QLatin1String("fileid")].toString(),
             QStringLiteral("/out/img03_%1.png").arg(tiny));
    QCOMPARE(rules[1][QLatin1String("rule")].toString(), kTiny);

    const qsizetype logFrom = serveLog().size();
    const qint64 id = runJob(queue, spec);
    const jobs::JobProgress p = queue.progress(id);
    QCOMPARE(p.job.state, jobs::JobState::Finished);
    QCOMPARE(p.counts.done, kObjects);
    QCOMPARE(p.counts.bytesIn, 0); // no pixel came down

    QDir out(m_root.filePath(QStringLiteral("out")));
    QCOMPARE(out.entryList(QDir::Files).size(), 2 * kObjects);
    qint64 bytes = 0;
    for (int i = 0; i < kObjects; ++i) {
        const QString stem = sourceName(i).chopped(4);
        const QByteArray a = test::readFile(out.filePath(stem + QLatin1Char('_') + small + ".jpg"));
        const QByteArray b = test::readFile(out.filePath(stem + QLatin1Char('_') + tiny + ".png"));
        QCOMPARE(test::sizeOf(a), QSize(40, 30));
        QCOMPARE(test::sizeOf(b), QSize(20, 15));
        QCOMPARE(test::loaderOf(b), QStringLiteral("pngload_buffer"));
        bytes += a.size() + b.size();
    }
    QCOMPARE(p.counts.bytesOut, bytes);
    // The report: each result's key, size, dimensions, format and ETag, from the UploadResult.
    const jobs::ItemRecord item = queue.items(id).at(3);
    const QStringList lines = item.error.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    const QString png = out.filePath(QStringLiteral("img03_%1.png").arg(tiny));
    const QRegularExpression fact(QStringLiteral("^out/img03_%1\\.png: 20×15 png, (\\d+) bytes, "
                                                 "ETag [0-9a-f]{32}$")
                                      .arg(QRegularExpression::escape(tiny)));
    const auto m = fact.match(lines[1]);
    QVERIFY2(m.hasMatch(), qPrintable(lines[1]));
    QCOMPARE(m.captured(1).toLongLong(), QFileInfo(png).size());
    QVERIFY2(lines[0].contains(QStringLiteral(": 40×30 jpeg, ")), qPrintable(lines[0]));
    QCOMPARE(processedKeys(serveLog(), logFrom).size(), kObjects);
}

void TestCloudBatch::killedAndResumed()
{
    const QString journal = m_work.filePath(QStringLiteral("kill.sqlite"));
    const QStringList args{QStringLiteral("batch"),
                           kBucket + QStringLiteral("in/"),
                           kBucket + QStringLiteral("resumed/"),
                           QStringLiteral("--style"),
                           kSmall,
                           QStringLiteral("--style"),
                           kTiny,
                           QStringLiteral("--cloud"),
                           QStringLiteral("--rate"),
                           QStringLiteral("15"),
                           QStringLiteral("--journal"),
                           journal};
    const qsizetype logFrom = serveLog().size();
    QProcess first;
    first.start(QStringLiteral(ASSETDESK_CLI), args);
    QVERIFY(first.waitForStarted());
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += first.readAllStandardOutput()).count(" done ") >= 8,
                             20000);
    ::kill(pid_t(first.processId()), SIGKILL);
    first.waitForFinished();
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    const int before = processedKeys(serveLog(), logFrom).size();
    QVERIFY2(before < kObjects, "the kill came too late to test anything");

    const Run resumed = cli(args + QStringList{QStringLiteral("--resume")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY2(resumed.out.contains("60 result(s) stored by 30 request(s) done, 0 failed"),
             resumed.out.constData());

    // Every result once: 60 files, each under its planned name (no renamed second copies).
    const QStringList names =
        QDir(m_root.filePath(QStringLiteral("resumed"))).entryList(QDir::Files);
    QCOMPARE(names.size(), 2 * kObjects);
    for (const QString &name : names)
        QVERIFY2(!name.contains(QLatin1String(" (")), qPrintable(name));
    // Each object processed once, but for those in flight at the kill (at most the I/O threads).
    const QMap<QString, int> counts = processedKeys(serveLog(), logFrom);
    QCOMPARE(counts.size(), kObjects);
    int twice = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        QVERIFY2(it.value() <= 2, qPrintable(it.key()));
        twice += it.value() - 1;
    }
    QVERIFY2(twice <= 4, qPrintable(QStringLiteral("%1 objects processed twice").arg(twice)));
    // One line per result in the output, with its facts.
    QVERIFY2(resumed.out.contains(" resumed/img29_" + jobs::styleLabel(kTiny).toUtf8() +
                                  ".png: 20×15 png, "),
             resumed.out.constData());
}

void TestCloudBatch::sixStylesMakeTwoRequests()
{
    QStringList styles;
    for (int w = 10; w <= 60; w += 10)
        styles << QStringLiteral("imageMogr2/thumbnail/%1x").arg(w);
    jobs::BatchRequest r = request(QStringLiteral("in/img05.jpg"), QStringLiteral("six/"), styles);
    r.nameTemplate = QStringLiteral("{name}-{style}.{ext}");
    const jobs::JobSpec spec = jobs::planCloudBatch(r);
    QCOMPARE(spec.items.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(spec.items[0].variant.toUtf8()).array().size(), 5);
    const QJsonArray last = QJsonDocument::fromJson(spec.items[1].variant.toUtf8()).array();
    QCOMPARE(last.size(), 1);
    QCOMPARE(last[0][QLatin1String("rule")].toString(), styles.last()); // in style order

    const qsizetype logFrom = serveLog().size();
    jobs::JobQueue queue(QStringLiteral(":memory:"));
    const qint64 id = runJob(queue, spec);
    QCOMPARE(queue.progress(id).counts.done, 2);
    QCOMPARE(processedKeys(serveLog(), logFrom).value(QStringLiteral("in/img05.jpg")), 2);
    for (int w = 10; w <= 60; w += 10) {
        const QString name =
            QStringLiteral("six/img05-%1.jpg")
                .arg(jobs::styleLabel(QStringLiteral("imageMogr2/thumbnail/%1x").arg(w)));
        QCOMPARE(test::sizeOf(test::readFile(m_root.filePath(name))).width(), w);
    }

    // The CLI counts results as well as requests: 2 objects × 6 styles, 4 requests.
    QStringList args{QStringLiteral("batch"),
                     kBucket + QStringLiteral("in/img06.jpg"),
                     kBucket + QStringLiteral("in/img07.jpg"),
                     kBucket + QStringLiteral("six-cli/"),
                     QStringLiteral("--cloud"),
                     QStringLiteral("--name"),
                     QStringLiteral("{name}-{style}.{ext}"),
                     QStringLiteral("--journal"),
                     m_work.filePath(QStringLiteral("six.sqlite"))};
    for (const QString &style : styles)
        args << QStringLiteral("--style") << style;
    const Run counted = cli(args);
    QVERIFY2(counted.exitCode == 0, counted.err.constData());
    QVERIFY2(counted.out.contains("[request 4/4] done "), counted.out.constData());
    QVERIFY2(counted.out.contains("12 result(s) stored by 4 request(s) done, 0 failed"),
             counted.out.constData());
    QCOMPARE(QDir(m_root.filePath(QStringLiteral("six-cli"))).entryList(QDir::Files).size(), 12);

    // The same 6 rules in one request, as a client without the split would send them.
    QJsonArray six;
    for (const QString &s : styles)
        six.append(QJsonObject{{QStringLiteral("fileid"), QStringLiteral("/six/x-") + s.mid(21)},
                               {QStringLiteral("rule"), s}});
    const QString header = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("rules"), six}}).toJson(QJsonDocument::Compact));
    const storage::ObjectUrl url =
        storage::parseObjectUrl(kBucket + QStringLiteral("in/img05.jpg"));
    storage::Endpoint endpoint = storage::endpointFor(url);
    endpoint.maxAttempts = 1;
    storage::ObjectClient client(endpoint);
    try {
        client.send("POST", url.bucket, url.key, {{QStringLiteral("image_process"), QString()}},
                    {{QStringLiteral("Pic-Operations"), header}});
        QFAIL("six rules in one request were accepted");
    } catch (const ProcessingError &e) {
        QVERIFY2(e.error().message.contains(QLatin1String("HTTP 400 InvalidArgument -60997 (")),
                 qPrintable(e.error().message));
    }
}

void TestCloudBatch::wrongKeyStopsTheJobEarly()
{
    setSecret(QStringLiteral("notTheKey000000000000000000000000"));
    const qsizetype logFrom = serveLog().size();
    const Run r = cli({QStringLiteral("batch"), kBucket + QStringLiteral("in/"),
                       kBucket + QStringLiteral("denied/"), QStringLiteral("--style"), kSmall,
                       QStringLiteral("--cloud"), QStringLiteral("--journal"),
                       m_work.filePath(QStringLiteral("denied.sqlite"))});
    // Planning lists with the same key: the refusal comes before any job exists.
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("HTTP 403 SignatureDoesNotMatch"), r.err.constData());
    QCOMPARE(serveLog().mid(logFrom).count("image_process"), 0);

    // Credentials that fail once the job runs (changed since planning): the job pauses after
    // the requests already sent instead of failing every item.
    setSecret(kKey);
    const jobs::JobSpec spec =
        jobs::planCloudBatch(request(QStringLiteral("in/"), QStringLiteral("denied/"), {kSmall}));
    setSecret(QStringLiteral("notTheKey000000000000000000000000"));
    jobs::JobQueue queue(QStringLiteral(":memory:"));
    queue.setThreads(jobs::PoolKind::Io, 2);
    const qint64 id = runJob(queue, spec);
    const jobs::JobProgress p = queue.progress(id);
    QCOMPARE(p.job.state, jobs::JobState::Paused);
    QVERIFY2(p.counts.failed >= 1 && p.counts.failed <= 2,
             qPrintable(QString::number(p.counts.failed)));
    QCOMPARE(p.counts.pending, kObjects - p.counts.failed);
    // The refused request names the cause; one already started after it is not sent at all.
    int refused = 0;
    for (const jobs::ItemRecord &item : queue.items(id)) {
        if (item.state != jobs::ItemState::Failed) continue;
        if (item.error.contains(QLatin1String("HTTP 403 SignatureDoesNotMatch (")))
            ++refused;
        else
            QVERIFY2(item.error.startsWith(QLatin1String("not sent: the bucket refused")),
                     qPrintable(item.error));
    }
    QVERIFY(refused >= 1);
    QCOMPARE(serveLog().mid(logFrom).count("?image_process 403 "), refused);
    QVERIFY(!QDir(m_root.filePath(QStringLiteral("denied"))).exists());

    // With the key fixed, Resume and a retry of the refused items finish the job.
    setSecret(kKey);
    QSignalSpy idle(&queue, &jobs::JobQueue::idle);
    queue.retryFailed(id);
    queue.resume(id);
    QVERIFY(queue.isIdle() || idle.wait(30000));
    QCOMPARE(queue.progress(id).counts.done, kObjects);
}

void TestCloudBatch::cliStopsOnRefusalAndResumes()
{
    // Credentials refused once the run has planned (through a proxy that starts answering
    // 403 ExpiredToken): the CLI stops after the first refusal, saying so.
    test::FaultProxy proxy{QUrl(m_serve->url())};
    qputenv("COS_ENDPOINT", proxy.url().toString().toUtf8());
    const auto restore = qScopeGuard([this] { qputenv("COS_ENDPOINT", m_serve->url().toUtf8()); });
    const QStringList args{QStringLiteral("batch"),
                           kBucket + QStringLiteral("in/"),
                           kBucket + QStringLiteral("expired/"),
                           QStringLiteral("--style"),
                           kSmall,
                           QStringLiteral("--include"),
                           QStringLiteral("img0*"),
                           QStringLiteral("--cloud"),
                           QStringLiteral("--journal"),
                           m_work.filePath(QStringLiteral("expired.sqlite"))};
    QProcess first;
    QSignalSpy finished(&first, &QProcess::finished);
    // At 2 a second the first request waits half a second: time to expire the token.
    first.start(QStringLiteral(ASSETDESK_CLI),
                args + QStringList{QStringLiteral("--rate"), QStringLiteral("2")});
    QTRY_VERIFY_WITH_TIMEOUT(proxy.requests() >= 2, 10000); // the two listings
    proxy.setExpired(true);
    QVERIFY(finished.wait(20000));
    const QByteArray out = first.readAllStandardOutput();
    const QByteArray err = first.readAllStandardError();
    QCOMPARE(first.exitCode(), 1);
    QVERIFY2(err.contains("HTTP 403 ExpiredToken"), err.constData());
    QVERIFY2(out.contains("stopped early"), out.constData());
    // Until one request is accepted they go one at a time: one refusal, nothing else sent.
    QCOMPARE(proxy.requests() - 2, 1);
    QVERIFY(!QDir(m_root.filePath(QStringLiteral("expired"))).exists());

    // Renewed: --resume sends the rest (and the refused ones), here at a faster pace.
    proxy.setExpired(false);
    const Run resumed = cli(args + QStringList{QStringLiteral("--resume"), QStringLiteral("--rate"),
                                               QStringLiteral("100")});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY2(resumed.out.contains("10 result(s) stored by 10 request(s) done, 0 failed"),
             resumed.out.constData());
    // What it says it will do is what it does: the refused, the not sent and the never run.
    static const QRegularExpression announced(QStringLiteral(
        "resuming: 0 of 10 item\\(s\\) already done, (\\d+) to retry, (\\d+) not run yet"));
    const QRegularExpressionMatch m = announced.match(QString::fromUtf8(resumed.out));
    QVERIFY2(m.hasMatch(), resumed.out.constData());
    QCOMPARE(m.captured(1).toInt() + m.captured(2).toInt(), 10);
    QCOMPARE(QDir(m_root.filePath(QStringLiteral("expired"))).entryList(QDir::Files).size(), 10);
}

void TestCloudBatch::missingObjectIsReportedAndTheBatchGoesOn()
{
    QDir().mkpath(m_root.filePath(QStringLiteral("few")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(QFile::copy(m_root.filePath(QStringLiteral("in/") + sourceName(i)),
                            m_root.filePath(QStringLiteral("few/") + sourceName(i))));
    const jobs::JobSpec spec =
        jobs::planCloudBatch(request(QStringLiteral("few/"), QStringLiteral("few-out/"), {kSmall}));
    QCOMPARE(spec.items.size(), 3);
    QVERIFY(QFile::remove(m_root.filePath(QStringLiteral("few/img01.jpg")))); // after listing
    jobs::JobQueue queue(QStringLiteral(":memory:"));
    const qint64 id = runJob(queue, spec);
    const jobs::JobProgress p = queue.progress(id);
    QCOMPARE(p.job.state, jobs::JobState::Finished);
    QCOMPARE(p.counts.done, 2);
    QCOMPARE(p.counts.failed, 1);
    const jobs::ItemRecord missing = queue.items(id).at(1);
    QCOMPARE(missing.state, jobs::ItemState::Failed);
    QVERIFY2(missing.error.contains(QLatin1String("HTTP 404 NoSuchKey")),
             qPrintable(missing.error));
    QVERIFY2(missing.error.contains(QLatin1String("few/img01.jpg")), qPrintable(missing.error));
    QCOMPARE(QDir(m_root.filePath(QStringLiteral("few-out"))).entryList(QDir::Files).size(), 2);
}

void TestCloudBatch::serverErrorsAreRetriedAndCounted()
{
    test::FaultProxy proxy{QUrl(m_serve->url())};
    qputenv("COS_ENDPOINT", proxy.url().toString().toUtf8());
    const auto restore = qScopeGuard([this] { qputenv("COS_ENDPOINT", m_serve->url().toUtf8()); });
    const jobs::JobSpec spec = jobs::planCloudBatch(
        request(QStringLiteral("in/img07.jpg"), QStringLiteral("retried/"), {kSmall}));
    proxy.failNext(2, 503);
    jobs::JobQueue queue(QStringLiteral(":memory:"));
    const qint64 id = runJob(queue, spec);
    const jobs::ItemRecord item = queue.items(id).at(0);
    QCOMPARE(item.state, jobs::ItemState::Done);
    QCOMPARE(proxy.injected(), 2);
    QVERIFY2(item.error.contains(QLatin1String("answered on attempt 3; before: ")) &&
                 item.error.contains(QLatin1String("HTTP 503")),
             qPrintable(item.error));
    QCOMPARE(test::sizeOf(test::readFile(m_root.filePath(QStringLiteral("retried/img07.jpg")))),
             QSize(40, 30));
}

void TestCloudBatch::requestRateIsKept()
{
    jobs::BatchRequest r = request(QStringLiteral("in/"), QStringLiteral("paced/"), {kSmall});
    r.include = {QStringLiteral("img0*"), QStringLiteral("img1*")};
    const jobs::JobSpec spec = jobs::planCloudBatch(r, 10);
    QCOMPARE(spec.items.size(), 20);
    jobs::JobQueue queue(QStringLiteral(":memory:"));
    QElapsedTimer clock;
    clock.start();
    const qint64 id = runJob(queue, spec);
    const qint64 ms = clock.elapsed();
    QCOMPARE(queue.progress(id).counts.done, 20);
    QVERIFY2(ms >= 1800 && ms < 10000, qPrintable(QString::number(ms)));
}

void TestCloudBatch::watermarkFactsReachTheReport()
{
    // A photograph (blind marks need texture), marked in the cloud with a picture (type 2) and a
    // text (type 3), then read back: the report carries WatermarkStatus and Text.
    QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("wm/in"))));
    QImage mark(48, 48, QImage::Format_RGB32);
    mark.fill(Qt::black);
    for (int y = 6; y < 42; ++y)
        for (int x = 6; x < 20; ++x)
            mark.setPixel(x, y, 0xffffffffu);
    QVERIFY(mark.save(m_root.filePath(QStringLiteral("wm/mark.png"))));
    test::writePhoto(m_root, QStringLiteral("Kite"), QSize(640, 427),
                     QStringLiteral("wm/in/kite.png"));
    const QString image = QString::fromLatin1(
        QByteArray("http://bucket.local/wm/mark.png").toBase64(QByteArray::Base64UrlEncoding));
    const QString text =
        QString::fromLatin1(QByteArray("AD2026").toBase64(QByteArray::Base64UrlEncoding));
    jobs::BatchRequest embed = request(QStringLiteral("wm/in/"), QStringLiteral("wm/marked/"),
                                       {QStringLiteral("watermark/3/type/2/image/") + image,
                                        QStringLiteral("watermark/3/type/3/text/") + text});
    embed.nameTemplate = QStringLiteral("{name}-{index}-{style}.{ext}");
    jobs::JobQueue queue(QStringLiteral(":memory:"));
    const qint64 marked = runJob(queue, jobs::planCloudBatch(embed));
    QCOMPARE(queue.progress(marked).counts.done, 1);
    const QStringList names =
        QDir(m_root.filePath(QStringLiteral("wm/marked"))).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 2);

    jobs::BatchRequest read = request(QStringLiteral("wm/marked/"), QStringLiteral("wm/read/"),
                                      {QStringLiteral("watermark/4/type/2/image/") + image,
                                       QStringLiteral("watermark/4/type/3")});
    read.include = {QStringLiteral("*.png")};
    read.nameTemplate = QStringLiteral("{name}-{style}.png");
    const qint64 id = queue.submit(jobs::planCloudBatch(read));
    QTRY_VERIFY_WITH_TIMEOUT(queue.progress(id).job.state == jobs::JobState::Finished, 30000);
    QCOMPARE(queue.progress(id).counts.done, 2);
    // Sorted: the picture marked by type 2 is read first, the one marked by type 3 second.
    QVERIFY(names[0].contains(QLatin1String("type-2")) &&
            names[1].contains(QLatin1String("type-3")));
    const QString typeTwo = queue.items(id).at(0).error;
    const QRegularExpression status(QStringLiteral("WatermarkStatus (\\d+)"));
    const auto m = status.match(typeTwo);
    QVERIFY2(m.hasMatch() && m.captured(1).toInt() > 75, qPrintable(typeTwo));
    const QString typeThree = queue.items(id).at(1).error;
    QVERIFY2(typeThree.contains(QLatin1String("Text \"AD2026\"")), qPrintable(typeThree));
}

void TestCloudBatch::refusesWhatItCannotRun()
{
    const auto refusal = [](const jobs::BatchRequest &r, int rate = 100) -> QString {
        try {
            jobs::planCloudBatch(r, rate);
        } catch (const ProcessingError &e) {
            return e.error().message;
        }
        return {};
    };
    jobs::BatchRequest s3 = request(QStringLiteral("in/"), QStringLiteral("out/"), {kSmall});
    s3.sources = {QStringLiteral("s3://photos/in/")};
    QVERIFY2(refusal(s3).startsWith(QLatin1String("Run in the cloud needs a COS bucket")),
             qPrintable(refusal(s3)));
    jobs::BatchRequest local = s3;
    local.sources = {m_root.filePath(QStringLiteral("in"))};
    QVERIFY(refusal(local).startsWith(QLatin1String("Run in the cloud needs a COS bucket")));
    jobs::BatchRequest other = request(QStringLiteral("in/"), QStringLiteral("out/"), {kSmall});
    other.destination = QStringLiteral("cos://other-1250000000/out/");
    QVERIFY2(refusal(other).contains(QLatin1String("into the source's bucket")),
             qPrintable(refusal(other)));
    jobs::BatchRequest inPlace =
        request(QStringLiteral("in/img05.jpg"), QStringLiteral("in/"), {kSmall});
    inPlace.conflict = jobs::ConflictPolicy::Overwrite;
    QVERIFY2(refusal(inPlace).contains(QLatin1String("would replace its original")),
             qPrintable(refusal(inPlace)));
    QVERIFY(refusal(request(QStringLiteral("in/"), QStringLiteral("out/"), {kSmall}), 101)
                .contains(QLatin1String("1 to 100")));
    QVERIFY(refusal(request(QStringLiteral("in/"), QStringLiteral("out/"),
                            {QStringLiteral("imageMogr2/thumbnail/abc")}))
                .startsWith(QLatin1String("style 'imageMogr2/thumbnail/abc'")));

    // Nothing to do is said, not run as "0 of 0": a missing prefix, a destination that is the
    // source (its objects are left out), patterns that match nothing.
    QCOMPARE(refusal(request(QStringLiteral("nothere/"), QStringLiteral("out3/"), {kSmall})),
             QStringLiteral("no objects under %1nothere/").arg(kBucket));
    jobs::BatchRequest same = request(QStringLiteral("in/"), QStringLiteral("in/"), {kSmall});
    same.include = {QStringLiteral("img0*")};
    same.nameTemplate = QStringLiteral("{name}.{ext}");
    same.conflict = jobs::ConflictPolicy::Overwrite;
    QVERIFY2(refusal(same).startsWith(QStringLiteral("all 30 file(s) under %1in/ lie in the "
                                                     "destination %1in/")
                                          .arg(kBucket)),
             qPrintable(refusal(same)));
    jobs::BatchRequest none = request(QStringLiteral("in/"), QStringLiteral("out/"), {kSmall});
    none.include = {QStringLiteral("dusk*")};
    QVERIFY2(refusal(none).startsWith(QLatin1String("none of the 30 file(s) under")),
             qPrintable(refusal(none)));
    const Run missing = cli({QStringLiteral("batch"), kBucket + QStringLiteral("nothere/"),
                             kBucket + QStringLiteral("out3/"), QStringLiteral("--style"), kSmall,
                             QStringLiteral("--cloud"), QStringLiteral("--journal"),
                             m_work.filePath(QStringLiteral("nothere.sqlite"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("no objects under"), missing.err.constData());
    // A wrong key: the hint before the service's words.
    setSecret(QStringLiteral("wrongSecretKey00000000000000000000"));
    const Run denied = cli({QStringLiteral("batch"), kBucket + QStringLiteral("in/"),
                            kBucket + QStringLiteral("denied/"), QStringLiteral("--style"), kSmall,
                            QStringLiteral("--cloud"), QStringLiteral("--journal"),
                            m_work.filePath(QStringLiteral("denied.sqlite"))});
    setSecret(kKey);
    QCOMPARE(denied.exitCode, 1);
    QVERIFY2(denied.err.contains("access denied: check the secret id and key") &&
                 denied.err.contains("HTTP 403 SignatureDoesNotMatch"),
             denied.err.constData());

    // The CLI says the same, before it sends anything.
    const Run r = cli({QStringLiteral("batch"), QStringLiteral("s3://photos/in/"),
                       QStringLiteral("s3://photos/out/"), QStringLiteral("--style"), kSmall,
                       QStringLiteral("--cloud")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Run in the cloud needs a COS bucket"), r.err.constData());
    const Run dry = cli({QStringLiteral("batch"), kBucket + QStringLiteral("in/"),
                         kBucket + QStringLiteral("dry/"), QStringLiteral("--style"), kSmall,
                         QStringLiteral("--cloud"), QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains("30 request(s) to the cloud"), dry.out.constData());
    QVERIFY(!QDir(m_root.filePath(QStringLiteral("dry"))).exists());
}

QTEST_GUILESS_MAIN(TestCloudBatch)
#include "test_cloud_batch.moc"
