#include "viewers/histogramwidget.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace ad::ui
{

HistogramWidget::HistogramWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("histogram"));
    setMinimumSize(160, 80);
    setToolTip(tr("Histogram: red, green, blue and luminance"));
}

void HistogramWidget::setHistogram(const imaging::Histogram &histogram)
{
    m_histogram = histogram;
    m_empty = false;
    update();
}

void HistogramWidget::clear()
{
    m_histogram = {};
    m_empty = true;
    update();
}

void HistogramWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    p.fillRect(rect(), QColor(0x20, 0x20, 0x20));
    if (m_empty) return;
    // Square-root scale: one huge bin (a white background) would flatten the rest.
    const double top = std::sqrt(double(std::max<quint32>(m_histogram.peak(), 1)));
    auto curve = [&](const imaging::Histogram::Bins &bins) {
        QPainterPath path(area.bottomLeft());
        for (int i = 0; i < 256; ++i)
            path.lineTo(area.left() + area.width() * i / 255.0,
                        area.bottom() - area.height() * std::sqrt(double(bins[i])) / top);
        path.lineTo(area.bottomRight());
        return path;
    };
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setCompositionMode(QPainter::CompositionMode_Plus);
    p.setBrush(QColor(200, 40, 40, 170));
    p.drawPath(curve(m_histogram.red));
    p.setBrush(QColor(40, 200, 40, 170));
    p.drawPath(curve(m_histogram.green));
    p.setBrush(QColor(40, 80, 220, 170));
    p.drawPath(curve(m_histogram.blue));
    p.setCompositionMode(QPainter::CompositionMode_SourceOver);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(230, 230, 230), 1.2));
    p.drawPath(curve(m_histogram.luma));
}

} // namespace ad::ui
