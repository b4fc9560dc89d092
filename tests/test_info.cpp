// imageInfo, exif and imageAve answers (D14).

#include "imaging/executor.h"
#include "imaging/vipsutil.h"
#include "support/testimages.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ad;
using namespace ad::imaging;
using namespace ad::test;

class InfoTest : public QObject
{
    Q_OBJECT

    static QByteArray run(const QByteArray &in, const QString &processing)
    {
        const ProcessResult r = process({QString(), in}, processing);
        if (!r.isJson) qFatal("not JSON");
        return r.data;
    }

private Q_SLOTS:
    void imageInfoShape()
    {
        const QByteArray jpeg = makeImage(960, 540, QStringLiteral("jpg"));
        const QByteArray json = run(jpeg, QStringLiteral("imageInfo"));
        const QString md5 =
            QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Md5).toHex());
        // Key order and numbers-as-strings exactly as the document shows them.
        QCOMPARE(QString::fromUtf8(json),
                 QStringLiteral("{\"format\": \"jpeg\", \"width\": \"960\", \"height\": \"540\", "
                                "\"size\": \"%1\", \"md5\": \"%2\", \"frame_count\": \"1\"}")
                     .arg(jpeg.size())
                     .arg(md5));
    }

    void imageInfoFormatsAndFrames()
    {
        const auto field = [](const QByteArray &json, const char *key) {
            return QJsonDocument::fromJson(json).object().value(QLatin1String(key)).toString();
        };
        QCOMPARE(field(run(makeImage(10, 10, QStringLiteral("png")), QStringLiteral("imageInfo")),
                       "format"),
                 QStringLiteral("png"));
        QCOMPARE(field(run(makeImage(10, 10, QStringLiteral("webp")), QStringLiteral("imageInfo")),
                       "format"),
                 QStringLiteral("webp"));
        QCOMPARE(field(run(makeImage(64, 64, QStringLiteral("heic")), QStringLiteral("imageInfo")),
                       "format"),
                 QStringLiteral("heif"));
        QCOMPARE(field(run(makeImage(64, 64, QStringLiteral("avif")), QStringLiteral("imageInfo")),
                       "format"),
                 QStringLiteral("avif"));
        const QByteArray gif = run(makeGif(30, 20, 7), QStringLiteral("imageInfo"));
        QCOMPARE(field(gif, "frame_count"), QStringLiteral("7"));
        QCOMPARE(field(gif, "height"), QStringLiteral("20"));
        // After processing stages, the info describes the processed image.
        const QByteArray processed =
            run(makeImage(960, 540, QStringLiteral("jpg")),
                QStringLiteral("imageMogr2/thumbnail/!50p/format/png|imageInfo"));
        QCOMPARE(field(processed, "width"), QStringLiteral("480"));
        QCOMPARE(field(processed, "format"), QStringLiteral("png"));
    }

    void exif()
    {
        QTemporaryDir dir;
        const QString path =
            writeTemp(dir, QStringLiteral("e.jpg"), makeImage(64, 48, QStringLiteral("jpg")));
        QCOMPARE(
            test::run(QStringLiteral("exiv2"),
                      {QStringLiteral("-q"), QStringLiteral("-M"),
                       QStringLiteral("set Exif.Image.Make AssetDesk"), QStringLiteral("-M"),
                       QStringLiteral("set Exif.Photo.DateTimeOriginal 2024:05:01 10:30:00"),
                       QStringLiteral("-M"), QStringLiteral("set Exif.Image.Orientation 6"), path}),
            0);
        const ProcessResult r = process({path, {}}, QStringLiteral("exif"));
        const QJsonObject o = QJsonDocument::fromJson(r.data).object();
        QCOMPARE(o.value(QStringLiteral("Make")).toObject().value(QStringLiteral("val")).toString(),
                 QStringLiteral("AssetDesk"));
        QCOMPARE(o.value(QStringLiteral("Make")).toObject().value(QStringLiteral("type")).toInt(),
                 2); // ASCII
        QCOMPARE(o.value(QStringLiteral("Orientation"))
                     .toObject()
                     .value(QStringLiteral("val"))
                     .toString(),
                 QStringLiteral("6"));
        QCOMPARE(
            o.value(QStringLiteral("Orientation")).toObject().value(QStringLiteral("type")).toInt(),
            3); // SHORT
        QCOMPARE(o.value(QStringLiteral("DateTimeOriginal"))
                     .toObject()
                     .value(QStringLiteral("val"))
                     .toString(),
                 QStringLiteral("2024:05:01 10:30:00"));
        // No EXIF: the document's exact answer.
        QCOMPARE(run(makeImage(8, 8, QStringLiteral("png")), QStringLiteral("exif")),
                 QByteArray("{\"error\" : \"no exif data\"}"));
    }

    void imageAve()
    {
        imaging::ensureVips();
        const vips::VImage solid =
            vips::VImage::black(50, 40)
                .new_from_image({0x73, 0x62, 0x46})
                .cast(VIPS_FORMAT_UCHAR)
                .copy(vips::VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
        const QByteArray png = imaging::takeBlob(solid.pngsave_buffer());
        QCOMPARE(run(png, QStringLiteral("imageAve")), QByteArray("{\"RGB\": \"0x736246\"}"));
        // Half black, half white: mean grey, upper-case hex.
        const vips::VImage halves = vips::VImage::black(20, 10)
                                        .insert(vips::VImage::black(10, 10) + 255, 10, 0)
                                        .cast(VIPS_FORMAT_UCHAR);
        const QByteArray grey =
            run(imaging::takeBlob(halves.pngsave_buffer()), QStringLiteral("imageAve"));
        QCOMPARE(grey, QByteArray("{\"RGB\": \"0x808080\"}"));
        const vips::VImage pink =
            vips::VImage::black(4, 4)
                .new_from_image({0xAB, 0xCD, 0xEF})
                .cast(VIPS_FORMAT_UCHAR)
                .copy(vips::VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
        QCOMPARE(run(imaging::takeBlob(pink.pngsave_buffer()), QStringLiteral("imageAve")),
                 QByteArray("{\"RGB\": \"0xABCDEF\"}"));
    }
};

QTEST_GUILESS_MAIN(InfoTest)
#include "test_info.moc"
