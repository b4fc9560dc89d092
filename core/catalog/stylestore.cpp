#include "catalog/stylestore.h"

#include "catalog/catalog.h"
#include "common/error.h"
#include "db/sqlite.h"
#include "style/printer.h"
#include "style/stylefile.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ad::catalog
{

namespace
{

QSqlDatabase database(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
}

void checkName(const QString &name)
{
    if (!style::isValidStyleName(name))
        throw ProcessingError(ErrorCode::InvalidStyleName,
                              QCoreApplication::translate(
                                  "ad::Error", "'%1' is not a style name: 1-64 of letters, digits, "
                                               "_ - .")
                                  .arg(name));
}

// The body with style/<from> stages renamed; nullopt when it does not use the style.
std::optional<QString> renamedReferences(const QString &body, const QString &from,
                                         const QString &to)
{
    style::Pipeline p;
    try {
        p = style::parse(body);
    } catch (const ProcessingError &) {
        return std::nullopt;
    }
    bool used = false;
    for (style::Stage &stage : p.stages) {
        if (auto *ref = std::get_if<style::StyleRef>(&stage.op); ref && ref->name == from) {
            ref->name = to;
            used = true;
        }
    }
    return used ? std::optional(style::print(p)) : std::nullopt;
}

} // namespace

StyleStore::StyleStore(Catalog &catalog) : m_connection(catalog.connectionName()) {}

QMap<QString, QString> StyleStore::all() const
{
    QMap<QString, QString> styles;
    QSqlQuery q = db::exec(database(m_connection), QStringLiteral("SELECT name, body FROM styles"));
    while (q.next())
        styles.insert(q.value(0).toString(), q.value(1).toString());
    return styles;
}

std::optional<QString> StyleStore::body(const QString &name) const
{
    QSqlQuery q = db::exec(database(m_connection),
                           QStringLiteral("SELECT body FROM styles WHERE name = ?"), {name});
    if (!q.next()) return std::nullopt;
    return q.value(0).toString();
}

void StyleStore::save(const QString &name, const QString &body)
{
    checkName(name);
    style::parse(body); // throws with the offending token
    db::exec(database(m_connection),
             QStringLiteral("INSERT INTO styles(name, body, modified) VALUES(?, ?, ?) "
                            "ON CONFLICT(name) DO UPDATE SET body = excluded.body, "
                            "modified = excluded.modified"),
             {name, body, QDateTime::currentSecsSinceEpoch()});
}

void StyleStore::rename(const QString &from, const QString &to)
{
    checkName(to);
    if (from == to) return;
    if (body(to))
        throw ProcessingError(
            ErrorCode::InvalidStyleName,
            QCoreApplication::translate("ad::Error", "a style named '%1' exists already").arg(to));
    if (!body(from))
        throw ProcessingError(
            ErrorCode::StyleNotFound,
            QCoreApplication::translate("ad::Error", "no style named '%1'").arg(from));
    db::transaction(database(m_connection), [&](const QSqlDatabase &d) {
        db::exec(d, QStringLiteral("UPDATE styles SET name = ? WHERE name = ?"), {to, from});
        const QMap<QString, QString> styles = all();
        for (auto it = styles.cbegin(); it != styles.cend(); ++it) {
            if (const auto renamed = renamedReferences(it.value(), from, to))
                db::exec(d, QStringLiteral("UPDATE styles SET body = ? WHERE name = ?"),
                         {*renamed, it.key()});
        }
    });
}

void StyleStore::remove(const QString &name)
{
    db::exec(database(m_connection), QStringLiteral("DELETE FROM styles WHERE name = ?"), {name});
}

QString StyleStore::duplicate(const QString &name)
{
    const std::optional<QString> source = body(name);
    if (!source)
        throw ProcessingError(
            ErrorCode::StyleNotFound,
            QCoreApplication::translate("ad::Error", "no style named '%1'").arg(name));
    QString copy = name.left(59) + QStringLiteral("-copy");
    for (int n = 2; body(copy); ++n)
        copy = name.left(57) + QStringLiteral("-copy") + QString::number(n);
    save(copy, *source);
    return copy;
}

QStringList StyleStore::referencing(const QString &name) const
{
    QStringList users;
    const QMap<QString, QString> styles = all();
    for (auto it = styles.cbegin(); it != styles.cend(); ++it)
        if (renamedReferences(it.value(), name, name)) users << it.key();
    return users;
}

QStringList StyleStore::importStyles(const QMap<QString, QString> &styles, bool replace)
{
    return db::transaction(database(m_connection), [&](const QSqlDatabase &) {
        QStringList stored;
        for (auto it = styles.cbegin(); it != styles.cend(); ++it) {
            if (!replace && body(it.key())) continue;
            save(it.key(), it.value());
            stored << it.key();
        }
        return stored;
    });
}

style::StyleLookup StyleStore::lookup() const
{
    return style::lookupIn(all());
}

} // namespace ad::catalog
