#pragma once

// The job kinds the application runs: batch styles (local and cloud), document conversion,
// thumbnail pre-generation, transfers and transcoding. One place, so the window and its tests
// register the same set.

namespace ad::jobs
{
class JobQueue;

void registerStandardKinds(JobQueue &queue);

} // namespace ad::jobs
