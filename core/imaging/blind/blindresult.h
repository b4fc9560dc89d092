#pragma once

// The answer of watermark/4 as JSON: the cloud's WatermarkStatus (type 2) plus local fields
// (Text for type 3, where the cloud defines no field; detection details for reports).

#include "imaging/blind/blindwatermark.h"

#include <QByteArray>

namespace ad::imaging::blind
{

// The cloud's bands: above 75 present, 60-75 suspected, below 60 absent.
QString verdictFor(int status);

QByteArray blindResultJson(int type, const Extraction &e);

} // namespace ad::imaging::blind
