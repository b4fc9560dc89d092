#pragma once

// Plain style lists: one "name<TAB>processing" per line, '#' starts a comment.

#include "style/parser.h"

#include <QMap>

namespace ad::style
{

// Throws ProcessingError (InvalidStyleName, IoError) naming the line at fault.
QMap<QString, QString> readStyleList(const QString &path);
StyleLookup lookupIn(const QMap<QString, QString> &styles);

} // namespace ad::style
