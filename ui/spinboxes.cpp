#include "spinboxes.h"

namespace ad::ui
{

QSpinBox *numberBox(int low, int high, int value, QWidget *parent, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setRange(low, high);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace ad::ui
