// Style sync: `assetdesk-cli styles ls|pull|push|rm|diff` against the real local endpoint with
// signatures required, reached through a COS endpoint override (COS_ENDPOINT), so every request
// is signed for the bucket's pic host. Checks what the endpoint stored (its style file), what
// the local file holds after a pull, what the endpoint's log shows was sent (nothing, when a
// limit refuses a push), and the one-write-per-second pacing. The pure parts of storage/styleapi
// (XML, diff, push and pull plans) are checked directly.

#include "common/error.h"
#include "storage/atomicfile.h"
#include "storage/styleapi.h"
#include "storage/stylesync.h"
#include "style/cloudcheck.h"
#include "style/stylefile.h"
#include "support/serveprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace ad;
using storage::StyleMap;

namespace
{

const QString kId = QStringLiteral("AKIDstyleSyncTest000000000000000000");
const QString kKey = QStringLiteral("styleSyncSecretKey00000000000000");
const QString kBucket = QStringLiteral("cos://assets-1250000000");

const StyleMap kSource{{QStringLiteral("gray"), QStringLiteral("imageMogr2/grayscale/1")},
                       {QStringLiteral("small"), QStringLiteral("imageMogr2/thumbnail/100x")},
                       {QStringLiteral("turn"), QStringLiteral("imageMogr2/rotate/90")}};

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList namesOf(const QList<QPair<QString, QString>> &styles)
{
    QStringList names;
    for (const auto &style : styles)
        names << style.first;
    return names;
}

} // namespace

class TestStyleSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void xmlBodiesAndPlans();
    void syncPlansRunInOrderWithinTheLimits();
    void requestsGoToThePicHostThroughTheOverride();
    void pushThreeStylesAtOneWritePerSecond();
    void lsShowsThem();
    void pullIntoAnEmptyFileEqualsTheSource();
    void diffAfterALocalEditNamesIt();
    void pullWithoutForceKeepsTheLocalEdit();
    void pushOfADifferingStyleNeedsForce();
    void rmDeletes();
    void the101stStyleIsRefusedBeforeSending();
    void aBadNameIsRefusedBeforeSending();
    void everyBadLineIsNamedAndTheOthersStillWork();
    void pullForceReplacesABadLocalEntry();
    void diffExitsZeroOneOrTwo();
    void referencesArePushedFirstAndKeptWhole();
    void aWrongKeyIsSignatureDoesNotMatch();
    void validateHelpIsUsage();
    void processBatchAndValidateUseTheGoodStylesOfABadFile();

private:
    Run cli(const QStringList &args, const QString &secretKey = kKey);
    Run run(const QStringList &args, const QString &secretKey = kKey); // any command
    int logged(const QByteArray &what); // lines of the endpoint's log holding `what`
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<test::ServeProcess> m_serve;
};

void TestStyleSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(path(QStringLiteral("root"))));
    m_serve = std::make_unique<test::ServeProcess>(
        QStringList{QStringLiteral("--root"), path(QStringLiteral("root")),
                    QStringLiteral("--secret-id"), kId, QStringLiteral("--secret-key"), kKey,
                    QStringLiteral("--styles"), path(QStringLiteral("cloud.json"))});
    QVERIFY(m_serve->start());
    writeFile(path(QStringLiteral("source.tsv")), style::styleListText(kSource));
}

Run TestStyleSync::cli(const QStringList &args, const QString &secretKey)
{
    return run(QStringList{QStringLiteral("styles")} + args, secretKey);
}

Run TestStyleSync::run(const QStringList &args, const QString &secretKey)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COS_REGION"), QStringLiteral("ap-guangzhou"));
    env.insert(QStringLiteral("COS_SECRET_ID"), kId);
    env.insert(QStringLiteral("COS_SECRET_KEY"), secretKey);
    env.insert(QStringLiteral("COS_ENDPOINT"), m_serve->url());
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(ASSETDESK_CLI), args);
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.ms = timer.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

int TestStyleSync::logged(const QByteArray &what)
{
    // The endpoint logs a request before answering it; the event loop moves the line from the
    // pipe into the log.
    QTest::qWait(100);
    return int(m_serve->log().count(what));
}

