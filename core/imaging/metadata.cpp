#include "imaging/metadata.h"

#include "metadata/xmpfile.h"

#include <QFile>
#include <QStringList>
#include <exiv2/exiv2.hpp>

namespace ad::imaging
{

namespace
{

QString exifText(const Exiv2::ExifData &exif, const char *key)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    return it == exif.end() ? QString() : QString::fromStdString(it->toString()).trimmed();
}

// Degrees from three EXIF rationals (degrees, minutes, seconds) and a N/S or E/W reference.
std::optional<double> coordinate(const Exiv2::ExifData &exif, const char *valueKey,
                                 const char *refKey, char negative)
{
    const auto it = exif.findKey(Exiv2::ExifKey(valueKey));
    if (it == exif.end() || it->count() < 3) return std::nullopt;
    double degrees = 0;
    double scale = 1;
    for (long i = 0; i < 3; ++i, scale *= 60) {
        const Exiv2::Rational r = it->toRational(i);
        if (r.second == 0) return std::nullopt;
        degrees += double(r.first) / r.second / scale;
    }
    const QString ref = exifText(exif, refKey);
    return ref.startsWith(QLatin1Char(negative)) ? -degrees : degrees;
}

QString rationalText(const Exiv2::ExifData &exif, const char *key, bool fraction)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end()) return {};
    const Exiv2::Rational r = it->toRational(0);
    if (r.second == 0) return {};
    const double v = double(r.first) / r.second;
    if (fraction && v > 0 && v < 1) return QStringLiteral("1/%1 s").arg(qRound(1.0 / v));
    return fraction ? QStringLiteral("%1 s").arg(v) : QStringLiteral("f/%1").arg(v, 0, 'g', 3);
}

} // namespace

QString PhotoMetadata::camera() const
{
    const auto firstWord = [](const QString &s) {
        return s.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    };
    const QString maker = firstWord(make);
    if (!maker.isEmpty() && firstWord(model).compare(maker, Qt::CaseInsensitive) == 0)
        return model.trimmed();
    return (make.trimmed() + QLatin1Char(' ') + model.trimmed()).trimmed();
}

PhotoMetadata readPhotoMetadata(const QString &path)
{
    metadata::initExiv2(); // HEIC and AVIF, and XMP parsing safe across threads
    PhotoMetadata m;
    try {
        auto image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        image->readMetadata();
        const Exiv2::ExifData &exif = image->exifData();
        const QString taken = exifText(exif, "Exif.Photo.DateTimeOriginal");
        m.taken =
            QDateTime::fromString(taken.isEmpty() ? exifText(exif, "Exif.Image.DateTime") : taken,
                                  QStringLiteral("yyyy:MM:dd hh:mm:ss"));
        m.make = exifText(exif, "Exif.Image.Make");
        m.model = exifText(exif, "Exif.Image.Model");
        m.lens = exifText(exif, "Exif.Photo.LensModel");
        m.exposure = rationalText(exif, "Exif.Photo.ExposureTime", true);
        m.aperture = rationalText(exif, "Exif.Photo.FNumber", false);
        m.iso = exifText(exif, "Exif.Photo.ISOSpeedRatings");
        m.latitude =
            coordinate(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef", 'S');
        m.longitude =
            coordinate(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef", 'W');
        const QString orientation = exifText(exif, "Exif.Image.Orientation");
        m.orientation = orientation.isEmpty() ? 1 : orientation.toInt();
        const Exiv2::IptcData &iptc = image->iptcData();
        QStringList keywords;
        for (const auto &datum : iptc) {
            if (datum.key() == "Iptc.Application2.ObjectName")
                m.title = QString::fromStdString(datum.toString());
            else if (datum.key() == "Iptc.Application2.Keywords")
                keywords << QString::fromStdString(datum.toString());
        }
        const Exiv2::XmpData &xmp = image->xmpData();
        for (const auto &datum : xmp) {
            if (datum.key() == "Xmp.dc.title" && m.title.isEmpty())
                m.title = QString::fromStdString(datum.toString())
                              .remove(QStringLiteral("lang=\"x-default\" "));
            else if (datum.key() == "Xmp.dc.subject" && keywords.isEmpty())
                keywords << QString::fromStdString(datum.toString());
        }
        m.keywords = keywords.join(QStringLiteral(", "));
    } catch (const Exiv2::Error &) {
        return PhotoMetadata(); // not an image exiv2 knows, or damaged: nothing to show
    }
    return m;
}

} // namespace ad::imaging
