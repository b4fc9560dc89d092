#pragma once

// A URL pasted where a processing string belongs: a COS or CI object URL with its processing
// in the query or after a style separator (photo.jpg!small, -small, _small, /small), maybe
// percent-encoded, maybe signed. Keeps the processing, resolves the style against the library
// and names what was left out. Text that is already a processing string comes back as it is.

#include "style/parser.h"

#include <QStringList>

namespace ad::style
{

struct PastedUrl {
    bool isUrl = false;   // false: the text was a processing string (or empty) and is unchanged
    QString processing;   // the kept processing; empty when the URL carries none
    QString host;         // lower case, with the port when one was written
    QString bucket;       // from a COS host (or cos://, s3://); empty for other hosts
    QString region;       // from a COS host; empty for the accelerate host and others
    QString key;          // decoded, without the style suffix; for other hosts the whole path
    QString style;        // the style named after a separator, if any
    QStringList dropped;  // names of the parameters left out ("#fragment" for a fragment)
    QStringList warnings; // translated, for the user
};

// Never throws; any text gives an answer (garbage gives a processing string that will not parse).
PastedUrl parsePastedUrl(const QString &text, const StyleLookup &styles = {},
                         const QString &separators = QStringLiteral("-_/!")); // D21

} // namespace ad::style
