#pragma once

// Icons for actions, by freedesktop.org name (document-open, go-up, ...). The desktop's icon
// theme is used when it has the icon and AssetDesk follows the system look; otherwise the
// symbolic set shipped under :/icons/actions, painted in the palette's text colour so it reads
// on a light and a dark window alike.

#include <QIcon>
#include <QString>

class QAbstractButton;
class QAction;
class QListWidgetItem;
class QWidget;

namespace ad::ui
{

QIcon themeIcon(const QString &name);
// Sets the action's icon and remembers its name, so refreshIcons() can repaint it.
void setActionIcon(QAction *action, const QString &name);
// The same for a button and a list item (the Places list).
void setButtonIcon(QAbstractButton *button, const QString &name);
void setItemIcon(QListWidgetItem *item, const QString &name);
// After a palette change: every named action, button and list item under `root` gets its
// icon again.
void refreshIcons(QWidget *root);

} // namespace ad::ui
