#include "jobs/videopreviewjob.h"

#include "assets/assetkind.h"
#include "common/error.h"
#include "jobs/nametemplate.h"
#include "storage/atomicfile.h"
#include "storage/objectcache.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ad::jobs
{

namespace
{

// Outputs are written through a partial file with this tag, so a crash leaves it recognisable.
const QString kPartialTag = QStringLiteral("video-preview");

const char *whatName(VideoPreview what)
{
    switch (what) {
    case VideoPreview::Sprite:
        return "sprite";
    case VideoPreview::Animation:
        return "animation";
    case VideoPreview::Poster:
        break;
    }
    return "poster";
}

QJsonObject toJson(const VideoPreviewPlan &p)
{
    const media::SnapshotRequest &s = p.poster;
    const media::SpriteRequest &c = p.sprite;
    const media::AnimationRequest &a = p.animation;
    return {
        {QStringLiteral("what"), QLatin1String(whatName(p.what))},
        {QStringLiteral("poster"), QJsonObject{{QStringLiteral("time"), s.time},
                                               {QStringLiteral("width"), s.width},
                                               {QStringLiteral("height"), s.height},
                                               {QStringLiteral("format"), s.format},
                                               {QStringLiteral("keyFrame"), s.keyFrame},
                                               {QStringLiteral("smart"), p.smartPoster}}},
        {QStringLiteral("sprite"), QJsonObject{{QStringLiteral("count"), c.count},
                                               {QStringLiteral("interval"), c.interval},
                                               {QStringLiteral("offset"), c.offset},
                                               {QStringLiteral("cellWidth"), c.cellWidth},
                                               {QStringLiteral("cellHeight"), c.cellHeight},
                                               {QStringLiteral("columns"), c.columns},
                                               {QStringLiteral("padding"), c.padding},
                                               {QStringLiteral("margin"), c.margin},
                                               {QStringLiteral("color"), c.color}}},
        {QStringLiteral("animation"), QJsonObject{{QStringLiteral("seek"), a.seek},
                                                  {QStringLiteral("duration"), a.duration},
                                                  {QStringLiteral("fps"), a.fps},
                                                  {QStringLiteral("width"), a.width},
                                                  {QStringLiteral("height"), a.height},
                                                  {QStringLiteral("format"), a.format}}},
    };
}

VideoPreviewPlan fromJson(const QJsonObject &json)
{
    VideoPreviewPlan p;
    const QString what = json.value(QStringLiteral("what")).toString();
    p.what = what == QLatin1String("sprite")      ? VideoPreview::Sprite
             : what == QLatin1String("animation") ? VideoPreview::Animation
                                                  : VideoPreview::Poster;
    const QJsonObject s = json.value(QStringLiteral("poster")).toObject();
    p.poster.time = s.value(QStringLiteral("time")).toDouble();
    p.poster.width = s.value(QStringLiteral("width")).toInt();
    p.poster.height = s.value(QStringLiteral("height")).toInt();
    p.poster.format = s.value(QStringLiteral("format")).toString(QStringLiteral("jpg"));
    p.poster.keyFrame = s.value(QStringLiteral("keyFrame")).toBool();
    p.smartPoster = s.value(QStringLiteral("smart")).toBool();
    const QJsonObject c = json.value(QStringLiteral("sprite")).toObject();
    p.sprite.count = c.value(QStringLiteral("count")).toInt(p.sprite.count);
    p.sprite.interval = c.value(QStringLiteral("interval")).toDouble();
    p.sprite.offset = c.value(QStringLiteral("offset")).toDouble();
    p.sprite.cellWidth = c.value(QStringLiteral("cellWidth")).toInt();
    p.sprite.cellHeight = c.value(QStringLiteral("cellHeight")).toInt();
    p.sprite.columns = c.value(QStringLiteral("columns")).toInt(p.sprite.columns);
    p.sprite.padding = c.value(QStringLiteral("padding")).toInt();
    p.sprite.margin = c.value(QStringLiteral("margin")).toInt();
    p.sprite.color = c.value(QStringLiteral("color")).toString(p.sprite.color);
    const QJsonObject a = json.value(QStringLiteral("animation")).toObject();
    p.animation.seek = a.value(QStringLiteral("seek")).toDouble();
    p.animation.duration = a.value(QStringLiteral("duration")).toDouble(p.animation.duration);
    p.animation.fps = a.value(QStringLiteral("fps")).toDouble(p.animation.fps);
    p.animation.width = a.value(QStringLiteral("width")).toInt();
    p.animation.height = a.value(QStringLiteral("height")).toInt();
    p.animation.format = a.value(QStringLiteral("format")).toString(p.animation.format);
    return p;
}

// A clip to plan: a local file, or a bucket object with its listed size and ETag.
struct Clip {
    QString location;
    qint64 size = 0;
    QString etag;
};

bool isClip(const QString &location)
{
    return storage::isRemoteLocation(location)
               ? assets::kindOf(storage::locationName(location), {}) == assets::Kind::Video
               : assets::kindOfPath(location) == assets::Kind::Video;
}

// The files a source names: itself, or the clips directly inside a folder or directly under a
// bucket prefix (a bucket location is always taken as a prefix), by name.
QList<Clip> filesOf(const QString &source)
{
    QList<Clip> files;
    if (storage::isRemoteLocation(source)) {
        const QString prefix =
            source.endsWith(QLatin1Char('/')) ? source : source + QLatin1Char('/');
        storage::storageFor(prefix)->list(
            prefix, false, [&files](const QList<storage::Entry> &page) {
                for (const storage::Entry &entry : page)
                    if (!entry.folder && isClip(entry.location))
                        files.append({entry.location, entry.size, entry.etag});
                return true;
            });
        std::sort(files.begin(), files.end(), [](const Clip &a, const Clip &b) {
            return QString::compare(a.location, b.location, Qt::CaseInsensitive) < 0;
        });
        return files;
    }
    const QFileInfo info(source);
    if (!info.isDir()) return {{info.absoluteFilePath()}};
    const QFileInfoList entries =
        QDir(source).entryInfoList(QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &file : entries)
        if (isClip(file.absoluteFilePath())) files.append({file.absoluteFilePath()});
    return files;
}

// A bucket item's variant keeps its size and ETag, so its local copy is fetched once a version.
QString objectVariant(const Clip &clip)
{
    return QStringLiteral("%1 %2").arg(clip.size).arg(clip.etag);
}

// The file to read for an item: a local clip itself, a bucket clip's copy (downloaded into the
// object cache the viewers share; resumed and cancelled with the job).
QString localClip(const ItemRecord &item, const std::atomic<bool> &cancelled)
{
    if (!storage::isRemoteLocation(item.source)) return item.source;
    const qint64 size = item.variant.section(QLatin1Char(' '), 0, 0).toLongLong();
    const QString etag = item.variant.section(QLatin1Char(' '), 1);
    return storage::previewCopy(item.source, etag, size, {}, &cancelled);
}

QByteArray render(const QString &clip, const VideoPreviewPlan &plan)
{
    switch (plan.what) {
    case VideoPreview::Sprite: {
        media::SpriteRequest sprite = plan.sprite;
        sprite.rows = 0; // one sheet, whatever the count
        return media::spriteSheets(clip, sprite).value(0);
    }
    case VideoPreview::Animation:
        return media::animatedPreview(clip, plan.animation);
    case VideoPreview::Poster:
        break;
    }
    media::SnapshotRequest poster = plan.poster;
    if (plan.smartPoster) poster.time = media::smartCoverTime(clip);
    return media::snapshot(clip, poster).bytes;
}

} // namespace

QString videoPreviewName(const QString &source, const VideoPreviewPlan &plan)
{
    const QString base = QFileInfo(source).completeBaseName();
    QString name;
    switch (plan.what) {
    case VideoPreview::Sprite:
        name = base + QStringLiteral("-sprite.jpg");
        break;
    case VideoPreview::Animation:
        name = base + QLatin1Char('.') + plan.animation.format;
        break;
    case VideoPreview::Poster:
        name = base + QLatin1Char('.') + plan.poster.format;
        break;
    }
    return QDir(plan.destination).absoluteFilePath(name);
}

JobSpec planVideoPreviewJob(const VideoPreviewPlan &plan)
{
    JobSpec spec;
    spec.kind = kVideoPreviewKind;
    spec.params = toJson(plan);
    spec.output = QDir(plan.destination).absolutePath();
    NameReservation names;
    const auto taken = [](const QString &name) { return QFileInfo::exists(name); };
    int clips = 0;
    for (const QString &source : plan.sources) {
        if (!storage::isRemoteLocation(source) && !QFileInfo::exists(source))
            throw ProcessingError(
                ErrorCode::NotFound,
                QCoreApplication::translate("ad::jobs", "no such file: %1").arg(source));
        for (const Clip &file : filesOf(source)) {
            ItemPlan item;
            item.source = file.location;
            const QString planned = videoPreviewName(file.location, plan);
            if (!isClip(file.location)) {
                item.target = planned;
                item.state = ItemState::Skipped;
                item.note = QCoreApplication::translate("ad::jobs", "not a video");
            } else {
                item.target = names.claim(planned, taken);
                if (storage::isRemoteLocation(file.location)) item.variant = objectVariant(file);
                ++clips;
            }
            spec.items << item;
        }
    }
    if (clips == 0)
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::jobs", "there is no video among the chosen files"));
    switch (plan.what) {
    case VideoPreview::Poster:
        spec.title =
            QCoreApplication::translate("ad::jobs", "Posters of %n clip(s)", nullptr, clips);
        break;
    case VideoPreview::Sprite:
        spec.title =
            QCoreApplication::translate("ad::jobs", "Sprite sheets of %n clip(s)", nullptr, clips);
        break;
    case VideoPreview::Animation:
        spec.title = QCoreApplication::translate("ad::jobs", "Animated previews of %n clip(s)",
                                                 nullptr, clips);
        break;
    }
    return spec;
}

JobKind videoPreviewKind()
{
    JobKind kind;
    kind.pool = PoolKind::Cpu;
    kind.run = [](const ItemRecord &item, const QJsonObject &params,
                  const std::atomic<bool> &cancelled) {
        ItemOutcome outcome;
        if (cancelled) {
            outcome.state = ItemState::Cancelled;
            return outcome;
        }
        VideoPreviewPlan plan = fromJson(params);
        plan.destination = QFileInfo(item.target).absolutePath();
        QDir().mkpath(plan.destination);
        // Claimed at planning; someone may have taken the name since.
        if (QFileInfo::exists(item.target))
            throw ProcessingError(ErrorCode::IoError,
                                  QCoreApplication::translate("ad::jobs", "%1 exists already")
                                      .arg(QFileInfo(item.target).fileName()));
        const QString clip = localClip(item, cancelled);
        const QByteArray bytes = render(clip, plan);
        storage::writeFileAtomically(item.target, bytes, kPartialTag);
        outcome.bytesIn = QFileInfo(clip).size();
        outcome.bytesOut = bytes.size();
        const QString planned = videoPreviewName(item.source, plan);
        if (planned != item.target)
            outcome.error = QCoreApplication::translate("ad::jobs", "renamed: %1 was taken")
                                .arg(QFileInfo(planned).fileName());
        return outcome;
    };
    // The rename is the last step: a target without its partial file is complete.
    kind.completedBeforeCrash = [](const ItemRecord &item) {
        const bool partial = QFile::remove(storage::partialPathFor(item.target, kPartialTag));
        return !partial && QFileInfo::exists(item.target);
    };
    return kind;
}

} // namespace ad::jobs
