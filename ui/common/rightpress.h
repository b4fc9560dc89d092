// A right button press or double click: the lists in Sources swallow it so a context menu
// never selects a second source beside the one shown.
#pragma once

#include <QEvent>
#include <QMouseEvent>

namespace ad::ui
{

inline bool isRightPress(const QEvent *event)
{
    return (event->type() == QEvent::MouseButtonPress ||
            event->type() == QEvent::MouseButtonDblClick) &&
           static_cast<const QMouseEvent *>(event)->button() == Qt::RightButton;
}

} // namespace ad::ui