void TestStyleSync::xmlBodiesAndPlans()
{
    // Bodies escape what XML needs escaped; a list reads back.
    const QByteArray add =
        storage::addStyleBody(QStringLiteral("a"), QStringLiteral("watermark/2/text/<&>"));
    QCOMPARE(add, QByteArray("<AddStyle><StyleName>a</StyleName><StyleBody>watermark/2/text/"
                             "&lt;&amp;&gt;</StyleBody></AddStyle>"));
    QCOMPARE(storage::deleteStyleBody(QStringLiteral("a.b")),
             QByteArray("<DeleteStyle><StyleName>a.b</StyleName></DeleteStyle>"));
    const auto list = storage::parseStyleListXml(
        "<?xml version=\"1.0\"?><StyleList><StyleRule><StyleName>x</StyleName><StyleBody> "
        "imageMogr2/rotate/9 </StyleBody></StyleRule><StyleRule><StyleName>y</StyleName>"
        "<StyleBody>imageView2/1/w/10</StyleBody></StyleRule></StyleList>");
    QVERIFY(list);
    QCOMPARE(*list, (StyleMap{{QStringLiteral("x"), QStringLiteral("imageMogr2/rotate/9")},
                              {QStringLiteral("y"), QStringLiteral("imageView2/1/w/10")}}));
    QVERIFY(storage::parseStyleListXml("<StyleList/>")->isEmpty());
    QVERIFY(!storage::parseStyleListXml("<Error><Code>AccessDenied</Code></Error>"));
    QVERIFY(!storage::parseStyleListXml("<StyleList><StyleRule><StyleName>x</StyleName>"));
    QVERIFY(!storage::parseStyleListXml("<StyleList><StyleRule><StyleBody>x</StyleBody>"
                                        "</StyleRule></StyleList>"));

    const StyleMap cloud{{QStringLiteral("a"), QStringLiteral("imageMogr2/rotate/1")},
                         {QStringLiteral("b"), QStringLiteral("imageMogr2/rotate/2")}};
    const StyleMap local{{QStringLiteral("b"), QStringLiteral("imageMogr2/rotate/3")},
                         {QStringLiteral("c"), QStringLiteral("imageMogr2/rotate/4")},
                         {QStringLiteral("a"), QStringLiteral(" imageMogr2/rotate/1 ")}};
    const storage::StyleDiff d = storage::diffStyles(local, cloud);
    QCOMPARE(d.localOnly, QStringList{QStringLiteral("c")});
    QVERIFY(d.cloudOnly.isEmpty());
    QCOMPARE(d.differing, QStringList{QStringLiteral("b")});
    QCOMPARE(d.same, QStringList{QStringLiteral("a")});
    QVERIFY(storage::diffStyles(local, cloud, {QStringLiteral("a")}).empty());

    const storage::PushPlan push = storage::planPush(local, cloud, false);
    QCOMPARE(namesOf(push.send), QStringList{QStringLiteral("c")});
    QCOMPARE(push.conflicts, QStringList{QStringLiteral("b")});
    QCOMPARE(push.unchanged, QStringList{QStringLiteral("a")});
    QCOMPARE(namesOf(storage::planPush(local, cloud, true).send),
             (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    const storage::PullPlan pull = storage::planPull(local, cloud, false);
    QCOMPARE(pull.conflicts, QStringList{QStringLiteral("b")});
    QCOMPARE(pull.result.value(QStringLiteral("b")), QStringLiteral("imageMogr2/rotate/3"));
    QCOMPARE(storage::planPull(local, cloud, true).result.value(QStringLiteral("b")),
             QStringLiteral("imageMogr2/rotate/2"));
    // A cloud style this version cannot read stays out of the file, which must stay readable.
    const storage::PullPlan odd = storage::planPull(
        {},
        {{QStringLiteral("new-op"), QStringLiteral("imageMogr2/future-op/1")},
         {QStringLiteral("two-lines"), QStringLiteral("imageMogr2/rotate/1\nx\ty")},
         {QStringLiteral("fine"), QStringLiteral("imageMogr2/rotate/1")}},
        false);
    QCOMPARE(odd.result.keys(), QStringList{QStringLiteral("fine")});
    QCOMPARE(odd.refused.size(), 2);
    QCOMPARE(odd.refused.first().first, QStringLiteral("new-op"));
    QVERIFY(odd.refused.first().second.contains(QLatin1String("future-op")));

    // Exactly 100 styles fit; one more is refused; as are bad names and bodies.
    StyleMap many;
    for (int i = 0; i < style::kCloudMaxStyles - cloud.size(); ++i)
        many.insert(QStringLiteral("s%1").arg(i), QStringLiteral("imageMogr2/rotate/%1").arg(i));
    QCOMPARE(storage::planPush(many, cloud, false).send.size(), many.size());
    many.insert(QStringLiteral("one-more"), QStringLiteral("imageMogr2/rotate/1"));
    QVERIFY_THROWS_EXCEPTION(ProcessingError, storage::planPush(many, cloud, false));
    try {
        storage::planPush({{QStringLiteral("bad name"), QStringLiteral("imageMogr2/rotate/1")}}, {},
                          false);
        QFAIL("a bad name was planned");
    } catch (const ProcessingError &e) {
        QCOMPARE(e.error().code, ErrorCode::InvalidStyleName);
    }
    try {
        storage::planPush({{QStringLiteral("ok"), QStringLiteral("imageMogr2/nothing/1")}}, {},
                          false);
        QFAIL("a body that does not parse was planned");
    } catch (const ProcessingError &e) {
        QCOMPARE(e.error().code, ErrorCode::InvalidArgument);
        QVERIFY(e.error().message.contains(QLatin1String("style 'ok'")));
    }
}

// The Sync with Bucket plan: states and defaults, the order steps run in, and every limit
// checked before the first step.
void TestStyleSync::syncPlansRunInOrderWithinTheLimits()
{
    using storage::SyncAction;
    using storage::SyncState;
    const StyleMap local{
        {QStringLiteral("a-web"), QStringLiteral("style/m-base|imageMogr2/format/webp")},
        {QStringLiteral("m-base"), QStringLiteral("imageMogr2/thumbnail/50x")},
        {QStringLiteral("same"), QStringLiteral("imageMogr2/rotate/1")},
        {QStringLiteral("diff"), QStringLiteral("imageMogr2/rotate/2")}};
    const StyleMap cloud{{QStringLiteral("same"), QStringLiteral(" imageMogr2/rotate/1")},
                         {QStringLiteral("diff"), QStringLiteral("imageMogr2/rotate/3")},
                         {QStringLiteral("c-only"), QStringLiteral("imageMogr2/rotate/4")},
                         {QStringLiteral("b-old"), QStringLiteral("imageMogr2/rotate/5")}};
    QList<storage::SyncEntry> entries = storage::syncEntries(local, cloud);
    QStringList shown;
    for (const storage::SyncEntry &e : std::as_const(entries))
        shown << QStringLiteral("%1 %2 %3").arg(e.name).arg(int(e.state)).arg(int(e.action));
    QCOMPARE(shown, (QStringList{QStringLiteral("a-web 0 1"), QStringLiteral("b-old 1 2"),
                                 QStringLiteral("c-only 1 2"), QStringLiteral("diff 3 0"),
                                 QStringLiteral("m-base 0 1"), QStringLiteral("same 2 0")}));
    QVERIFY(!storage::syncActions(SyncState::LocalOnly).contains(SyncAction::Pull));
    entries[1].action = SyncAction::DeleteInCloud; // b-old
    entries[3].action = SyncAction::Push;          // diff
    QStringList steps;
    for (const storage::SyncStep &step : storage::planSync(entries, cloud))
        steps << QStringLiteral("%1 %2").arg(int(step.action)).arg(step.name);
    // Pulls, deletes (room first), pushes with the used style before its user.
    QCOMPARE(steps, (QStringList{QStringLiteral("2 c-only"), QStringLiteral("3 b-old"),
                                 QStringLiteral("1 m-base"), QStringLiteral("1 a-web"),
                                 QStringLiteral("1 diff")}));
    const auto refusal = [&](const QList<storage::SyncEntry> &plan, const StyleMap &on) {
        try {
            storage::planSync(plan, on);
        } catch (const ProcessingError &e) {
            return e.error().message;
        }
        return QString();
    };
    // The used style skipped: its user would dangle.
    QList<storage::SyncEntry> noBase = entries;
    noBase[4].action = SyncAction::Skip;
    QVERIFY(refusal(noBase, cloud).contains(QLatin1String("'a-web' uses style/m-base")));
    // A style the bucket keeps uses the one deleted.
    const StyleMap usedInCloud{{QStringLiteral("x"), QStringLiteral("style/y")},
                               {QStringLiteral("y"), QStringLiteral("imageMogr2/rotate/1")}};
    QList<storage::SyncEntry> del = storage::syncEntries({}, usedInCloud);
    del[0].action = SyncAction::Skip;
    del[1].action = SyncAction::DeleteInCloud;
    QVERIFY(refusal(del, usedInCloud).contains(QLatin1String("y is used as style/y by x")));
    // 101 styles; room made by a delete in the same plan is counted.
    StyleMap full;
    for (int i = 0; i < style::kCloudMaxStyles; ++i)
        full.insert(QStringLiteral("s%1").arg(i, 3, 10, QLatin1Char('0')),
                    QStringLiteral("imageMogr2/rotate/%1").arg(i));
    QList<storage::SyncEntry> more = storage::syncEntries(
        {{QStringLiteral("new"), QStringLiteral("imageMogr2/rotate/1")}}, full);
    for (storage::SyncEntry &e : more)
        if (e.state == SyncState::CloudOnly) e.action = SyncAction::Skip;
    QVERIFY(refusal(more, full).contains(QLatin1String("would hold 101 styles")));
    more[1].action = SyncAction::DeleteInCloud;
    QCOMPARE(refusal(more, full), QString());
    // A body that does not parse, by name.
    QList<storage::SyncEntry> bad = storage::syncEntries(
        {{QStringLiteral("oops"), QStringLiteral("imageMogr2/nothing/1")}}, {});
    QVERIFY(refusal(bad, {}).contains(QLatin1String("style 'oops'")));
}

void TestStyleSync::requestsGoToThePicHostThroughTheOverride()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&listener, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = listener.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&received, socket] {
            received += socket->readAll();
            const QByteArray list = "<StyleList><StyleRule><StyleName>a</StyleName><StyleBody>"
                                    "imageMogr2/rotate/1</StyleBody></StyleRule></StyleList>";
            if (received.contains("\r\n\r\n"))
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: " +
                              QByteArray::number(list.size()) + "\r\n\r\n" + list);
        });
    });
    storage::Endpoint cos;
    cos.flavor = storage::Endpoint::Flavor::Cos;
    cos.region = QStringLiteral("ap-guangzhou");
    cos.url = QUrl(QStringLiteral("https://cos.ap-guangzhou.myqcloud.com"));
    cos.pathStyle = false;
    cos.connectTo = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort()));
    cos.accessKey = kId;
    cos.secretKey = kKey;
    cos.maxAttempts = 1;
    cos.timeoutMs = 5000; // the request ends before the wait below gives up on it
    QCOMPARE(storage::picEndpoint(cos).url.host(), QStringLiteral("pic.ap-guangzhou.myqcloud.com"));
    storage::StyleClient client(cos, QStringLiteral("assets-1250000000"));
    QFuture<StyleMap> reply = QtConcurrent::run([&client] { return client.list(); });
    QTRY_VERIFY_WITH_TIMEOUT(reply.isFinished(), 10000);
    QCOMPARE(reply.result().value(QStringLiteral("a")), QStringLiteral("imageMogr2/rotate/1"));
    QVERIFY2(received.startsWith("GET /?style HTTP/1.1\r\n"), received.constData());
    QVERIFY2(received.contains("\r\nHost: assets-1250000000.pic.ap-guangzhou.myqcloud.com\r\n"),
             received.constData());
    QVERIFY(received.contains("q-url-param-list=style"));
}

