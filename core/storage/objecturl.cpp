#include "storage/objecturl.h"

#include "common/error.h"
#include "storage/profiles.h"

#include <QCoreApplication>

namespace ad::storage
{

ObjectUrl parseObjectUrl(const QString &text)
{
    ObjectUrl u;
    for (const auto &[scheme, flavor] :
         {std::pair{QStringLiteral("cos://"), Endpoint::Flavor::Cos},
          std::pair{QStringLiteral("s3://"), Endpoint::Flavor::S3}}) {
        if (!text.startsWith(scheme)) continue;
        u.remote = true;
        u.flavor = flavor;
        const QString rest = text.mid(scheme.size());
        u.bucket = rest.section(QLatin1Char('/'), 0, 0);
        if (const qsizetype at = u.bucket.indexOf(QLatin1Char('@')); at >= 0) {
            u.profile = u.bucket.left(at);
            u.bucket = u.bucket.mid(at + 1);
        }
        u.key = rest.section(QLatin1Char('/'), 1);
        if (u.bucket.isEmpty() && !u.key.isEmpty())
            throw ProcessingError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("ad::Error", "'%1' names no bucket").arg(text));
        return u;
    }
    u.local = text;
    return u;
}

Endpoint endpointFromEnvironment(Endpoint::Flavor flavor)
{
    auto env = [](const char *name) { return qEnvironmentVariable(name); };
    Endpoint e;
    e.flavor = flavor;
    QStringList missing;
    if (flavor == Endpoint::Flavor::Cos) {
        e.region = env("COS_REGION");
        e.accessKey = env("COS_SECRET_ID");
        e.secretKey = env("COS_SECRET_KEY");
        e.sessionToken = env("COS_SESSION_TOKEN");
        e.pathStyle = false;
        e.url = QUrl(QStringLiteral("https://cos.%1.myqcloud.com").arg(e.region));
        e.connectTo = endpointOverride(env("COS_ENDPOINT"));
        if (e.region.isEmpty()) missing << QStringLiteral("COS_REGION");
        if (e.accessKey.isEmpty()) missing << QStringLiteral("COS_SECRET_ID");
        if (e.secretKey.isEmpty()) missing << QStringLiteral("COS_SECRET_KEY");
    } else {
        e.region = env("AWS_REGION").isEmpty() ? QStringLiteral("us-east-1") : env("AWS_REGION");
        e.accessKey = env("AWS_ACCESS_KEY_ID");
        e.secretKey = env("AWS_SECRET_ACCESS_KEY");
        e.sessionToken = env("AWS_SESSION_TOKEN");
        const QString custom = env("ASSETDESK_S3_ENDPOINT");
        e.url = QUrl(custom.isEmpty() ? QStringLiteral("https://s3.%1.amazonaws.com").arg(e.region)
                                      : custom);
        e.pathStyle = env("ASSETDESK_S3_PATH_STYLE").isEmpty()
                          ? !custom.isEmpty()
                          : env("ASSETDESK_S3_PATH_STYLE") != QLatin1String("0");
        if (e.accessKey.isEmpty()) missing << QStringLiteral("AWS_ACCESS_KEY_ID");
        if (e.secretKey.isEmpty()) missing << QStringLiteral("AWS_SECRET_ACCESS_KEY");
    }
    if (!missing.isEmpty())
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate("ad::Error", "set %1 to reach the bucket")
                                  .arg(missing.join(QStringLiteral(", "))));
    return e;
}

QString objectLocation(const ObjectUrl &url, const QString &key)
{
    return (url.flavor == Endpoint::Flavor::Cos ? QStringLiteral("cos://")
                                                : QStringLiteral("s3://")) +
           (url.profile.isEmpty() ? QString() : url.profile + QLatin1Char('@')) + url.bucket +
           QLatin1Char('/') + key;
}

Endpoint endpointFor(const ObjectUrl &url)
{
    if (!url.profile.isEmpty()) {
        const std::optional<Profile> p = findProfile(url.profile);
        if (!p)
            throw ProcessingError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("ad::Error", "no connection profile named '%1'")
                    .arg(url.profile));
        return endpointFor(*p);
    }
    try {
        return endpointFromEnvironment(url.flavor);
    } catch (const ProcessingError &) {
        for (const Profile &p : profiles())
            if (p.flavor == url.flavor) return endpointFor(p);
        throw;
    }
}

} // namespace ad::storage
