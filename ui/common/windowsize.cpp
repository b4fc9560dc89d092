#include "common/windowsize.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>
#include <algorithm>

namespace ad::ui
{

void resizeToFit(QWidget *window, QSize wanted)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        // Room for the title bar and the desktop's panels that availableGeometry may not count.
        const QSize room = screen->availableGeometry().size() * 0.92;
        wanted = wanted.boundedTo(room);
    }
    window->resize(wanted);
}

void keepOnScreen(QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) return;
    const QRect room = screen->availableGeometry();
    // The frame is not known before the first show: allow for a title bar and borders.
    const int titleBar = std::max(window->geometry().top() - window->frameGeometry().top(), 32);
    const int border = 4;
    QRect g = window->geometry();
    g.setSize(g.size().boundedTo(room.size() - QSize(2 * border, titleBar + border)));
    // Never placed yet: centred over its parent window (as a window manager would), or the
    // screen; a position of our own stops the window manager from choosing one.
    if (!window->testAttribute(Qt::WA_Moved)) {
        const QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
        g.moveCenter(parent ? parent->frameGeometry().center() : room.center());
    }
    g.moveLeft(std::clamp(g.left(), room.left() + border, room.right() - border - g.width() + 1));
    g.moveTop(std::clamp(g.top(), room.top() + titleBar, room.bottom() - border - g.height() + 1));
    window->setGeometry(g);
}

bool WindowPlacer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Show || !watched->isWidgetType()) return false;
    auto *widget = static_cast<QWidget *>(watched);
    const Qt::WindowType type = widget->windowType();
    const char *placed = "ad_placedOnScreen";
    if (!widget->isWindow() || (type != Qt::Window && type != Qt::Dialog) ||
        widget->property(placed).toBool())
        return false;
    widget->setProperty(placed, true);
    if (!(widget->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        keepOnScreen(widget);
    return false;
}

} // namespace ad::ui
