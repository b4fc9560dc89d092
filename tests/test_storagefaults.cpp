// Storage faults between the client and a real S3 server (s3rver), injected by a local proxy:
// bursts of 500/503, dropped connections, slow answers, expired credentials and a server that
// keeps failing. Transfers retry and complete intact, or fail with a clear message that never
// shows a secret (nor do job journals and reports); presigned links expire; no partial object or
// local file is left as if complete.

#include "common/error.h"
#include "jobs/jobqueue.h"
#include "jobs/transferjob.h"
#include "storage/objectclient.h"
#include "storage/transfer.h"
#include "support/faultproxy.h"
#include "support/s3rver.h"
#include "support/testimages.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::storage;

class StorageFaultsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::S3rver> m_server;
    std::unique_ptr<test::FaultProxy> m_proxy;
    Endpoint m_direct; // straight to s3rver, to check what really arrived
    Endpoint m_faulty; // through the proxy
    const QString m_bucket = QStringLiteral("faults");
    const QString m_secret = QStringLiteral("Sup3rSecretKeyThatMustNotLeak");

    QString writeLocal(const QString &name, const QByteArray &data)
    {
        return test::writeTemp(m_dir, name, data);
    }
    static TransferOptions multipart()
    {
        TransferOptions o;
        o.multipartThreshold = 4 << 20;
        o.partSize = 5 << 20;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::S3rver>(m_dir.filePath(QStringLiteral("s3data")),
                                                  QStringList{m_bucket});
        QVERIFY(m_server->start());
        m_proxy = std::make_unique<test::FaultProxy>(m_server->url());
        m_direct.flavor = Endpoint::Flavor::S3;
        m_direct.url = m_server->url();
        m_direct.region = QStringLiteral("us-east-1");
        m_direct.accessKey = QStringLiteral("S3RVER");
        m_direct.secretKey = m_secret; // s3rver does not check signatures
        m_direct.pathStyle = true;
        m_faulty = m_direct;
        m_faulty.url = m_proxy->url();
    }

    void errorBurstsAreRetried()
    {
        const QByteArray data = test::randomBytes(12 * 1024 * 1024 + 7, 1);
        const QString path = writeLocal(QStringLiteral("burst.bin"), data);
        m_proxy->failNext(3, 503);
        const ObjectInfo info =
            uploadFile(m_faulty, path, m_bucket, QStringLiteral("burst.bin"), multipart());
        QCOMPARE(info.size, data.size());
        QCOMPARE(m_proxy->injected(), 3);
        QCOMPARE(ObjectClient(m_direct).get(m_bucket, QStringLiteral("burst.bin")), data);

        m_proxy->failNext(3, 500);
        const QString back = m_dir.filePath(QStringLiteral("down/burst.bin"));
        downloadFile(m_faulty, m_bucket, QStringLiteral("burst.bin"), back, multipart());
        QCOMPARE(m_proxy->injected(), 6);
        QCOMPARE(test::readFile(back), data);
    }

    void droppedConnectionsAreRetried()
    {
        const QByteArray data = test::randomBytes(300 * 1024, 2);
        const QString path = writeLocal(QStringLiteral("drop.bin"), data);
        m_proxy->dropNext(2);
        uploadFile(m_faulty, path, m_bucket, QStringLiteral("drop.bin"));
        m_proxy->dropNext(2);
        const QString back = m_dir.filePath(QStringLiteral("down/drop.bin"));
        downloadFile(m_faulty, m_bucket, QStringLiteral("drop.bin"), back);
        QCOMPARE(test::readFile(back), data);
    }

    void slowAnswersStillComplete()
    {
        const QByteArray data = test::randomBytes(64 * 1024, 3);
        const QString path = writeLocal(QStringLiteral("slow.bin"), data);
        m_proxy->setDelay(1500);
        QElapsedTimer timer;
        timer.start();
        uploadFile(m_faulty, path, m_bucket, QStringLiteral("slow.bin"));
        const QString back = m_dir.filePath(QStringLiteral("down/slow.bin"));
        downloadFile(m_faulty, m_bucket, QStringLiteral("slow.bin"), back);
        m_proxy->setDelay(0);
        QVERIFY(timer.elapsed() >= 3000);
        QCOMPARE(test::readFile(back), data);
    }

    void expiredCredentialsFailClearlyAndQuickly()
    {
        const QString path =
            writeLocal(QStringLiteral("expired.bin"), test::randomBytes(1 << 20, 4));
        m_proxy->setExpired(true);
        QElapsedTimer timer;
        timer.start();
        QString message;
        try {
            uploadFile(m_faulty, path, m_bucket, QStringLiteral("expired.bin"));
        } catch (const ProcessingError &e) {
            message = e.error().toString();
        }
        QVERIFY2(message.contains(QLatin1String("ExpiredToken")), qPrintable(message));
        QVERIFY2(!message.contains(m_secret), "the secret key appears in the error");
        QVERIFY(timer.elapsed() < 3000); // a 403 is not retried
        const QString back = m_dir.filePath(QStringLiteral("expired/expired.bin"));
        QVERIFY_THROWS_EXCEPTION(
            ProcessingError,
            downloadFile(m_faulty, m_bucket, QStringLiteral("burst.bin"), back, multipart()));
        m_proxy->setExpired(false);
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("expired")))
                    .entryList(QDir::Files | QDir::Hidden)
                    .isEmpty());
        QVERIFY_THROWS_EXCEPTION(
            ProcessingError, ObjectClient(m_direct).head(m_bucket, QStringLiteral("expired.bin")));
    }

    void presignedLinksExpire()
    {
        ObjectClient(m_direct).put(m_bucket, QStringLiteral("share.txt"), "for a moment");
        const QUrl url =
            ObjectClient(m_direct).presignGet(m_bucket, QStringLiteral("share.txt"), 1);
        QVERIFY(!url.toString().contains(m_secret));
        auto status = [&url] {
            QNetworkAccessManager nam;
            QNetworkReply *reply = nam.get(QNetworkRequest(url));
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return code;
        };
        QCOMPARE(status(), 200);
        QTest::qWait(2500);
        QCOMPARE(status(), 403); // the server checks X-Amz-Expires against the signing time
    }

    // A transfer job that fails: its journal, checkpoints and CSV report hold no secret.
    void secretsStayOutOfJobsAndReports()
    {
        qputenv("ASSETDESK_S3_ENDPOINT", m_proxy->url().toString().toUtf8());
        qputenv("AWS_ACCESS_KEY_ID", "S3RVER");
        qputenv("AWS_SECRET_ACCESS_KEY", m_secret.toUtf8());
        const QString folder = m_dir.filePath(QStringLiteral("job"));
        QDir().mkpath(folder);
        writeLocal(QStringLiteral("job/a.bin"), test::randomBytes(1 << 20, 6));
        const QString journal = m_dir.filePath(QStringLiteral("jobs.sqlite"));
        const QString checkpoints = m_dir.filePath(QStringLiteral("ckpt"));
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        {
            jobs::JobQueue queue(journal);
            queue.registerKind(jobs::kTransferKind, jobs::transferKind(checkpoints));
            queue.start();
            m_proxy->setExpired(true);
            const qint64 id = queue.submit(
                jobs::planTransferJob({folder}, QStringLiteral("s3://faults/job/"), false));
            QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 30000);
            m_proxy->setExpired(false);
            QCOMPARE(queue.progress(id).counts.failed, 1);
            QVERIFY(queue.exportReportCsv(id, csv));
        }
        QVERIFY(test::readFile(csv).contains("ExpiredToken"));
        QStringList files{journal, csv};
        for (QDirIterator it(checkpoints, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
            files << it.next();
        for (QDirIterator it(m_dir.path(), {QStringLiteral("jobs.sqlite*")}, QDir::Files);
             it.hasNext();)
            files << it.next();
        for (const QString &file : files)
            QVERIFY2(!test::readFile(file).contains(m_secret.toUtf8()), qPrintable(file));
    }

    // A server that keeps failing: the retries end, and nothing half-done is left behind.
    void persistentFailureLeavesNothingBehind()
    {
        Endpoint impatient = m_faulty;
        impatient.maxAttempts = 3;
        const QString path = writeLocal(QStringLiteral("never.bin"), test::randomBytes(9 << 20, 5));
        m_proxy->failNext(1000, 500);
        QVERIFY_THROWS_EXCEPTION(
            ProcessingError,
            uploadFile(impatient, path, m_bucket, QStringLiteral("never.bin"), multipart()));
        const QString back = m_dir.filePath(QStringLiteral("never/burst.bin"));
        QVERIFY_THROWS_EXCEPTION(
            ProcessingError,
            downloadFile(impatient, m_bucket, QStringLiteral("burst.bin"), back, multipart()));
        m_proxy->failNext(0, 500);
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("never")))
                    .entryList(QDir::Files | QDir::Hidden)
                    .isEmpty());
        QVERIFY_THROWS_EXCEPTION(
            ProcessingError, ObjectClient(m_direct).head(m_bucket, QStringLiteral("never.bin")));
        QVERIFY(m_proxy->requests() > 0);
    }
};

QTEST_GUILESS_MAIN(StorageFaultsTest)
#include "test_storagefaults.moc"
