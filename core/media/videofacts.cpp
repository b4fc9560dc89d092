#include "media/videofacts.h"

#include "media/decoder.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cmath>

namespace ad::media
{

namespace
{

QJsonObject firstStream(const QJsonObject &streams, const QString &kind)
{
    const QJsonValue v = streams.value(kind);
    return v.isArray() ? v.toArray().first().toObject() : v.toObject();
}

// QuickTime writes "2021-05-01T02:00:00.000000Z"; Apple's creationdate carries its offset as
// "+0800", which Qt reads as well as "+08:00".
QDateTime isoTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid()) t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return t;
}

// XMP's GPS coordinate, "48,51.462N" or "48,51,27.7N": degrees, minutes (and seconds).
std::optional<double> xmpCoordinate(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d+),(\\d+(?:\\.\\d+)?)(?:,(\\d+(?:\\.\\d+)?))?([NSEW])$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch()) return std::nullopt;
    const double value =
        m.captured(1).toDouble() + m.captured(2).toDouble() / 60 + m.captured(3).toDouble() / 3600;
    const QChar hemisphere = m.captured(4).at(0);
    return hemisphere == u'S' || hemisphere == u'W' ? -value : value;
}

struct XmpFacts {
    QDateTime created;
    std::optional<double> latitude, longitude;
};

// The few XMP properties a clip's facts take, as attributes or elements.
XmpFacts readXmp(const QString &packet)
{
    XmpFacts facts;
    QXmlStreamReader xml(packet);
    const auto take = [&](QStringView name, const QString &value) {
        if (name == u"GPSLatitude")
            facts.latitude = xmpCoordinate(value);
        else if (name == u"GPSLongitude")
            facts.longitude = xmpCoordinate(value);
        else if ((name == u"CreateDate" || name == u"DateTimeOriginal") && !facts.created.isValid())
            facts.created = isoTime(value);
    };
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        for (const QXmlStreamAttribute &a : xml.attributes())
            take(a.name(), a.value().toString());
        const QString name = xml.name().toString();
        if (name == QLatin1String("GPSLatitude") || name == QLatin1String("GPSLongitude") ||
            name == QLatin1String("CreateDate") || name == QLatin1String("DateTimeOriginal"))
            take(name, xml.readElementText(QXmlStreamReader::SkipChildElements));
    }
    return facts;
}

} // namespace

bool parseIso6709(const QString &text, double *latitude, double *longitude)
{
    static const QRegularExpression form(QStringLiteral(
        "^([+-]\\d{1,2}(?:\\.\\d+)?)([+-]\\d{1,3}(?:\\.\\d+)?)([+-]\\d+(?:\\.\\d+)?)?"
        "(?:CRS[^/]*)?/?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch()) return false;
    const double lat = m.captured(1).toDouble(), lon = m.captured(2).toDouble();
    if (std::abs(lat) > 90 || std::abs(lon) > 180) return false;
    *latitude = lat;
    *longitude = lon;
    return true;
}

VideoFacts videoFactsOf(const QJsonObject &mediaInfo, const QMap<QString, QString> &tags)
{
    VideoFacts facts;
    const QJsonObject format = mediaInfo.value(QStringLiteral("Format")).toObject();
    const QJsonObject streams = mediaInfo.value(QStringLiteral("Stream")).toObject();
    facts.seconds = format.value(QStringLiteral("Duration")).toString().toDouble();
    facts.bitrate = qRound64(format.value(QStringLiteral("Bitrate")).toString().toDouble() * 1000);
    if (const QJsonObject v = firstStream(streams, QStringLiteral("Video")); !v.isEmpty()) {
        facts.videoCodec = v.value(QStringLiteral("CodecName")).toString();
        // The average rate: a variable-rate phone clip's nominal rate can be far off.
        const QStringList avg = v.value(QStringLiteral("AvgFps")).toString().split(u'/');
        facts.fps = avg.size() == 2 && avg[1].toDouble() > 0
                        ? avg[0].toDouble() / avg[1].toDouble()
                        : v.value(QStringLiteral("Fps")).toString().toDouble();
        const long turns =
            std::lround(v.value(QStringLiteral("Rotation")).toString().toDouble() / 90);
        facts.rotation = int(((turns % 4) + 4) % 4) * 90;
        const QSize stored(v.value(QStringLiteral("Width")).toString().toInt(),
                           v.value(QStringLiteral("Height")).toString().toInt());
        facts.size = facts.rotation % 180 ? stored.transposed() : stored;
    }
    if (const QJsonObject a = firstStream(streams, QStringLiteral("Audio")); !a.isEmpty())
        facts.audioCodec = a.value(QStringLiteral("CodecName")).toString();

    // Apple's own date keeps the local offset; creation_time is the same moment in UTC.
    for (const char *key : {"com.apple.quicktime.creationdate", "creation_time"}) {
        if (facts.created.isValid()) break;
        facts.created = isoTime(tags.value(QLatin1String(key)));
    }
    for (const char *key : {"com.apple.quicktime.location.ISO6709", "location"}) {
        double lat = 0, lon = 0;
        if (parseIso6709(tags.value(QLatin1String(key)), &lat, &lon)) {
            facts.latitude = lat;
            facts.longitude = lon;
            break;
        }
    }
    if (const QString xmp = tags.value(QStringLiteral("xmp")); !xmp.isEmpty()) {
        const XmpFacts x = readXmp(xmp);
        if (!facts.created.isValid()) facts.created = x.created;
        if (!facts.latitude && x.latitude && x.longitude) {
            facts.latitude = x.latitude;
            facts.longitude = x.longitude;
        }
    }
    return facts;
}

VideoFacts readVideoFacts(const QString &path, QString *error)
{
    const Decoder *d = decoder(error);
    if (!d) return {};
    const QJsonObject info = d->mediaInfo(path, error);
    if (info.isEmpty()) return {};
    return videoFactsOf(info, d->tags(path, error));
}

} // namespace ad::media
