#pragma once

// The job journal in SQLite. Every state change is written before it takes effect elsewhere,
// so a killed process resumes from here. Use from one thread (the queue's). A write the disk
// refuses throws ProcessingError(IoError) naming the journal and the cause.

#include "jobs/jobtypes.h"

#include <QSqlDatabase>
#include <optional>

namespace ad::jobs
{

class JobStore
{
public:
    // path ":memory:" keeps the journal in memory (nothing to resume).
    explicit JobStore(const QString &path);
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    qint64 createJob(const JobSpec &spec);
    QList<JobRecord> jobs() const;
    std::optional<JobRecord> job(qint64 id) const;
    QList<ItemRecord> items(qint64 jobId) const;
    ItemCounts counts(qint64 jobId) const;
    std::optional<ItemRecord> nextPending(qint64 jobId) const;
    QList<ItemRecord> itemsIn(ItemState state) const; // across jobs

    void setJobState(qint64 id, JobState state);
    void setJobPriority(qint64 id, int priority);
    void markRunning(qint64 jobId, int index, qint64 startedMs);
    void finishItem(const ItemRecord &item); // state, error, bytes, finishedMs
    int resetItems(qint64 jobId, ItemState from, ItemState to);
    void requeueItem(qint64 jobId, int index); // back to pending, whatever it was
    void removeJob(qint64 id);

private:
    void migrate();
    QSqlDatabase db() const;
    QString m_connection;
};

} // namespace ad::jobs
