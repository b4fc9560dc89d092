#pragma once

// What the Inspector, the catalogue and the filter bar know about a clip: duration, codecs,
// frame rate, bitrate, rotation, size, creation time and place. From the FFmpeg plugin's
// stream facts and the container's tags: QuickTime's creation_time, `location` (©xyz) and
// com.apple.quicktime.location.ISO6709 / creationdate, and an embedded XMP packet where the
// QuickTime tags are missing.

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QSize>
#include <QString>
#include <optional>

namespace ad::media
{

struct VideoFacts {
    double seconds = 0;
    QSize size;                     // upright (rotation applied); invalid for sound only
    QString videoCodec, audioCodec; // FFmpeg's short names: h264, aac
    double fps = 0;
    qint64 bitrate = 0; // bit/s, the whole file
    int rotation = 0;   // clockwise degrees the picture is turned for display: 0/90/180/270
    QDateTime created;  // invalid when unknown
    std::optional<double> latitude, longitude;
    bool isNull() const { return seconds <= 0 && !size.isValid(); }
};

// From the plugin's mediaInfo() and tags() of the same file.
VideoFacts videoFactsOf(const QJsonObject &mediaInfo, const QMap<QString, QString> &tags);
// Reads both; null facts with `error` set when the file cannot be read.
VideoFacts readVideoFacts(const QString &path, QString *error = nullptr);

// "+48.8577+002.2950+035.000/" (ISO 6709 decimal degrees): false when it is not that form.
bool parseIso6709(const QString &text, double *latitude, double *longitude);

} // namespace ad::media
