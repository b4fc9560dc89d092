#include "metadata/xmpfile.h"

#include "common/error.h"
#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>
#include <cstdio>
#include <exiv2/exiv2.hpp>
#include <exiv2/webpimage.hpp>
#include <mutex>
#include <unistd.h>

namespace ad::metadata
{

namespace
{

std::string local(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

// XMP properties of the text fields; langAlt ones keep their other languages on write.
struct XmpField {
    const char *key;
    const char *xmp;
    enum Form { Text, LangAlt, Seq } form;
    const char *iim; // the IPTC IIM dataset older tools read, or null
};
const XmpField kFields[] = {
    {"title", "Xmp.dc.title", XmpField::LangAlt, "Iptc.Application2.ObjectName"},
    {"description", "Xmp.dc.description", XmpField::LangAlt, "Iptc.Application2.Caption"},
    {"creator", "Xmp.dc.creator", XmpField::Seq, "Iptc.Application2.Byline"},
    {"rights", "Xmp.dc.rights", XmpField::LangAlt, "Iptc.Application2.Copyright"},
    {"headline", "Xmp.photoshop.Headline", XmpField::Text, "Iptc.Application2.Headline"},
    {"city", "Xmp.photoshop.City", XmpField::Text, "Iptc.Application2.City"},
    {"country", "Xmp.photoshop.Country", XmpField::Text, "Iptc.Application2.CountryName"},
    {"credit", "Xmp.photoshop.Credit", XmpField::Text, "Iptc.Application2.Credit"},
    {"source", "Xmp.photoshop.Source", XmpField::Text, "Iptc.Application2.Source"},
    {"location", "Xmp.iptc.Location", XmpField::Text, "Iptc.Application2.SubLocation"},
    {"countryCode", "Xmp.iptc.CountryCode", XmpField::Text, "Iptc.Application2.CountryCode"},
};
const char *const kTagKeys[] = {"Xmp.dc.subject", "Xmp.lr.hierarchicalSubject",
                                "Xmp.digiKam.TagsList"};
const char *const kIimKeywords = "Iptc.Application2.Keywords";
// digiKam's pick label (0 none, 1 rejected, 2 pending, 3 accepted): a favourite is accepted.
const char *const kPickLabel = "Xmp.digiKam.PickLabel";
const QString kAccepted = QStringLiteral("3");
// Creators are one text in the record, a sequence in XMP and repeated datasets in IIM.
const QString kCreatorSeparator = QStringLiteral("; ");

QString qs(const std::string &s)
{
    return QString::fromStdString(s).trimmed();
}

QStringList xmpItems(const Exiv2::XmpData &xmp, const char *key)
{
    QStringList out;
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    if (it == xmp.end()) return out;
    if (const auto *alt = dynamic_cast<const Exiv2::LangAltValue *>(&it->value())) {
        const auto x = alt->value_.find("x-default");
        const QString v = qs(x != alt->value_.end() ? x->second
                             : alt->value_.empty()  ? std::string()
                                                    : alt->value_.begin()->second);
        if (!v.isEmpty()) out << v;
        return out;
    }
    const Exiv2::TypeId type = it->typeId();
    if (type != Exiv2::xmpBag && type != Exiv2::xmpSeq && type != Exiv2::xmpAlt) {
        if (const QString v = qs(it->toString()); !v.isEmpty()) out << v;
        return out;
    }
    for (long i = 0; i < it->count(); ++i)
        if (const QString v = qs(it->toString(i)); !v.isEmpty()) out << v;
    return out;
}

QStringList iimItems(const Exiv2::IptcData &iptc, const char *key)
{
    QStringList out;
    for (const auto &datum : iptc)
        if (datum.key() == key)
            if (const QString v = qs(datum.toString()); !v.isEmpty()) out << v;
    return out;
}

// "35,39.5155N" or "35,39,30.93N" (XMP's GPSCoordinate) as signed degrees.
std::optional<double> xmpCoordinate(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d+),(\\d+(?:\\.\\d+)?)(?:,(\\d+(?:\\.\\d+)?))?([NSEW])$"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch()) return std::nullopt;
    const double v =
        m.captured(1).toDouble() + m.captured(2).toDouble() / 60 + m.captured(3).toDouble() / 3600;
    return m.captured(4) == QLatin1String("S") || m.captured(4) == QLatin1String("W") ? -v : v;
}

QString xmpCoordinateText(double degrees, bool latitude)
{
    const double a = std::fabs(degrees);
    const int whole = int(a);
    const QChar ref = latitude ? (degrees < 0 ? QLatin1Char('S') : QLatin1Char('N'))
                               : (degrees < 0 ? QLatin1Char('W') : QLatin1Char('E'));
    return QStringLiteral("%1,%2%3").arg(whole).arg((a - whole) * 60, 0, 'f', 6).arg(ref);
}

const char *exifGps(bool latitude, bool ref)
{
    if (latitude) return ref ? "Exif.GPSInfo.GPSLatitudeRef" : "Exif.GPSInfo.GPSLatitude";
    return ref ? "Exif.GPSInfo.GPSLongitudeRef" : "Exif.GPSInfo.GPSLongitude";
}

std::optional<double> exifCoordinate(const Exiv2::ExifData &exif, bool latitude)
{
    const auto it = exif.findKey(Exiv2::ExifKey(exifGps(latitude, false)));
    const auto ref = exif.findKey(Exiv2::ExifKey(exifGps(latitude, true)));
    if (it == exif.end() || it->count() < 3) return std::nullopt;
    double degrees = 0, scale = 1;
    for (long i = 0; i < 3; ++i, scale *= 60) {
        const Exiv2::Rational r = it->toRational(i);
        if (r.second == 0) return std::nullopt;
        degrees += double(r.first) / r.second / scale;
    }
    const bool negative = ref != exif.end() && (ref->toString() == "S" || ref->toString() == "W");
    return negative ? -degrees : degrees;
}

QString degreesText(double v)
{
    return QString::number(v, 'f', 6);
}

// The record a set of metadata blocks describes; XMP wins over IIM and EXIF, as MWG advises.
MetaRecord recordOf(const Exiv2::XmpData &xmp, const Exiv2::IptcData &iptc,
                    const Exiv2::ExifData &exif)
{
    MetaRecord r;
    if (const QStringList v = xmpItems(xmp, "Xmp.xmp.Rating"); !v.isEmpty())
        r.rating = std::clamp(qRound(v.first().toDouble()), 0, 5); // -1 (rejected) counts as 0
    if (const QStringList v = xmpItems(xmp, "Xmp.xmp.Label"); !v.isEmpty())
        r.label = labelFromName(v.first());
    if (const QStringList v = xmpItems(xmp, kPickLabel); !v.isEmpty())
        r.favourite = v.first() == kAccepted;
    for (const XmpField &f : kFields) {
        QStringList v = xmpItems(xmp, f.xmp);
        if (v.isEmpty()) v = iimItems(iptc, f.iim);
        if (!v.isEmpty()) r.text[QLatin1String(f.key)] = v.join(kCreatorSeparator);
    }
    for (const bool latitude : {true, false}) {
        std::optional<double> v = xmpCoordinate(
            xmpItems(xmp, latitude ? "Xmp.exif.GPSLatitude" : "Xmp.exif.GPSLongitude").value(0));
        if (!v) v = exifCoordinate(exif, latitude);
        if (v)
            r.text[latitude ? QStringLiteral("latitude") : QStringLiteral("longitude")] =
                degreesText(*v);
    }
    QStringList paths;
    for (const QString &p : xmpItems(xmp, "Xmp.lr.hierarchicalSubject"))
        paths << tagFromLightroom(p);
    for (const QString &p : xmpItems(xmp, "Xmp.digiKam.TagsList"))
        paths << normalTag(p);
    QStringList flat = xmpItems(xmp, "Xmp.dc.subject");
    if (flat.isEmpty()) flat = iimItems(iptc, kIimKeywords);
    // A flat keyword that names a level of a hierarchical one is that keyword, not a new tag.
    const QStringList levels = flatKeywords(paths);
    QStringList tags;
    for (const QString &t : paths + flat)
        if (!t.isEmpty() && !tags.contains(t) && (paths.contains(t) || !levels.contains(t)))
            tags << t;
    const bool anyTagKey = std::any_of(std::begin(kTagKeys), std::end(kTagKeys), [&](auto key) {
        return xmp.findKey(Exiv2::XmpKey(key)) != xmp.end();
    });
    if (!tags.isEmpty() || anyTagKey) r.tags = tags;
    return r;
}

// After a write: what reads back must be what was meant, in any tag order. Rating, label and
// tags the record does not hold were left as they were, so they are not compared.
bool readsBack(MetaRecord back, MetaRecord meant)
{
    const auto tidy = [](MetaRecord &r) {
        if (r.label == 0) r.label.reset();
        if (r.favourite == false) r.favourite.reset();
        if (r.tags) r.tags->sort();
        if (r.tags && r.tags->isEmpty()) r.tags.reset();
    };
    if (!meant.rating) back.rating.reset();
    if (!meant.label) back.label.reset();
    if (!meant.favourite) back.favourite.reset();
    if (!meant.tags) back.tags.reset();
    MetaEdit asWritten; // tidied as applied() tidies
    asWritten.tags = meant.tags;
    asWritten.text = meant.text;
    const MetaRecord tidied = applied({}, asWritten);
    if (meant.tags) meant.tags = tidied.tags;
    meant.text = tidied.text;
    tidy(back);
    tidy(meant);
    return back == meant;
}

void eraseXmp(Exiv2::XmpData &xmp, const char *key)
{
    for (auto it = xmp.findKey(Exiv2::XmpKey(key)); it != xmp.end();
         it = xmp.findKey(Exiv2::XmpKey(key)))
        xmp.erase(it);
}

void eraseIim(Exiv2::IptcData &iptc, const char *key)
{
    for (auto it = iptc.findKey(Exiv2::IptcKey(key)); it != iptc.end();
         it = iptc.findKey(Exiv2::IptcKey(key)))
        iptc.erase(it);
}

void setArray(Exiv2::XmpData &xmp, const char *key, Exiv2::TypeId type, const QStringList &items)
{
    eraseXmp(xmp, key);
    if (items.isEmpty()) return;
    Exiv2::XmpArrayValue value(type);
    for (const QString &item : items)
        value.read(item.toStdString());
    xmp.add(Exiv2::XmpKey(key), &value);
}

void setLangAlt(Exiv2::XmpData &xmp, const char *key, const QString &text)
{
    Exiv2::LangAltValue value;
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    if (it != xmp.end())
        if (const auto *old = dynamic_cast<const Exiv2::LangAltValue *>(&it->value()))
            value.value_ = old->value_; // other languages stay
    eraseXmp(xmp, key);
    if (text.isEmpty()) {
        value.value_.erase("x-default");
    } else {
        value.value_["x-default"] = text.toStdString();
    }
    if (!value.value_.empty()) xmp.add(Exiv2::XmpKey(key), &value);
}

void setXmpText(Exiv2::XmpData &xmp, const char *key, const QString &text)
{
    eraseXmp(xmp, key);
    if (!text.isEmpty()) xmp[key] = text.toStdString();
}

void writeText(Exiv2::XmpData &xmp, const MetaRecord &r);

void writeXmp(Exiv2::XmpData &xmp, const MetaRecord &r)
{
    // Rating, label and tags the record says nothing about stay as they are (a Bridge label
    // such as "Approved" has no colour here, and is kept).
    if (r.rating) setXmpText(xmp, "Xmp.xmp.Rating", QString::number(*r.rating));
    if (r.label) setXmpText(xmp, "Xmp.xmp.Label", labelName(*r.label));
    // Not a favourite says "none", so a sidecar outvotes the file's own pick; a rejected or
    // pending pick (digiKam's 1 and 2) is no favourite already and stays.
    const QString pick = xmpItems(xmp, kPickLabel).value(0);
    if (r.favourite == true)
        setXmpText(xmp, kPickLabel, kAccepted);
    else if (r.favourite == false && pick != QLatin1String("1") && pick != QLatin1String("2"))
        setXmpText(xmp, kPickLabel, QStringLiteral("0"));
    if (!r.tags) return writeText(xmp, r);
    const QStringList tags = *r.tags;
    setArray(xmp, "Xmp.dc.subject", Exiv2::xmpBag, flatKeywords(tags));
    QStringList lightroom;
    for (const QString &t : tags)
        lightroom << tagToLightroom(t);
    setArray(xmp, "Xmp.lr.hierarchicalSubject", Exiv2::xmpBag, lightroom);
    setArray(xmp, "Xmp.digiKam.TagsList", Exiv2::xmpSeq, tags);
    writeText(xmp, r);
}

void writeText(Exiv2::XmpData &xmp, const MetaRecord &r)
{
    for (const XmpField &f : kFields) {
        const QString v = r.text.value(QLatin1String(f.key));
        if (f.form == XmpField::LangAlt)
            setLangAlt(xmp, f.xmp, v);
        else if (f.form == XmpField::Seq)
            setArray(xmp, f.xmp, Exiv2::xmpSeq, v.split(QLatin1Char(';'), Qt::SkipEmptyParts));
        else
            setXmpText(xmp, f.xmp, v);
    }
    for (const bool latitude : {true, false}) {
        const QString v =
            r.text.value(latitude ? QStringLiteral("latitude") : QStringLiteral("longitude"));
        setXmpText(xmp, latitude ? "Xmp.exif.GPSLatitude" : "Xmp.exif.GPSLongitude",
                   v.isEmpty() ? QString() : xmpCoordinateText(v.toDouble(), latitude));
    }
}

// The IIM datasets, only in a file that already has them (MWG: keep them in step, do not add).
void writeIim(Exiv2::IptcData &iptc, const MetaRecord &r)
{
    if (iptc.empty()) return;
    bool unicode = false;
    const auto add = [&](const char *key, const QString &v) {
        Exiv2::StringValue value(v.toStdString());
        iptc.add(Exiv2::IptcKey(key), &value);
        unicode |= std::any_of(v.begin(), v.end(), [](QChar c) { return c.unicode() > 127; });
    };
    for (const XmpField &f : kFields) {
        eraseIim(iptc, f.iim);
        const QString v = r.text.value(QLatin1String(f.key));
        for (const QString &part : v.split(kCreatorSeparator, Qt::SkipEmptyParts))
            add(f.iim, part.trimmed());
    }
    if (r.tags) eraseIim(iptc, kIimKeywords);
    if (r.tags)
        for (const QString &k : flatKeywords(r.tags.value_or(QStringList())))
            add(kIimKeywords, k);
    if (unicode) iptc["Iptc.Envelope.CharacterSet"] = "\033%G"; // UTF-8
}

// EXIF GPS, only in a file that has EXIF and only when the position changed.
void writeExifGps(Exiv2::ExifData &exif, const MetaRecord &r)
{
    if (exif.empty()) return;
    for (const bool latitude : {true, false}) {
        const QString v =
            r.text.value(latitude ? QStringLiteral("latitude") : QStringLiteral("longitude"));
        const std::optional<double> now = exifCoordinate(exif, latitude);
        if (v.isEmpty() && !now) continue;
        if (!v.isEmpty() && now && degreesText(*now) == degreesText(v.toDouble())) continue;
        for (const bool ref : {true, false})
            if (auto it = exif.findKey(Exiv2::ExifKey(exifGps(latitude, ref))); it != exif.end())
                exif.erase(it);
        if (v.isEmpty()) continue;
        const double a = std::fabs(v.toDouble());
        const int degrees = int(a);
        const int minutes = int((a - degrees) * 60);
        const long centi = std::lround(((a - degrees) * 60 - minutes) * 60 * 1000000);
        exif[exifGps(latitude, false)] = QStringLiteral("%1/1 %2/1 %3/1000000")
                                             .arg(degrees)
                                             .arg(minutes)
                                             .arg(centi)
                                             .toStdString();
        exif[exifGps(latitude, true)] =
            v.toDouble() < 0 ? (latitude ? "S" : "W") : (latitude ? "N" : "E");
    }
}

// A copy of `target` (or a new sidecar) next to it, removed unless committed.
class Partial
{
public:
    explicit Partial(const QString &target)
        : m_target(target), m_path(storage::partialPathFor(target, {}))
    {
    }
    ~Partial()
    {
        if (!m_path.isEmpty()) QFile::remove(m_path);
    }
    const QString &path() const { return m_path; }
    void commit()
    {
        QFile f(m_path);
        const bool synced = f.open(QIODevice::ReadWrite) && ::fsync(f.handle()) == 0;
        f.close();
        if (!synced || std::rename(local(m_path).c_str(), local(m_target).c_str()) != 0)
            throw ProcessingError(
                ErrorCode::IoError,
                QCoreApplication::translate("ad::metadata", "Could not replace %1: %2")
                    .arg(m_target, storage::writeErrorText(errno)));
        m_path.clear();
    }

private:
    QString m_target, m_path;
};

[[noreturn]] void failed(const QString &path, const std::string &why)
{
    throw ProcessingError(
        ErrorCode::IoError,
        QCoreApplication::translate("ad::metadata", "Could not write the metadata of %1: %2")
            .arg(path, QString::fromStdString(why)));
}

void writeInto(const QString &path, const MetaRecord &record)
{
    Partial partial(path);
    if (!QFile::copy(path, partial.path()))
        failed(path, QCoreApplication::translate("ad::metadata", "no copy could be made beside it")
                         .toStdString());
    try {
        auto image = Exiv2::ImageFactory::open(local(partial.path()));
        image->readMetadata();
        writeXmp(image->xmpData(), record);
        writeIim(image->iptcData(), record);
        writeExifGps(image->exifData(), record);
        image->writeMetadata();
        auto check = Exiv2::ImageFactory::open(local(partial.path()));
        check->readMetadata();
        if (!readsBack(recordOf(check->xmpData(), check->iptcData(), check->exifData()), record))
            failed(path, QCoreApplication::translate("ad::metadata",
                                                     "the copy did not read back as written")
                             .toStdString());
    } catch (const Exiv2::Error &e) {
        failed(path, e.what());
    }
    partial.commit();
}

void writeSidecar(const QString &sidecar, const MetaRecord &record)
{
    Partial partial(sidecar);
    try {
        Exiv2::Image::AutoPtr image;
        if (QFileInfo::exists(sidecar)) {
            if (!QFile::copy(sidecar, partial.path()))
                failed(sidecar, QCoreApplication::translate("ad::metadata",
                                                            "no copy could be made beside it")
                                    .toStdString());
            image = Exiv2::ImageFactory::open(local(partial.path()));
            image->readMetadata();
        } else {
            image = Exiv2::ImageFactory::create(Exiv2::ImageType::xmp, local(partial.path()));
        }
        writeXmp(image->xmpData(), record);
        // Reading a sidecar also converts its XMP into EXIF and IIM copies, which exiv2 writes
        // back into the XMP: a field cleared here would come back from them.
        image->clearExifData();
        image->clearIptcData();
        image->writeMetadata();
        auto check = Exiv2::ImageFactory::open(local(partial.path()));
        check->readMetadata();
        if (!readsBack(recordOf(check->xmpData(), {}, {}), record))
            failed(sidecar, QCoreApplication::translate("ad::metadata",
                                                        "the copy did not read back as written")
                                .toStdString());
    } catch (const Exiv2::Error &e) {
        failed(sidecar, e.what());
    }
    partial.commit();
}

void lockXmp(void *data, bool lock)
{
    auto *m = static_cast<std::mutex *>(data);
    if (lock)
        m->lock();
    else
        m->unlock();
}

} // namespace

void initExiv2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        static std::mutex xmpLock;
        Exiv2::XmpParser::initialize(lockXmp, &xmpLock);
        Exiv2::enableBMFF(true); // HEIC and AVIF, read only in exiv2 0.27
    });
}

