// A machine without a reachable keyring (no desktop session, as over SSH or in a container):
// a profile is still saved and usable for this session, its secret kept in memory only, never
// written to the settings file, and the answer says the keyring was not used.

#include "common/error.h"
#include "storage/profiles.h"
#include "storage/storage.h"
#include "support/s3rver.h"

#include <QFile>
#include <QSettings>
#include <QtTest>

using namespace ad;
using namespace ad::storage;

class ProfilesNoKeyringTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything touches D-Bus: a session bus that is not there.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/assetdesk-test-bus");
        QCoreApplication::setOrganizationName(QStringLiteral("AssetDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("AssetDesk-nokeyring-test"));
        for (const char *v :
             {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "ASSETDESK_S3_ENDPOINT"})
            qunsetenv(v);
    }

    void savedForTheSessionWithoutAKeyring()
    {
        test::S3rver server(m_dir.filePath(QStringLiteral("s3")), {QStringLiteral("assets")});
        QVERIFY(server.start());
        Profile p;
        p.name = QStringLiteral("no keyring");
        p.region = QStringLiteral("us-east-1");
        p.endpoint = server.url().toString();
        p.accessKey = QStringLiteral("S3RVER");
        const SecretPlace place = saveProfile(p, {QStringLiteral("session-secret-77"), {}});
        QVERIFY(!place.keyring);
        QVERIFY(!place.why.isEmpty());
        QVERIFY(findProfile(p.name));
        // Usable by name now: the secret comes from this session.
        const Endpoint e = endpointFor(*findProfile(p.name));
        QCOMPARE(e.secretKey, QStringLiteral("session-secret-77"));
        QCOMPARE(testConnection(e), 1);
        // Never on disk.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("session-secret-77"));
        // Removing the profile forgets the secret too.
        removeProfile(p.name);
        QVERIFY(!findProfile(p.name));
        saveProfile(p, {QStringLiteral("other"), {}});
        QCOMPARE(endpointFor(*findProfile(p.name)).secretKey, QStringLiteral("other"));
        removeProfile(p.name);
        QVERIFY_THROWS_EXCEPTION(ProcessingError, endpointFor(p));
    }
};

QTEST_GUILESS_MAIN(ProfilesNoKeyringTest)
#include "test_profiles_nokeyring.moc"
