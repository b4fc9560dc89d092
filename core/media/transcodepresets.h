#pragma once

// Transcoding presets in the manner of VOD's: H.264/AAC MP4 at 1080p, 720p and 480p, H.265
// MP4, VP9/Opus WebM, AV1 (WebM), audio-only AAC (.m4a) and MP3. The user's own presets are
// kept as JSON in the application data folder; a preset's encoders are lists, the first the
// FFmpeg build has is used, and a preset none of whose encoders exist is "unavailable".

#include "media/transcoder.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace ad::media
{

struct TranscodePreset {
    QString name;        // what --preset takes: "720p", "vp9", ...
    QString description; // translated for built-ins
    QString extension;   // of the output: mp4, webm, m4a, mp3
    TranscodeSettings settings;
    bool builtIn = false;
};

QList<TranscodePreset> builtInPresets();

// The preset's JSON form (what the user presets file holds for each) and back. fromJson throws
// ProcessingError(InvalidArgument) naming the bad field.
QJsonObject presetToJson(const TranscodePreset &preset);
TranscodePreset presetFromJson(const QJsonObject &json);

// <app data>/transcode-presets.json, or `path` when set (tests).
QString userPresetsPath();
// The user's presets; a missing file is none, a damaged one throws InvalidArgument.
QList<TranscodePreset> userPresets(const QString &path = {});
// Adds or replaces a user preset (atomic write); a built-in's name is refused (InvalidArgument).
void saveUserPreset(const TranscodePreset &preset, const QString &path = {});
bool removeUserPreset(const QString &name, const QString &path = {});

// Built-ins, then the user's.
QList<TranscodePreset> allPresets(const QString &path = {});
std::optional<TranscodePreset> findPreset(const QString &name, const QString &path = {});

// Whether this FFmpeg build has an encoder for each kind of stream the preset writes.
bool presetAvailable(const TranscodePreset &preset);

} // namespace ad::media
