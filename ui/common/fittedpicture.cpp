#include "common/fittedpicture.h"

#include <QPainter>
#include <QStyle>

namespace ad::ui
{

FittedPicture::FittedPicture(QWidget *parent) : QLabel(parent)
{
    // Its picture's size when there is room, down to minimumSizeHint() when there is not.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
}

QSize FittedPicture::sizeHint() const
{
    return pixmap().isNull() ? QLabel::sizeHint() : pixmap().deviceIndependentSize().toSize();
}

QSize FittedPicture::minimumSizeHint() const
{
    return {120, 90};
}

void FittedPicture::paintEvent(QPaintEvent *event)
{
    const QPixmap shown = pixmap();
    if (shown.isNull()) {
        QLabel::paintEvent(event);
        return;
    }
    // Never enlarged; placed in the room left as the label's alignment says.
    const QSize size = shown.deviceIndependentSize().toSize();
    const QSize fitted = size.boundedTo(contentsRect().size()) == size
                             ? size
                             : size.scaled(contentsRect().size(), Qt::KeepAspectRatio);
    const QRect target =
        QStyle::alignedRect(layoutDirection(), alignment(), fitted, contentsRect());
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawPixmap(target, shown);
}

} // namespace ad::ui
