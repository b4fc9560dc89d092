#pragma once

// Thumbnail pre-generation as a background job: every file of a folder gets its freedesktop
// thumbnail (the large size, which the grid reads) made ahead of browsing, so a big folder
// opens warm.

#include "imaging/xdgthumbnails.h"
#include "jobs/jobqueue.h"

namespace ad::jobs
{

inline const QString kThumbnailKind = QStringLiteral("thumbnails");

// The large size (256 px) is what the grid reads at every zoom level.
JobSpec
planThumbnailJob(const QString &folder, bool recursive,
                 imaging::XdgThumbnailCache::Size size = imaging::XdgThumbnailCache::Size::Large);
// `cacheRoot` empty: $XDG_CACHE_HOME/thumbnails.
JobKind thumbnailKind(const QString &cacheRoot = {});

} // namespace ad::jobs
