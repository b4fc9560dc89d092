// Connection profiles: secrets go to the keyring (a real gnome-keyring in a private D-Bus
// session, see with-keyring.sh), never to the settings file; a profile reaches a real S3
// server by name (s3://profile@bucket/key) in the core and in the CLI; test-connection
// reports success and failure.

#include "common/error.h"
#include "storage/profiles.h"
#include "storage/secretstore.h"
#include "storage/storage.h"
#include "support/s3rver.h"
#include "support/testimages.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QtTest>

using namespace ad;
using namespace ad::storage;

class ProfilesTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<test::S3rver> m_server;

    Profile local() const
    {
        Profile p;
        p.name = QStringLiteral("local minio");
        p.flavor = Endpoint::Flavor::S3;
        p.region = QStringLiteral("us-east-1");
        p.endpoint = m_server->url().toString();
        p.accessKey = QStringLiteral("S3RVER");
        p.pathStyle = true;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The settings the app and the CLI share.
        QCoreApplication::setOrganizationName(QStringLiteral("AssetDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("AssetDesk"));
        for (const Profile &p : profiles())
            removeProfile(p.name);
        // No credentials from the environment: only profiles may reach the server.
        for (const char *v :
             {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "ASSETDESK_S3_ENDPOINT"})
            qunsetenv(v);
        m_server = std::make_unique<test::S3rver>(m_dir.filePath(QStringLiteral("s3")),
                                                  QStringList{QStringLiteral("assets")});
        QVERIFY(m_server->start());
    }

    void secretsLiveInTheKeyringOnly()
    {
        QString error;
        const SecretStore *store = secretStore(&error);
        QVERIFY2(store, qPrintable(error));
        saveProfile(local(), {QStringLiteral("very-secret-key-42"), QStringLiteral("sts-token-7")});
        QCOMPARE(profiles().size(), 1);
        QCOMPARE(findProfile(QStringLiteral("local minio"))->endpoint, m_server->url().toString());
        // The settings file has the profile but neither secret.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("S3RVER"));
        QVERIFY(!text.contains("very-secret-key-42"));
        QVERIFY(!text.contains("sts-token-7"));
        // The endpoint gets them back from the keyring.
        const Endpoint e = endpointFor(*findProfile(QStringLiteral("local minio")));
        QCOMPARE(e.secretKey, QStringLiteral("very-secret-key-42"));
        QCOMPARE(e.sessionToken, QStringLiteral("sts-token-7"));
        QCOMPARE(e.url, m_server->url());
        QVERIFY(e.pathStyle);
    }

    void testConnectionSaysWhetherItWorks()
    {
        QCOMPARE(testConnection(endpointFor(local(), {QStringLiteral("x"), {}})), 1);
        Profile wrong = local();
        wrong.endpoint = QStringLiteral("http://127.0.0.1:9"); // nothing listens on discard
        QVERIFY_THROWS_EXCEPTION(ProcessingError,
                                 testConnection(endpointFor(wrong, {QStringLiteral("x"), {}})));
    }

    void addressesNameTheirProfile()
    {
        saveProfile(local(), {QStringLiteral("very-secret-key-42"), {}});
        const auto bucket = storageFor(QStringLiteral("s3://local minio@assets/"));
        bucket->write(QStringLiteral("s3://local minio@assets/notes/a.txt"), "hello");
        QCOMPARE(bucket->read(QStringLiteral("s3://local minio@assets/notes/a.txt")),
                 QByteArray("hello"));
        QStringList listed;
        bucket->list(QStringLiteral("s3://local minio@assets/notes/"), false,
                     [&](const QList<Entry> &page) {
                         for (const Entry &e : page)
                             listed << e.location;
                         return true;
                     });
        QCOMPARE(listed, QStringList{QStringLiteral("s3://local minio@assets/notes/a.txt")});
        // Without a name, the first S3 profile serves s3:// addresses.
        QCOMPARE(storageFor(QStringLiteral("s3://assets/"))
                     ->read(QStringLiteral("s3://assets/notes/a.txt")),
                 QByteArray("hello"));
        try {
            storageFor(QStringLiteral("s3://nobody@assets/"));
            QFAIL("an unknown profile was accepted");
        } catch (const ProcessingError &e) {
            QVERIFY(e.error().message.contains(QStringLiteral("nobody")));
        }
        // The CLI reads the same profiles and keyring.
        QProcess cli;
        cli.start(QStringLiteral(ASSETDESK_CLI),
                  {QStringLiteral("ls"), QStringLiteral("s3://local minio@assets/notes/")});
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(cli.readAllStandardOutput().contains("a.txt"));
    }

    void removingForgetsTheSecret()
    {
        removeProfile(QStringLiteral("local minio"));
        QVERIFY(profiles().isEmpty());
        QVERIFY(!secretStore()->read(QStringLiteral("profile/local minio/secret"), nullptr));
        QVERIFY_THROWS_EXCEPTION(ProcessingError, saveProfile(Profile{}, {}));
    }
};

QTEST_GUILESS_MAIN(ProfilesTest)
#include "test_profiles.moc"
