#pragma once

// The versions of the libraries AssetDesk runs on, for Help > About and bug reports. Each comes
// from the library itself (its version function, or for Poppler the header of the exact
// soname the plugin links), never from another program's output.

#include <QList>
#include <QString>

namespace ad::about
{

struct LibraryVersion {
    QString name;    // "libvips", "libavcodec", ...
    QString version; // empty: not found on this system
};

// Qt, libvips, FFmpeg (release, libavcodec, libavformat), Poppler, exiv2 and LibreOffice, in that
// order. Loads the media and document plugins and reads LibreOffice's registry: call it off the
// GUI thread.
QList<LibraryVersion> libraryVersions();

// The LibreOffice release of the `soffice` the document converter runs (found on PATH), read
// from its configuration registry; empty when there is none.
QString libreOfficeVersion();

} // namespace ad::about
