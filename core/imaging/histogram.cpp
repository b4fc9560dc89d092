#include "imaging/histogram.h"

#include <algorithm>

namespace ad::imaging
{

quint32 Histogram::peak() const
{
    quint32 top = 0;
    for (const Bins *b : {&red, &green, &blue, &luma})
        top = std::max(top, *std::max_element(b->begin(), b->end()));
    return top;
}

Histogram histogramOf(const QImage &image)
{
    Histogram h;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int r = qRed(row[x]), g = qGreen(row[x]), b = qBlue(row[x]);
            ++h.red[r];
            ++h.green[g];
            ++h.blue[b];
            ++h.luma[(54 * r + 183 * g + 19 * b + 128) >> 8];
        }
    }
    return h;
}

} // namespace ad::imaging
