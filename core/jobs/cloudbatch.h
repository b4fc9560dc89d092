#pragma once

// Batch processing in the cloud: each object of a COS prefix gets POST /<key>?image_process with
// a Pic-Operations header, so the cloud reads the original, runs the styles and stores the
// results under the destination prefix. Only the small UploadResult crosses the desktop's link.

#include "jobs/batchplan.h"
#include "jobs/jobqueue.h"

namespace ad::jobs
{

inline const QString kCloudBatchKind = QStringLiteral("cloud-batch");
constexpr int kCloudMaxRequestRate = 100; // image_process requests a second the cloud accepts

// Plans the request the local batch takes (sources, styles, names, conflict policy, globs) for
// the cloud: the sources are cos:// objects or prefixes, the destination a cos:// prefix of the
// same bucket. One item per object and request, each request at most 5 rules (more styles, more
// requests, in style order); each rule's fileid is the absolute key its name template gives.
// `rate`: requests a second for the whole job, 1 to 100. Throws ProcessingError
// (InvalidArgument) for a source that is not in a COS bucket, a destination in another bucket,
// a bad style, template or rate.
JobSpec planCloudBatch(const BatchRequest &request, int rate = kCloudMaxRequestRate);

// Sends each item's request, retrying 5xx answers and timeouts; a 4xx fails the item with the
// service's code, and a refused signature or key (401, 403) or a missing bucket pauses the job
// (items already started then fail without being sent). Until the bucket has accepted one
// request of the job, requests go one at a time, so a wrong key is refused once. `rate` > 0
// replaces the rate each job was planned with (a resumed run may go at another pace).
JobKind cloudBatchKind(int rate = 0);

} // namespace ad::jobs
