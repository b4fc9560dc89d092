#pragma once

// Number fields the dialogs build the same way.

#include <QSpinBox>
#include <QString>

namespace ad::ui
{

QSpinBox *numberBox(int low, int high, int value, QWidget *parent, const QString &suffix = {});

} // namespace ad::ui
