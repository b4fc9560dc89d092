// XMP round trips through exiv2: files tagged the way Lightroom and digiKam tag them read as
// hierarchical tags, edits go into the file and/or its sidecar without touching pixels or any
// other metadata, a failed write leaves the original as it was, and the catalogue settles a
// file changed elsewhere against its own edits by the documented rule.

#include "catalog/catalog.h"
#include "catalog/metadatapolicy.h"
#include "common/error.h"
#include "metadata/filemetaqueue.h"
#include "metadata/metastore.h"
#include "metadata/xmpfile.h"
#include "support/testimages.h"

#include <QColorSpace>
#include <QDir>
#include <QFile>
#include <QJsonValue>
#include <QMutex>
#include <QSettings>
#include <QTest>
#include <exiv2/exiv2.hpp>
#include <functional>

using namespace ad;
using namespace ad::metadata;
using namespace ad::test;

namespace
{
std::string local(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

// Tags a file with the exiv2 API, as another program would.
void tag(const QString &path, const std::function<void(Exiv2::Image &)> &fn)
{
    initExiv2();
    auto image = Exiv2::ImageFactory::open(local(path));
    image->readMetadata();
    fn(*image);
    image->writeMetadata();
}

void addArray(Exiv2::XmpData &xmp, const char *key, Exiv2::TypeId type,
              const std::vector<std::string> &items)
{
    Exiv2::XmpArrayValue v(type);
    for (const auto &item : items)
        v.read(item);
    xmp.add(Exiv2::XmpKey(key), &v);
}

QStringList xmpList(const QString &path, const char *key)
{
    auto image = Exiv2::ImageFactory::open(local(path));
    image->readMetadata();
    QStringList out;
    const auto it = image->xmpData().findKey(Exiv2::XmpKey(key));
    if (it == image->xmpData().end()) return out;
    if (it->typeId() != Exiv2::xmpBag && it->typeId() != Exiv2::xmpSeq)
        return {QString::fromStdString(it->toString())};
    for (long i = 0; i < it->count(); ++i)
        out << QString::fromStdString(it->toString(i));
    return out;
}

// Every metadata entry of a file as "key=value" lines (the exiv2 listing), ICC profile included.
QStringList listing(const QString &path)
{
    auto image = Exiv2::ImageFactory::open(local(path));
    image->readMetadata();
    QStringList out;
    for (const auto &d : image->exifData())
        out << QString::fromStdString(d.key() + "=" + d.toString());
    for (const auto &d : image->iptcData())
        out << QString::fromStdString(d.key() + "=" + d.toString());
    for (const auto &d : image->xmpData())
        out << QString::fromStdString(d.key() + "=" + d.toString());
    if (const Exiv2::DataBuf *icc = image->iccProfile(); icc && icc->size_ > 0)
        out << QStringLiteral("icc=") +
                   QString::fromLatin1(
                       QByteArray(reinterpret_cast<const char *>(icc->pData_), icc->size_).toHex());
    return out;
}

// The compressed picture of a JPEG: from the first start-of-scan marker to the end.
QByteArray jpegScan(const QByteArray &jpeg)
{
    return jpeg.mid(jpeg.indexOf(QByteArray("\xff\xda", 2)));
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

MetaEdit removing(const QString &tag)
{
    MetaEdit e;
    e.removeTags = {tag};
    return e;
}

MetaEdit setting(const QString &key, const QString &value)
{
    MetaEdit e;
    e.text[key] = value;
    return e;
}

void setTime(const QString &path, const QDateTime &t)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(t, QFileDevice::FileModificationTime));
}
} // namespace

class XmpTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        initExiv2();
        Exiv2::XmpProperties::registerNs("http://example.com/adtest/1.0/", "adtest");
    }

    void recordEditsAndJson()
    {
        MetaRecord r;
        MetaEdit e;
        e.addTags = {QStringLiteral(" places / asia/tokyo "), QStringLiteral("cat")};
        e.text[QStringLiteral("creator")] = QStringLiteral("Ann ;Bo");
        e.text[QStringLiteral("latitude")] = QStringLiteral("35.6586");
        e.label = 3;
        r = applied(r, e);
        QCOMPARE(*r.tags,
                 QStringList({QStringLiteral("places/asia/tokyo"), QStringLiteral("cat")}));
        QCOMPARE(r.text.value(QStringLiteral("creator")), QStringLiteral("Ann; Bo"));
        QCOMPARE(r.text.value(QStringLiteral("latitude")), QStringLiteral("35.658600"));
        r = applied(r, removing(QStringLiteral("cat")));
        QCOMPARE(*r.tags, QStringList{QStringLiteral("places/asia/tokyo")});
        QCOMPARE(recordFromJson(toJson(r)), r);
        QCOMPARE(toJson(r).value(QStringLiteral("label")).toString(), QStringLiteral("Yellow"));
        QCOMPARE(tagFromLightroom(QStringLiteral("Places|Asia|Tokyo")),
                 QStringLiteral("Places/Asia/Tokyo"));
        QCOMPARE(tagToLightroom(QStringLiteral("Places/Asia/Tokyo")),
                 QStringLiteral("Places|Asia|Tokyo"));
        QCOMPARE(flatKeywords({QStringLiteral("a/b/c"), QStringLiteral("a/d")}),
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                              QStringLiteral("d")}));
    }

    void lightroomFileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path =
            writeTemp(dir, QStringLiteral("lr.jpg"), makeImage(64, 48, QStringLiteral("jpg")));
        tag(path, [](Exiv2::Image &image) {
            Exiv2::XmpData &xmp = image.xmpData();
            xmp["Xmp.xmp.Rating"] = "4";
            xmp["Xmp.xmp.Label"] = "Red";
            addArray(xmp, "Xmp.dc.subject", Exiv2::xmpBag, {"Places", "Asia", "Tokyo", "cat"});
            addArray(xmp, "Xmp.lr.hierarchicalSubject", Exiv2::xmpBag,
                     {"Places|Asia|Tokyo", "cat"});
            xmp["Xmp.dc.title"] = "lang=\"x-default\" Shibuya at night";
            addArray(xmp, "Xmp.dc.creator", Exiv2::xmpSeq, {"Ann Lee", "Bo Chen"});
            xmp["Xmp.photoshop.City"] = "Tokyo";
            xmp["Xmp.photoshop.Credit"] = "Agency";
        });
        const FileMeta read = readFileMeta(path, SidecarNaming::FullName);
        QCOMPARE(read.record.rating, 4);
        QCOMPARE(read.record.label, 1);
        QCOMPARE(*read.record.tags,
                 QStringList({QStringLiteral("Places/Asia/Tokyo"), QStringLiteral("cat")}));
        QCOMPARE(read.record.text.value(QStringLiteral("title")),
                 QStringLiteral("Shibuya at night"));
        QCOMPARE(read.record.text.value(QStringLiteral("creator")),
                 QStringLiteral("Ann Lee; Bo Chen"));
        QCOMPARE(read.record.text.value(QStringLiteral("city")), QStringLiteral("Tokyo"));
        QCOMPARE(read.record.text.value(QStringLiteral("credit")), QStringLiteral("Agency"));
        QVERIFY(read.sidecar.isEmpty());

        MetaEdit edit;
        edit.addTags = {QStringLiteral("Places/Europe/Paris")};
        edit.text[QStringLiteral("title")] = QStringLiteral("Shibuya crossing");
        edit.text[QStringLiteral("rights")] = QStringLiteral("© 2026 Ann Lee");
        edit.rating = 5;
        const MetaRecord wanted = applied(read.record, edit);
        const QStringList written =
            writeFileMeta(path, wanted, WritePolicy::FileAndSidecar, SidecarNaming::FullName);
        QCOMPARE(written, QStringList({path, path + QStringLiteral(".xmp")}));
        // In Lightroom's and digiKam's own keys, as each of them writes them.
        QVERIFY(xmpList(path, "Xmp.lr.hierarchicalSubject")
                    .contains(QStringLiteral("Places|Europe|Paris")));
        QVERIFY(
            xmpList(path, "Xmp.digiKam.TagsList").contains(QStringLiteral("Places/Europe/Paris")));
        QVERIFY(xmpList(path, "Xmp.dc.subject").contains(QStringLiteral("Paris")));
        QCOMPARE(xmpList(path, "Xmp.xmp.Rating"), QStringList{QStringLiteral("5")});
        QCOMPARE(xmpList(path, "Xmp.xmp.Label"), QStringList{QStringLiteral("Red")});
        const FileMeta embedded = readFileMeta(path, SidecarNaming::BaseName); // no photo.xmp
        QCOMPARE(embedded.record.text, wanted.text);
        QCOMPARE(QSet<QString>(embedded.record.tags->begin(), embedded.record.tags->end()),
                 QSet<QString>(wanted.tags->begin(), wanted.tags->end()));
        // The sidecar alone says the same.
        auto side = Exiv2::ImageFactory::open(local(path + QStringLiteral(".xmp")));
        side->readMetadata();
        QCOMPARE(QString::fromStdString(side->xmpData()["Xmp.photoshop.City"].toString()),
                 QStringLiteral("Tokyo"));
        QVERIFY(xmpList(path + QStringLiteral(".xmp"), "Xmp.lr.hierarchicalSubject")
                    .contains(QStringLiteral("Places|Asia|Tokyo")));
    }

    void digikamFileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path =
            writeTemp(dir, QStringLiteral("dk.png"), makeImage(40, 30, QStringLiteral("png")));
        tag(path, [](Exiv2::Image &image) {
            Exiv2::XmpData &xmp = image.xmpData();
            addArray(xmp, "Xmp.digiKam.TagsList", Exiv2::xmpSeq,
                     {"People/Family/Anna", "Events/Birthday"});
            addArray(xmp, "Xmp.dc.subject", Exiv2::xmpBag, {"Anna", "Birthday"});
            xmp["Xmp.dc.description"] = "lang=\"x-default\" Cake";
        });
        MetaRecord r = readFileMeta(path, SidecarNaming::FullName).record;
        QCOMPARE(*r.tags, QStringList({QStringLiteral("People/Family/Anna"),
                                       QStringLiteral("Events/Birthday")}));
        QCOMPARE(r.text.value(QStringLiteral("description")), QStringLiteral("Cake"));
        r = applied(r, removing(QStringLiteral("Events/Birthday")));
        writeFileMeta(path, r, WritePolicy::FileAndSidecar, SidecarNaming::FullName);
        QCOMPARE(xmpList(path, "Xmp.digiKam.TagsList"),
                 QStringList{QStringLiteral("People/Family/Anna")});
        QCOMPARE(xmpList(path, "Xmp.lr.hierarchicalSubject"),
                 QStringList{QStringLiteral("People|Family|Anna")});
        const QStringList subject = xmpList(path, "Xmp.dc.subject");
        QCOMPARE(QSet<QString>(subject.begin(), subject.end()),
                 QSet<QString>(
                     {QStringLiteral("People"), QStringLiteral("Family"), QStringLiteral("Anna")}));
    }

    // Favourites travel as digiKam's pick label: 3 (Accepted) is a favourite. Written to the
    // sidecar by default (the original untouched), read back, imported from a file digiKam
    // tagged, and cleared to 0 so a sidecar outvotes the file's own pick; a rejected pick stays.
    void favouriteRoundTrip()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AssetDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_xmp"));
        QSettings().remove(QStringLiteral("metadata/writePolicy"));
        QCOMPARE(catalog::metadataWritePolicy(), WritePolicy::SidecarOnly);
        QTemporaryDir dir;
        const QString path =
            writeTemp(dir, QStringLiteral("fav.jpg"), makeImage(24, 16, QStringLiteral("jpg")));
        const QByteArray original = readFile(path);
        const QString sidecar = path + QStringLiteral(".xmp");
        MetaRecord r;
        r.favourite = true;
        QCOMPARE(writeFileMeta(path, r, catalog::metadataWritePolicy(), SidecarNaming::FullName),
                 QStringList{sidecar});
        QCOMPARE(readFile(path), original);
        QCOMPARE(xmpList(sidecar, "Xmp.digiKam.PickLabel"), QStringList{QStringLiteral("3")});
        QCOMPARE(readFileMeta(path, SidecarNaming::FullName).record.favourite, true);
        QCOMPARE(toJson(readFileMeta(path, SidecarNaming::FullName).record)
                     .value(QStringLiteral("favourite")),
                 QJsonValue(true));

        // A file digiKam picked: a favourite in the catalogue once imported.
        const QString picked =
            writeTemp(dir, QStringLiteral("picked.png"), makeImage(24, 16, QStringLiteral("png")));
        tag(picked, [](Exiv2::Image &image) { image.xmpData()["Xmp.digiKam.PickLabel"] = "3"; });
        catalog::Catalog cat(QStringLiteral(":memory:"));
        MetaStore store(cat);
        QCOMPARE(readFileMeta(picked, SidecarNaming::FullName).record.favourite, true);
        store.importFile(picked, readFileMeta(picked, SidecarNaming::FullName));
        QVERIFY(cat.entry(picked)->favourite);
        // Unmarked in the catalogue (the library panel, the "." key): an edit to carry over,
        // which the sidecar then says against the file's own pick.
        cat.setFavourite({picked}, false);
        const auto unwritten = store.unwrittenLibraryFields();
        QCOMPARE(unwritten.size(), 1);
        QCOMPARE(unwritten.first().first, picked);
        QCOMPARE(unwritten.first().second.favourite, false);
        const FileMeta after = updateFileMeta(picked, unwritten.first().second,
                                              WritePolicy::SidecarOnly, SidecarNaming::FullName);
        QCOMPARE(after.record.favourite, false);
        QCOMPARE(xmpList(picked + QStringLiteral(".xmp"), "Xmp.digiKam.PickLabel"),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(xmpList(picked, "Xmp.digiKam.PickLabel"), QStringList{QStringLiteral("3")});

        // A rejected pick is no favourite and stays rejected when one is cleared.
        tag(sidecar, [](Exiv2::Image &image) { image.xmpData()["Xmp.digiKam.PickLabel"] = "1"; });
        QCOMPARE(readFileMeta(path, SidecarNaming::FullName).record.favourite, false);
        r.favourite = false;
        writeFileMeta(path, r, WritePolicy::SidecarOnly, SidecarNaming::FullName);
        QCOMPARE(xmpList(sidecar, "Xmp.digiKam.PickLabel"), QStringList{QStringLiteral("1")});
    }

    void pixelsAndForeignMetadataKept_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("jpeg") << QStringLiteral("jpg");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("webp") << QStringLiteral("webp");
        QTest::newRow("tiff") << QStringLiteral("tif");
    }

    void pixelsAndForeignMetadataKept()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString path =
            writeTemp(dir, QStringLiteral("photo.") + format, makeImage(80, 60, format));
        const QByteArray icc = QColorSpace(QColorSpace::DisplayP3).iccProfile();
        QVERIFY(!icc.isEmpty());
        tag(path, [&](Exiv2::Image &image) {
            image.exifData()["Exif.Image.Model"] = "TestCam X100";
            image.exifData()["Exif.Image.Make"] = "AssetDesk";
            image.iptcData()["Iptc.Application2.ObjectName"] = "Old title";
            image.xmpData()["Xmp.adtest.Shot"] = "42";
            Exiv2::DataBuf profile(reinterpret_cast<const Exiv2::byte *>(icc.constData()),
                                   long(icc.size()));
            image.setIccProfile(profile);
        });
        const QStringList before = listing(path);
        QVERIFY(before.contains(QStringLiteral("Exif.Image.Model=TestCam X100")));
        QVERIFY(before.contains(QStringLiteral("Xmp.adtest.Shot=42")));
        QVERIFY(before.contains(QStringLiteral("icc=") + QString::fromLatin1(icc.toHex())));
        const QByteArray bytesBefore = readFile(path);
        const QImage pixelsBefore = decode(bytesBefore);

        MetaRecord r = readFileMeta(path, SidecarNaming::FullName).record;
        // WebP has no place for IIM datasets; elsewhere the title comes from them.
        const bool iim = format != QLatin1String("webp");
        QCOMPARE(r.text.value(QStringLiteral("title")),
                 iim ? QStringLiteral("Old title") : QString());
        MetaEdit e = setting(QStringLiteral("title"), QStringLiteral("New title"));
        e.text[QStringLiteral("city")] = QStringLiteral("北京");
        e.tags = QStringList{QStringLiteral("a/b")};
        r = applied(r, e);
        const QStringList written =
            writeFileMeta(path, r, WritePolicy::FileAndSidecar, SidecarNaming::FullName);
        QVERIFY(written.contains(path));

        const QByteArray bytesAfter = readFile(path);
        QVERIFY(bytesAfter != bytesBefore);
        QCOMPARE(decode(bytesAfter), pixelsBefore);
        if (format == QLatin1String("jpg")) QCOMPARE(jpegScan(bytesAfter), jpegScan(bytesBefore));
        const QStringList after = listing(path);
        // Everything that was there is there still, but for the fields written (and the XMP
        // toolkit's own stamp).
        for (const QString &line : before) {
            if (line.startsWith(QLatin1String("Iptc.Application2.ObjectName"))) continue;
            if (line.startsWith(QLatin1String("Xmp.xmp"))) continue;
            // Where TIFF strips sit moves when its metadata grows; the strips themselves do not.
            if (line.startsWith(QLatin1String("Exif.Image.StripOffsets")) ||
                line.startsWith(QLatin1String("Exif.Image.TileOffsets")))
                continue;
            // TIFF keeps the XMP packet and the IIM block in tags of its own: they are the
            // fields written, compared above and below.
            if (line.startsWith(QLatin1String("Exif.Image.XMLPacket")) ||
                line.startsWith(QLatin1String("Exif.Image.IPTCNAA")))
                continue;
            QVERIFY2(after.contains(line), qPrintable(line));
        }
        QVERIFY(after.contains(QStringLiteral("Xmp.dc.title=lang=\"x-default\" New title")));
        QCOMPARE(after.contains(QStringLiteral("Iptc.Application2.ObjectName=New title")), iim);
        QCOMPARE(
            readFileMeta(path, SidecarNaming::BaseName).record.text.value(QStringLiteral("city")),
            QStringLiteral("北京"));
    }

    void sidecarNamingAndSidecarOnly()
    {
        QCOMPARE(sidecarPath(QStringLiteral("/a/photo.jpg"), SidecarNaming::FullName),
                 QStringLiteral("/a/photo.jpg.xmp"));
        QCOMPARE(sidecarPath(QStringLiteral("/a/photo.jpg"), SidecarNaming::BaseName),
                 QStringLiteral("/a/photo.xmp"));
        QCOMPARE(sidecarPath(QStringLiteral("/a/my.photo.tar.jpg"), SidecarNaming::BaseName),
                 QStringLiteral("/a/my.photo.tar.xmp"));
        setSidecarNaming(SidecarNaming::BaseName);
        QCOMPARE(sidecarNaming(), SidecarNaming::BaseName);
        setSidecarNaming(SidecarNaming::FullName);
        QCOMPARE(sidecarNaming(), SidecarNaming::FullName);

        QTemporaryDir dir;
        const QString path =
            writeTemp(dir, QStringLiteral("photo.jpg"), makeImage(32, 32, QStringLiteral("jpg")));
        const QByteArray original = readFile(path);
        MetaRecord r;
        r.rating = 2;
        r.tags = QStringList{QStringLiteral("x/y")};
        QCOMPARE(writeFileMeta(path, r, WritePolicy::SidecarOnly, SidecarNaming::BaseName),
                 QStringList{dir.filePath(QStringLiteral("photo.xmp"))});
        QCOMPARE(readFile(path), original);
        QCOMPARE(filesIn(dir),
                 QStringList({QStringLiteral("photo.jpg"), QStringLiteral("photo.xmp")}));
        // Found under either name, whichever naming is set.
        const FileMeta viaOther = readFileMeta(path, SidecarNaming::FullName);
        QCOMPARE(viaOther.sidecar, dir.filePath(QStringLiteral("photo.xmp")));
        QCOMPARE(viaOther.record.rating, 2);
        QCOMPARE(*viaOther.record.tags, QStringList{QStringLiteral("x/y")});
        // An existing sidecar keeps what other programs put in it.
        tag(dir.filePath(QStringLiteral("photo.xmp")),
            [](Exiv2::Image &image) { image.xmpData()["Xmp.adtest.Shot"] = "7"; });
        r.rating = 3;
        writeFileMeta(path, r, WritePolicy::SidecarOnly, SidecarNaming::BaseName);
        QVERIFY(listing(dir.filePath(QStringLiteral("photo.xmp")))
                    .contains(QStringLiteral("Xmp.adtest.Shot=7")));
        QCOMPARE(readFileMeta(path, SidecarNaming::BaseName).record.rating, 3);
        // A text field cleared in a sidecar is gone (exiv2's EXIF and IIM copies of the
        // sidecar's XMP brought it back, and the write failed its read-back check).
        r.text[QStringLiteral("description")] = QStringLiteral("Shared caption");
        r.text[QStringLiteral("title")] = QStringLiteral("Kite");
        writeFileMeta(path, r, WritePolicy::SidecarOnly, SidecarNaming::BaseName);
        QCOMPARE(readFileMeta(path, SidecarNaming::BaseName)
                     .record.text.value(QStringLiteral("description")),
                 QStringLiteral("Shared caption"));
        r.text.remove(QStringLiteral("description"));
        writeFileMeta(path, r, WritePolicy::SidecarOnly, SidecarNaming::BaseName);
        const MetaRecord cleared = readFileMeta(path, SidecarNaming::BaseName).record;
        QVERIFY(!cleared.text.contains(QStringLiteral("description")));
        QCOMPARE(cleared.text.value(QStringLiteral("title")), QStringLiteral("Kite"));
        QVERIFY(listing(dir.filePath(QStringLiteral("photo.xmp")))
                    .contains(QStringLiteral("Xmp.adtest.Shot=7")));
        // Never writes nothing at all.
        QVERIFY(writeFileMeta(path, r, WritePolicy::Never, SidecarNaming::BaseName).isEmpty());
    }

    // Writes go one after another on the core's writer thread, in the order asked, so the
    // later edit of a file wins; a folder's import hands over what its files say in chunks and
    // leaves sidecars and files that say nothing out.
    void writesAndImportsOffTheCallersThread()
    {
        QTemporaryDir dir;
        const QString a =
            writeTemp(dir, QStringLiteral("a.jpg"), makeImage(32, 32, QStringLiteral("jpg")));
        const QString b =
            writeTemp(dir, QStringLiteral("b.jpg"), makeImage(32, 32, QStringLiteral("jpg")));
        writeTemp(dir, QStringLiteral("plain.jpg"), makeImage(32, 32, QStringLiteral("jpg")));
        MetaEdit two, four;
        two.rating = 2;
        four.rating = 4;
        QFuture<WriteResult> first = updateFilesAsync(
            {{a, two}, {b, two}}, WritePolicy::SidecarOnly, SidecarNaming::FullName);
        QFuture<WriteResult> second =
            updateFilesAsync({{a, four}}, WritePolicy::SidecarOnly, SidecarNaming::FullName);
        QTRY_VERIFY(first.isFinished() && second.isFinished());
        QCOMPARE(first.result().written.size(), 2);
        QVERIFY(second.result().errors.isEmpty());
        QCOMPARE(readFileMeta(a, SidecarNaming::FullName).record.rating, 4);
        QCOMPARE(readFileMeta(b, SidecarNaming::FullName).record.rating, 2);
        const QFuture<WriteResult> missing =
            updateFilesAsync({{dir.filePath(QStringLiteral("gone.jpg")), two}},
                             WritePolicy::SidecarOnly, SidecarNaming::FullName);
        QTRY_VERIFY(missing.isFinished());
        QCOMPARE(missing.result().errors.size(), 1);

        QMutex lock;
        QList<QPair<int, bool>> calls; // chunk size, done
        QStringList read;
        auto stop = std::make_shared<std::atomic_bool>(false);
        QFuture<void> imported = readFolderAsync(dir.path(), SidecarNaming::FullName, stop, 1,
                                                 [&](const FolderMeta &chunk, bool done) {
                                                     const QMutexLocker locked(&lock);
                                                     calls.append({int(chunk.size()), done});
                                                     for (const auto &[path, meta] : chunk)
                                                         read << QFileInfo(path).fileName();
                                                 });
        QTRY_VERIFY(imported.isFinished());
        read.sort();
        QCOMPARE(read, (QStringList{QStringLiteral("a.jpg"), QStringLiteral("b.jpg")}));
        QCOMPARE(calls.size(), 3); // one a chunk, then the end
        QCOMPARE(calls.last(), qMakePair(0, true));
        *stop = true;
        bool called = false;
        QFuture<void> stopped = readFolderAsync(dir.path(), SidecarNaming::FullName, stop, 1,
                                                [&](const FolderMeta &, bool) { called = true; });
        QTRY_VERIFY(stopped.isFinished());
        QVERIFY(!called);
    }

    void heicGetsASidecar()
    {
        QTemporaryDir dir;
        const QString path =
            writeTemp(dir, QStringLiteral("photo.heic"), makeImage(64, 64, QStringLiteral("heic")));
        const QByteArray original = readFile(path);
        QVERIFY(!canWriteInto(path));
        QVERIFY(canWriteInto(
            writeTemp(dir, QStringLiteral("w.webp"), makeImage(8, 8, QStringLiteral("webp")))));
        MetaRecord r;
        r.text[QStringLiteral("title")] = QStringLiteral("HEIC");
        QCOMPARE(writeFileMeta(path, r, WritePolicy::FileAndSidecar, SidecarNaming::FullName),
                 QStringList{path + QStringLiteral(".xmp")});
        QCOMPARE(readFile(path), original);
        QCOMPARE(
            readFileMeta(path, SidecarNaming::FullName).record.text.value(QStringLiteral("title")),
            QStringLiteral("HEIC"));
    }

    void failedWriteLeavesTheOriginal()
    {
        QTemporaryDir dir;
        // A JPEG start followed by no valid segment: exiv2 opens it and fails to write it.
        QByteArray broken("\xff\xd8\xff\xe0\x00\x10JFIF", 10);
        broken += randomBytes(2000, 7);
        const QString path = writeTemp(dir, QStringLiteral("broken.jpg"), broken);
        MetaRecord r;
        r.text[QStringLiteral("title")] = QStringLiteral("never written");
        try {
            writeFileMeta(path, r, WritePolicy::FileAndSidecar, SidecarNaming::FullName);
            QFAIL("the write should have failed");
        } catch (const ProcessingError &e) {
            QCOMPARE(e.error().code, ErrorCode::IoError);
            QVERIFY(e.error().message.contains(path));
        }
        QCOMPARE(readFile(path), broken);
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("broken.jpg")}); // no partial, no sidecar
        try {
            writeFileMeta(dir.filePath(QStringLiteral("gone.jpg")), r, WritePolicy::SidecarOnly,
                          SidecarNaming::FullName);
            QFAIL("a missing file should be refused");
        } catch (const ProcessingError &e) {
            QCOMPARE(e.error().code, ErrorCode::NotFound);
        }
    }

    void conflictRuleIsLastWriterPerField()
    {
        QTemporaryDir dir;
        const QString path =
            writeTemp(dir, QStringLiteral("c.jpg"), makeImage(16, 16, QStringLiteral("jpg")));
        catalog::Catalog cat(QStringLiteral(":memory:"));
        MetaStore store(cat);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const auto fileSays = [&](const QString &title, const QString &city, int rating,
                                  const QDateTime &when) {
            MetaRecord r;
            r.rating = rating;
            r.text[QStringLiteral("title")] = title;
            r.text[QStringLiteral("city")] = city;
            writeFileMeta(path, r, WritePolicy::FileAndSidecar, SidecarNaming::FullName);
            setTime(path, when);
            setTime(path + QStringLiteral(".xmp"), when);
            return readFileMeta(path, SidecarNaming::FullName);
        };
        QVERIFY(store
                    .importFile(
                        path, fileSays(QStringLiteral("From file"), QStringLiteral("Oslo"), 2, t0))
                    .isEmpty());
        QCOMPARE(store.record(path).text.value(QStringLiteral("title")),
                 QStringLiteral("From file"));
        QCOMPARE(cat.entry(path)->rating, 2);

        // Edited here at t0 + 20 min; the file was changed elsewhere at t0 + 10 min.
        MetaRecord here = store.record(path);
        here.text[QStringLiteral("title")] = QStringLiteral("Edited here");
        store.save(path, here, t0.addSecs(1200));
        const QStringList kept =
            store.importFile(path, fileSays(QStringLiteral("Edited elsewhere"),
                                            QStringLiteral("Paris"), 4, t0.addSecs(600)));
        QCOMPARE(kept, QStringList{QStringLiteral("title")});
        QCOMPARE(store.record(path).text.value(QStringLiteral("title")),
                 QStringLiteral("Edited here"));
        QCOMPARE(store.record(path).text.value(QStringLiteral("city")), QStringLiteral("Paris"));
        QCOMPARE(cat.entry(path)->rating, 4);

        // Not changed since it was read: nothing is read again.
        store.save(
            path,
            applied(store.record(path), setting(QStringLiteral("city"), QStringLiteral("Rome"))),
            t0.addSecs(100));
        QVERIFY(store.importFile(path, readFileMeta(path, SidecarNaming::FullName)).isEmpty());
        QCOMPARE(store.record(path).text.value(QStringLiteral("city")), QStringLiteral("Rome"));

        // A rating set in the catalogue now (the library panel) beats a file written earlier...
        cat.setRating({path}, 1);
        QCOMPARE(store.importFile(path, fileSays(QStringLiteral("Edited here"),
                                                 QStringLiteral("Rome"), 5, t0.addSecs(1800))),
                 QStringList{QStringLiteral("rating")});
        QCOMPARE(cat.entry(path)->rating, 1);
        // ...and a file written later beats it, field by field.
        const QStringList keptLater = store.importFile(
            path, fileSays(QStringLiteral("Later elsewhere"), QStringLiteral("Rome"), 3,
                           QDateTime::currentDateTimeUtc().addSecs(60)));
        QVERIFY(keptLater.isEmpty());
        QCOMPARE(cat.entry(path)->rating, 3);
        QCOMPARE(store.record(path).text.value(QStringLiteral("title")),
                 QStringLiteral("Later elsewhere"));

        // The catalogue's fields follow a rename made in the application.
        const QString renamed = dir.filePath(QStringLiteral("renamed.jpg"));
        QVERIFY(QFile::rename(path, renamed));
        cat.moved(path, renamed);
        QCOMPARE(store.record(renamed).text.value(QStringLiteral("title")),
                 QStringLiteral("Later elsewhere"));
    }

    void templates()
    {
        catalog::Catalog cat(QStringLiteral(":memory:"));
        MetaStore store(cat);
        MetaRecord fields;
        fields.text[QStringLiteral("creator")] = QStringLiteral("Ann Lee");
        fields.text[QStringLiteral("rights")] = QStringLiteral("CC BY 4.0");
        fields.tags = QStringList{QStringLiteral("agency/2026")};
        store.saveTemplate(QStringLiteral("Agency"), fields);
        QCOMPARE(store.templateNames(), QStringList{QStringLiteral("Agency")});
        QCOMPARE(store.metaTemplate(QStringLiteral("Agency")), fields);
        MetaRecord r;
        r.tags = QStringList{QStringLiteral("cat")};
        r.text[QStringLiteral("title")] = QStringLiteral("Kept");
        r = applied(r, templateEdit(store.metaTemplate(QStringLiteral("Agency"))));
        QCOMPARE(*r.tags, QStringList({QStringLiteral("cat"), QStringLiteral("agency/2026")}));
        QCOMPARE(r.text.value(QStringLiteral("title")), QStringLiteral("Kept"));
        QCOMPARE(r.text.value(QStringLiteral("rights")), QStringLiteral("CC BY 4.0"));
        store.removeTemplate(QStringLiteral("Agency"));
        QVERIFY(store.templateNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(XmpTest)
#include "test_xmp.moc"