bool isSidecar(const QString &path)
{
    return path.endsWith(QLatin1String(".xmp"), Qt::CaseInsensitive);
}

QString sidecarPath(const QString &path, SidecarNaming naming)
{
    if (naming == SidecarNaming::FullName) return path + QStringLiteral(".xmp");
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".xmp"));
}

bool canWriteInto(const QString &path)
{
    initExiv2();
    try {
        const int type = Exiv2::ImageFactory::getType(local(path));
        const bool known = type == Exiv2::ImageType::jpeg || type == Exiv2::ImageType::png ||
                           type == Exiv2::ImageType::webp || type == Exiv2::ImageType::tiff;
        return known && Exiv2::ImageFactory::checkMode(type, Exiv2::mdXmp) == Exiv2::amReadWrite;
    } catch (const Exiv2::Error &) {
        return false;
    }
}

FileMeta readFileMeta(const QString &path, SidecarNaming naming)
{
    initExiv2();
    FileMeta out;
    const QFileInfo info(path);
    out.changed = info.lastModified();
    try {
        auto image = Exiv2::ImageFactory::open(local(path));
        image->readMetadata();
        out.record = recordOf(image->xmpData(), image->iptcData(), image->exifData());
    } catch (const Exiv2::Error &) {
        // Not a format exiv2 knows, or damaged: the sidecar may still speak for it.
    }
    for (const SidecarNaming n :
         {naming,
          naming == SidecarNaming::FullName ? SidecarNaming::BaseName : SidecarNaming::FullName}) {
        const QString sidecar = sidecarPath(path, n);
        if (!QFileInfo::exists(sidecar)) continue;
        try {
            auto image = Exiv2::ImageFactory::open(local(sidecar));
            image->readMetadata();
            // What the sidecar holds is newer than the file's own copy: it wins field by field.
            const MetaRecord side = recordOf(image->xmpData(), {}, {});
            if (side.rating) out.record.rating = side.rating;
            if (side.label) out.record.label = side.label;
            if (side.favourite) out.record.favourite = side.favourite;
            if (side.tags) out.record.tags = side.tags;
            for (auto it = side.text.cbegin(); it != side.text.cend(); ++it)
                out.record.text[it.key()] = it.value();
            out.sidecar = sidecar;
            out.changed = std::max(out.changed, QFileInfo(sidecar).lastModified());
        } catch (const Exiv2::Error &) {
            continue; // a broken sidecar is ignored, and replaced on the next write
        }
        break;
    }
    return out;
}

QStringList writeFileMeta(const QString &path, const MetaRecord &record, WritePolicy policy,
                          SidecarNaming naming)
{
    initExiv2();
    if (!QFileInfo(path).isFile())
        throw ProcessingError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ad::metadata", "No such file: %1").arg(path));
    QStringList written;
    if (policy == WritePolicy::Never) return written;
    if (policy == WritePolicy::FileAndSidecar && canWriteInto(path)) {
        writeInto(path, record);
        written << path;
    }
    const QString sidecar = sidecarPath(path, naming);
    writeSidecar(sidecar, record);
    written << sidecar;
    return written;
}

FileMeta updateFileMeta(const QString &path, const MetaEdit &edit, WritePolicy policy,
                        SidecarNaming naming)
{
    const FileMeta before = readFileMeta(path, naming);
    if (policy == WritePolicy::Never) return before;
    writeFileMeta(path, applied(before.record, edit), policy, naming);
    return readFileMeta(path, naming);
}

} // namespace ad::metadata
