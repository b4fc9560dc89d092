#include "viewers/pageview.h"

#include <QMouseEvent>
#include <QPainter>

namespace ad::ui
{

PageView::PageView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pageView"));
    setCursor(Qt::IBeamCursor);
}

void PageView::setPage(const QImage &image, QSizeF pagePoints, double pixelsPerPoint)
{
    m_image = image;
    m_points = pagePoints;
    m_scale = pixelsPerPoint;
    setFixedSize((pagePoints * pixelsPerPoint).toSize().expandedTo(QSize(0, 0)));
    update();
}

void PageView::setHits(const QList<QRectF> &hits, int current)
{
    m_hits = hits;
    m_current = current;
    update();
}

void PageView::setSelection(const QRectF &points)
{
    m_selection = points;
    update();
}

QRect PageView::widgetRect(const QRectF &points) const
{
    return QRectF(points.topLeft() * m_scale, points.size() * m_scale).toAlignedRect();
}

QSize PageView::sizeHint() const
{
    return (m_points * m_scale).toSize();
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    // While a sharper render is on its way the old one is stretched over the new size.
    if (!m_image.isNull()) p.drawImage(rect(), m_image);
    for (int i = 0; i < m_hits.size(); ++i)
        p.fillRect(widgetRect(m_hits[i]),
                   i == m_current ? QColor(255, 140, 0, 120) : QColor(255, 230, 0, 100));
    if (!m_selection.isEmpty()) {
        p.fillRect(widgetRect(m_selection), QColor(50, 120, 230, 60));
        p.setPen(QColor(50, 120, 230));
        p.drawRect(widgetRect(m_selection).adjusted(0, 0, -1, -1));
    }
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    m_anchor = toPoints(event->position());
    m_selecting = true;
    setSelection({});
}

void PageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting) return;
    setSelection(QRectF(m_anchor, toPoints(event->position())).normalized());
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_selecting) return;
    m_selecting = false;
    Q_EMIT selectionChanged(m_selection);
}

} // namespace ad::ui
