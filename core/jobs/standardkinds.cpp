#include "jobs/standardkinds.h"

#include "jobs/batchplan.h"
#include "jobs/batchrunner.h"
#include "jobs/cloudbatch.h"
#include "jobs/docjob.h"
#include "jobs/thumbnailjob.h"
#include "jobs/transcodejob.h"
#include "jobs/transferjob.h"
#include "jobs/videopreviewjob.h"

namespace ad::jobs
{

void registerStandardKinds(JobQueue &queue)
{
    queue.registerKind(kBatchKind, batchStyleKind());
    queue.registerKind(kCloudBatchKind, cloudBatchKind());
    queue.registerKind(kDocPreviewKind, docPreviewKind());
    queue.registerKind(kThumbnailKind, thumbnailKind());
    queue.registerKind(kTransferKind, transferKind());
    queue.registerKind(kTranscodeKind, transcodeKind());
    queue.registerKind(kVideoPreviewKind, videoPreviewKind());
}

} // namespace ad::jobs
