#include "storage/pastedlocation.h"

#include <QUrl>

namespace ad::storage
{

namespace
{

QString address(const Profile &p, const QString &bucket, const QString &key)
{
    if (bucket.isEmpty() || key.isEmpty() || key.endsWith(u'/')) return {};
    return (p.flavor == Endpoint::Flavor::Cos ? QStringLiteral("cos://")
                                              : QStringLiteral("s3://")) +
           p.name + u'@' + bucket + u'/' + key;
}

QString hostOf(const QUrl &url)
{
    const QString host = url.host().toLower();
    return url.port() < 0 ? host : host + u':' + QString::number(url.port());
}

} // namespace

QString pastedObjectLocation(const style::PastedUrl &url, const QList<Profile> &profiles)
{
    for (const Profile &p : profiles) {
        // A COS profile's endpoint only says where to connect; its URLs name the bucket host.
        const QString host = p.endpoint.isEmpty() || p.flavor == Endpoint::Flavor::Cos
                                 ? QString()
                                 : hostOf(QUrl(p.endpoint));
        if (!host.isEmpty() && !url.host.isEmpty()) {
            if (url.host == host) {
                const QString bucket = url.key.section(u'/', 0, 0);
                if (const QString a = address(p, bucket, url.key.section(u'/', 1)); !a.isEmpty())
                    return a;
            } else if (url.host.endsWith(u'.' + host)) {
                const QString bucket = url.host.chopped(host.size() + 1);
                if (const QString a = address(p, bucket, url.key); !a.isEmpty()) return a;
            }
        }
        if (p.flavor == Endpoint::Flavor::Cos && !p.appId.isEmpty() &&
            url.bucket.endsWith(u'-' + p.appId) &&
            (url.region.isEmpty() || url.region == p.region)) {
            if (const QString a = address(p, url.bucket, url.key); !a.isEmpty()) return a;
        }
    }
    return {};
}

} // namespace ad::storage
