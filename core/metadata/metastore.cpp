#include "metadata/metastore.h"

#include "catalog/catalog.h"
#include "db/sqlite.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ad::metadata
{

namespace
{
// SQLite's clock in milliseconds since the epoch, as the triggers stamp catalogue edits.
const char *const kNow = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

MetaStore::MetaStore(catalog::Catalog &catalog)
    : m_catalog(catalog), m_connection(catalog.connectionName())
{
    const QSqlDatabase d = QSqlDatabase::database(m_connection, false);
    db::transaction(d, [](const QSqlDatabase &t) {
        db::exec(t, QStringLiteral(
                        "CREATE TABLE IF NOT EXISTS meta_fields(entry_id INTEGER NOT NULL "
                        "REFERENCES entries(id) ON DELETE CASCADE, field TEXT NOT NULL, value "
                        "TEXT, changed INTEGER NOT NULL, PRIMARY KEY(entry_id, field))"));
        db::exec(t, QStringLiteral("CREATE TABLE IF NOT EXISTS meta_sync(entry_id INTEGER PRIMARY "
                                   "KEY REFERENCES entries(id) ON DELETE CASCADE, file_changed "
                                   "INTEGER NOT NULL)"));
        db::exec(t, QStringLiteral("CREATE TABLE IF NOT EXISTS meta_templates(name TEXT PRIMARY "
                                   "KEY, body TEXT NOT NULL)"));
        // Rating, label, favourite and tags are edited through the catalogue itself (the library
        // panel, shortcuts): triggers note when, for the conflict rule.
        const QString stampSql = QStringLiteral(
            "INSERT OR REPLACE INTO meta_fields(entry_id, field, value, changed) VALUES(%1, '%2', "
            "NULL, %3)");
        const auto trigger = [&](const char *name, const char *when, const char *id,
                                 const char *field) {
            db::exec(t, QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 %2 BEGIN %3; END")
                            .arg(QLatin1String(name), QLatin1String(when),
                                 stampSql.arg(QLatin1String(id), QLatin1String(field),
                                              QLatin1String(kNow))));
        };
        trigger("meta_rating_edited",
                "AFTER UPDATE OF rating ON entries WHEN old.rating IS NOT new.rating", "new.id",
                "rating");
        trigger("meta_label_edited",
                "AFTER UPDATE OF label ON entries WHEN old.label IS NOT new.label", "new.id",
                "label");
        trigger("meta_favourite_edited",
                "AFTER UPDATE OF favourite ON entries WHEN old.favourite IS NOT new.favourite",
                "new.id", "favourite");
        trigger("meta_tag_added", "AFTER INSERT ON entry_tags", "new.entry_id", "tags");
        trigger("meta_tag_removed",
                "AFTER DELETE ON entry_tags WHEN EXISTS (SELECT 1 FROM entries WHERE id = "
                "old.entry_id)",
                "old.entry_id", "tags");
    });
}

qint64 MetaStore::entryId(const QString &path)
{
    const QSqlDatabase d = QSqlDatabase::database(m_connection, false);
    const auto find = [&] {
        QSqlQuery q = db::exec(d, QStringLiteral("SELECT id FROM entries WHERE path = ?"), {path});
        return q.next() ? q.value(0).toLongLong() : qint64(-1);
    };
    if (const qint64 id = find(); id >= 0) return id;
    const QFileInfo info(path);
    m_catalog.record(path, info.size(), info.lastModified());
    return find();
}

QDateTime MetaStore::changed(qint64 id, const QString &field) const
{
    QSqlQuery q = db::exec(QSqlDatabase::database(m_connection, false),
                           QStringLiteral("SELECT changed FROM meta_fields WHERE entry_id = ? AND "
                                          "field = ?"),
                           {id, field});
    return q.next() ? QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong()) : QDateTime();
}

void MetaStore::stamp(qint64 id, const QString &field, const QDateTime &when)
{
    db::exec(QSqlDatabase::database(m_connection, false),
             QStringLiteral("INSERT INTO meta_fields(entry_id, field, changed) VALUES(?, ?, ?) ON "
                            "CONFLICT(entry_id, field) DO UPDATE SET changed = excluded.changed"),
             {id, field, when.toMSecsSinceEpoch()});
}

MetaRecord MetaStore::record(const QString &path) const
{
    MetaRecord r;
    const std::optional<catalog::Entry> e = m_catalog.entry(path);
    if (!e) return r;
    r.rating = e->rating;
    r.label = e->label;
    r.favourite = e->favourite;
    r.tags = e->tags;
    QSqlQuery q = db::exec(QSqlDatabase::database(m_connection, false),
                           QStringLiteral("SELECT f.field, f.value FROM meta_fields f JOIN entries "
                                          "e ON e.id = f.entry_id WHERE e.path = ? AND f.value IS "
                                          "NOT NULL"),
                           {path});
    while (q.next())
        r.text[q.value(0).toString()] = q.value(1).toString();
    return r;
}

void MetaStore::save(const QString &path, const MetaRecord &record, const QDateTime &when)
{
    const MetaRecord now = this->record(path);
    const qint64 id = entryId(path);
    // The catalogue's setters run their own transactions; the text fields share one after them.
    {
        if (record.rating && record.rating != now.rating.value_or(0)) {
            m_catalog.setRating({path}, *record.rating);
            stamp(id, QStringLiteral("rating"), when);
        }
        if (record.label && record.label != now.label.value_or(0)) {
            m_catalog.setLabel({path}, *record.label);
            stamp(id, QStringLiteral("label"), when);
        }
        if (record.favourite && record.favourite != now.favourite.value_or(false)) {
            m_catalog.setFavourite({path}, *record.favourite);
            stamp(id, QStringLiteral("favourite"), when);
        }
        if (record.tags) {
            const QStringList had = now.tags.value_or(QStringList());
            QStringList gone, added;
            for (const QString &t : had)
                if (!record.tags->contains(t, Qt::CaseInsensitive)) gone << t;
            for (const QString &t : *record.tags)
                if (!had.contains(t, Qt::CaseInsensitive)) added << t;
            if (!gone.isEmpty()) m_catalog.removeTags({path}, gone);
            if (!added.isEmpty()) m_catalog.addTags({path}, added);
            if (!gone.isEmpty() || !added.isEmpty()) stamp(id, QStringLiteral("tags"), when);
        }
    }
    db::transaction(QSqlDatabase::database(m_connection, false), [&](const QSqlDatabase &d) {
        for (const QString &key : textKeys()) {
            const QString v = record.text.value(key);
            if (v == now.text.value(key)) continue;
            db::exec(d,
                     QStringLiteral("INSERT INTO meta_fields(entry_id, field, value, changed) "
                                    "VALUES(?, ?, ?, ?) ON CONFLICT(entry_id, field) DO UPDATE SET "
                                    "value = excluded.value, changed = excluded.changed"),
                     {id, key, nullable(v), when.toMSecsSinceEpoch()});
        }
    });
}

QStringList MetaStore::importFile(const QString &path, const FileMeta &file)
{
    const qint64 id = entryId(path);
    if (const auto seen = lastRead(path); seen && file.changed <= *seen) return {};
    MetaRecord merged = record(path);
    MetaRecord taken; // the file's fields that win
    QStringList kept;
    const auto newer = [&](const QString &field) {
        const QDateTime here = changed(id, field);
        if (here.isValid() && here > file.changed) {
            kept << field;
            return false;
        }
        return true;
    };
    if (file.record.rating && newer(QStringLiteral("rating"))) taken.rating = file.record.rating;
    if (file.record.label && newer(QStringLiteral("label"))) taken.label = file.record.label;
    if (file.record.favourite && newer(QStringLiteral("favourite")))
        taken.favourite = file.record.favourite;
    if (file.record.tags && newer(QStringLiteral("tags"))) taken.tags = file.record.tags;
    for (auto it = file.record.text.cbegin(); it != file.record.text.cend(); ++it)
        if (newer(it.key())) taken.text[it.key()] = it.value();
    for (auto it = taken.text.cbegin(); it != taken.text.cend(); ++it)
        merged.text[it.key()] = it.value();
    merged.rating = taken.rating;
    merged.label = taken.label;
    merged.favourite = taken.favourite;
    merged.tags = taken.tags;
    // Stamped with the file's time: that is when these values were written.
    save(path, merged, file.changed);
    markWritten(path, file.changed);
    return kept;
}

void MetaStore::markWritten(const QString &path, const QDateTime &fileChanged)
{
    db::exec(
        QSqlDatabase::database(m_connection, false),
        QStringLiteral("INSERT OR REPLACE INTO meta_sync(entry_id, file_changed) VALUES(?, ?)"),
        {entryId(path), fileChanged.toMSecsSinceEpoch()});
}

std::optional<QDateTime> MetaStore::lastRead(const QString &path) const
{
    QSqlQuery q = db::exec(QSqlDatabase::database(m_connection, false),
                           QStringLiteral("SELECT s.file_changed FROM meta_sync s JOIN entries e "
                                          "ON e.id = s.entry_id WHERE e.path = ?"),
                           {path});
    if (!q.next()) return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong());
}

