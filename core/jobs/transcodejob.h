#pragma once

// Transcoding as a background job: one item per clip, the preset kept in the job's parameters
// (so a resumed job after a restart encodes as planned, whatever the presets file says now).
// Progress is reported per frame; pausing stops the running clips, which restart from their
// beginning on resume, as after a crash; a cancelled or interrupted clip leaves no partial file.

#include "jobs/batchplan.h"
#include "jobs/jobqueue.h"
#include "media/transcodepresets.h"

namespace ad::jobs
{

inline const QString kTranscodeKind = QStringLiteral("transcode");

struct TranscodePlan {
    QStringList sources; // files
    QString destination; // a folder, or (one source) the output file when `toFile` is set
    bool toFile = false;
    media::TranscodePreset preset;
    ConflictPolicy conflict = ConflictPolicy::Rename;
};

// Targets are <destination>/<source's base name>.<preset extension>; two sources of one name
// get counters, and an existing file is renamed around, skipped or replaced as `conflict` says.
// A source that is neither a video nor (for an audio preset) audio is planned as skipped.
// Throws ProcessingError: NotFound (a source), UnsupportedFormat (no encoder for the preset).
JobSpec planTranscodeJob(const TranscodePlan &plan);

JobKind transcodeKind();

} // namespace ad::jobs
