#include "metadata/metasettings.h"

#include <QSettings>

namespace ad::metadata
{

namespace
{
const QString kNaming = QStringLiteral("metadata/sidecarNaming");
} // namespace

SidecarNaming sidecarNaming()
{
    return QSettings().value(kNaming).toString() == QLatin1String("photo.xmp")
               ? SidecarNaming::BaseName
               : SidecarNaming::FullName;
}

void setSidecarNaming(SidecarNaming naming)
{
    QSettings().setValue(kNaming, naming == SidecarNaming::BaseName
                                      ? QStringLiteral("photo.xmp")
                                      : QStringLiteral("photo.jpg.xmp"));
}

} // namespace ad::metadata
