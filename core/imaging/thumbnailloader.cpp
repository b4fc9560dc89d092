#include "imaging/thumbnailloader.h"

#include "imaging/preview.h"

#include <QMetaObject>

namespace ad::imaging
{

// Shared between the GUI thread and the worker; cancelling only sets the flag, so a queued job
// that scrolled away costs one check when the pool reaches it.
struct ThumbnailLoader::Job {
    QString path;
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
    m_pending.insert(path, job);
    const auto size = XdgThumbnailCache::sizeFor(m_pixels);
    m_pool.start(
        [this, job, size, disk = m_disk] {
            if (job->cancelled.load()) return;
            QString error;
            QImage image = disk.load(job->path, size);
            if (image.isNull()) {
                image = loadPreview(job->path, QSize(int(size), int(size)), &error);
                if (!image.isNull()) disk.store(job->path, size, image);
            }
            if (!job->cancelled.load())
                QMetaObject::invokeMethod(
                    this, [this, job, image, error] { finish(job->path, image, error); },
                    Qt::QueuedConnection);
        },
        priority);
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
