#pragma once

// An error as a terminal shows it: the "ERROR ..." line, the processing string echoed and a caret
// under the offending token. Text that came from the user is escaped, so a newline or an escape
// sequence in a token cannot break the lines or drive the terminal, and the caret is placed by
// display columns, so it stays under wide (CJK) text.

#include "common/error.h"

namespace ad::style
{

// Terminal columns: East Asian wide and fullwidth characters take 2, combining marks and
// zero-width characters 0, the others 1.
int displayWidth(const QString &text);

// "ERROR <code>: <message> (X-ErrNo n)\n", then, when the error points into processing, the
// processing string (as parsed: trimmed and percent-decoded) and a caret line.
QString errorReport(const Error &error, const QString &processing = {});

} // namespace ad::style
