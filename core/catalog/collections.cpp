#include "catalog/collections.h"

#include "common/error.h"
#include "db/sqlite.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ad::catalog
{

namespace
{

QString checkedName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "a collection needs a name"));
    return trimmed;
}

QJsonValue time(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(t->toMSecsSinceEpoch()) : QJsonValue();
}

std::optional<QDateTime> timeFrom(const QJsonValue &v)
{
    if (!v.isDouble()) return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()));
}

std::optional<qint64> numberFrom(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
}

} // namespace

QString queryToText(const Query &q)
{
    QJsonArray kinds;
    for (Kind k : q.kinds)
        kinds.append(int(k));
    QJsonObject o{{QStringLiteral("text"), q.text},
                  {QStringLiteral("kinds"), kinds},
                  {QStringLiteral("extensions"), QJsonArray::fromStringList(q.extensions)},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(q.tags)},
                  {QStringLiteral("minRating"), q.minRating},
                  {QStringLiteral("favouritesOnly"), q.favouritesOnly},
                  {QStringLiteral("under"), q.under},
                  {QStringLiteral("takenFrom"), time(q.takenFrom)},
                  {QStringLiteral("takenTo"), time(q.takenTo)},
                  {QStringLiteral("modifiedFrom"), time(q.modifiedFrom)},
                  {QStringLiteral("modifiedTo"), time(q.modifiedTo)}};
    if (q.minSize) o.insert(QStringLiteral("minSize"), *q.minSize);
    if (q.maxSize) o.insert(QStringLiteral("maxSize"), *q.maxSize);
    if (q.label) o.insert(QStringLiteral("label"), *q.label);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Query queryFromText(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    Query q;
    q.text = o.value(QStringLiteral("text")).toString();
    for (const QJsonValue &k : o.value(QStringLiteral("kinds")).toArray())
        q.kinds << Kind(k.toInt());
    for (const QJsonValue &x : o.value(QStringLiteral("extensions")).toArray())
        q.extensions << x.toString();
    for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
        q.tags << t.toString();
    q.minRating = o.value(QStringLiteral("minRating")).toInt();
    q.favouritesOnly = o.value(QStringLiteral("favouritesOnly")).toBool();
    q.under = o.value(QStringLiteral("under")).toString();
    q.takenFrom = timeFrom(o.value(QStringLiteral("takenFrom")));
    q.takenTo = timeFrom(o.value(QStringLiteral("takenTo")));
    q.modifiedFrom = timeFrom(o.value(QStringLiteral("modifiedFrom")));
    q.modifiedTo = timeFrom(o.value(QStringLiteral("modifiedTo")));
    q.minSize = numberFrom(o.value(QStringLiteral("minSize")));
    q.maxSize = numberFrom(o.value(QStringLiteral("maxSize")));
    if (const auto label = numberFrom(o.value(QStringLiteral("label")))) q.label = int(*label);
    return q;
}

CollectionStore::CollectionStore(Catalog &catalog) : m_catalog(catalog) {}

QList<Collection> CollectionStore::all() const
{
    QList<Collection> out;
    QSqlQuery q = db::exec(QSqlDatabase::database(m_catalog.connectionName(), false),
                           QStringLiteral("SELECT id, name, query FROM collections ORDER BY name "
                                          "COLLATE NOCASE, id"));
    while (q.next()) {
        Collection c{q.value(0).toLongLong(), q.value(1).toString(), std::nullopt};
        if (!q.value(2).isNull()) c.query = queryFromText(q.value(2).toString());
        out.append(c);
    }
    return out;
}

std::optional<Collection> CollectionStore::collection(qint64 id) const
{
    for (const Collection &c : all())
        if (c.id == id) return c;
    return std::nullopt;
}

qint64 CollectionStore::createAlbum(const QString &name)
{
    return db::exec(QSqlDatabase::database(m_catalog.connectionName(), false),
                    QStringLiteral("INSERT INTO collections(name) VALUES(?)"), {checkedName(name)})
        .lastInsertId()
        .toLongLong();
}

qint64 CollectionStore::createSmart(const QString &name, const Query &query)
{
    return db::exec(QSqlDatabase::database(m_catalog.connectionName(), false),
                    QStringLiteral("INSERT INTO collections(name, query) VALUES(?, ?)"),
                    {checkedName(name), queryToText(query)})
        .lastInsertId()
        .toLongLong();
}

void CollectionStore::rename(qint64 id, const QString &name)
{
    db::exec(QSqlDatabase::database(m_catalog.connectionName(), false),
             QStringLiteral("UPDATE collections SET name = ? WHERE id = ?"),
             {checkedName(name), id});
}

void CollectionStore::remove(qint64 id)
{
    db::exec(QSqlDatabase::database(m_catalog.connectionName(), false),
             QStringLiteral("DELETE FROM collections WHERE id = ?"), {id});
}

void CollectionStore::add(qint64 id, const QStringList &paths)
{
    const auto c = collection(id);
    if (!c || c->smart())
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate(
                                  "ad::Error", "files can only be added to an album, not to a "
                                               "smart collection"));
    db::transaction(QSqlDatabase::database(m_catalog.connectionName(), false),
                    [&](const QSqlDatabase &d) {
                        for (const QString &path : paths)
                            db::exec(d,
                                     QStringLiteral("INSERT OR IGNORE INTO collection_items("
                                                    "collection_id, entry_id) VALUES(?, ?)"),
                                     {id, m_catalog.entryId(path)});
                    });
}

void CollectionStore::removeFrom(qint64 id, const QStringList &paths)
{
    db::transaction(QSqlDatabase::database(m_catalog.connectionName(), false),
                    [&](const QSqlDatabase &d) {
                        for (const QString &path : paths)
                            db::exec(d,
                                     QStringLiteral("DELETE FROM collection_items WHERE "
                                                    "collection_id = ? AND entry_id = (SELECT id "
                                                    "FROM entries WHERE path = ?)"),
                                     {id, path});
                    });
}

QStringList CollectionStore::members(qint64 id) const
{
    const auto c = collection(id);
    if (!c) return {};
    if (c->smart()) return m_catalog.search(*c->query);
    QStringList out;
    QSqlQuery q = db::exec(QSqlDatabase::database(m_catalog.connectionName(), false),
                           QStringLiteral("SELECT e.path FROM collection_items i JOIN entries e ON "
                                          "e.id = i.entry_id WHERE i.collection_id = ? ORDER BY "
                                          "e.name COLLATE NOCASE, e.path"),
                           {id});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

ExportResult exportMembers(const QStringList &members, const QString &folder, ExportMode mode)
{
    if (!QDir().mkpath(folder))
        throw ProcessingError(
            ErrorCode::IoError,
            QCoreApplication::translate("ad::Error", "cannot make folder %1").arg(folder));
    ExportResult result;
    QStringList local;
    for (const QString &path : members)
        (storage::isRemoteLocation(path) ? result.skipped : local) << path;
    result.written =
        mode == ExportMode::Links ? files::linkInto(local, folder) : files::copyInto(local, folder);
    return result;
}

} // namespace ad::catalog
