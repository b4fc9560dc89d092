#include "windowsize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

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

} // namespace ad::ui
