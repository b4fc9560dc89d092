#pragma once

// A tool window's first size: what it was designed for, shrunk to the screen it opens on so its
// buttons are never below the bottom edge of a small or low-resolution display.

#include <QSize>

class QWidget;

namespace ad::ui
{

void resizeToFit(QWidget *window, QSize wanted);

// Before a window's first show: moves it (and shrinks it if need be) so that it and its title
// bar lie within the available geometry of its screen; a window manager that centres it over
// its parent could otherwise push its bottom edge off the screen.
void keepOnScreen(QWidget *window);

} // namespace ad::ui
