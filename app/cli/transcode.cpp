// assetdesk-cli transcode: clips through a VOD-style preset, run as a journalled transcode job
// (the same kind the window's Tools > Transcode uses), so an interrupted run continues with
// --resume. Also lists the presets and keeps the user's own.

#include "cli/commands.h"
#include "cli/output.h"
#include "jobs/transcodejob.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>
#include <cstdio>

namespace ad::cli
{

namespace
{

const char kUsage[] =
    "assetdesk-cli transcode IN... --preset NAME (-o OUT | -d DIR) [--conflict "
    "skip|overwrite|rename]\n"
    "    [--journal FILE] [--resume] [--presets FILE]\n"
    "  transcode --list-presets | --save-preset FILE.json | --remove-preset NAME  [--presets "
    "FILE]";

struct Options {
    QStringList inputs;
    QString preset;
    QString output;
    QString directory;
    QString conflict;
    QString journal;
    QString presetsFile; // the user presets file; empty: the application's
    bool resume = false;
    bool list = false;
    QString save;
    QString remove;
};

std::optional<Options> parse(const QStringList &args)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const auto value = [&](QString &field) {
            if (i + 1 >= args.size()) return false;
            field = args[++i];
            return true;
        };
        bool ok = true;
        if (a == QLatin1String("--preset"))
            ok = value(o.preset);
        else if (a == QLatin1String("-o") || a == QLatin1String("--output"))
            ok = value(o.output);
        else if (a == QLatin1String("-d") || a == QLatin1String("--directory"))
            ok = value(o.directory);
        else if (a == QLatin1String("--conflict"))
            ok = value(o.conflict);
        else if (a == QLatin1String("--journal"))
            ok = value(o.journal);
        else if (a == QLatin1String("--presets"))
            ok = value(o.presetsFile);
        else if (a == QLatin1String("--save-preset"))
            ok = value(o.save);
        else if (a == QLatin1String("--remove-preset"))
            ok = value(o.remove);
        else if (a == QLatin1String("--resume"))
            o.resume = true;
        else if (a == QLatin1String("--list-presets"))
            o.list = true;
        else if (a.startsWith(QLatin1String("-")))
            ok = false;
        else
            o.inputs << a;
        if (!ok) return std::nullopt;
    }
    return o;
}

int listPresets(const Options &o)
{
    for (const media::TranscodePreset &p : media::allPresets(o.presetsFile)) {
        const QString video = media::firstAvailableEncoder(p.settings.videoEncoders);
        const QString audio = media::firstAvailableEncoder(p.settings.audioEncoders);
        const QString uses = media::presetAvailable(p)
                                 ? QStringList{video, audio}.join(QLatin1Char(' ')).trimmed()
                                 : QStringLiteral("unavailable: no encoder in this FFmpeg build");
        std::printf("%-8s %-5s %s [%s]%s\n", qPrintable(p.name), qPrintable(p.extension),
                    shown(p.description).constData(), qPrintable(uses), p.builtIn ? "" : " (user)");
    }
    return 0;
}

int savePreset(const Options &o)
{
    QFile file(o.save);
    if (!file.open(QIODevice::ReadOnly))
        return reportError({ErrorCode::NotFound,
                            QStringLiteral("cannot read %1: %2").arg(o.save, file.errorString())});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return reportError(
            {ErrorCode::InvalidArgument,
             QStringLiteral("%1: not a JSON object (%2)").arg(o.save, error.errorString())});
    const media::TranscodePreset preset = media::presetFromJson(doc.object());
    media::saveUserPreset(preset, o.presetsFile);
    std::printf(
        "saved preset %s in %s\n", qPrintable(preset.name),
        shown(o.presetsFile.isEmpty() ? media::userPresetsPath() : o.presetsFile).constData());
    return 0;
}

QString defaultJournal(const QString &destination)
{
    const QByteArray key =
        QCryptographicHash::hash(destination.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/transcode/") + QString::fromLatin1(key) + QStringLiteral(".sqlite");
}

} // namespace