void TestStyleSync::pushThreeStylesAtOneWritePerSecond()
{
    const Run r = cli({QStringLiteral("push"), kBucket, QStringLiteral("--styles"),
                       path(QStringLiteral("source.tsv"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("pushed\tgray\npushed\tsmall\npushed\tturn\n"));
    QVERIFY2(r.ms >= 2000, qPrintable(QStringLiteral("3 writes in %1 ms").arg(r.ms)));
    QTRY_COMPARE(logged(" PUT /?style 200"), 3);
    // What the endpoint stored, in its own style file.
    QCOMPARE(style::readStyleList(path(QStringLiteral("cloud.json"))), kSource);
    // Pushing again sends nothing: every style is already there.
    const Run again = cli({QStringLiteral("push"), kBucket, QStringLiteral("--styles"),
                           path(QStringLiteral("source.tsv"))});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QByteArray());
    QCOMPARE(logged(" PUT /?style "), 3);
}

void TestStyleSync::lsShowsThem()
{
    const Run r = cli({QStringLiteral("ls"), kBucket});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(style::parseStyleList(r.out, QStringLiteral("ls")), kSource);
    const Run one = cli({QStringLiteral("ls"), kBucket, QStringLiteral("small")});
    QCOMPARE(one.out, QByteArray("small\timageMogr2/thumbnail/100x\n"));
    const Run missing = cli({QStringLiteral("ls"), kBucket, QStringLiteral("nope")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("StyleNotFound"), missing.err.constData());
}

void TestStyleSync::pullIntoAnEmptyFileEqualsTheSource()
{
    const QString local = path(QStringLiteral("pulled.tsv"));
    writeFile(local, {});
    const Run r = cli({QStringLiteral("pull"), kBucket, QStringLiteral("--styles"), local});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("added\tgray\nadded\tsmall\nadded\tturn\n"));
    QCOMPARE(readFile(local), readFile(path(QStringLiteral("source.tsv"))));
    QCOMPARE(style::readStyleList(local), kSource);
    // A file that does not exist yet is created, in the form its name asks for.
    const QString json = path(QStringLiteral("new.json"));
    QCOMPARE(cli({QStringLiteral("pull"), kBucket, QStringLiteral("small"),
                  QStringLiteral("--styles"), json})
                 .exitCode,
             0);
    QVERIFY(readFile(json).trimmed().startsWith('{'));
    QCOMPARE(style::readStyleList(json),
             (StyleMap{{QStringLiteral("small"), kSource.value(QStringLiteral("small"))}}));
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QVERIFY2(!storage::isPartialPath(name), qPrintable(name));
}

void TestStyleSync::diffAfterALocalEditNamesIt()
{
    const QString local = path(QStringLiteral("pulled.tsv"));
    const Run same = cli({QStringLiteral("diff"), kBucket, QStringLiteral("--styles"), local});
    QCOMPARE(same.exitCode, 0);
    QCOMPARE(same.out, QByteArray());
    StyleMap edited = kSource;
    edited.insert(QStringLiteral("small"), QStringLiteral("imageMogr2/thumbnail/200x"));
    edited.insert(QStringLiteral("extra"), QStringLiteral("imageMogr2/rotate/1"));
    edited.remove(QStringLiteral("gray"));
    writeFile(local, style::styleListText(edited));
    const Run r = cli({QStringLiteral("diff"), kBucket, QStringLiteral("--styles"), local});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray("local-only\textra\timageMogr2/rotate/1\n"
                               "cloud-only\tgray\timageMogr2/grayscale/1\n"
                               "differs\tsmall\n"
                               "  local\timageMogr2/thumbnail/200x\n"
                               "  cloud\timageMogr2/thumbnail/100x\n"));
    const Run turn = cli({QStringLiteral("diff"), kBucket, QStringLiteral("turn"),
                          QStringLiteral("--styles"), local});
    QCOMPARE(turn.exitCode, 0);
}

void TestStyleSync::pullWithoutForceKeepsTheLocalEdit()
{
    const QString local = path(QStringLiteral("pulled.tsv"));
    const QByteArray before = readFile(local);
    QVERIFY(before.contains("small\timageMogr2/thumbnail/200x"));
    const Run r = cli({QStringLiteral("pull"), kBucket, QStringLiteral("--styles"), local});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray("added\tgray\n"));
    QVERIFY2(r.err.contains("conflict small"), r.err.constData());
    const StyleMap kept = style::readStyleList(local);
    QCOMPARE(kept.value(QStringLiteral("small")), QStringLiteral("imageMogr2/thumbnail/200x"));
    QCOMPARE(kept.value(QStringLiteral("gray")), kSource.value(QStringLiteral("gray")));
    QCOMPARE(kept.value(QStringLiteral("extra")), QStringLiteral("imageMogr2/rotate/1"));

    const Run forced = cli({QStringLiteral("pull"), kBucket, QStringLiteral("--styles"), local,
                            QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QCOMPARE(forced.out, QByteArray("replaced\tsmall\n"));
    QCOMPARE(style::readStyleList(local).value(QStringLiteral("small")),
             kSource.value(QStringLiteral("small")));
}

void TestStyleSync::pushOfADifferingStyleNeedsForce()
{
    const QString local = path(QStringLiteral("edited.tsv"));
    writeFile(local, "turn\timageMogr2/rotate/180\n");
    const int puts = logged(" PUT /?style ");
    const Run refused = cli({QStringLiteral("push"), kBucket, QStringLiteral("--styles"), local});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("conflict turn"), refused.err.constData());
    QCOMPARE(logged(" PUT /?style "), puts);
    QCOMPARE(style::readStyleList(path(QStringLiteral("cloud.json"))), kSource);
    const Run forced = cli({QStringLiteral("push"), kBucket, QStringLiteral("--styles"), local,
                            QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QCOMPARE(forced.out, QByteArray("pushed\tturn\n"));
    QTRY_COMPARE(
        style::readStyleList(path(QStringLiteral("cloud.json"))).value(QStringLiteral("turn")),
        QStringLiteral("imageMogr2/rotate/180"));
}

void TestStyleSync::rmDeletes()
{
    const Run r = cli({QStringLiteral("rm"), kBucket, QStringLiteral("gray")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("deleted\tgray\n"));
    QVERIFY(
        !style::readStyleList(path(QStringLiteral("cloud.json"))).contains(QStringLiteral("gray")));
    QVERIFY(!cli({QStringLiteral("ls"), kBucket}).out.contains("gray"));
    // A missing name is said and does not stop the names after it.
    QFile later(path(QStringLiteral("later.txt")));
    QVERIFY(later.open(QIODevice::WriteOnly));
    later.write("later\timageMogr2/thumbnail/10x\n");
    later.close();
    const Run pushed =
        cli({QStringLiteral("push"), kBucket, QStringLiteral("--styles"), later.fileName()});
    QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
    const Run again =
        cli({QStringLiteral("rm"), kBucket, QStringLiteral("gray"), QStringLiteral("later")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("StyleNotFound"), again.err.constData());
    QCOMPARE(again.out, QByteArray("missing\tgray\ndeleted\tlater\n"));
    QVERIFY(!style::readStyleList(path(QStringLiteral("cloud.json")))
                 .contains(QStringLiteral("later")));
}

void TestStyleSync::the101stStyleIsRefusedBeforeSending()
{
    const StyleMap cloud = style::readStyleList(path(QStringLiteral("cloud.json")));
    QCOMPARE(cloud.size(), 2);
    StyleMap many;
    for (int i = 0; i <= style::kCloudMaxStyles - cloud.size(); ++i) // one too many
        many.insert(QStringLiteral("s%1").arg(i), QStringLiteral("imageMogr2/rotate/%1").arg(i));
    const QString local = path(QStringLiteral("many.tsv"));
    writeFile(local, style::styleListText(many));
    const int puts = logged(" PUT /?style ");
    const Run r = cli({QStringLiteral("push"), kBucket, QStringLiteral("--styles"), local});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("the bucket would hold 101 styles; the cloud allows 100"),
             r.err.constData());
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(logged(" PUT /?style "), puts);
    QCOMPARE(style::readStyleList(path(QStringLiteral("cloud.json"))), cloud);
}

void TestStyleSync::aBadNameIsRefusedBeforeSending()
{
    const int before = logged(" /?style ");
    // Named on the command line, for push and for rm.
    const Run named = cli({QStringLiteral("push"), kBucket, QStringLiteral("a/b"),
                           QStringLiteral("--styles"), path(QStringLiteral("source.tsv"))});
    QCOMPARE(named.exitCode, 1);
    QVERIFY2(named.err.contains("(X-ErrNo -105)"), named.err.constData());
    const Run rm =
        cli({QStringLiteral("rm"), kBucket, QStringLiteral("turn"), QStringLiteral("bad name")});
    QCOMPARE(rm.exitCode, 1);
    QVERIFY2(rm.err.contains("'bad name' is not a style name"), rm.err.constData());
    QCOMPARE(rm.out, QByteArray()); // "turn" was not deleted first
    QCOMPARE(logged(" /?style "), before);
    QVERIFY(
        style::readStyleList(path(QStringLiteral("cloud.json"))).contains(QStringLiteral("turn")));
}

// A file with two bad lines: both are named (file:line: reason) by the strict reader and by
// every command; push sends the good styles and not the bad ones; a command that does not need
// them works as if they were not there.
void TestStyleSync::everyBadLineIsNamedAndTheOthersStillWork()
{
    const QString local = path(QStringLiteral("bad.tsv"));
    writeFile(local, "fine\timageMogr2/rotate/1\n"
                     "bad name\timageMogr2/rotate/2\n"
                     "# a comment\n"
                     "small\timageMogr2/nothing/3\n"
                     "no tab here\n");
    try {
        style::readStyleList(local);
        QFAIL("a file with bad lines was read");
    } catch (const ProcessingError &e) {
        QCOMPARE(e.error().code, ErrorCode::InvalidStyleName); // the first line's
        for (const char *where : {"bad.tsv:2: 'bad name'", "bad.tsv:4: style 'small'",
                                  "bad.tsv:5: expected name<TAB>processing"})
            QVERIFY2(e.error().message.contains(QLatin1String(where)),
                     qPrintable(e.error().message));
    }
    const style::StyleFileContents contents = style::readStyleFile(local);
    QCOMPARE(contents.styles.keys(), QStringList{QStringLiteral("fine")});
    QCOMPARE(contents.problems.size(), 3);
    QCOMPARE(contents.problems[1].name, QStringLiteral("small"));
    QCOMPARE(contents.problems[1].body, QStringLiteral("imageMogr2/nothing/3"));

    const StyleMap cloudBefore = style::readStyleList(path(QStringLiteral("cloud.json")));
    const int puts = logged(" PUT /?style ");
    // Not named, the bad lines are warnings only (the rule of every styles command).
    const Run push = cli({QStringLiteral("push"), kBucket, QStringLiteral("--styles"), local});
    QCOMPARE(push.exitCode, 0);
    QCOMPARE(push.out, QByteArray("pushed\tfine\n"));
    QCOMPARE(push.err.count("warning: "), 3);
    for (const char *where : {"bad.tsv:2: ", "bad.tsv:4: ", "bad.tsv:5: "})
        QVERIFY2(push.err.contains(where), push.err.constData());
    QVERIFY2(!push.err.contains("error") && !push.err.contains("not pushed"), push.err.constData());
    QCOMPARE(logged(" PUT /?style "), puts + 1);
    StyleMap expected = cloudBefore;
    expected.insert(QStringLiteral("fine"), QStringLiteral("imageMogr2/rotate/1"));
    QCOMPARE(style::readStyleList(path(QStringLiteral("cloud.json"))), expected);
    // Naming only a bad one sends nothing.
    const Run bad = cli({QStringLiteral("push"), kBucket, QStringLiteral("small"),
                         QStringLiteral("--styles"), local});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("not pushed: small") && bad.err.contains("bad.tsv:4:"),
             bad.err.constData());
    QCOMPARE(logged(" PUT /?style "), puts + 1);
    // diff of a good style: the bad lines are warnings, the answer is the good style's.
    const Run same = cli({QStringLiteral("diff"), kBucket, QStringLiteral("fine"),
                          QStringLiteral("--styles"), local});
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.err.contains("warning: ") && same.err.contains("bad.tsv:2:"),
             same.err.constData());
    // pull without --force: the bucket's "small" does not replace the bad local entry.
    const Run pull = cli({QStringLiteral("pull"), kBucket, QStringLiteral("--styles"), local});
    QCOMPARE(pull.exitCode, 1);
    QVERIFY2(pull.err.contains("conflict small: the local entry is not usable"),
             pull.err.constData());
    QCOMPARE(pull.out, QByteArray("added\tturn\n")); // the others are still pulled
    QVERIFY(readFile(local).contains("small\timageMogr2/nothing/3\n"));
    QVERIFY(readFile(local).contains("bad name\timageMogr2/rotate/2\n"));
}

void TestStyleSync::pullForceReplacesABadLocalEntry()
{
    const QString local = path(QStringLiteral("bad.tsv"));
    const Run r = cli({QStringLiteral("pull"), kBucket, QStringLiteral("small"),
                       QStringLiteral("--styles"), local, QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("replaced\tsmall\n"));
    // In place; the other lines as written, bad ones included.
    QCOMPARE(readFile(local), QByteArray("fine\timageMogr2/rotate/1\n"
                                         "bad name\timageMogr2/rotate/2\n"
                                         "# a comment\n"
                                         "small\timageMogr2/thumbnail/100x\n"
                                         "no tab here\n"
                                         "turn\timageMogr2/rotate/180\n"));
}

void TestStyleSync::diffExitsZeroOneOrTwo()
{
    const QString local = path(QStringLiteral("diff.tsv"));
    writeFile(local,
              style::styleListText(style::readStyleList(path(QStringLiteral("cloud.json")))));
    QCOMPARE(cli({QStringLiteral("diff"), kBucket, QStringLiteral("--styles"), local}).exitCode, 0);
    writeFile(local, "small\timageMogr2/thumbnail/300x\n");
    const Run differs = cli({QStringLiteral("diff"), kBucket, QStringLiteral("small"),
                             QStringLiteral("--styles"), local});
    QCOMPARE(differs.exitCode, 1);
    QVERIFY(differs.out.startsWith("differs\tsmall\n"));
    // A bad line beside good ones, a bad one asked for, a missing file, a refused key, bad usage.
    StyleMap withBadLine = style::readStyleList(path(QStringLiteral("cloud.json")));
    QVERIFY(withBadLine.contains(QStringLiteral("small")));
    withBadLine.insert(QStringLiteral("turn"), QStringLiteral("imageMogr2/rotate/x"));
    writeFile(local, style::styleListText(withBadLine));
    const Run badLine = cli({QStringLiteral("diff"), kBucket, QStringLiteral("--styles"), local});
    // A bad line is a warning (as in pull and push): what could be compared decides the code.
    QCOMPARE(badLine.exitCode, 0);
    QVERIFY2(badLine.err.startsWith("warning: ") && badLine.err.contains("diff.tsv:") &&
                 badLine.err.contains("style 'turn'") && !badLine.err.contains("error"),
             badLine.err.constData());
    QVERIFY2(!badLine.out.contains("turn"), badLine.out.constData()); // not "cloud-only"
    QCOMPARE(cli({QStringLiteral("diff"), kBucket, QStringLiteral("small"),
                  QStringLiteral("--styles"), local})
                 .exitCode,
             0);
    // A real difference beside a bad line is still 1 = differ.
    withBadLine.insert(QStringLiteral("small"), QStringLiteral("imageMogr2/thumbnail/300x"));
    writeFile(local, style::styleListText(withBadLine));
    const Run both = cli({QStringLiteral("diff"), kBucket, QStringLiteral("--styles"), local});
    QCOMPARE(both.exitCode, 1);
    QVERIFY(both.out.startsWith("differs\tsmall\n"));
    QVERIFY2(both.err.contains("warning: ") && both.err.contains("style 'turn'"),
             both.err.constData());
    // Only the bad one named: nothing could be compared.
    const Run onlyBad = cli({QStringLiteral("diff"), kBucket, QStringLiteral("turn"),
                             QStringLiteral("--styles"), local});
    QCOMPARE(onlyBad.exitCode, 2);
    QVERIFY2(onlyBad.err.contains("not compared: turn"), onlyBad.err.constData());
    QVERIFY(onlyBad.out.isEmpty());
    QCOMPARE(cli({QStringLiteral("diff"), kBucket, QStringLiteral("--styles"),
                  path(QStringLiteral("none.tsv"))})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("diff"), kBucket, QStringLiteral("small"),
                  QStringLiteral("--styles"), local},
                 QStringLiteral("wrong-key"))
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("diff"), kBucket}).exitCode, 2);
}

