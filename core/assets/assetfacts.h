#pragma once

// The facts a browser shows about one file besides its name and size: pixel dimensions,
// capture date and camera, a video's duration and a document's page count. Read from the
// file's header (libvips probe, exiv2, FFmpeg, Poppler/LibreOffice); slow for documents that
// need a conversion, so call it off the GUI thread and keep the result.

#include "assets/assetkind.h"

#include <QDateTime>
#include <QSize>
#include <QString>

namespace ad::assets
{

struct AssetFacts {
    Kind kind = Kind::Other;
    QSize size;         // pixels, upright; invalid when not a picture or video
    QSize pageSize;     // a PDF's first page in points; invalid for other files
    QDateTime taken;    // capture time from EXIF/XMP; invalid when unknown
    QString camera;     // "Make Model", empty when unknown
    double seconds = 0; // videos and sounds; 0 when unknown
    int pages = 0;      // documents; 0 when unknown
    qint64 pixels() const { return size.isValid() ? qint64(size.width()) * size.height() : 0; }
};

// Never throws: what cannot be read stays unknown.
AssetFacts readAssetFacts(const QString &path);

} // namespace ad::assets
