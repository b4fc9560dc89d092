#pragma once

// The formats CI's doc-preview accepts as input, by file suffix.

#include <QString>
#include <QStringList>

namespace ad::document
{

enum class DocKind { Unsupported, Pdf, Text, Word, Sheet, Slides };

DocKind docKind(const QString &suffix); // "docx", "PDF", ...
QStringList docSuffixes();              // every supported suffix, lower case

} // namespace ad::document