// style/<name> inside bodies: a push sends the used style first; a style using one that
// neither side has is refused before anything is sent; rm of a used style needs --force.
void TestStyleSync::referencesArePushedFirstAndKeptWhole()
{
    QVERIFY(storage::referencedStyles(QStringLiteral("style/a|imageMogr2/rotate/1|style/b")) ==
            (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY_THROWS_EXCEPTION(
        ProcessingError,
        storage::referencesFirst({QStringLiteral("x"), QStringLiteral("y")},
                                 {{QStringLiteral("x"), QStringLiteral("style/y")},
                                  {QStringLiteral("y"), QStringLiteral("style/x")}}));

    const QString local = path(QStringLiteral("refs.tsv"));
    writeFile(local, "a-user\tstyle/z-base|imageMogr2/format/webp\n"
                     "z-base\timageMogr2/thumbnail/50x\n"
                     "orphan\tstyle/nowhere\n");
    const int puts = logged(" PUT /?style ");
    const Run dangling = cli({QStringLiteral("push"), kBucket, QStringLiteral("--styles"), local});
    QCOMPARE(dangling.exitCode, 1);
    QVERIFY2(dangling.err.contains("ERROR StyleNotFound") &&
                 dangling.err.contains("'orphan' uses style/nowhere"),
             dangling.err.constData());
    QCOMPARE(dangling.out, QByteArray());
    QCOMPARE(logged(" PUT /?style "), puts);

    const Run pushed = cli({QStringLiteral("push"), kBucket, QStringLiteral("a-user"),
                            QStringLiteral("z-base"), QStringLiteral("--styles"), local});
    QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
    QCOMPARE(pushed.out, QByteArray("pushed\tz-base\npushed\ta-user\n"));
    const QByteArray log = m_serve->log();
    QVERIFY(log.contains(" PUT /?style 200"));
    const StyleMap cloud = style::readStyleList(path(QStringLiteral("cloud.json")));
    QCOMPARE(cloud.value(QStringLiteral("a-user")),
             QStringLiteral("style/z-base|imageMogr2/format/webp"));
    // The style used alone, with the user already there: it may go by itself.
    writeFile(local, "a-user\tstyle/z-base|imageMogr2/format/webp\n");
    const Run unchanged = cli({QStringLiteral("push"), kBucket, QStringLiteral("--styles"), local});
    QCOMPARE(unchanged.exitCode, 0);

    const Run rm = cli({QStringLiteral("rm"), kBucket, QStringLiteral("z-base")});
    QCOMPARE(rm.exitCode, 1);
    QVERIFY2(rm.err.contains("z-base is used as style/z-base by a-user"), rm.err.constData());
    QCOMPARE(rm.out, QByteArray());
    QVERIFY(style::readStyleList(path(QStringLiteral("cloud.json")))
                .contains(QStringLiteral("z-base")));
    // Both at once leave nothing dangling.
    const Run both =
        cli({QStringLiteral("rm"), kBucket, QStringLiteral("z-base"), QStringLiteral("a-user")});
    QVERIFY2(both.exitCode == 0, both.err.constData());
    QCOMPARE(both.out, QByteArray("deleted\tz-base\ndeleted\ta-user\n"));
    // --force deletes a used one anyway.
    writeFile(local, "a-user\tstyle/z-base|imageMogr2/format/webp\n"
                     "z-base\timageMogr2/thumbnail/50x\n");
    QCOMPARE(cli({QStringLiteral("push"), kBucket, QStringLiteral("--styles"), local}).exitCode, 0);
    const Run forced =
        cli({QStringLiteral("rm"), kBucket, QStringLiteral("z-base"), QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QVERIFY(!style::readStyleList(path(QStringLiteral("cloud.json")))
                 .contains(QStringLiteral("z-base")));
    QCOMPARE(cli({QStringLiteral("rm"), kBucket, QStringLiteral("a-user")}).exitCode, 0);
}

void TestStyleSync::aWrongKeyIsSignatureDoesNotMatch()
{
    const Run r = cli({QStringLiteral("ls"), kBucket}, QStringLiteral("not-the-secret-key"));
    QCOMPARE(r.exitCode, 1);
    // Plain words first, the service's code kept.
    QVERIFY2(r.err.contains(": access denied: check the secret id and key"), r.err.constData());
    QVERIFY2(r.err.contains("GET assets-1250000000/: HTTP 403 SignatureDoesNotMatch ("),
             r.err.constData());
    QTRY_VERIFY(m_serve->log().contains(" GET /?style 403 "));
}

void TestStyleSync::validateHelpIsUsage()
{
    const Run help = run({QStringLiteral("validate"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith("usage: assetdesk-cli validate 'PROCESSING'|'URL'"),
             help.out.constData());
    QCOMPARE(help.err, QByteArray());
    QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("-h")}).exitCode, 0);
    // Still a validator.
    const Run ok = run({QStringLiteral("validate"), QStringLiteral("imageMogr2/rotate/90")});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.out, QByteArray("imageMogr2/rotate/90\n"));
}

// A style file with bad lines still serves its good styles to process, batch and validate: each
// bad line is one warning with file:line, and only a command using a bad style fails, naming it.
void TestStyleSync::processBatchAndValidateUseTheGoodStylesOfABadFile()
{
    const QString lib = path(QStringLiteral("lib.tsv"));
    writeFile(lib, "thumb\timageMogr2/thumbnail/40x\n"
                   "broken\timageMogr2/nothing/3\n"
                   "no tab here\n");
    const QString in = path(QStringLiteral("in/pic.png"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("in"))));
    QImage picture(200, 100, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QVERIFY(picture.save(in));
    const auto warnedOnce = [](const Run &r) {
        return r.err.count("warning: ") == 2 && r.err.count("lib.tsv:2: ") == 1 &&
               r.err.count("lib.tsv:3: ") == 1;
    };

    const Run valid =
        run({QStringLiteral("validate"), QStringLiteral("style/thumb|imageMogr2/rotate/90"),
             QStringLiteral("--styles"), lib});
    QVERIFY2(valid.exitCode == 0, valid.err.constData());
    QCOMPARE(valid.out, QByteArray("style/thumb|imageMogr2/rotate/90\n"));
    QVERIFY2(warnedOnce(valid), valid.err.constData());
    const Run invalid = run({QStringLiteral("validate"), QStringLiteral("style/broken"),
                             QStringLiteral("--styles"), lib});
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY2(invalid.err.contains("style 'broken' cannot be used: ") &&
                 invalid.err.contains("lib.tsv:2: "),
             invalid.err.constData());

    const QString out = path(QStringLiteral("out.png"));
    const Run processed = run({QStringLiteral("process"), in, QStringLiteral("style/thumb"),
                               QStringLiteral("-o"), out, QStringLiteral("--styles"), lib});
    QVERIFY2(processed.exitCode == 0, processed.err.constData());
    QVERIFY2(warnedOnce(processed), processed.err.constData());
    QCOMPARE(QImage(out).size(), QSize(40, 20));
    const QString notMade = path(QStringLiteral("not-made.png"));
    const Run refused = run({QStringLiteral("process"), in, QStringLiteral("style/broken"),
                             QStringLiteral("-o"), notMade, QStringLiteral("--styles"), lib});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("style 'broken' cannot be used"), refused.err.constData());
    QVERIFY(!QFileInfo::exists(notMade));

    const QString outDir = path(QStringLiteral("batch-out"));
    const Run batch =
        run({QStringLiteral("batch"), path(QStringLiteral("in")), outDir, QStringLiteral("--style"),
             QStringLiteral("style/thumb"), QStringLiteral("--styles"), lib,
             QStringLiteral("--journal"), path(QStringLiteral("batch.journal"))});
    QVERIFY2(batch.exitCode == 0, batch.err.constData());
    QVERIFY2(warnedOnce(batch), batch.err.constData());
    QCOMPARE(QImage(outDir + QStringLiteral("/pic.png")).size(), QSize(40, 20));
    const Run badBatch =
        run({QStringLiteral("batch"), path(QStringLiteral("in")), path(QStringLiteral("batch-bad")),
             QStringLiteral("--style"), QStringLiteral("style/broken"), QStringLiteral("--styles"),
             lib, QStringLiteral("--journal"), path(QStringLiteral("bad.journal"))});
    QVERIFY(badBatch.exitCode != 0);
    QVERIFY2(badBatch.err.contains("style 'broken' cannot be used"), badBatch.err.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("batch-bad/pic.png"))));
}

QTEST_GUILESS_MAIN(TestStyleSync)
#include "test_style_sync.moc"
