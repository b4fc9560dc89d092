#pragma once

#include "style/error.h"

#include <QByteArray>
#include <QString>

namespace ad::cli
{

// "ERROR <code>: <message>" on stderr, with a caret under the offending token when known.
int reportError(const ad::Error &error, const QString &processing = {});
int usageError(const QString &message);
void writeStdout(const QByteArray &bytes);
// Writes through a temporary file and renames, so a reader never sees a partial output.
void writeAtomically(const QString &path, const QByteArray &bytes);

} // namespace ad::cli
