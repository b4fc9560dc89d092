#include "metadata/metarecord.h"

#include <QJsonArray>
#include <QSet>

namespace ad::metadata
{

const QStringList &textKeys()
{
    static const QStringList keys{
        QStringLiteral("title"),    QStringLiteral("description"), QStringLiteral("creator"),
        QStringLiteral("rights"),   QStringLiteral("headline"),    QStringLiteral("city"),
        QStringLiteral("country"),  QStringLiteral("credit"),      QStringLiteral("source"),
        QStringLiteral("location"), QStringLiteral("countryCode"), QStringLiteral("latitude"),
        QStringLiteral("longitude")};
    return keys;
}

bool isTextKey(const QString &key)
{
    return textKeys().contains(key);
}

namespace
{
// A text field as files hold it: creators one by one, positions to six decimals.
QString tidyText(const QString &key, const QString &value)
{
    if (key == QLatin1String("creator")) {
        QStringList names;
        for (const QString &name : value.split(QLatin1Char(';')))
            if (!name.trimmed().isEmpty()) names << name.trimmed();
        return names.join(QStringLiteral("; "));
    }
    if (key == QLatin1String("latitude") || key == QLatin1String("longitude")) {
        bool ok = false;
        const double v = value.trimmed().toDouble(&ok);
        return ok ? QString::number(v, 'f', 6) : QString();
    }
    return value.trimmed();
}
} // namespace

MetaRecord applied(MetaRecord record, const MetaEdit &edit)
{
    if (edit.rating) record.rating = edit.rating;
    if (edit.label) record.label = edit.label;
    if (edit.favourite) record.favourite = edit.favourite;
    if (edit.tags || !edit.addTags.isEmpty() || !edit.removeTags.isEmpty()) {
        QStringList tags = edit.tags ? *edit.tags : record.tags.value_or(QStringList());
        tags << edit.addTags;
        for (const QString &tag : edit.removeTags)
            tags.removeAll(normalTag(tag));
        QStringList unique;
        for (const QString &tag : std::as_const(tags))
            if (const QString t = normalTag(tag); !t.isEmpty() && !unique.contains(t)) unique << t;
        record.tags = unique;
    }
    for (auto it = edit.text.cbegin(); it != edit.text.cend(); ++it) {
        const QString v = tidyText(it.key(), it.value());
        if (v.isEmpty() || !isTextKey(it.key()))
            record.text.remove(it.key());
        else
            record.text[it.key()] = v;
    }
    return record;
}

MetaEdit editSetting(const MetaRecord &record)
{
    MetaEdit edit;
    edit.rating = record.rating.value_or(0);
    edit.label = record.label.value_or(0);
    edit.favourite = record.favourite.value_or(false);
    edit.tags = record.tags.value_or(QStringList());
    for (const QString &key : textKeys())
        edit.text[key] = record.text.value(key);
    return edit;
}

namespace
{
// The catalogue's colour labels in order; index 0 is "no label".
const QStringList &labelNames()
{
    static const QStringList names{QString(),
                                   QStringLiteral("Red"),
                                   QStringLiteral("Orange"),
                                   QStringLiteral("Yellow"),
                                   QStringLiteral("Green"),
                                   QStringLiteral("Blue"),
                                   QStringLiteral("Purple")};
    return names;
}
} // namespace

QString labelName(int label)
{
    return labelNames().value(label);
}

std::optional<int> labelFromName(const QString &name)
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < labelNames().size(); ++i)
        if (labelNames()[i].compare(wanted, Qt::CaseInsensitive) == 0) return i;
    return std::nullopt;
}

QString normalTag(const QString &tag)
{
    QStringList levels;
    for (const QString &level : tag.split(QLatin1Char('/')))
        if (!level.trimmed().isEmpty()) levels << level.trimmed();
    return levels.join(QLatin1Char('/'));
}

QString tagFromLightroom(const QString &path)
{
    // A '/' inside a Lightroom level cannot survive as a level of its own: it becomes a space.
    QStringList levels = path.split(QLatin1Char('|'));
    for (QString &level : levels)
        level.replace(QLatin1Char('/'), QLatin1Char(' '));
    return normalTag(levels.join(QLatin1Char('/')));
}

QString tagToLightroom(const QString &tag)
{
    return normalTag(tag).replace(QLatin1Char('/'), QLatin1Char('|'));
}

QStringList flatKeywords(const QStringList &tags)
{
    QStringList out;
    for (const QString &tag : tags)
        for (const QString &level : normalTag(tag).split(QLatin1Char('/'), Qt::SkipEmptyParts))
            if (!out.contains(level)) out << level;
    return out;
}

QJsonObject toJson(const MetaRecord &record)
{
    QJsonObject json;
    if (record.rating) json[QStringLiteral("rating")] = *record.rating;
    if (record.label) json[QStringLiteral("label")] = labelName(*record.label);
    if (record.tags) json[QStringLiteral("tags")] = QJsonArray::fromStringList(*record.tags);
    if (record.favourite) json[QStringLiteral("favourite")] = *record.favourite;
    for (auto it = record.text.cbegin(); it != record.text.cend(); ++it)
        json[it.key()] = it.value();
    return json;
}

MetaRecord recordFromJson(const QJsonObject &json)
{
    MetaRecord record;
    if (json.contains(QStringLiteral("rating")))
        record.rating = json.value(QStringLiteral("rating")).toInt();
    if (json.contains(QStringLiteral("label")))
        record.label = labelFromName(json.value(QStringLiteral("label")).toString());
    if (json.contains(QStringLiteral("tags"))) {
        QStringList tags;
        for (const QJsonValue &tag : json.value(QStringLiteral("tags")).toArray())
            tags << tag.toString();
        record.tags = tags;
    }
    if (json.contains(QStringLiteral("favourite")))
        record.favourite = json.value(QStringLiteral("favourite")).toBool();
    for (const QString &key : textKeys())
        if (const QString v = json.value(key).toString(); !v.isEmpty()) record.text[key] = v;
    return record;
}

} // namespace ad::metadata
