#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace ad::cli
{

// "ERROR <code>: <message>" on stderr, with a caret under the offending token when known.
int reportError(const ad::Error &error, const QString &processing = {});
int usageError(const QString &message);
void writeStdout(const QByteArray &bytes);
// Text from outside (a file name, a library's message) as it may reach a terminal: control
// characters escaped, so a name holding ESC or a newline cannot forge or garble a line.
QByteArray shown(const QString &text);
// Writes through a temporary file and renames, so a reader never sees a partial output.
void writeAtomically(const QString &path, const QByteArray &bytes);

} // namespace ad::cli
