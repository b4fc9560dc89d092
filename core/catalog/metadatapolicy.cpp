#include "catalog/metadatapolicy.h"

#include <QSettings>

namespace ad::catalog
{

namespace
{
const char *kKey = "metadata/writePolicy";
}

QString policyName(MetadataWritePolicy policy)
{
    switch (policy) {
    case MetadataWritePolicy::Never:
        return QStringLiteral("never");
    case MetadataWritePolicy::FileAndSidecar:
        return QStringLiteral("file-and-sidecar");
    case MetadataWritePolicy::SidecarOnly:
        break;
    }
    return QStringLiteral("sidecar");
}

std::optional<MetadataWritePolicy> policyFromName(const QString &name)
{
    for (const auto policy : {MetadataWritePolicy::Never, MetadataWritePolicy::SidecarOnly,
                              MetadataWritePolicy::FileAndSidecar})
        if (policyName(policy) == name) return policy;
    return std::nullopt;
}

MetadataWritePolicy metadataWritePolicy()
{
    return policyFromName(QSettings().value(kKey).toString())
        .value_or(MetadataWritePolicy::SidecarOnly);
}

void setMetadataWritePolicy(MetadataWritePolicy policy)
{
    QSettings().setValue(kKey, policyName(policy));
}

} // namespace ad::catalog