int transcodeCommand(const QStringList &args)
{
    const auto parsed = parse(args);
    if (!parsed) return usageError(QString::fromLatin1(kUsage));
    const Options &o = *parsed;
    try {
        if (o.list) return listPresets(o);
        if (!o.save.isEmpty()) return savePreset(o);
        if (!o.remove.isEmpty()) {
            if (media::removeUserPreset(o.remove, o.presetsFile)) return 0;
            return reportError(
                {ErrorCode::NotFound, QStringLiteral("no user preset \"%1\"").arg(o.remove)});
        }
        const bool toFile = !o.output.isEmpty();
        if ((!o.resume && (o.inputs.isEmpty() || o.preset.isEmpty())) ||
            toFile == !o.directory.isEmpty() || (toFile && o.inputs.size() > 1))
            return usageError(QString::fromLatin1(kUsage));
        jobs::ConflictPolicy conflict = jobs::ConflictPolicy::Rename;
        if (!o.conflict.isEmpty()) {
            const auto policy = jobs::conflictPolicyFromName(o.conflict);
            if (!policy) return usageError(QString::fromLatin1(kUsage));
            conflict = *policy;
        } else if (toFile && QFileInfo::exists(o.output)) {
            // One named output: never a silent rename or replacement.
            return reportError(
                {ErrorCode::IoError,
                 QStringLiteral("%1 exists; choose --conflict overwrite or rename").arg(o.output)});
        }
        const QString destination =
            toFile ? QFileInfo(o.output).absoluteFilePath() : QDir(o.directory).absolutePath();
        const QString journal = o.journal.isEmpty() ? defaultJournal(destination) : o.journal;
        QDir().mkpath(QFileInfo(journal).absolutePath());
        QLockFile lock(journal + QStringLiteral(".lock"));
        if (!lock.tryLock(0))
            return reportError({ErrorCode::IoError,
                                QStringLiteral("another transcode into '%1' is running (journal "
                                               "%2)")
                                    .arg(destination, journal)});

        jobs::JobQueue queue(journal);
        queue.registerKind(jobs::kTranscodeKind, jobs::transcodeKind());
        queue.setThreads(jobs::PoolKind::Cpu, 1); // each transcode uses every core already
        const QList<qint64> unfinished = queue.unfinishedJobs();
        qint64 jobId = 0;
        if (o.resume) {
            if (unfinished.isEmpty())
                return reportError(
                    {ErrorCode::NotFound, QStringLiteral("nothing to resume in %1").arg(journal)});
            jobId = unfinished.last();
            queue.start(); // clips left running restart; their partial files are removed
            queue.resume(jobId);
        } else {
            if (!unfinished.isEmpty())
                return reportError({ErrorCode::InvalidArgument,
                                    QStringLiteral("an interrupted transcode into '%1' exists; "
                                                   "continue it with --resume")
                                        .arg(destination)});
            const auto preset = media::findPreset(o.preset, o.presetsFile);
            if (!preset)
                return reportError(
                    {ErrorCode::InvalidArgument,
                     QStringLiteral("no preset \"%1\" (see --list-presets)").arg(o.preset)});
            jobs::TranscodePlan plan;
            plan.sources = o.inputs;
            plan.destination = destination;
            plan.toFile = toFile;
            plan.preset = *preset;
            plan.conflict = conflict;
            if (!toFile) QDir().mkpath(destination);
            queue.start();
            const jobs::JobSpec spec = jobs::planTranscodeJob(plan);
            for (const jobs::ItemPlan &item : spec.items)
                if (item.state == jobs::ItemState::Skipped)
                    std::printf("skipped: %s (%s)\n", shown(item.source).constData(),
                                shown(item.note).constData());
            jobId = queue.submit(spec);
        }
        QObject::connect(&queue, &jobs::JobQueue::itemFinished, [&](qint64 id, int index) {
            const auto items = queue.items(id);
            if (index >= items.size()) return;
            const jobs::ItemRecord &item = items[index];
            std::printf(
                "%s: %s -> %s%s\n", qPrintable(jobs::itemStateName(item.state)),
                shown(item.source).constData(), shown(item.target).constData(),
                item.error.isEmpty()
                    ? ""
                    : shown(QStringLiteral(" (") + item.error + QLatin1Char(')')).constData());
            std::fflush(stdout);
        });
        QObject::connect(&queue, &jobs::JobQueue::jobFinished, qApp, [&](qint64 id) {
            if (id == jobId) QCoreApplication::quit();
        });
        QObject::connect(&queue, &jobs::JobQueue::idle, qApp, [&] {
            if (!queue.journalError().isEmpty()) QCoreApplication::quit();
        });
        if (queue.progress(jobId).job.state != jobs::JobState::Finished) QCoreApplication::exec();
        if (!queue.journalError().isEmpty())
            return reportError({ErrorCode::IoError, queue.journalError()});
        const jobs::ItemCounts c = queue.progress(jobId).counts;
        std::printf("%d transcoded, %d failed, %d skipped of %d\n", c.done, c.failed,
                    c.skipped + c.cancelled, c.total);
        return c.failed > 0 ? 1 : 0;
    } catch (const ProcessingError &e) {
        return reportError(e.error());
    }
}

} // namespace ad::cli
