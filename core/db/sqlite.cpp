#include "db/sqlite.h"

#include "common/error.h"
#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>
#include <cerrno>

namespace ad::db
{

void fail(const QString &what, const QSqlError &error)
{
    constexpr int kSqliteFull = 13; // primary result code; extended codes keep it in the low byte
    const bool full = error.nativeErrorCode().toInt() % 256 == kSqliteFull;
    throw ProcessingError(
        ErrorCode::IoError,
        QStringLiteral("%1: %2").arg(what, full ? storage::writeErrorText(ENOSPC) : error.text()));
}

void begin(QSqlDatabase &db)
{
    if (!db.transaction())
        fail(QCoreApplication::translate("ad::Error", "%1: begin").arg(db.databaseName()),
             db.lastError());
}

void commit(QSqlDatabase &db)
{
    if (!db.commit())
        fail(QCoreApplication::translate("ad::Error", "%1: commit").arg(db.databaseName()),
             db.lastError());
}

QString openSqlite(const QString &path, const QString &what)
{
    const QString connection = QUuid::createUuid().toString();
    if (path != QLatin1String(":memory:")) QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    database.setDatabaseName(path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open()) {
        const QSqlError error = database.lastError();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        fail(QCoreApplication::translate("ad::Error", "%1: open %2").arg(what, path), error);
    }
    // WAL with NORMAL sync: a crash of the process never loses a committed change.
    exec(database, QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(database, QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(database, QStringLiteral("PRAGMA foreign_keys=ON"));
    return connection;
}

void closeSqlite(const QString &connection)
{
    {
        QSqlDatabase database = QSqlDatabase::database(connection, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) fail(sql, q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) fail(sql, q.lastError());
    return q;
}

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery q = exec(db, QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace ad::db
