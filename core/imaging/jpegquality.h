#pragma once

#include <QByteArray>
#include <optional>

namespace ad::imaging
{

// Estimates the IJG quality (1-100) a JPEG was saved with from its luminance quantisation
// table, as ImageMagick does (D12). nullopt when the data is not a JPEG with a DQT segment.
std::optional<int> estimateJpegQuality(const QByteArray &jpeg);

} // namespace ad::imaging
