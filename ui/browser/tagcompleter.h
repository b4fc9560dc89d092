#pragma once

// Completion for a line of comma-separated hierarchical tags ("places/asia/tokyo, cat"): the
// word being typed is matched anywhere in the catalogue's tags, so "tok" offers
// "places/asia/tokyo", and choosing one replaces only that word.

#include <QStringList>
#include <functional>

class QLineEdit;

namespace ad::ui
{

void attachTagCompleter(QLineEdit *edit, std::function<QStringList()> tags);

} // namespace ad::ui
