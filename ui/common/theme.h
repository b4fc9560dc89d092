#pragma once

// The look: follow the system, or AssetDesk's own light or dark palette (on Fusion, which
// draws every palette role, so the whole window follows).

#include <QString>

namespace ad::ui
{

enum class Theme { System, Light, Dark };

Theme themeSetting();
void setThemeSetting(Theme theme);
QString themeName(Theme theme); // for the Preferences list, translated
// Sets the application's style and palette and repaints the action icons of every window.
void applyTheme(Theme theme);
Theme appliedTheme(); // System until applyTheme() chose otherwise

} // namespace ad::ui
