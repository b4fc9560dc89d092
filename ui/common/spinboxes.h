#pragma once

// Number fields the dialogs build the same way.

#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QString>

namespace ad::ui
{

QSpinBox *numberBox(int low, int high, int value, QWidget *parent, const QString &suffix = {});
// A time in seconds (" s"), its arrows stepping a frame at 25 frames a second.
QDoubleSpinBox *secondsBox(double low, double high, double value, int decimals, QWidget *parent);

} // namespace ad::ui
