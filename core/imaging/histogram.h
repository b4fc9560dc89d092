#pragma once

// Per-channel 256-bin histogram of what the viewer shows.

#include <QImage>
#include <array>

namespace ad::imaging
{

struct Histogram {
    using Bins = std::array<quint32, 256>;
    Bins red{}, green{}, blue{}, luma{}; // luma: Rec. 709 weights
    quint32 peak() const;                // tallest bin of any channel, for scaling a chart
};

Histogram histogramOf(const QImage &image);

} // namespace ad::imaging
