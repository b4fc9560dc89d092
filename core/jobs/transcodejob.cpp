#include "jobs/transcodejob.h"

#include "assets/assetkind.h"
#include "common/error.h"
#include "jobs/nametemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ad::jobs
{

namespace
{

// The item's variant: whether its target may replace an existing file.
const QString kReplace = QStringLiteral("replace");

bool suits(assets::Kind kind, const media::TranscodePreset &preset)
{
    if (kind == assets::Kind::Video) return true;
    return kind == assets::Kind::Audio && preset.settings.videoEncoders.isEmpty();
}

} // namespace

JobSpec planTranscodeJob(const TranscodePlan &plan)
{
    if (!media::presetAvailable(plan.preset))
        throw ProcessingError(
            ErrorCode::UnsupportedFormat,
            QCoreApplication::translate("ad::jobs",
                                        "this FFmpeg build has no encoder for the preset \"%1\"")
                .arg(plan.preset.name));
    JobSpec spec;
    spec.kind = kTranscodeKind;
    spec.title = QCoreApplication::translate("ad::jobs", "Transcode %n file(s) to %1", nullptr,
                                             int(plan.sources.size()))
                     .arg(plan.preset.name);
    spec.params = QJsonObject{{QStringLiteral("preset"), media::presetToJson(plan.preset)},
                              {QStringLiteral("conflict"), conflictPolicyName(plan.conflict)}};
    spec.output = plan.toFile ? QFileInfo(plan.destination).absolutePath()
                              : QDir(plan.destination).absolutePath();
    NameReservation names;
    const auto taken = [&](const QString &name) {
        return plan.conflict != ConflictPolicy::Overwrite && QFileInfo::exists(name);
    };
    for (const QString &source : plan.sources) {
        const QFileInfo info(source);
        if (!info.isFile())
            throw ProcessingError(
                ErrorCode::NotFound,
                QCoreApplication::translate("ad::jobs", "no such file: %1").arg(source));
        ItemPlan item;
        item.source = info.absoluteFilePath();
        const QString planned =
            plan.toFile
                ? QFileInfo(plan.destination).absoluteFilePath()
                : QDir(spec.output)
                      .filePath(info.completeBaseName() + QLatin1Char('.') + plan.preset.extension);
        if (!suits(assets::kindOfPath(source), plan.preset)) {
            item.target = planned;
            item.state = ItemState::Skipped;
            item.note = plan.preset.settings.videoEncoders.isEmpty()
                            ? QCoreApplication::translate("ad::jobs", "not a video or audio file")
                            : QCoreApplication::translate("ad::jobs", "not a video");
        } else if (plan.conflict == ConflictPolicy::Skip && QFileInfo::exists(planned)) {
            item.target = planned;
            item.state = ItemState::Skipped;
            item.note = QCoreApplication::translate("ad::jobs", "exists already");
        } else {
            item.target = names.claim(planned, taken);
            if (plan.conflict == ConflictPolicy::Overwrite) item.variant = kReplace;
        }
        spec.items << item;
    }
    return spec;
}

JobKind transcodeKind()
{
    JobKind kind;
    kind.pool = PoolKind::Cpu;
    kind.stopOnPause = true; // a clip can take minutes: pausing must not wait for it
    kind.run = [](const ItemRecord &item, const QJsonObject &params,
                  const std::atomic<bool> &cancelled) {
        media::TranscodeRequest request;
        request.settings =
            media::presetFromJson(params.value(QStringLiteral("preset")).toObject()).settings;
        request.replace = item.variant == kReplace;
        const auto report = itemProgressReporter();
        const media::TranscodeOutcome outcome =
            media::transcodeFile(item.source, item.target, request, cancelled, report);
        ItemOutcome result;
        result.bytesIn = QFileInfo(item.source).size();
        result.bytesOut = QFileInfo(item.target).size();
        result.error = outcome.frames > 0
                           ? QCoreApplication::translate("ad::jobs", "%n frame(s)", nullptr,
                                                         int(outcome.frames))
                           : QString();
        return result;
    };
    // The rename is the last step: a target without its partial file is complete. (A target
    // that existed before is only ever replaced by a "replace" item, so it proves nothing.)
    kind.completedBeforeCrash = [](const ItemRecord &item) {
        const bool partial = QFile::remove(media::transcodePartialPath(item.target));
        return !partial && item.variant != kReplace && QFileInfo::exists(item.target);
    };
    return kind;
}

} // namespace ad::jobs
