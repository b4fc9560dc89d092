#pragma once

// Photo metadata for the Inspector and the catalogue, read with exiv2 (EXIF, IPTC, XMP; HEIC
// and AVIF through its BMFF support). Missing fields stay empty; unreadable files give an
// empty result, never an exception.

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace ad::imaging
{

struct PhotoMetadata {
    QDateTime taken;
    QString make;
    QString model;
    QString lens;
    QString exposure; // e.g. "1/250 s"
    QString aperture; // e.g. "f/2.8"
    QString iso;
    std::optional<double> latitude;  // degrees, north positive
    std::optional<double> longitude; // degrees, east positive
    int orientation = 1;
    QString title;    // IPTC object name or XMP dc:title
    QString keywords; // IPTC keywords or XMP dc:subject, comma separated
    // Make and model as people say it: once, when the model already names the maker
    // ("Canon" + "Canon EOS 70D", "NIKON CORPORATION" + "NIKON D850").
    QString camera() const;
    bool empty() const
    {
        return !taken.isValid() && make.isEmpty() && model.isEmpty() && !latitude;
    }
};

PhotoMetadata readPhotoMetadata(const QString &path);

} // namespace ad::imaging
