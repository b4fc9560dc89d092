#pragma once

// Output names for batch results: {name} {ext} {style} {index} {date} {dir}.

#include <QDate>
#include <QString>

namespace ad::jobs
{

struct NameFields {
    QString name;  // source base name without extension
    QString ext;   // output extension, without the dot
    QString style; // style name, or a slug of the processing string
    int index = 1; // 1-based position of the source in the batch
    QDate date;    // the day the batch was planned
    QString dir;   // source folder relative to the scanned root ("" at the root)
};

// Throws ProcessingError(InvalidArgument) for an unknown field, an absolute result or "..".
QString expandNameTemplate(const QString &pattern, const NameFields &fields);

// A file-name-safe label for a processing string: style/<name> gives the name.
QString styleLabel(const QString &processing);

} // namespace ad::jobs
