#pragma once

// The font families installed on this machine, as fontconfig (which renders text watermarks
// through Pango) sees them.

#include <QStringList>

namespace ad::imaging
{

QStringList installedFontFamilies();
bool isFontFamilyInstalled(const QString &family);

} // namespace ad::imaging
