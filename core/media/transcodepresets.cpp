#include "media/transcodepresets.h"

#include "common/error.h"
#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace ad::media
{

namespace
{

[[noreturn]] void bad(const QString &message)
{
    throw ProcessingError(ErrorCode::InvalidArgument, message);
}

const QStringList kH264{QStringLiteral("libx264")};
const QStringList kH265{QStringLiteral("libx265")};
const QStringList kVp9{QStringLiteral("libvpx-vp9")};
// SVT-AV1 is by far the fastest of the three at comparable quality.
const QStringList kAv1{QStringLiteral("libsvtav1"), QStringLiteral("libaom-av1"),
                       QStringLiteral("librav1e")};
const QStringList kAac{QStringLiteral("aac")};
const QStringList kOpus{QStringLiteral("libopus")};
const QStringList kMp3{QStringLiteral("libmp3lame")};
const QStringList kMuxers{QStringLiteral("mp4"), QStringLiteral("webm"), QStringLiteral("mp3"),
                          QStringLiteral("matroska"), QStringLiteral("mov")};

TranscodePreset preset(const char *name, const QString &description, const char *extension,
                       const char *muxer, const QStringList &video, const QStringList &audio,
                       int box, int crf, int audioKbps)
{
    TranscodePreset p;
    p.name = QLatin1String(name);
    p.description = description;
    p.extension = QLatin1String(extension);
    p.settings.muxer = QLatin1String(muxer);
    p.settings.videoEncoders = video;
    p.settings.audioEncoders = audio;
    p.settings.boxWidth = (box * 16 + 8) / 9; // 16:9, 480 -> 854
    p.settings.boxHeight = box;
    p.settings.crf = crf;
    p.settings.audioKbps = audioKbps;
    p.builtIn = true;
    return p;
}

QStringList stringList(const QJsonValue &value, const QString &field)
{
    if (value.isUndefined() || value.isNull()) return {};
    if (value.isString()) return {value.toString()};
    if (!value.isArray())
        bad(QCoreApplication::translate("ad::TranscodePresets",
                                        "preset field \"%1\" must be an encoder name or a list")
                .arg(field));
    QStringList names;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            bad(QCoreApplication::translate("ad::TranscodePresets",
                                            "preset field \"%1\" must list encoder names")
                    .arg(field));
        names << v.toString();
    }
    return names;
}

int number(const QJsonObject &json, const char *field, int fallback, int low, int high)
{
    const QJsonValue v = json.value(QLatin1String(field));
    if (v.isUndefined()) return fallback;
    const double d = v.toDouble(-1e9);
    if (!v.isDouble() || d != int(d) || d < low || d > high)
        bad(QCoreApplication::translate("ad::TranscodePresets",
                                        "preset field \"%1\" must be a whole number within %2-%3")
                .arg(QLatin1String(field))
                .arg(low)
                .arg(high));
    return int(d);
}

QString storedPath(const QString &path)
{
    return path.isEmpty() ? userPresetsPath() : path;
}

void writePresets(const QList<TranscodePreset> &presets, const QString &path)
{
    QJsonArray list;
    for (const TranscodePreset &p : presets)
        list.append(presetToJson(p));
    storage::writeFileAtomically(
        path, QJsonDocument(QJsonObject{{QStringLiteral("presets"), list}}).toJson());
}

} // namespace

QList<TranscodePreset> builtInPresets()
{
    // CRF 23 is x264's default and what VOD's "high" H.264 templates sit near; x265 and the
    // VP9/AV1 encoders reach about the same quality at the values below.
    return {
        preset(
            "1080p",
            QCoreApplication::translate("ad::TranscodePresets", "H.264/AAC MP4, up to 1920x1080"),
            "mp4", "mp4", kH264, kAac, 1080, 23, 128),
        preset("720p",
               QCoreApplication::translate("ad::TranscodePresets", "H.264/AAC MP4, up to 1280x720"),
               "mp4", "mp4", kH264, kAac, 720, 23, 128),
        preset("480p",
               QCoreApplication::translate("ad::TranscodePresets", "H.264/AAC MP4, up to 854x480"),
               "mp4", "mp4", kH264, kAac, 480, 23, 96),
        preset(
            "h265",
            QCoreApplication::translate("ad::TranscodePresets", "H.265/AAC MP4, up to 1920x1080"),
            "mp4", "mp4", kH265, kAac, 1080, 28, 128),
        preset(
            "vp9",
            QCoreApplication::translate("ad::TranscodePresets", "VP9/Opus WebM, up to 1920x1080"),
            "webm", "webm", kVp9, kOpus, 1080, 33, 96),
        preset(
            "av1",
            QCoreApplication::translate("ad::TranscodePresets", "AV1/Opus WebM, up to 1920x1080"),
            "webm", "webm", kAv1, kOpus, 1080, 35, 96),
        preset("aac", QCoreApplication::translate("ad::TranscodePresets", "AAC audio only (.m4a)"),
               "m4a", "mp4", {}, kAac, 0, -1, 160),
        preset("mp3", QCoreApplication::translate("ad::TranscodePresets", "MP3 audio only"), "mp3",
               "mp3", {}, kMp3, 0, -1, 192),
    };
}

