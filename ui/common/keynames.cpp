// Qt's Chinese catalogue names the arrow keys 上方向, 下方向, 左方向 and 右方向, so menus and
// Help > Keyboard Shortcuts read "Alt+上方向" where Chinese software shows the arrow itself.
// These entries, in Qt's own context, give the arrows; our catalogue is installed after Qt's,
// so it is asked first (ui/settings/appsettings.cpp).

#include <QtGlobal>

namespace
{
[[maybe_unused]] const char *const kArrowKeyNames[] = {
    QT_TRANSLATE_NOOP("QShortcut", "Up"),
    QT_TRANSLATE_NOOP("QShortcut", "Down"),
    QT_TRANSLATE_NOOP("QShortcut", "Left"),
    QT_TRANSLATE_NOOP("QShortcut", "Right"),
};
} // namespace
