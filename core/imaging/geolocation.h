#pragma once

// A photo's GPS position as a geo: URI (RFC 5870), which the desktop hands to the map
// application the user chose (GNOME Maps, Marble, a browser).

#include "imaging/metadata.h"

#include <QUrl>
#include <optional>

namespace ad::imaging
{

// geo:LAT,LON with six decimals (about 10 cm); nullopt without a position or with one outside
// the globe (a damaged tag).
std::optional<QUrl> geoUrl(const PhotoMetadata &metadata);

} // namespace ad::imaging
