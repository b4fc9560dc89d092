#pragma once

// A saved filter (a smart collection's rule) in words, for tooltips: "Images; ★★★ or more;
// tag places/asia".

#include "catalog/catalog.h"

#include <QString>

namespace ad::ui
{

QString queryText(const catalog::Query &query);

} // namespace ad::ui
