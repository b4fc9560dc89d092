#include "storage/profiles.h"

#include "common/error.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSettings>

namespace ad::storage
{

namespace
{

const QString kGroup = QStringLiteral("profiles");

QString secretKeyName(const QString &profile, const char *what)
{
    return QStringLiteral("profile/%1/%2").arg(profile, QLatin1String(what));
}

const SecretStore &requireStore()
{
    QString error;
    const SecretStore *store = secretStore(&error);
    if (!store)
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "the keyring is not available: %1")
                .arg(error));
    return *store;
}

// Secrets the keyring would not take, until the process ends.
QMutex g_sessionMutex;
QHash<QString, ProfileSecrets> g_sessionSecrets;

std::optional<ProfileSecrets> sessionSecrets(const QString &profile)
{
    const QMutexLocker lock(&g_sessionMutex);
    const auto it = g_sessionSecrets.constFind(profile);
    return it == g_sessionSecrets.constEnd() ? std::nullopt : std::optional(*it);
}

} // namespace

QList<Profile> profiles()
{
    QSettings s;
    s.beginGroup(kGroup);
    QList<Profile> list;
    for (const QString &group : s.childGroups()) {
        s.beginGroup(group);
        Profile p;
        p.name = s.value(QStringLiteral("name"), group).toString();
        p.flavor = s.value(QStringLiteral("type")).toString() == QLatin1String("cos")
                       ? Endpoint::Flavor::Cos
                       : Endpoint::Flavor::S3;
        p.region = s.value(QStringLiteral("region")).toString();
        p.endpoint = s.value(QStringLiteral("endpoint")).toString();
        p.accessKey = s.value(QStringLiteral("accessKey")).toString();
        p.appId = s.value(QStringLiteral("appId")).toString();
        p.pathStyle = s.value(QStringLiteral("pathStyle"), true).toBool();
        list.append(p);
        s.endGroup();
    }
    return list;
}

std::optional<Profile> findProfile(const QString &name)
{
    for (const Profile &p : profiles())
        if (p.name == name) return p;
    return std::nullopt;
}

SecretPlace saveProfile(const Profile &p, const ProfileSecrets &secrets)
{
    if (p.name.trimmed().isEmpty() || p.name.contains(QLatin1Char('/')) ||
        p.name.contains(QLatin1Char('@')))
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "a profile needs a name without '/' or '@'"));
    if (p.flavor == Endpoint::Flavor::Cos) endpointOverride(p.endpoint); // throws when malformed
    // Secrets first: a profile in the settings without its secret would only fail later.
    SecretPlace place;
    QString error;
    const SecretStore *store = secretStore(&error);
    if (!store ||
        !store->write(secretKeyName(p.name, "secret"), secrets.secretKey.toUtf8(), &error) ||
        (secrets.sessionToken.isEmpty() ? !store->remove(secretKeyName(p.name, "token"), &error)
                                        : !store->write(secretKeyName(p.name, "token"),
                                                        secrets.sessionToken.toUtf8(), &error))) {
        place = {false, error};
        const QMutexLocker lock(&g_sessionMutex);
        g_sessionSecrets.insert(p.name, secrets);
    } else {
        const QMutexLocker lock(&g_sessionMutex);
        g_sessionSecrets.remove(p.name); // the keyring's copy is the one to use now
    }
    QSettings s;
    s.beginGroup(kGroup);
    s.beginGroup(QString::fromLatin1(p.name.toUtf8().toHex())); // any name is a valid key
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("type"),
               p.flavor == Endpoint::Flavor::Cos ? QStringLiteral("cos") : QStringLiteral("s3"));
    s.setValue(QStringLiteral("region"), p.region);
    s.setValue(QStringLiteral("endpoint"), p.endpoint);
    s.setValue(QStringLiteral("accessKey"), p.accessKey);
    s.setValue(QStringLiteral("appId"), p.appId);
    s.setValue(QStringLiteral("pathStyle"), p.pathStyle);
    return place;
}

void removeProfile(const QString &name)
{
    QSettings s;
    s.beginGroup(kGroup);
    s.remove(QString::fromLatin1(name.toUtf8().toHex()));
    {
        const QMutexLocker lock(&g_sessionMutex);
        g_sessionSecrets.remove(name);
    }
    if (const SecretStore *store = secretStore()) {
        store->remove(secretKeyName(name, "secret"), nullptr);
        store->remove(secretKeyName(name, "token"), nullptr);
    }
}

Endpoint endpointFor(const Profile &p, const ProfileSecrets &secrets)
{
    Endpoint e;
    e.flavor = p.flavor;
    e.region = p.region;
    e.accessKey = p.accessKey;
    e.secretKey = secrets.secretKey;
    e.sessionToken = secrets.sessionToken;
    if (p.flavor == Endpoint::Flavor::Cos) {
        e.pathStyle = false;
        e.url = QUrl(QStringLiteral("https://cos.%1.myqcloud.com").arg(p.region));
        e.connectTo = endpointOverride(p.endpoint);
    } else {
        e.pathStyle = p.pathStyle;
        e.url =
            QUrl(p.endpoint.isEmpty() ? QStringLiteral("https://s3.%1.amazonaws.com").arg(p.region)
                                      : p.endpoint);
    }
    return e;
}

Endpoint endpointFor(const Profile &p)
{
    if (const auto kept = sessionSecrets(p.name)) return endpointFor(p, *kept);
    const SecretStore &store = requireStore();
    QString error;
    const std::optional<QByteArray> secret = store.read(secretKeyName(p.name, "secret"), &error);
    if (!secret)
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate(
                                  "ad::Error", "no secret key for profile '%1' in the keyring: %2")
                                  .arg(p.name, error));
    const QByteArray token =
        store.read(secretKeyName(p.name, "token"), nullptr).value_or(QByteArray());
    return endpointFor(p, {QString::fromUtf8(*secret), QString::fromUtf8(token)});
}

int testConnection(const Endpoint &endpoint)
{
    Endpoint once = endpoint;
    once.maxAttempts = 1; // a wrong address should say so at once, not after backoff
    once.timeoutMs = 15000;
    return int(ObjectClient(once).listBuckets().size());
}

} // namespace ad::storage
