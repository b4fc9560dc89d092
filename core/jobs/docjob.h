#pragma once

// Document-to-image conversion as a background job: one item per document, its pages written
// into a folder or a bucket prefix under doc-preview names. No two documents of a job write
// one name (report.pdf and report.docx: report_1.jpg and report (1)_1.jpg), and files there
// before are kept, skipped or replaced as the job's conflict policy says (default: kept, the
// document's pages renamed together). Each item's note says what it wrote.

#include "document/docpreview.h"
#include "jobs/batchplan.h"
#include "jobs/jobqueue.h"

namespace ad::jobs
{

inline const QString kDocPreviewKind = QStringLiteral("doc-preview");

// The documents of the doc-preview list inside `folder`.
QStringList documentsIn(const QString &folder, bool recursive);

// `pattern` names the outputs (${Number}, ${Page}, ${SheetID}); empty: each document's
// default ("<name>_${Page}.<ext>"). A pattern an earlier document of the job has gets a
// counter (withCounter).
JobSpec planDocJob(const QStringList &documents, const QString &destination,
                   const document::DocRequest &request, const QString &pattern = {},
                   ConflictPolicy conflict = ConflictPolicy::Rename);

JobKind docPreviewKind();

} // namespace ad::jobs
