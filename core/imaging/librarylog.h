#pragma once

// What libraries write on their own (GLib and libvips warnings, Exiv2's notes on damaged
// metadata) is not for users: what matters reaches them as a ProcessingError. A program calls
// routeLibraryLogs() once, before any work: the messages then go to the Qt logging category
// "assetdesk.libraries" at debug level, shown only when ASSETDESK_DEBUG is set. (Only programs
// may install GLib's log writer.)

#include <QLoggingCategory>

namespace ad::imaging
{

Q_DECLARE_LOGGING_CATEGORY(libraryLog)

void routeLibraryLogs();

} // namespace ad::imaging
