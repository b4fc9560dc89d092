#pragma once

// The fonts CI accepts for text watermarks and the installed families that stand in for them (D17).

#include <QString>
#include <QStringList>
#include <optional>

namespace ad::style
{

struct FontMapping {
    QString ciName; // NFKC-normalised file name as CI spells it
    QString family; // installed font family used locally
};

QString defaultFontName(); // tahoma.ttf
const QList<FontMapping> &knownFonts();
// nullopt when the (NFKC-normalised) name is not a font CI knows.
std::optional<FontMapping> fontFor(const QString &ciName);

} // namespace ad::style
