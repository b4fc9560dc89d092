#pragma once

// Records of the persistent job queue: a job is a named unit of work made of items, each item
// one source turned into one target, with its state kept in the journal.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ad::jobs
{

enum class JobState { Queued, Running, Paused, Finished, Cancelled };
enum class ItemState { Pending, Running, Done, Failed, Skipped, Cancelled };

QString jobStateName(JobState s);
JobState jobStateFromName(const QString &name);
QString itemStateName(ItemState s);
ItemState itemStateFromName(const QString &name);

struct ItemPlan {
    QString source;
    QString target;
    QString variant; // what the kind needs beyond source/target, e.g. the processing string
    ItemState state = ItemState::Pending;
    QString note; // e.g. why a planned item is skipped
};

struct JobSpec {
    QString kind;
    QString title;
    QJsonObject params;
    int priority = 0;
    QString output; // where the results go, for the report
    QList<ItemPlan> items;
};

struct ItemRecord {
    qint64 jobId = 0;
    int index = 0;
    QString source;
    QString target;
    QString variant;
    ItemState state = ItemState::Pending;
    QString error;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
};

struct JobRecord {
    qint64 id = 0;
    QString kind;
    QString title;
    QJsonObject params;
    int priority = 0;
    JobState state = JobState::Queued;
    QString output;
    QDateTime created;
    QDateTime finished;
};

struct ItemCounts {
    int total = 0;
    int pending = 0;
    int running = 0;
    int done = 0;
    int failed = 0;
    int skipped = 0;
    int cancelled = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    int finished() const { return done + failed + skipped + cancelled; }
};

} // namespace ad::jobs
