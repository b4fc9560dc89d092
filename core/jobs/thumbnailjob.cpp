#include "jobs/thumbnailjob.h"

#include "common/error.h"
#include "imaging/preview.h"
#include "imaging/thumbnailwriter.h"
#include "imaging/xdgthumbnails.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace ad::jobs
{

using imaging::XdgThumbnailCache;

JobSpec planThumbnailJob(const QString &folder, bool recursive, XdgThumbnailCache::Size size)
{
    if (!QFileInfo(folder).isDir())
        throw ProcessingError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ad::Error", "%1 is not a folder").arg(folder));
    JobSpec spec;
    spec.kind = kThumbnailKind;
    spec.title =
        QCoreApplication::translate("ad::jobs", "Thumbnails of %1") // the window's language
            .arg(QDir(folder).dirName());
    spec.output = folder;
    spec.params = {{QStringLiteral("size"), int(size)}};
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot,
                    recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &file : files) {
        ItemPlan item;
        item.source = file;
        item.target = XdgThumbnailCache().pathFor(file, size);
        spec.items.append(item);
    }
    return spec;
}

JobKind thumbnailKind(const QString &cacheRoot)
{
    JobKind kind;
    kind.pool = PoolKind::Cpu;
    kind.run = [cacheRoot](const ItemRecord &item, const QJsonObject &params,
                           const std::atomic<bool> &cancelled) {
        ItemOutcome outcome;
        const auto notWritable = [&outcome] {
            outcome.state = ItemState::Failed;
            outcome.error =
                QCoreApplication::translate("ad::Error", "the thumbnail cache is not writable");
            return outcome;
        };
        if (cancelled) {
            outcome.state = ItemState::Cancelled;
            return outcome;
        }
        const auto size = XdgThumbnailCache::sizeFor(
            params.value(QStringLiteral("size")).toInt(int(XdgThumbnailCache::Size::Large)));
        const XdgThumbnailCache cache(cacheRoot);
        if (cache.isFresh(item.source, size)) {
            outcome.state = ItemState::Skipped;
            outcome.error = QCoreApplication::translate("ad::Error", "already cached");
            return outcome;
        }
        QString error;
        // Still pictures go from libvips straight to the PNG; the rest through loadPreview().
        switch (imaging::writeStillThumbnail(cache, item.source, size, &error)) {
        case imaging::StillThumbnail::Written:
            outcome.bytesIn = QFileInfo(item.source).size();
            return outcome;
        case imaging::StillThumbnail::Unreadable: // nothing to make, and not a failure
            outcome.state = ItemState::Skipped;
            outcome.error = error;
            return outcome;
        case imaging::StillThumbnail::CacheNotWritable:
            return notWritable();
        case imaging::StillThumbnail::NotStill:
            break;
        }
        const int edge = int(size);
        const QImage thumbnail = imaging::loadPreview(item.source, QSize(edge, edge), &error);
        if (thumbnail.isNull()) {
            // Not an image, video or document: nothing to make, and not a failure.
            outcome.state = ItemState::Skipped;
            outcome.error = error;
            return outcome;
        }
        if (!cache.store(item.source, size, thumbnail)) return notWritable();
        outcome.bytesIn = QFileInfo(item.source).size();
        return outcome;
    };
    return kind;
}

} // namespace ad::jobs
