#pragma once

// A tool window's first size: what it was designed for, shrunk to the screen it opens on so its
// buttons are never below the bottom edge of a small or low-resolution display.

#include <QSize>

class QWidget;

namespace ad::ui
{

void resizeToFit(QWidget *window, QSize wanted);

} // namespace ad::ui
