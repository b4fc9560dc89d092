#pragma once

// Small helpers for the SQLite files of the core (job journal, catalogue): opening a
// connection of our own with WAL, and running a statement or failing with a clear error.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <type_traits>

namespace ad::db
{

// Opens path (":memory:" allowed) under a unique connection name and returns that name.
QString openSqlite(const QString &path, const QString &what);
void closeSqlite(const QString &connection);

// Prepares, binds and runs; throws ProcessingError(IoError) naming `what` on failure.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

int userVersion(const QSqlDatabase &db);

// Throws ProcessingError(IoError) "what: reason"; a full disk (SQLITE_FULL) reads as the file
// writers say it, "no space left on device".
[[noreturn]] void fail(const QString &what, const QSqlError &error);

// BEGIN and COMMIT, throwing through fail(): a commit the disk refuses must not pass as saved.
void begin(QSqlDatabase &db);
void commit(QSqlDatabase &db);

// Runs fn(db) in one transaction: committed when fn returns, rolled back when it or the commit
// throws.
template <typename Fn> auto transaction(QSqlDatabase db, Fn fn) -> decltype(fn(db))
{
    begin(db);
    try {
        if constexpr (std::is_void_v<decltype(fn(db))>) {
            fn(db);
            commit(db);
        } else {
            auto result = fn(db);
            commit(db);
            return result;
        }
    } catch (...) {
        db.rollback();
        throw;
    }
}

} // namespace ad::db
