#pragma once

// The fidelity report's chart: per style, a bar at the mean PSNR, a line from the lowest to the
// highest and a dot per picture, against the pass threshold; bars are numbered and a key below
// gives each number its full style name. Drawn as SVG (QXmlStreamWriter,
// so no window system is needed to write it; text is measured with libvips' Pango, the
// renderer's own); PNG is that SVG rendered by libvips.

#include "storage/fidelityreport.h"

#include <QRectF>

namespace ad::storage
{

// Where the chart's texts and bars fall, in pixels: its size follows its content (the title,
// the key of full style names below the plot, the threshold's label in the right margin).
struct FidelityChartLayout {
    struct Label {
        QString text;
        QRectF box;
    };
    int width = 0;
    int height = 0;
    QList<Label> labels;
    QList<QRectF> bars;
};

FidelityChartLayout fidelityChartLayout(const FidelityReport &report);
QByteArray fidelityChartSvg(const FidelityReport &report);
QByteArray
fidelityChartPng(const FidelityReport &report); // throws InvalidImage if SVG won't render

} // namespace ad::storage
