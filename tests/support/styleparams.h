#pragma once

// Values for driving the style schema in tests: another valid value of a parameter, and the
// required images a type switch can ask for.

#include "style/schema.h"

namespace ad::test
{

// A value different from `current`, inside the parameter's range and vocabulary.
QVariant otherValue(const style::ParamSpec &p, const QVariant &current);
// Gives every applicable, empty, required image parameter a path, as a user would.
void fillRequiredImages(const style::OpSpec &spec, style::EditOp &op);
inline const QString kMarkPath = QStringLiteral("marks/logo.png");

} // namespace ad::test
