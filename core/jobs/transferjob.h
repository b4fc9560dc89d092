#pragma once

// Copies and moves between folders and buckets as a background job on the I/O pool: one item
// per file or object, each resumable (multipart checkpoints) and verified, see transfer.h.

#include "jobs/jobqueue.h"
#include "jobs/uploadprocessing.h"

namespace ad::jobs
{

inline const QString kTransferKind = QStringLiteral("transfer");

// Processing on upload for a transfer job: the styles (resolveUploadStyles) and the name
// template of their results. No styles: plain transfers.
struct UploadProcessing {
    QList<UploadStyle> styles;
    QString nameTemplate = kUploadResultTemplate;
};

// Each source (local path or object URL; folders and prefixes recursively) into `destination`.
// `limitRate`: bytes per second for all the job's transfers together, 0 for no limit. With
// `processing`, every item must be an upload to COS; each item's rules are decided and checked
// here, before the job exists (checkPicRules), and the item's report lists the results.
JobSpec planTransferJob(const QStringList &sources, const QString &destination, bool move,
                        qint64 limitRate = 0, const UploadProcessing &processing = {});

// `checkpointDir` holds multipart checkpoints; empty: <app data>/transfers.
JobKind transferKind(const QString &checkpointDir = {});

} // namespace ad::jobs
