#pragma once

// One rendered document page: search hits highlighted, a text selection made by dragging.
// Geometry comes in points (the page's own unit) and is mapped with the current scale.

#include <QImage>
#include <QWidget>

namespace ad::ui
{

class PageView : public QWidget
{
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);

    // `pixelsPerPoint` maps page points to widget pixels; the image may be sharper (HiDPI).
    void setPage(const QImage &image, QSizeF pagePoints, double pixelsPerPoint);
    void setHits(const QList<QRectF> &hits, int current); // current: -1 for none
    void setSelection(const QRectF &points);
    QRectF selection() const { return m_selection; }
    const QImage &image() const { return m_image; }
    QRect widgetRect(const QRectF &points) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void selectionChanged(const QRectF &points);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QPointF toPoints(QPointF widget) const { return widget / m_scale; }

    QImage m_image;
    QSizeF m_points;
    double m_scale = 1.0;
    QList<QRectF> m_hits;
    int m_current = -1;
    QRectF m_selection;
    QPointF m_anchor;
    bool m_selecting = false;
};

} // namespace ad::ui
