#pragma once

// Shows one image with zoom and pan: fit to the window, 100 %, wheel zoom anchored at the
// pointer, drag to pan. Reports the pixel under the pointer. Two canvases can follow each
// other (compare) through viewChanged/setView, which speak in image-relative terms.

#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace ad::ui
{

class ImageCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit ImageCanvas(QWidget *parent = nullptr);

    // `keepView` keeps zoom and position (next frame of an animation); otherwise the image
    // is fitted. `fullSize` is the original's size when `image` was decoded smaller, so
    // 100 % and pixel positions refer to the original's pixels.
    void setImage(const QImage &image, bool keepView = false, QSize fullSize = {});
    const QImage &image() const { return m_image; }
    void clear();

    // Scale relative to the original: 1.0 is 100 %.
    double zoom() const;
    bool isFitting() const { return m_fit; }
    void fitToWindow();
    void setZoom(double zoom, QPointF anchor); // anchor: a widget point that stays put
    void zoomBy(double factor);                // about the centre
    // The original's pixel under a widget point (may lie outside the image).
    QPointF imagePointAt(QPointF widgetPoint) const;

    // Synchronisation: zoom and the image point at the centre, as fractions of its size.
    void setView(double zoom, QPointF centreFraction);
    QPointF centreFraction() const;

Q_SIGNALS:
    void viewChanged(double zoom, QPointF centreFraction); // moved by the user or a call
    void zoomChanged(double zoom);                         // also when following (setView)
    // The original's pixel and its colour under the pointer; pixel (-1, -1) when off the image.
    void pixelHovered(QPoint pixel, QColor colour);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    double fitScale() const;
    void applyScale(double scale, QPointF anchor);
    void clampOffset();
    void changed();

    QImage m_image;
    QSize m_fullSize;           // original pixels
    double m_decodeRatio = 1.0; // image pixels per original pixel
    double m_scale = 1.0;       // widget pixels per image pixel
    bool m_fit = true;
    QPointF m_offset; // widget position of the image's top-left corner
    QPoint m_dragFrom;
    bool m_dragging = false;
    QPixmap m_scaled; // smooth downscale for the current scale, made when needed
    double m_scaledFor = 0;
};

} // namespace ad::ui
