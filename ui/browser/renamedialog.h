#pragma once

// Asks for a file's new name with only its base name selected, as file managers do, so typing
// replaces the name and keeps the extension.

#include <QString>

class QWidget;

namespace ad::ui
{

// The new name, or an empty string when cancelled.
QString askNewName(QWidget *parent, const QString &path);

} // namespace ad::ui
