#include "viewers/trimslider.h"

#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

namespace ad::ui
{

TrimSlider::TrimSlider(QWidget *parent) : QSlider(Qt::Horizontal, parent) {}

void TrimSlider::setTrimRange(int in, int out)
{
    m_in = in;
    m_out = out;
    update();
}

void TrimSlider::mousePressEvent(QMouseEvent *event)
{
    // Styles page-step on a click beside the handle, a few milliseconds on a bar in ms; the
    // handle is put under the pointer instead, and the press then drags it.
    if (event->button() == Qt::LeftButton) {
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect groove =
            style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
        const QRect handle =
            style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        const QPoint at = event->position().toPoint();
        if (!handle.contains(at))
            setSliderPosition(QStyle::sliderValueFromPosition(
                minimum(), maximum(), at.x() - groove.left() - handle.width() / 2,
                groove.width() - handle.width()));
    }
    QSlider::mousePressEvent(event);
}

void TrimSlider::paintEvent(QPaintEvent *event)
{
    QSlider::paintEvent(event);
    if (m_in < 0 && m_out < 0) return;
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove =
        style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const int handle =
        style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this).width();
    // Where the handle's centre is for a value, as the style places it.
    const auto x = [&](int value) {
        return groove.left() + handle / 2 +
               QStyle::sliderPositionFromValue(minimum(), maximum(), value,
                                               groove.width() - handle);
    };
    QPainter p(this);
    const QColor mark = palette().color(QPalette::Highlight);
    const int left = m_in >= 0 ? x(m_in) : groove.left();
    const int right = m_out >= 0 ? x(m_out) : groove.right();
    QColor tint = mark;
    tint.setAlpha(90);
    p.fillRect(QRect(QPoint(left, groove.top()), QPoint(right, groove.bottom())), tint);
    p.setPen(QPen(mark, 2));
    if (m_in >= 0) p.drawLine(left, rect().top() + 1, left, rect().bottom() - 1);
    if (m_out >= 0) p.drawLine(right, rect().top() + 1, right, rect().bottom() - 1);
}

} // namespace ad::ui
