#pragma once

// Asking for a name (a new album or smart collection, a template, a rename) in a dialog wide
// enough for its title beside the window manager's buttons and for the name itself, in every
// language: QInputDialog's bare 200 px cut "New Smart Collection" and the names typed.

#include <QString>

class QInputDialog;
class QWidget;

namespace ad::ui
{

// Widens `ask` for its title and text; call once they are set.
void fitNameDialog(QInputDialog *ask);
// The name typed, trimmed; empty when cancelled. `objectName` names the dialog for tests.
QString askName(QWidget *parent, const QString &title, const QString &label,
                const QString &text = {}, const QString &objectName = {});

} // namespace ad::ui
