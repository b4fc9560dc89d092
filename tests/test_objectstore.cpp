// Object storage against a real S3 server (s3rver on 127.0.0.1): listing with paging and
// folders, single and multipart upload, ranged and resumed transfers, copy, delete, presigned
// links, a server restart in the middle of an upload, and keys that would escape a folder.

#include "common/error.h"
#include "imaging/vipsutil.h"
#include "jobs/jobqueue.h"
#include "jobs/transferjob.h"
#include "storage/objectclient.h"
#include "storage/transfer.h"
#include "support/s3rver.h"
#include "support/testimages.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace ad;
using namespace ad::storage;

class ObjectStoreTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::S3rver> m_server;
    Endpoint m_endpoint;
    const QString m_bucket = QStringLiteral("assets");

    QString writeLocal(const QString &name, const QByteArray &data)
    {
        return test::writeTemp(m_dir, name, data);
    }
    // assetdesk-cli with the bucket's address and keys in its environment.
    std::pair<int, QByteArray> runCli(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ASSETDESK_S3_ENDPOINT"), m_server->url().toString());
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("S3RVER"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("S3RVER"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ASSETDESK_CLI), args);
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError()};
    }
private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::S3rver>(m_dir.filePath(QStringLiteral("s3data")),
                                                  QStringList{m_bucket});
        QVERIFY(m_server->start());
        m_endpoint.flavor = Endpoint::Flavor::S3;
        m_endpoint.url = m_server->url();
        m_endpoint.region = QStringLiteral("us-east-1");
        m_endpoint.accessKey = QStringLiteral("S3RVER");
        m_endpoint.secretKey = QStringLiteral("S3RVER");
        m_endpoint.pathStyle = true;
    }

    void listsBucketsAndPagesFolders()
    {
        ObjectClient c(m_endpoint);
        QCOMPARE(c.listBuckets().first().name, m_bucket);
        for (int i = 0; i < 25; ++i)
            c.put(m_bucket, QStringLiteral("photos/img%1.jpg").arg(i, 2, 10, QLatin1Char('0')),
                  QByteArray::number(i));
        for (int i = 0; i < 3; ++i)
            c.put(m_bucket, QStringLiteral("docs/d%1.pdf").arg(i), "pdf");
        c.put(m_bucket, QStringLiteral("readme.txt"), "hello");
        c.makeFolder(m_bucket, QStringLiteral("empty"));
        // Folder view of the root: two pages of at most 2 entries (keys plus prefixes).
        QStringList folders;
        QStringList files;
        QString marker;
        int pages = 0;
        do {
            const ListObjectsPage page =
                c.listObjects(m_bucket, QString(), QStringLiteral("/"), marker, 2);
            folders += page.commonPrefixes;
            for (const ObjectEntry &e : page.objects)
                files << e.key;
            marker = page.truncated ? page.nextMarker : QString();
            ++pages;
        } while (!marker.isEmpty() && pages < 20);
        folders.sort();
        QCOMPARE(folders, (QStringList{QStringLiteral("docs/"), QStringLiteral("empty/"),
                                       QStringLiteral("photos/")}));
        QCOMPARE(files, QStringList{QStringLiteral("readme.txt")});
        // (s3rver answers a delimiter listing in one page whatever max-keys says; the prefix
        // listing below is where paging is exercised.)
        // A prefix in pages of 10: 25 keys in 3 pages, in order, none twice.
        QStringList keys;
        marker.clear();
        pages = 0;
        do {
            const ListObjectsPage page =
                c.listObjects(m_bucket, QStringLiteral("photos/"), QString(), marker, 10);
            for (const ObjectEntry &e : page.objects)
                keys << e.key;
            marker = page.truncated ? page.nextMarker : QString();
            ++pages;
        } while (!marker.isEmpty() && pages < 20);
        QCOMPARE(pages, 3);
        QCOMPARE(keys.size(), 25);
        QCOMPARE(keys.first(), QStringLiteral("photos/img00.jpg"));
        QCOMPARE(keys.last(), QStringLiteral("photos/img24.jpg"));
    }

    void putGetHeadRange()
    {
        ObjectClient c(m_endpoint);
        const QByteArray data = test::randomBytes(100000, 1);
        const QString key = QStringLiteral("dir/样张 space+plus.bin");
        const ObjectInfo put = c.put(m_bucket, key, data, QStringLiteral("image/jpeg"));
        QCOMPARE(put.etag, QString::fromLatin1(
                               QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
        const ObjectInfo head = c.head(m_bucket, key);
        QCOMPARE(head.size, 100000);
        QCOMPARE(head.contentType, QStringLiteral("image/jpeg"));
        QCOMPARE(c.get(m_bucket, key), data);
        QCOMPARE(c.get(m_bucket, key, 1000, 500), data.mid(1000, 500));
        try {
            c.head(m_bucket, QStringLiteral("missing"));
            QFAIL("no error");
        } catch (const ProcessingError &e) {
            QCOMPARE(e.error().code, ErrorCode::NotFound);
        }
    }

    void multipartUploadAndDownload()
    {
        const QByteArray data = test::randomBytes(13 * 1024 * 1024 + 123, 2);
        const QString path = writeLocal(QStringLiteral("big.bin"), data);
        TransferOptions o;
        o.multipartThreshold = 4 << 20;
        o.partSize = 5 << 20;
        QList<int> parts;
        QMutex mutex;
        o.partUploaded = [&](int n) {
            QMutexLocker lock(&mutex);
            parts << n;
        };
        const ObjectInfo info =
            uploadFile(m_endpoint, path, m_bucket, QStringLiteral("big/big.bin"), o);
        QCOMPARE(info.size, data.size());
        std::sort(parts.begin(), parts.end());
        QCOMPARE(parts, (QList<int>{1, 2, 3}));
        const QString back = m_dir.filePath(QStringLiteral("download/big.bin"));
        qint64 lastProgress = 0;
        TransferOptions d;
        d.progress = [&](qint64 done, qint64) { lastProgress = done; };
        downloadFile(m_endpoint, m_bucket, QStringLiteral("big/big.bin"), back, d);
        QCOMPARE(lastProgress, data.size());
        QCOMPARE(test::readFile(back), data);
        QCOMPARE(QDir(QFileInfo(back).absolutePath()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("big.bin")});
    }

    // A bandwidth limit holds the average rate of a whole run, uploads and downloads alike;
    // the bytes still arrive intact.
    void bandwidthLimit()
    {
        QCOMPARE(parseRate(QStringLiteral("500K")), 500 * 1024);
        QCOMPARE(parseRate(QStringLiteral("1.5M")), qint64(1.5 * 1024 * 1024));
        QCOMPARE(parseRate(QString()), 0);
        QVERIFY_THROWS_EXCEPTION(ProcessingError, parseRate(QStringLiteral("fast")));
        const QByteArray data = test::randomBytes(6 * 1024 * 1024, 5);
        const QString path = writeLocal(QStringLiteral("limited.bin"), data);
        TransferOptions o;
        o.multipartThreshold = 1 << 20;
        o.partSize = 5 << 20;
        o.limiter = std::make_shared<RateLimiter>(4 << 20); // 4 MiB/s: 6 MiB take >= 1.5 s
        QElapsedTimer clock;
        clock.start();
        uploadFile(m_endpoint, path, m_bucket, QStringLiteral("limited.bin"), o);
        QVERIFY2(clock.elapsed() >= 1400, qPrintable(QString::number(clock.elapsed())));
        const QString back = m_dir.filePath(QStringLiteral("download/limited.bin"));
        TransferOptions d;
        d.limiter = std::make_shared<RateLimiter>(4 << 20);
        clock.restart();
        downloadFile(m_endpoint, m_bucket, QStringLiteral("limited.bin"), back, d);
        QVERIFY2(clock.elapsed() >= 1400, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(test::readFile(back), data);
    }

    void resumesAnInterruptedUpload()
    {
        const QByteArray data = test::randomBytes(21 * 1024 * 1024, 3);
        const QString path = writeLocal(QStringLiteral("resume.bin"), data);
        TransferOptions o;
        o.multipartThreshold = 1 << 20;
        o.partSize = 5 << 20;
        o.partsInFlight = 1;
        o.checkpointDir = m_dir.filePath(QStringLiteral("checkpoints"));
        std::atomic<bool> cancel{false};
        o.cancelled = &cancel;
        QList<int> first;
        o.partUploaded = [&](int n) {
            first << n;
            if (first.size() == 2) cancel = true; // the application is closed after two parts
        };
        QVERIFY_THROWS_EXCEPTION(ProcessingError, uploadFile(m_endpoint, path, m_bucket,
                                                             QStringLiteral("resume.bin"), o));
        QCOMPARE(first.size(), 2);
        QCOMPARE(QDir(o.checkpointDir).entryList(QDir::Files).size(), 1);
        cancel = false;
        QList<int> second;
        o.partUploaded = [&](int n) { second << n; };
        uploadFile(m_endpoint, path, m_bucket, QStringLiteral("resume.bin"), o);
        std::sort(second.begin(), second.end());
        QCOMPARE(second, (QList<int>{3, 4, 5})); // parts 1 and 2 were not sent again
        QVERIFY(QDir(o.checkpointDir).entryList(QDir::Files).isEmpty());
        QCOMPARE(ObjectClient(m_endpoint).get(m_bucket, QStringLiteral("resume.bin")), data);
    }

    void survivesAServerRestart()
    {
        const QByteArray data = test::randomBytes(26 * 1024 * 1024, 4);
        const QString path = writeLocal(QStringLiteral("restart.bin"), data);
        TransferOptions o;
        o.multipartThreshold = 1 << 20;
        o.partSize = 5 << 20;
        o.partsInFlight = 1;
        std::atomic<int> uploaded{0};
        o.partUploaded = [&](int) { ++uploaded; };
        QFuture<ObjectInfo> upload = QtConcurrent::run([&] {
            return uploadFile(m_endpoint, path, m_bucket, QStringLiteral("restart.bin"), o);
        });
        QTRY_VERIFY_WITH_TIMEOUT(uploaded >= 1, 30000);
        m_server->stop(); // the server goes away mid-upload ...
        QTest::qWait(1500);
        QVERIFY(m_server->start()); // ... and comes back with its data; retries carry on
        QCOMPARE(upload.result().size, data.size());
        QCOMPARE(ObjectClient(m_endpoint).get(m_bucket, QStringLiteral("restart.bin")), data);
    }

    void copyDeleteAndBatchDelete()
    {
        ObjectClient c(m_endpoint);
        c.put(m_bucket, QStringLiteral("copy/src.txt"), "original");
        c.copy(m_bucket, QStringLiteral("copy/src.txt"), m_bucket, QStringLiteral("copy/dst.txt"));
        QCOMPARE(c.get(m_bucket, QStringLiteral("copy/dst.txt")), QByteArray("original"));
        c.remove(m_bucket, QStringLiteral("copy/src.txt"));
        QVERIFY_THROWS_EXCEPTION(ProcessingError, c.head(m_bucket, QStringLiteral("copy/src.txt")));
        QStringList keys;
        for (int i = 0; i < 30; ++i) {
            keys << QStringLiteral("bulk/%1").arg(i);
            c.put(m_bucket, keys.last(), "x");
        }
        QVERIFY(c.removeMany(m_bucket, keys).isEmpty());
        QVERIFY(c.listObjects(m_bucket, QStringLiteral("bulk/")).objects.isEmpty());
    }

    void objectTags()
    {
        ObjectClient c(m_endpoint);
        c.put(m_bucket, QStringLiteral("tagged.txt"), "x");
        QVERIFY(c.tags(m_bucket, QStringLiteral("tagged.txt")).isEmpty());
        const QList<QPair<QString, QString>> tags{{QStringLiteral("project"), QStringLiteral("ad")},
                                                  {QStringLiteral("stage"), QStringLiteral("raw")}};
        c.setTags(m_bucket, QStringLiteral("tagged.txt"), tags);
        QCOMPARE(c.tags(m_bucket, QStringLiteral("tagged.txt")), tags);
    }

    void presignedLink()
    {
        ObjectClient c(m_endpoint);
        c.put(m_bucket, QStringLiteral("share/a b.txt"), "shared bytes");
        const QUrl url = c.presignGet(m_bucket, QStringLiteral("share/a b.txt"), 600);
        QVERIFY(url.query().contains(QLatin1String("X-Amz-Expires=600")));
        QNetworkAccessManager nam;
        QNetworkReply *reply =
            nam.get(QNetworkRequest(url)); // no credentials: the URL carries them
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("shared bytes"));
        reply->deleteLater();
    }

    void keysThatEscapeAreRefused()
    {
        const QString root = m_dir.filePath(QStringLiteral("dl"));
        QCOMPARE(localPathForKey(root, QStringLiteral("a/b.jpg")),
                 QDir::cleanPath(QDir(root).absolutePath() + QStringLiteral("/a/b.jpg")));
        for (const char *bad : {"../etc/passwd", "a/../../x", "/etc/passwd", "..", "a\\..\\b"})
            QVERIFY_THROWS_EXCEPTION(ProcessingError,
                                     localPathForKey(root, QString::fromLatin1(bad)));
    }

    void commandLine()
    {
        auto cli = [this](const QStringList &args) { return runCli(args); };
        const QString folder = m_dir.filePath(QStringLiteral("tree"));
        QDir().mkpath(folder + QStringLiteral("/sub"));
        writeLocal(QStringLiteral("tree/one.txt"), "one");
        writeLocal(QStringLiteral("tree/sub/two.txt"), "two");
        auto r = cli({QStringLiteral("cp"), folder, QStringLiteral("s3://assets/cli/"),
                      QStringLiteral("--recursive")});
        QVERIFY2(r.first == 0, r.second.constData());
        r = cli({QStringLiteral("ls"), QStringLiteral("s3://assets/cli/")});
        QCOMPARE(r.first, 0);
        QVERIFY(r.second.contains("DIR s3://assets/cli/sub/"));
        QVERIFY(r.second.contains("s3://assets/cli/one.txt"));
        r = cli({QStringLiteral("ls"), QStringLiteral("s3://")});
        QVERIFY(r.second.contains("BUCKET assets"));
        const QString back = m_dir.filePath(QStringLiteral("back"));
        r = cli({QStringLiteral("cp"), QStringLiteral("s3://assets/cli/"), back,
                 QStringLiteral("--recursive")});
        QVERIFY2(r.first == 0, r.second.constData());
        QCOMPARE(test::readFile(back + QStringLiteral("/sub/two.txt")), QByteArray("two"));
        r = cli({QStringLiteral("mv"), QStringLiteral("s3://assets/cli/one.txt"),
                 QStringLiteral("s3://assets/cli/moved.txt")});
        QVERIFY2(r.first == 0, r.second.constData());
        QVERIFY_THROWS_EXCEPTION(
            ProcessingError,
            ObjectClient(m_endpoint).head(m_bucket, QStringLiteral("cli/one.txt")));
        r = cli({QStringLiteral("presign"), QStringLiteral("s3://assets/cli/moved.txt"),
                 QStringLiteral("--expires"), QStringLiteral("60")});
        QCOMPARE(r.first, 0);
        QVERIFY(r.second.contains("X-Amz-Expires=60"));
        r = cli({QStringLiteral("rm"), QStringLiteral("s3://assets/cli/"),
                 QStringLiteral("--recursive")});
        QCOMPARE(r.first, 0);
        QVERIFY(r.second.contains("deleted 2 object(s)"));
        // Missing credentials: a clear error, not a crash.
        QProcess bare;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
        env.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        bare.setProcessEnvironment(env);
        bare.start(QStringLiteral(ASSETDESK_CLI),
                   {QStringLiteral("ls"), QStringLiteral("s3://assets/")});
        bare.waitForFinished(30000);
        QCOMPARE(bare.exitCode(), 1);
        QVERIFY(
            bare.readAllStandardError().startsWith("ERROR InvalidArgument: set AWS_ACCESS_KEY_ID"));
    }

    void batchBetweenBucketsAndFolders()
    {
        // Local folder -> bucket prefix -> bucket prefix -> local folder, all with one style.
        const QString folder = m_dir.filePath(QStringLiteral("batch-src"));
        QDir().mkpath(folder);
        imaging::ensureVips();
        for (int i = 0; i < 3; ++i) {
            const vips::VImage img =
                (vips::VImage::black(400, 300, vips::VImage::option()->set("bands", 3)) + 40 * i)
                    .cast(VIPS_FORMAT_UCHAR);
            writeLocal(QStringLiteral("batch-src/p%1.png").arg(i),
                       imaging::takeBlob(img.pngsave_buffer()));
        }
        auto batch = [this](const QStringList &args) {
            return runCli(
                QStringList{QStringLiteral("batch")} + args +
                QStringList{
                    QStringLiteral("--journal"),
                    m_dir.filePath(
                        QStringLiteral("j%1.sqlite").arg(QRandomGenerator::global()->generate()))});
        };
        auto r = batch({folder, QStringLiteral("s3://assets/batch-in/"), QStringLiteral("--style"),
                        QStringLiteral("imageMogr2/format/jpg")});
        QVERIFY2(r.first == 0, r.second.constData());
        r = batch({QStringLiteral("s3://assets/batch-in/"),
                   QStringLiteral("s3://assets/batch-out/"), QStringLiteral("--style"),
                   QStringLiteral("imageMogr2/thumbnail/100x/format/webp")});
        QVERIFY2(r.first == 0, r.second.constData());
        QVERIFY(r.second.contains("3 done, 0 failed"));
        ObjectClient c(m_endpoint);
        const QByteArray webp = c.get(m_bucket, QStringLiteral("batch-out/p1.webp"));
        QCOMPARE(test::sizeOf(webp), QSize(100, 75));
        // Again into the same prefix with the skip policy: the listing finds all three.
        r = batch({QStringLiteral("s3://assets/batch-in/"),
                   QStringLiteral("s3://assets/batch-out/"), QStringLiteral("--style"),
                   QStringLiteral("imageMogr2/thumbnail/100x/format/webp"),
                   QStringLiteral("--conflict"), QStringLiteral("skip")});
        QVERIFY2(r.second.contains("0 done, 0 failed, 3 skipped"), r.second.constData());
        const QString back = m_dir.filePath(QStringLiteral("batch-back"));
        r = batch({QStringLiteral("s3://assets/batch-out/"), back, QStringLiteral("--style"),
                   QStringLiteral("imageInfo"), QStringLiteral("--include"),
                   QStringLiteral("*.webp")});
        QVERIFY2(r.first == 0, r.second.constData());
        QVERIFY(test::readFile(back + QStringLiteral("/p2.json")).contains("\"width\": \"100\""));
    }

    // Transfers as a background job on the I/O pool: a folder up to a prefix (moved), the
    // prefix down to another folder, and a key that would escape the folder is refused.
    void transferJobsBetweenFoldersAndPrefixes()
    {
        // The planner reads the endpoint from the environment, as the CLI and the app do.
        qputenv("ASSETDESK_S3_ENDPOINT", m_server->url().toString().toUtf8());
        qputenv("AWS_ACCESS_KEY_ID", "S3RVER");
        qputenv("AWS_SECRET_ACCESS_KEY", "S3RVER");
        const QString up = m_dir.filePath(QStringLiteral("job-up"));
        QDir().mkpath(up + QStringLiteral("/sub"));
        writeLocal(QStringLiteral("job-up/a.bin"), QByteArray(3000, 'a'));
        writeLocal(QStringLiteral("job-up/sub/b.bin"), QByteArray(5000, 'b'));
        ad::jobs::JobQueue queue(QStringLiteral(":memory:"));
        queue.registerKind(ad::jobs::kTransferKind,
                           ad::jobs::transferKind(m_dir.filePath(QStringLiteral("ckpt"))));
        queue.start();
        const qint64 upload = queue.submit(
            ad::jobs::planTransferJob({up}, QStringLiteral("s3://assets/job/"), /*move=*/true));
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 30000);
        QCOMPARE(queue.progress(upload).counts.done, 2);
        ObjectClient c(m_endpoint);
        // A folder's contents go under the prefix, as with cp --recursive.
        QCOMPARE(c.get(m_bucket, QStringLiteral("job/sub/b.bin")), QByteArray(5000, 'b'));
        QVERIFY(!QFile::exists(up + QStringLiteral("/a.bin"))); // moved
        const QString down = m_dir.filePath(QStringLiteral("job-down"));
        const qint64 download = queue.submit(
            ad::jobs::planTransferJob({QStringLiteral("s3://assets/job/")}, down, false));
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 30000);
        QCOMPARE(queue.progress(download).counts.done, 2);
        QCOMPARE(test::readFile(down + QStringLiteral("/sub/b.bin")), QByteArray(5000, 'b'));
        // A job with a bandwidth limit: two files of 1 MiB at 1 MiB/s take two seconds.
        QDir().mkpath(m_dir.filePath(QStringLiteral("job-slow")));
        writeLocal(QStringLiteral("job-slow/x.bin"), QByteArray(1 << 20, 'x'));
        writeLocal(QStringLiteral("job-slow/y.bin"), QByteArray(1 << 20, 'y'));
        QElapsedTimer clock;
        clock.start();
        const qint64 slow = queue.submit(
            ad::jobs::planTransferJob({m_dir.filePath(QStringLiteral("job-slow"))},
                                      QStringLiteral("s3://assets/slow/"), false, 1 << 20));
        // While a file is on its way, the job shows its bytes (for the Jobs dock).
        QTRY_VERIFY_WITH_TIMEOUT(!queue.progress(slow).running.isEmpty() &&
                                     queue.progress(slow).running.first().total == (1 << 20),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 30000);
        QCOMPARE(queue.progress(slow).counts.done, 2);
        QVERIFY2(clock.elapsed() >= 1800, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(c.get(m_bucket, QStringLiteral("slow/y.bin")), QByteArray(1 << 20, 'y'));
        c.put(m_bucket, QStringLiteral("evil/../../outside.bin"), "x");
        bool refused = false;
        try {
            ad::jobs::planTransferJob({QStringLiteral("s3://assets/evil/")}, down, false);
        } catch (const ProcessingError &) {
            refused = true;
        }
        QVERIFY(refused);
        c.remove(m_bucket, QStringLiteral("evil/../../outside.bin"));
    }

    void adaptivePartSize()
    {
        QCOMPARE(choosePartSize(100LL << 20, 0), 8LL << 20);
        QCOMPARE(choosePartSize(200LL << 30, 0),
                 21LL << 20); // 200 GB needs > 8 MB to stay under 10000 parts
        QCOMPARE(choosePartSize(10, 100), 1LL << 20);
    }
};

QTEST_GUILESS_MAIN(ObjectStoreTest)
#include "test_objectstore.moc"
