#pragma once

// Where a file dialog opens when its field is empty: the library's first folder, else the
// user's Pictures folder; never the process's working directory, which means nothing to a
// user who started the application from a menu.

#include <QString>

namespace ad::ui
{

// current: the field's path (a file or a folder), used when it is set.
QString browseStart(const QString &current);

} // namespace ad::ui
