#pragma once

// Small helpers for the SQLite files of the core (job journal, catalogue): opening a
// connection of our own with WAL, and running a statement or failing with a clear error.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace ad::db
{

// Opens path (":memory:" allowed) under a unique connection name and returns that name.
QString openSqlite(const QString &path, const QString &what);
void closeSqlite(const QString &connection);

// Prepares, binds and runs; throws ProcessingError(IoError) naming `what` on failure.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

int userVersion(const QSqlDatabase &db);

} // namespace ad::db
