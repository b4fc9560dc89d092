#pragma once

// The fidelity report's chart: per style, a bar at the mean PSNR, a line from the lowest to the
// highest and a dot per picture, against the pass threshold. Drawn as SVG (QXmlStreamWriter,
// so no font or window system is needed to write it); PNG is that SVG rendered by libvips.

#include "storage/fidelityreport.h"

namespace ad::storage
{

QByteArray fidelityChartSvg(const FidelityReport &report);
QByteArray
fidelityChartPng(const FidelityReport &report); // throws InvalidImage if SVG won't render

} // namespace ad::storage
