// Photo metadata through exiv2: EXIF fields, GPS with hemispheres, IPTC, HEIC through BMFF,
// and files that carry none or are not images.

#include "imaging/metadata.h"
#include "imaging/vipsutil.h"
#include "support/testimages.h"

#include <QTest>

using namespace ad;
using namespace ad::imaging;
using namespace ad::test;

class MetadataTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString tagged()
    {
        const QString path = writeTemp(m_dir, QStringLiteral("tagged.jpg"),
                                       makeImage(320, 240, QStringLiteral("jpg")));
        const QStringList sets{
            QStringLiteral("set Exif.Image.Make Canon"),
            QStringLiteral("set Exif.Image.Model EOS R6"),
            QStringLiteral("set Exif.Photo.DateTimeOriginal 2024:05:01 10:30:15"),
            QStringLiteral("set Exif.Photo.LensModel RF24-105mm F4 L"),
            QStringLiteral("set Exif.Photo.ExposureTime Rational 1/250"),
            QStringLiteral("set Exif.Photo.FNumber Rational 28/10"),
            QStringLiteral("set Exif.Photo.ISOSpeedRatings 400"),
            QStringLiteral("set Exif.GPSInfo.GPSLatitudeRef S"),
            QStringLiteral("set Exif.GPSInfo.GPSLatitude 33/1 52/1 4/1"),
            QStringLiteral("set Exif.GPSInfo.GPSLongitudeRef W"),
            QStringLiteral("set Exif.GPSInfo.GPSLongitude 70/1 30/1 0/1"),
            QStringLiteral("set Exif.Image.Orientation 6"),
            QStringLiteral("set Iptc.Application2.ObjectName Harbour"),
            QStringLiteral("add Iptc.Application2.Keywords sea"),
            QStringLiteral("add Iptc.Application2.Keywords boats")};
        QStringList args{QStringLiteral("-q")};
        for (const QString &s : sets)
            args << QStringLiteral("-M") << s;
        args << path;
        if (run(QStringLiteral("exiv2"), args) != 0) qFatal("exiv2 could not tag the test image");
        return path;
    }

private Q_SLOTS:
    void readsExifGpsAndIptc()
    {
        const PhotoMetadata m = readPhotoMetadata(tagged());
        QCOMPARE(m.make, QStringLiteral("Canon"));
        QCOMPARE(m.model, QStringLiteral("EOS R6"));
        QCOMPARE(m.lens, QStringLiteral("RF24-105mm F4 L"));
        QCOMPARE(m.taken, QDateTime(QDate(2024, 5, 1), QTime(10, 30, 15)));
        QCOMPARE(m.exposure, QStringLiteral("1/250 s"));
        QCOMPARE(m.aperture, QStringLiteral("f/2.8"));
        QCOMPARE(m.iso, QStringLiteral("400"));
        QVERIFY(qAbs(*m.latitude - (-(33 + 52 / 60.0 + 4 / 3600.0))) < 1e-9);
        QVERIFY(qAbs(*m.longitude - (-70.5)) < 1e-9);
        QCOMPARE(m.orientation, 6);
        QCOMPARE(m.title, QStringLiteral("Harbour"));
        QCOMPARE(m.keywords, QStringLiteral("sea, boats"));
    }

    void readsHeic()
    {
        // vips carries the EXIF block into the HEIC container; exiv2 reads it back (BMFF).
        ensureVipsModules(); // heifsave lives in a module
        const vips::VImage jpeg = vips::VImage::new_from_file(tagged().toUtf8().constData());
        const QString heic = m_dir.filePath(QStringLiteral("tagged.heic"));
        jpeg.heifsave(heic.toUtf8().constData());
        const PhotoMetadata m = readPhotoMetadata(heic);
        QCOMPARE(m.make, QStringLiteral("Canon"));
        QCOMPARE(m.taken.date(), QDate(2024, 5, 1));
    }

    void emptyForFilesWithout()
    {
        QVERIFY(readPhotoMetadata(writeTemp(m_dir, QStringLiteral("plain.png"),
                                            makeImage(8, 8, QStringLiteral("png"))))
                    .empty());
        QVERIFY(readPhotoMetadata(writeTemp(m_dir, QStringLiteral("junk.jpg"), "not an image"))
                    .empty());
        QVERIFY(readPhotoMetadata(m_dir.filePath(QStringLiteral("missing.jpg"))).empty());
    }
};

QTEST_GUILESS_MAIN(MetadataTest)
#include "test_metadata.moc"
