#include "common/spinboxes.h"

#include <QCoreApplication>

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

QDoubleSpinBox *secondsBox(double low, double high, double value, int decimals, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(decimals);
    box->setRange(low, high);
    box->setSingleStep(0.04);
    box->setSuffix(QCoreApplication::translate("ad::ui::Seconds", " s"));
    box->setValue(value);
    return box;
}

} // namespace ad::ui
