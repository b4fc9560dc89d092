#include "imaging/info.h"

#include "imaging/vipsutil.h"
#include "style/values.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <exiv2/exiv2.hpp>
#include <set>

namespace ad::imaging
{

namespace
{
// QJsonObject sorts its keys; CI's key order matters for byte-exact answers, so write by hand.
QString quoted(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}
} // namespace

QString infoFormatName(style::ImageFormat f)
{
    switch (f) {
    case style::ImageFormat::Jpeg:
        return QStringLiteral("jpeg");
    case style::ImageFormat::Heif:
        return QStringLiteral("heif");
    default:
        return style::formatName(f);
    }
}

QByteArray imageInfoJson(const QByteArray &bytes, style::ImageFormat format, QSize size, int frames)
{
    const QString md5 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
    QStringList fields;
    fields << QStringLiteral("\"format\": %1").arg(quoted(infoFormatName(format)))
           << QStringLiteral("\"width\": \"%1\"").arg(size.width())
           << QStringLiteral("\"height\": \"%1\"").arg(size.height())
           << QStringLiteral("\"size\": \"%1\"").arg(bytes.size())
           << QStringLiteral("\"md5\": \"%1\"").arg(md5)
           << QStringLiteral("\"frame_count\": \"%1\"").arg(frames);
    return (QLatin1Char('{') + fields.join(QStringLiteral(", ")) + QLatin1Char('}')).toUtf8();
}

QByteArray exifJson(const QByteArray &bytes)
{
    static const QByteArray none = QByteArrayLiteral("{\"error\" : \"no exif data\"}");
    try {
        Exiv2::enableBMFF(true);
        auto image = Exiv2::ImageFactory::open(
            reinterpret_cast<const Exiv2::byte *>(bytes.constData()), long(bytes.size()));
        image->readMetadata();
        const Exiv2::ExifData &exif = image->exifData();
        // Main image IFDs only: thumbnails (IFD1) and maker notes repeat tag names.
        static const std::set<std::string> groups{"Image", "Photo", "GPSInfo", "Iop"};
        QStringList fields;
        std::set<std::string> seen;
        for (const auto &datum : exif) {
            if (!groups.count(datum.groupName()) || datum.tagName() == "MakerNote") continue;
            if (!seen.insert(datum.tagName()).second) continue;
            fields << QStringLiteral("%1: {\"val\": %2, \"type\": %3}")
                          .arg(quoted(QString::fromStdString(datum.tagName())),
                               quoted(QString::fromStdString(datum.toString()).trimmed()))
                          .arg(int(datum.typeId()));
        }
        if (fields.isEmpty()) return none;
        return (QLatin1Char('{') + fields.join(QStringLiteral(", ")) + QLatin1Char('}')).toUtf8();
    } catch (const Exiv2::Error &) {
        return none;
    }
}

QByteArray imageAveJson(const vips::VImage &image)
{
    vips::VImage rgb = flattenOnto(toSrgb(image), qRgb(255, 255, 255));
    if (rgb.bands() == 1)
        rgb = vips::VImage::bandjoin({rgb, rgb, rgb}); // the static overload: all three listed
    const vips::VImage stats = rgb.stats(); // row 0: all bands, rows 1..n: each band; column 4 mean
    int mean[3];
    for (int b = 0; b < 3; ++b)
        mean[b] = std::clamp(int(std::lround(stats.getpoint(4, b + 1)[0])), 0, 255);
    const QString hex = QStringLiteral("%1%2%3")
                            .arg(mean[0], 2, 16, QLatin1Char('0'))
                            .arg(mean[1], 2, 16, QLatin1Char('0'))
                            .arg(mean[2], 2, 16, QLatin1Char('0'))
                            .toUpper();
    return QStringLiteral("{\"RGB\": \"0x%1\"}").arg(hex).toUtf8();
}

} // namespace ad::imaging
