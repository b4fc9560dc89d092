#pragma once

// Video posters, sprite sheets and animated previews over many clips, as a background job (Tools
// > Video Posters & Sprites): one item per clip, the options kept in the job's parameters, each
// output written atomically into a folder of its own. A name already taken gets a numbered
// name, and the item's note says so; nothing existing is replaced. After a crash an item whose
// output is complete counts as done and the others run again.

#include "jobs/jobqueue.h"
#include "media/previews.h"
#include "media/snapshot.h"

namespace ad::jobs
{

inline const QString kVideoPreviewKind = QStringLiteral("video-previews");

enum class VideoPreview { Poster, Sprite, Animation };

struct VideoPreviewPlan {
    // Clips, folders whose clips (directly inside) are taken, or bucket prefixes (cos:// or
    // s3://) whose clips (directly under) are fetched into the object cache as each item runs.
    QStringList sources;
    QString destination; // a folder; made when missing
    VideoPreview what = VideoPreview::Poster;
    media::SnapshotRequest poster; // exact frame at `time` (keyFrame: the key frame before it)
    bool smartPoster = false;      // the best frame of the clip instead of `poster.time`
    media::SpriteRequest sprite;   // rows are ignored: one sheet per clip
    media::AnimationRequest animation;
};

// The output a clip gets before any collision: <destination>/<base>.<jpg|png|gif|webp>, a
// sprite sheet <base>-sprite.jpg.
QString videoPreviewName(const QString &source, const VideoPreviewPlan &plan);

// Sources that are not clips are planned as skipped (other objects under a prefix are left
// out). Lists bucket prefixes, so call it off the GUI thread for those. Throws ProcessingError:
// NotFound (a source), InvalidArgument (no clip among the sources), the storage's errors. Options
// out of CI's ranges fail each item with the processing error.
JobSpec planVideoPreviewJob(const VideoPreviewPlan &plan);

JobKind videoPreviewKind();

} // namespace ad::jobs
