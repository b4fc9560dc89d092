#include "viewers/imagecanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

namespace ad::ui
{

namespace
{
constexpr double kMinZoom = 0.01;
constexpr double kMaxZoom = 64.0;
constexpr double kWheelStep = 1.25; // per notch

QPixmap checkerboard()
{
    QPixmap tile(16, 16);
    tile.fill(QColor(0x99, 0x99, 0x99));
    QPainter p(&tile);
    p.fillRect(0, 0, 8, 8, QColor(0x66, 0x66, 0x66));
    p.fillRect(8, 8, 8, 8, QColor(0x66, 0x66, 0x66));
    return tile;
}
} // namespace

ImageCanvas::ImageCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(160, 120);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    setPalette(pal);
}

void ImageCanvas::setImage(const QImage &image, bool keepView, QSize fullSize)
{
    const bool sameGeometry = image.size() == m_image.size();
    m_image = image;
    m_fullSize = fullSize.isValid() ? fullSize : image.size();
    m_decodeRatio = m_fullSize.width() > 0 ? double(image.width()) / m_fullSize.width() : 1.0;
    m_scaledFor = 0;
    if (keepView && sameGeometry) {
        update();
        return;
    }
    m_fit = true;
    applyScale(fitScale(), rect().center());
}

void ImageCanvas::clear()
{
    setImage(QImage());
}

double ImageCanvas::zoom() const
{
    return m_scale * m_decodeRatio;
}

double ImageCanvas::fitScale() const
{
    if (m_image.isNull() || width() <= 0 || height() <= 0) return 1.0;
    // Never enlarge to fit: a small image shows at 100 %.
    return std::min({1.0 / m_decodeRatio, double(width()) / m_image.width(),
                     double(height()) / m_image.height()});
}

void ImageCanvas::fitToWindow()
{
    m_fit = true;
    applyScale(fitScale(), rect().center());
}

void ImageCanvas::setZoom(double zoom, QPointF anchor)
{
    m_fit = false;
    applyScale(std::clamp(zoom, kMinZoom, kMaxZoom) / m_decodeRatio, anchor);
}

void ImageCanvas::zoomBy(double factor)
{
    setZoom(zoom() * factor, rect().center());
}

QPointF ImageCanvas::imagePointAt(QPointF widgetPoint) const
{
    return (widgetPoint - m_offset) / m_scale / m_decodeRatio;
}

void ImageCanvas::applyScale(double scale, QPointF anchor)
{
    // The image point under the anchor stays under it.
    const QPointF at = (anchor - m_offset) / m_scale;
    m_scale = scale;
    m_offset = anchor - at * m_scale;
    if (m_fit) m_offset = QPointF();
    clampOffset();
    changed();
}

void ImageCanvas::clampOffset()
{
    const QSizeF shown = QSizeF(m_image.size()) * m_scale;
    auto clampAxis = [](double offset, double shown, double room) {
        if (shown <= room) return (room - shown) / 2; // centred
        return std::clamp(offset, room - shown, 0.0);
    };
    m_offset.setX(clampAxis(m_offset.x(), shown.width(), width()));
    m_offset.setY(clampAxis(m_offset.y(), shown.height(), height()));
}

void ImageCanvas::changed()
{
    update();
    Q_EMIT zoomChanged(zoom());
    Q_EMIT viewChanged(zoom(), centreFraction());
}

QPointF ImageCanvas::centreFraction() const
{
    if (m_image.isNull()) return {0.5, 0.5};
    const QPointF c = (QPointF(rect().center()) - m_offset) / m_scale;
    return {c.x() / m_image.width(), c.y() / m_image.height()};
}

void ImageCanvas::setView(double zoom, QPointF centreFraction)
{
    if (m_image.isNull()) return;
    m_fit = false;
    m_scale = std::clamp(zoom, kMinZoom, kMaxZoom) / m_decodeRatio;
    const QPointF centre(centreFraction.x() * m_image.width(),
                         centreFraction.y() * m_image.height());
    m_offset = QPointF(rect().center()) - centre * m_scale;
    clampOffset();
    update(); // no viewChanged: the follower must not echo back to the leader
    Q_EMIT zoomChanged(this->zoom());
}

void ImageCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_image.isNull()) return;
    const QRectF target(m_offset, QSizeF(m_image.size()) * m_scale);
    if (m_image.hasAlphaChannel()) p.fillRect(target.intersected(rect()), checkerboard());
    if (m_scale < 1.0) {
        // Downscaled views are smoothed once per scale, not per paint.
        if (m_scaledFor != m_scale) {
            m_scaled = QPixmap::fromImage(m_image.scaled(
                target.size().toSize(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            m_scaledFor = m_scale;
        }
        p.drawPixmap(target.topLeft(), m_scaled);
        return;
    }
    // At 100 % and above only the visible part is drawn, pixels kept sharp.
    const QRectF visible = target.intersected(rect());
    const QRectF source((visible.topLeft() - m_offset) / m_scale, visible.size() / m_scale);
    p.drawImage(visible, m_image, source);
}

void ImageCanvas::resizeEvent(QResizeEvent *)
{
    if (m_fit)
        applyScale(fitScale(), rect().center());
    else {
        clampOffset();
        changed();
    }
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0 || m_image.isNull()) return;
    setZoom(zoom() * std::pow(kWheelStep, notches), event->position());
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragFrom = event->position().toPoint();
    setCursor(Qt::ClosedHandCursor);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (m_dragging) {
        m_offset += at - m_dragFrom;
        m_dragFrom = at;
        clampOffset();
        changed();
    }
    const QPointF original = imagePointAt(event->position());
    const QPoint pixel(std::floor(original.x()), std::floor(original.y()));
    if (QRect(QPoint(), m_fullSize).contains(pixel)) {
        const QPoint decoded(std::min(int(pixel.x() * m_decodeRatio), m_image.width() - 1),
                             std::min(int(pixel.y() * m_decodeRatio), m_image.height() - 1));
        Q_EMIT pixelHovered(pixel, m_image.pixelColor(decoded));
    } else {
        Q_EMIT pixelHovered(QPoint(-1, -1), QColor());
    }
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    unsetCursor();
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Double-click toggles between fitting and the original's pixels under the pointer.
    if (m_fit && std::abs(zoom() - 1.0) > 1e-9)
        setZoom(1.0, event->position());
    else
        fitToWindow();
}

void ImageCanvas::leaveEvent(QEvent *)
{
    Q_EMIT pixelHovered(QPoint(-1, -1), QColor());
}

} // namespace ad::ui
