#pragma once

// Optional parts of the core built as plugins (libassetdesk_<name>.so) and loaded on first
// use, so that processes which never touch video or documents do not pay for linking FFmpeg,
// Poppler and QtGui at start-up. Plugins live in ../lib/assetdesk from the executable, both in
// the build tree (app/, tests/) and installed (/usr/bin); ASSETDESK_PLUGIN_DIR overrides that.

#include <QString>

namespace ad::plugins
{

// The address of `symbol` in plugin `name` ("media" -> libassetdesk_media.so); the library
// stays loaded for the life of the process. Null, with `error` set, when it cannot be found.
void *resolve(const QString &name, const char *symbol, QString *error);

} // namespace ad::plugins
