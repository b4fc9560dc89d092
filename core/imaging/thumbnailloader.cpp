#include "imaging/thumbnailloader.h"

#include "imaging/preview.h"
#include "media/videoframe.h"

#include <QFile>

#include <QMetaObject>

namespace ad::imaging
{

// Shared between the GUI thread and the worker; cancelling only sets the flag, so a queued job
// that scrolled away costs one check when the pool reaches it.
struct ThumbnailLoader::Job {
    QString path;
    std::optional<double> cover; // the chosen cover's time
    std::atomic<bool> cancelled{false};
};

ThumbnailLoader::ThumbnailLoader(int pixels, qint64 memoryBudget, QObject *parent)
    : QObject(parent), m_pixels(pixels),
      m_memory(int(std::min<qint64>(memoryBudget >> 10, INT_MAX)))
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

ThumbnailLoader::~ThumbnailLoader()
{
    cancelAll();
    m_pool.waitForDone();
}

QImage ThumbnailLoader::cached(const QString &path) const
{
    const QImage *image = m_memory.object(path);
    return image ? *image : QImage();
}

void ThumbnailLoader::request(const QString &path, int priority)
{
    if (m_memory.contains(path) || m_pending.contains(path)) return;
    auto job = std::make_shared<Job>();
    job->path = path;
    if (m_cover) job->cover = m_cover(path);
    m_pending.insert(path, job);
    const auto size = XdgThumbnailCache::sizeFor(m_pixels);
    m_pool.start(
        [this, job, size, disk = m_disk] {
            if (job->cancelled.load()) return;
            QString error;
            QImage image = disk.load(job->path, size);
            if (image.isNull()) {
                const QSize bound{int(size), int(size)};
                image = job->cover ? media::videoFrameAt(job->path, *job->cover, bound, &error)
                                   : loadPreview(job->path, bound, &error);
                if (!image.isNull()) disk.store(job->path, size, image);
            }
            if (!job->cancelled.load())
                QMetaObject::invokeMethod(
                    this,
                    [this, job, image, error] {
                        // A refresh() may have replaced this job by a newer one.
                        if (m_pending.value(job->path) == job) finish(job->path, image, error);
                    },
                    Qt::QueuedConnection);
        },
        priority);
}

void ThumbnailLoader::refresh(const QString &path, int priority)
{
    cancel(path);
    m_memory.remove(path);
    using Size = XdgThumbnailCache::Size;
    for (const Size size : {Size::Normal, Size::Large, Size::XLarge, Size::XXLarge})
        QFile::remove(m_disk.pathFor(path, size));
    request(path, priority);
}

void ThumbnailLoader::cancel(const QString &path)
{
    if (const auto job = m_pending.take(path)) job->cancelled = true;
}

void ThumbnailLoader::cancelAll()
{
    for (const auto &job : std::as_const(m_pending))
        job->cancelled = true;
    m_pending.clear();
}

void ThumbnailLoader::finish(const QString &path, const QImage &image, const QString &error)
{
    // A cancelled job may still deliver; its entry is gone, so the result is dropped.
    const auto job = m_pending.take(path);
    if (!job) return;
    if (image.isNull()) {
        Q_EMIT failed(path, error);
        return;
    }
    // Cost in KiB so a budget of gigabytes still fits the int the cache counts in.
    m_memory.insert(path, new QImage(image), int(std::max<qint64>(1, image.sizeInBytes() >> 10)));
    Q_EMIT ready(path, image);
}

} // namespace ad::imaging

#include "moc_thumbnailloader.cpp"
