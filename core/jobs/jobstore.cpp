#include "jobs/jobstore.h"

#include "common/error.h"
#include "db/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ad::jobs
{

namespace
{

// Names the journal; db::fail words a full disk as the file writers do.
[[noreturn]] void journalFailed(const QSqlDatabase &db, const QSqlError &error)
{
    db::fail(QCoreApplication::translate("ad::Error", "job journal '%1'").arg(db.databaseName()),
             error);
}

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) journalFailed(db, q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) journalFailed(db, q.lastError());
    return q;
}

ItemRecord itemFrom(const QSqlQuery &q)
{
    ItemRecord r;
    r.jobId = q.value(0).toLongLong();
    r.index = q.value(1).toInt();
    r.source = q.value(2).toString();
    r.target = q.value(3).toString();
    r.variant = q.value(4).toString();
    r.state = itemStateFromName(q.value(5).toString());
    r.error = q.value(6).toString();
    r.bytesIn = q.value(7).toLongLong();
    r.bytesOut = q.value(8).toLongLong();
    r.startedMs = q.value(9).toLongLong();
    r.finishedMs = q.value(10).toLongLong();
    return r;
}

const QString kItemColumns = QStringLiteral(
    "job_id, idx, source, target, variant, state, error, bytes_in, bytes_out, started, finished");

JobRecord jobFrom(const QSqlQuery &q)
{
    JobRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.title = q.value(2).toString();
    r.params = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    r.priority = q.value(4).toInt();
    r.state = jobStateFromName(q.value(5).toString());
    r.output = q.value(6).toString();
    r.created = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong());
    if (!q.value(8).isNull()) r.finished = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong());
    return r;
}

const QString kJobColumns =
    QStringLiteral("id, kind, title, params, priority, state, output, created, finished");

} // namespace

JobStore::JobStore(const QString &path)
    : m_connection(db::openSqlite(path, QCoreApplication::translate("ad::Error", "job journal")))
{
    migrate();
}

JobStore::~JobStore()
{
    db::closeSqlite(m_connection);
}

QSqlDatabase JobStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void JobStore::migrate()
{
    // Schema versions live in PRAGMA user_version; each step upgrades by one.
    const int current = db::userVersion(db());
    if (current < 1) {
        run(db(),
            QStringLiteral(
                "CREATE TABLE jobs(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT "
                "NULL, "
                "params TEXT NOT NULL, priority INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, "
                "output TEXT, created INTEGER NOT NULL, finished INTEGER)"));
        run(db(),
            QStringLiteral(
                "CREATE TABLE items(job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, "
                "idx INTEGER NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, variant TEXT "
                "NOT NULL, "
                "state TEXT NOT NULL, error TEXT, bytes_in INTEGER NOT NULL DEFAULT 0, "
                "bytes_out INTEGER NOT NULL DEFAULT 0, started INTEGER, finished INTEGER, "
                "PRIMARY KEY(job_id, idx))"));
        run(db(), QStringLiteral("CREATE INDEX items_by_state ON items(job_id, state, idx)"));
        run(db(), QStringLiteral("PRAGMA user_version=1"));
    }
}

