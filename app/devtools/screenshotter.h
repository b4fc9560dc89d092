#pragma once

// Saves PNGs of each main view, for scripts/screenshots and for looking at what we build.

#include <QString>

namespace ad::ui
{

class MainWindow;

// Walks the main views of an open window and writes <dir>/<view>.png; returns the files written.
QStringList captureMainViews(MainWindow &window, const QString &dir, const QString &suffix = {});

} // namespace ad::ui
