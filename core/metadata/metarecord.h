#pragma once

// What a file says about itself in the fields librarians and their tools (Lightroom, digiKam,
// Bridge, darktable) share: rating, colour label, hierarchical keywords and the descriptive
// text fields. One record per file; the same record is what the catalogue keeps, what the
// Inspector edits and what `assetdesk-cli meta` prints.

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

namespace ad::metadata
{

// The text fields, by the key used in JSON, templates and the catalogue.
// title dc:title, description dc:description (caption), creator dc:creator, rights dc:rights,
// headline/city/country/credit/source photoshop:*, location/countryCode Iptc4xmpCore:*,
// latitude/longitude decimal degrees (exif:GPS* in XMP, the EXIF GPS tags in the file).
const QStringList &textKeys();
bool isTextKey(const QString &key);

struct MetaRecord {
    std::optional<int> rating; // xmp:Rating 0-5; absent when the file says nothing
    std::optional<int> label;  // xmp:Label as the catalogue's colour index (1 Red .. 6 Purple)
    std::optional<QStringList> tags; // hierarchical, '/' separated ("places/asia/tokyo")
    // digiKam's pick label Xmp.digiKam.PickLabel: 3 (Accepted) is a favourite, 0-2 are not.
    std::optional<bool> favourite;
    QMap<QString, QString> text; // textKeys() present in the file; an empty value is absent
    bool isEmpty() const { return !rating && !label && !tags && !favourite && text.isEmpty(); }
    bool operator==(const MetaRecord &) const = default;
};

// A change to a record: set what is given, add and remove tags (for a selection whose tag sets
// differ); an empty text value removes that field.
struct MetaEdit {
    std::optional<int> rating;
    std::optional<int> label;
    std::optional<QStringList> tags; // replaces the set
    std::optional<bool> favourite;
    QStringList addTags, removeTags;
    QMap<QString, QString> text;
    bool isEmpty() const
    {
        return !rating && !label && !tags && !favourite && addTags.isEmpty() &&
               removeTags.isEmpty() && text.isEmpty();
    }
};
MetaRecord applied(MetaRecord record, const MetaEdit &edit);
// The edit that turns any record into exactly `record` in the fields it holds.
MetaEdit editSetting(const MetaRecord &record);

// xmp:Label values as Lightroom and Bridge write them, and the catalogue's index for each.
QString labelName(int label);                          // 0 gives ""
std::optional<int> labelFromName(const QString &name); // case-insensitive; "" gives 0

// Keyword paths: Lightroom separates levels with '|', digiKam and the catalogue with '/'.
QString tagFromLightroom(const QString &path);
QString tagToLightroom(const QString &tag);
QString normalTag(const QString &tag); // trimmed levels, no empty ones
// dc:subject's flat keywords for a set of paths: every level of every path, once.
QStringList flatKeywords(const QStringList &tags);

QJsonObject toJson(const MetaRecord &record);
MetaRecord recordFromJson(const QJsonObject &json);

} // namespace ad::metadata
