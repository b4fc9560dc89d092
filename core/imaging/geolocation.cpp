#include "imaging/geolocation.h"

#include <cmath>

namespace ad::imaging
{

std::optional<QUrl> geoUrl(const PhotoMetadata &metadata)
{
    if (!metadata.latitude || !metadata.longitude) return std::nullopt;
    const double lat = *metadata.latitude, lon = *metadata.longitude;
    if (!std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90 || std::abs(lon) > 180)
        return std::nullopt;
    return QUrl(QStringLiteral("geo:%1,%2").arg(lat, 0, 'f', 6).arg(lon, 0, 'f', 6));
}

} // namespace ad::imaging
