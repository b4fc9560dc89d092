#include "styleeditor/beforeafterview.h"

#include <QMouseEvent>
#include <QPainter>

namespace ad::ui
{

namespace
{

constexpr int kAmplify = 4;

} // namespace

BeforeAfterView::BeforeAfterView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(240, 180);
    setMouseTracking(false);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Dark);
}

void BeforeAfterView::setImages(const QImage &before, const QImage &after)
{
    m_before = before;
    m_after = after;
    m_difference = {};
    m_message.clear();
    update();
}

void BeforeAfterView::setBefore(const QImage &before)
{
    m_before = before;
    m_difference = {};
    update();
}

void BeforeAfterView::setMessage(const QString &text, bool error)
{
    m_message = text;
    m_error = error;
    m_after = {};
    m_difference = {};
    update();
}

void BeforeAfterView::setLabels(const QString &before, const QString &after)
{
    m_beforeLabel = before;
    m_afterLabel = after;
    update();
}

void BeforeAfterView::setMode(Mode mode)
{
    m_mode = mode;
    update();
}

void BeforeAfterView::setSplit(double fraction)
{
    m_split = std::clamp(fraction, 0.0, 1.0);
    update();
}

QImage BeforeAfterView::difference() const
{
    if (m_before.isNull() || m_after.isNull()) return {};
    if (!m_difference.isNull()) return m_difference;
    // Compared at the result's size: a resized result is compared with the scaled original.
    const QImage a = m_after.convertToFormat(QImage::Format_RGB32);
    const QImage b = m_before.scaled(a.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .convertToFormat(QImage::Format_RGB32);
    QImage d(a.size(), QImage::Format_RGB32);
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        auto *pd = reinterpret_cast<QRgb *>(d.scanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const auto channel = [&](int (*get)(QRgb)) {
                return std::min(255, kAmplify * std::abs(get(pa[x]) - get(pb[x])));
            };
            pd[x] = qRgb(channel(qRed), channel(qGreen), channel(qBlue));
        }
    }
    m_difference = d;
    return m_difference;
}

QRect BeforeAfterView::fitted(const QSize &image, const QRect &box) const
{
    const QSize size = image.scaled(box.size(), Qt::KeepAspectRatio);
    return QRect(box.center() - QPoint(size.width() / 2, size.height() / 2), size);
}

void BeforeAfterView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRect area = rect().adjusted(8, 8, -8, -8);
    const auto label = [&](const QRect &r, const QString &text, Qt::Alignment align) {
        const QRect box = p.fontMetrics().boundingRect(text).adjusted(-6, -3, 6, 3);
        QRect at = box;
        at.moveTop(r.top() + 6);
        if (align & Qt::AlignLeft)
            at.moveLeft(r.left() + 6);
        else
            at.moveRight(r.right() - 6);
        p.fillRect(at, QColor(0, 0, 0, 150));
        p.setPen(Qt::white);
        p.drawText(at, Qt::AlignCenter, text);
    };
    if (!m_message.isEmpty()) {
        if (!m_before.isNull() && m_mode != Mode::Difference) {
            p.setOpacity(0.25);
            p.drawImage(fitted(m_before.size(), area), m_before);
            p.setOpacity(1);
        }
        p.setPen(m_error ? QColor(0xff, 0x8a, 0x80) : palette().color(QPalette::BrightText));
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        p.setFont(mono);
        p.drawText(area.adjusted(12, 12, -12, -12), Qt::TextWordWrap | Qt::AlignCenter, m_message);
        return;
    }
    if (m_before.isNull() && m_after.isNull()) return;
    const QString before = m_beforeLabel.isEmpty() ? tr("Before") : m_beforeLabel;
    const QString after = m_afterLabel.isEmpty() ? tr("After") : m_afterLabel;
    switch (m_mode) {
    case Mode::Split: {
        const int divider = area.left() + int(m_split * area.width());
        if (!m_before.isNull()) {
            p.save();
            p.setClipRect(QRect(area.topLeft(), QPoint(divider, area.bottom())));
            p.drawImage(fitted(m_before.size(), area), m_before);
            p.restore();
        }
        if (!m_after.isNull()) {
            p.save();
            p.setClipRect(QRect(QPoint(divider, area.top()), area.bottomRight()));
            p.drawImage(fitted(m_after.size(), area), m_after);
            p.restore();
        }
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(divider, area.top(), divider, area.bottom());
        p.setBrush(Qt::white);
        p.drawEllipse(QPoint(divider, area.center().y()), 7, 7);
        label(area, before, Qt::AlignLeft);
        label(area, after, Qt::AlignRight);
        break;
    }
    case Mode::SideBySide: {
        const QRect left(area.left(), area.top(), area.width() / 2 - 4, area.height());
        const QRect right(area.center().x() + 4, area.top(), area.width() / 2 - 4, area.height());
        if (!m_before.isNull()) p.drawImage(fitted(m_before.size(), left), m_before);
        if (!m_after.isNull()) p.drawImage(fitted(m_after.size(), right), m_after);
        label(left, before, Qt::AlignLeft);
        label(right, after, Qt::AlignLeft);
        break;
    }
    case Mode::Difference: {
        const QImage d = difference();
        if (!d.isNull()) p.drawImage(fitted(d.size(), area), d);
        label(area, tr("Difference ×%1").arg(kAmplify), Qt::AlignLeft);
        break;
    }
    }
}

void BeforeAfterView::mousePressEvent(QMouseEvent *event)
{
    mouseMoveEvent(event);
}

void BeforeAfterView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_mode != Mode::Split || !(event->buttons() & Qt::LeftButton)) return;
    const QRect area = rect().adjusted(8, 8, -8, -8);
    setSplit(double(event->position().x() - area.left()) / std::max(1, area.width()));
}

} // namespace ad::ui
