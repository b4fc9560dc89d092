#pragma once

// Document-to-image conversion as a background job: one item per document, its pages written
// into a folder or a bucket prefix under doc-preview names.

#include "document/docpreview.h"
#include "jobs/jobqueue.h"

namespace ad::jobs
{

inline const QString kDocPreviewKind = QStringLiteral("doc-preview");

// The documents of the doc-preview list inside `folder`.
QStringList documentsIn(const QString &folder, bool recursive);

// `pattern` names the outputs (${Number}, ${Page}, ${SheetID}); empty: each document's
// default ("<name>_${Page}.<ext>").
JobSpec planDocJob(const QStringList &documents, const QString &destination,
                   const document::DocRequest &request, const QString &pattern = {});

JobKind docPreviewKind();

} // namespace ad::jobs
