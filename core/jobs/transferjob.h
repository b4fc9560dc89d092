#pragma once

// Copies and moves between folders and buckets as a background job on the I/O pool: one item
// per file or object, each resumable (multipart checkpoints) and verified, see transfer.h.

#include "jobs/jobqueue.h"

namespace ad::jobs
{

inline const QString kTransferKind = QStringLiteral("transfer");

// Each source (local path or object URL; folders and prefixes recursively) into `destination`.
// `limitRate`: bytes per second for all the job's transfers together, 0 for no limit.
JobSpec planTransferJob(const QStringList &sources, const QString &destination, bool move,
                        qint64 limitRate = 0);

// `checkpointDir` holds multipart checkpoints; empty: <app data>/transfers.
JobKind transferKind(const QString &checkpointDir = {});

} // namespace ad::jobs
