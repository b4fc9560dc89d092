#include "common/fittedpicture.h"

#include <QPainter>

namespace ad::ui
{

FittedPicture::FittedPicture(QWidget *parent) : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
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
    // Never enlarged; centred in the room left.
    const QSize size = shown.deviceIndependentSize().toSize();
    const QSize fitted = size.boundedTo(contentsRect().size()) == size
                             ? size
                             : size.scaled(contentsRect().size(), Qt::KeepAspectRatio);
    QRect target(QPoint(), fitted);
    target.moveCenter(contentsRect().center());
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawPixmap(target, shown);
}

} // namespace ad::ui
