#pragma once

// How the XMP sidecar beside a file is named. Whether metadata is written at all, and where, is
// the user's write policy (catalog/metadatapolicy.h).

namespace ad::metadata
{

enum class SidecarNaming {
    FullName, // photo.jpg.xmp, as darktable and digiKam name it (the default)
    BaseName, // photo.xmp, as Lightroom and Bridge name it
};

SidecarNaming sidecarNaming(); // from QSettings; the default when unset
void setSidecarNaming(SidecarNaming naming);

} // namespace ad::metadata
