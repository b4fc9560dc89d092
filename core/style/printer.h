#pragma once

#include "style/ast.h"

namespace ad::style
{

// Canonical text of a pipeline; parse(print(p)) == p and print(parse(s)) == s for canonical s.
QString print(const Pipeline &pipeline);
QString print(const Stage &stage);
QString print(const MogrOp &op);
QString print(const Geometry &geometry);

} // namespace ad::style