qint64 JobStore::createJob(const JobSpec &spec)
{
    QSqlDatabase database = db();
    if (!database.transaction()) journalFailed(database, database.lastError());
    try {
        QSqlQuery job =
            run(database,
                QStringLiteral(
                    "INSERT INTO jobs(kind, title, params, priority, state, output, created) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?)"),
                {spec.kind, spec.title, QJsonDocument(spec.params).toJson(QJsonDocument::Compact),
                 spec.priority, jobStateName(JobState::Queued), spec.output,
                 QDateTime::currentMSecsSinceEpoch()});
        const qint64 id = job.lastInsertId().toLongLong();
        QSqlQuery insert(database);
        insert.prepare(
            QStringLiteral("INSERT INTO items(job_id, idx, source, target, variant, state, error) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < spec.items.size(); ++i) {
            const ItemPlan &p = spec.items[i];
            for (const QVariant &v : QVariantList{
                     id, i, p.source, p.target, p.variant.isNull() ? QStringLiteral("") : p.variant,
                     itemStateName(p.state), p.note.isEmpty() ? QVariant() : QVariant(p.note)})
                insert.addBindValue(v);
            if (!insert.exec()) journalFailed(database, insert.lastError());
        }
        // The disk may refuse the commit itself (the journal is written then); the transaction
        // is still open after that and must be rolled back, not left to swallow later writes.
        if (!database.commit()) journalFailed(database, database.lastError());
        return id;
    } catch (...) {
        database.rollback();
        throw;
    }
}

QList<JobRecord> JobStore::jobs() const
{
    QList<JobRecord> out;
    QSqlQuery q = run(db(), QStringLiteral("SELECT %1 FROM jobs ORDER BY id").arg(kJobColumns));
    while (q.next())
        out << jobFrom(q);
    return out;
}

std::optional<JobRecord> JobStore::job(qint64 id) const
{
    QSqlQuery q =
        run(db(), QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(kJobColumns), {id});
    if (!q.next()) return std::nullopt;
    return jobFrom(q);
}

QList<ItemRecord> JobStore::items(qint64 jobId) const
{
    QList<ItemRecord> out;
    QSqlQuery q =
        run(db(),
            QStringLiteral("SELECT %1 FROM items WHERE job_id = ? ORDER BY idx").arg(kItemColumns),
            {jobId});
    while (q.next())
        out << itemFrom(q);
    return out;
}

ItemCounts JobStore::counts(qint64 jobId) const
{
    ItemCounts c;
    QSqlQuery q =
        run(db(),
            QStringLiteral(
                "SELECT state, COUNT(*), SUM(bytes_in), SUM(bytes_out) FROM items WHERE job_id = ? "
                "GROUP BY state"),
            {jobId});
    while (q.next()) {
        const int n = q.value(1).toInt();
        c.total += n;
        c.bytesIn += q.value(2).toLongLong();
        c.bytesOut += q.value(3).toLongLong();
        switch (itemStateFromName(q.value(0).toString())) {
        case ItemState::Pending:
            c.pending = n;
            break;
        case ItemState::Running:
            c.running = n;
            break;
        case ItemState::Done:
            c.done = n;
            break;
        case ItemState::Failed:
            c.failed = n;
            break;
        case ItemState::Skipped:
            c.skipped = n;
            break;
        case ItemState::Cancelled:
            c.cancelled = n;
            break;
        }
    }
    return c;
}

std::optional<ItemRecord> JobStore::nextPending(qint64 jobId) const
{
    QSqlQuery q =
        run(db(),
            QStringLiteral(
                "SELECT %1 FROM items WHERE job_id = ? AND state = 'pending' ORDER BY idx LIMIT 1")
                .arg(kItemColumns),
            {jobId});
    if (!q.next()) return std::nullopt;
    return itemFrom(q);
}

QList<ItemRecord> JobStore::itemsIn(ItemState state) const
{
    QList<ItemRecord> out;
    QSqlQuery q = run(db(),
                      QStringLiteral("SELECT %1 FROM items WHERE state = ? ORDER BY job_id, idx")
                          .arg(kItemColumns),
                      {itemStateName(state)});
    while (q.next())
        out << itemFrom(q);
    return out;
}

void JobStore::setJobState(qint64 id, JobState state)
{
    const bool ended = state == JobState::Finished || state == JobState::Cancelled;
    run(db(), QStringLiteral("UPDATE jobs SET state = ?, finished = ? WHERE id = ?"),
        {jobStateName(state), ended ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant(),
         id});
}

void JobStore::setJobPriority(qint64 id, int priority)
{
    run(db(), QStringLiteral("UPDATE jobs SET priority = ? WHERE id = ?"), {priority, id});
}

void JobStore::markRunning(qint64 jobId, int index, qint64 startedMs)
{
    run(db(),
        QStringLiteral("UPDATE items SET state = 'running', started = ?, error = NULL WHERE job_id "
                       "= ? AND idx = ?"),
        {startedMs, jobId, index});
}

void JobStore::finishItem(const ItemRecord &item)
{
    run(db(),
        QStringLiteral(
            "UPDATE items SET state = ?, error = ?, bytes_in = ?, bytes_out = ?, finished = ? "
            "WHERE job_id = ? AND idx = ?"),
        {itemStateName(item.state), item.error.isEmpty() ? QVariant() : QVariant(item.error),
         item.bytesIn, item.bytesOut, item.finishedMs, item.jobId, item.index});
}

int JobStore::resetItems(qint64 jobId, ItemState from, ItemState to)
{
    QSqlQuery q = run(
        db(),
        QStringLiteral("UPDATE items SET state = ?, error = NULL WHERE job_id = ? AND state = ?"),
        {itemStateName(to), jobId, itemStateName(from)});
    return q.numRowsAffected();
}

void JobStore::requeueItem(qint64 jobId, int index)
{
    run(db(),
        QStringLiteral(
            "UPDATE items SET state = 'pending', error = NULL WHERE job_id = ? AND idx = ?"),
        {jobId, index});
}

void JobStore::removeJob(qint64 id)
{
    run(db(), QStringLiteral("DELETE FROM jobs WHERE id = ?"), {id});
}

} // namespace ad::jobs