QJsonObject presetToJson(const TranscodePreset &p)
{
    const TranscodeSettings &s = p.settings;
    QJsonObject json{{QStringLiteral("name"), p.name},
                     {QStringLiteral("description"), p.description},
                     {QStringLiteral("extension"), p.extension},
                     {QStringLiteral("muxer"), s.muxer},
                     {QStringLiteral("video"), QJsonArray::fromStringList(s.videoEncoders)},
                     {QStringLiteral("audio"), QJsonArray::fromStringList(s.audioEncoders)},
                     {QStringLiteral("width"), s.boxWidth},
                     {QStringLiteral("height"), s.boxHeight},
                     {QStringLiteral("upscale"), s.upscale},
                     {QStringLiteral("audio_kbps"), s.audioKbps}};
    if (s.crf >= 0)
        json.insert(QStringLiteral("crf"), s.crf);
    else
        json.insert(QStringLiteral("video_kbps"), s.videoKbps);
    if (!s.speed.isEmpty()) json.insert(QStringLiteral("speed"), s.speed);
    return json;
}

TranscodePreset presetFromJson(const QJsonObject &json)
{
    TranscodePreset p;
    TranscodeSettings &s = p.settings;
    p.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (p.name.isEmpty())
        bad(QCoreApplication::translate("ad::TranscodePresets", "a preset needs a name"));
    p.description = json.value(QStringLiteral("description")).toString();
    s.muxer = json.value(QStringLiteral("muxer")).toString(QStringLiteral("mp4"));
    if (!kMuxers.contains(s.muxer))
        bad(QCoreApplication::translate("ad::TranscodePresets",
                                        "preset \"%1\": muxer must be one of %2, got \"%3\"")
                .arg(p.name, kMuxers.join(QStringLiteral(", ")), s.muxer));
    p.extension =
        json.value(QStringLiteral("extension"))
            .toString(s.muxer == QLatin1String("matroska") ? QStringLiteral("mkv") : s.muxer);
    s.videoEncoders = stringList(json.value(QStringLiteral("video")), QStringLiteral("video"));
    s.audioEncoders = stringList(json.value(QStringLiteral("audio")), QStringLiteral("audio"));
    if (s.videoEncoders.isEmpty() && s.audioEncoders.isEmpty())
        bad(QCoreApplication::translate("ad::TranscodePresets",
                                        "preset \"%1\" encodes neither video nor audio")
                .arg(p.name));
    s.boxWidth = number(json, "width", 0, 0, 8192);
    s.boxHeight = number(json, "height", 0, 0, 8192);
    if ((s.boxWidth == 0) != (s.boxHeight == 0))
        bad(QCoreApplication::translate("ad::TranscodePresets",
                                        "preset \"%1\": give both width and height, or neither")
                .arg(p.name));
    s.upscale = json.value(QStringLiteral("upscale")).toBool(false);
    s.crf = number(json, "crf", -1, 0, 63);
    s.videoKbps = number(json, "video_kbps", 0, 0, 200000);
    if (!s.videoEncoders.isEmpty() && s.crf < 0 && s.videoKbps == 0)
        bad(QCoreApplication::translate("ad::TranscodePresets",
                                        "preset \"%1\" needs a crf or a video_kbps")
                .arg(p.name));
    s.audioKbps = number(json, "audio_kbps", 128, 8, 640);
    s.speed = json.value(QStringLiteral("speed")).toString();
    return p;
}

QString userPresetsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/transcode-presets.json");
}

QList<TranscodePreset> userPresets(const QString &path)
{
    QFile file(storedPath(path));
    if (!file.exists()) return {};
    if (!file.open(QIODevice::ReadOnly))
        throw ProcessingError(ErrorCode::IoError, QCoreApplication::translate(
                                                      "ad::TranscodePresets", "cannot read %1: %2")
                                                      .arg(file.fileName(), file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("presets")).isArray())
        bad(QCoreApplication::translate("ad::TranscodePresets", "%1 is not a presets file (%2)")
                .arg(file.fileName(), error.errorString()));
    QList<TranscodePreset> presets;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("presets")).toArray())
        presets << presetFromJson(v.toObject());
    return presets;
}

void saveUserPreset(const TranscodePreset &preset, const QString &path)
{
    const TranscodePreset checked = presetFromJson(presetToJson(preset));
    for (const TranscodePreset &b : builtInPresets())
        if (b.name == checked.name)
            bad(QCoreApplication::translate("ad::TranscodePresets",
                                            "\"%1\" is a built-in preset's name")
                    .arg(b.name));
    QList<TranscodePreset> presets = userPresets(path);
    presets.removeIf([&](const TranscodePreset &p) { return p.name == checked.name; });
    presets << checked;
    writePresets(presets, storedPath(path));
}

bool removeUserPreset(const QString &name, const QString &path)
{
    QList<TranscodePreset> presets = userPresets(path);
    const qsizetype removed =
        presets.removeIf([&](const TranscodePreset &p) { return p.name == name; });
    if (removed) writePresets(presets, storedPath(path));
    return removed > 0;
}

QList<TranscodePreset> allPresets(const QString &path)
{
    return builtInPresets() + userPresets(path);
}

std::optional<TranscodePreset> findPreset(const QString &name, const QString &path)
{
    for (const TranscodePreset &p : allPresets(path))
        if (p.name == name) return p;
    return std::nullopt;
}

bool presetAvailable(const TranscodePreset &preset)
{
    const TranscodeSettings &s = preset.settings;
    return (s.videoEncoders.isEmpty() || !firstAvailableEncoder(s.videoEncoders).isEmpty()) &&
           (s.audioEncoders.isEmpty() || !firstAvailableEncoder(s.audioEncoders).isEmpty());
}

} // namespace ad::media
