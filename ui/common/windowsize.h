#pragma once

// A tool window's first size: what it was designed for, shrunk to the screen it opens on so its
// buttons are never below the bottom edge of a small or low-resolution display.

#include <QObject>
#include <QSize>

class QWidget;

namespace ad::ui
{

void resizeToFit(QWidget *window, QSize wanted);

// Before a window's first show: moves it (and shrinks it if need be) so that it and its title
// bar lie within the available geometry of its screen; a window manager that centres it over
// its parent could otherwise push its bottom edge off the screen.
void keepOnScreen(QWidget *window);

// Installed on the application: every window and dialog gets keepOnScreen before its first
// show, so a size chosen for a big display (or restored from one) never opens past the edges
// of a small one. Later shows keep where the user put the window.
class WindowPlacer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace ad::ui