QList<QPair<QString, MetaEdit>> MetaStore::unwrittenLibraryFields() const
{
    QSqlQuery q = db::exec(
        QSqlDatabase::database(m_connection, false),
        QStringLiteral("SELECT e.path, f.field FROM meta_fields f JOIN entries e ON e.id = "
                       "f.entry_id LEFT JOIN meta_sync s ON s.entry_id = f.entry_id WHERE f.field "
                       "IN ('rating', 'label', 'favourite', 'tags') AND f.changed > "
                       "COALESCE(s.file_changed, 0) "
                       "ORDER BY e.path"));
    QList<QPair<QString, MetaEdit>> out;
    while (q.next()) {
        const QString path = q.value(0).toString();
        if (out.isEmpty() || out.last().first != path) out.append({path, MetaEdit()});
        const MetaRecord r = record(path);
        MetaEdit &e = out.last().second;
        const QString field = q.value(1).toString();
        if (field == QLatin1String("rating")) e.rating = r.rating;
        if (field == QLatin1String("label")) e.label = r.label;
        if (field == QLatin1String("favourite")) e.favourite = r.favourite;
        if (field == QLatin1String("tags")) e.tags = r.tags;
    }
    return out;
}

QStringList MetaStore::templateNames() const
{
    QStringList names;
    QSqlQuery q = db::exec(QSqlDatabase::database(m_connection, false),
                           QStringLiteral("SELECT name FROM meta_templates ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

MetaRecord MetaStore::metaTemplate(const QString &name) const
{
    QSqlQuery q =
        db::exec(QSqlDatabase::database(m_connection, false),
                 QStringLiteral("SELECT body FROM meta_templates WHERE name = ?"), {name});
    if (!q.next()) return {};
    return recordFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

void MetaStore::saveTemplate(const QString &name, const MetaRecord &fields)
{
    db::exec(
        QSqlDatabase::database(m_connection, false),
        QStringLiteral("INSERT OR REPLACE INTO meta_templates(name, body) VALUES(?, ?)"),
        {name, QString::fromUtf8(QJsonDocument(toJson(fields)).toJson(QJsonDocument::Compact))});
}

void MetaStore::removeTemplate(const QString &name)
{
    db::exec(QSqlDatabase::database(m_connection, false),
             QStringLiteral("DELETE FROM meta_templates WHERE name = ?"), {name});
}

MetaEdit templateEdit(const MetaRecord &fields)
{
    MetaEdit edit;
    edit.rating = fields.rating;
    edit.label = fields.label;
    edit.addTags = fields.tags.value_or(QStringList());
    edit.text = fields.text;
    return edit;
}

} // namespace ad::metadata
