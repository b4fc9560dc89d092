#pragma once

#include "style/parser.h"

namespace ad::cli
{

// The styles of --styles FILE (none when `path` is empty), read leniently: each bad entry is
// said once on stderr ("warning: file:line: reason") and fails only a command that uses it.
// Throws when the file as a whole cannot be read.
style::StyleLookup styleLibrary(const QString &path);

} // namespace ad::cli
