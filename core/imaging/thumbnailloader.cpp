#include "imaging/thumbnailloader.h"

#include "loading/scheduler.h"

#include <QFile>

namespace ad::imaging
{

ThumbnailLoader::ThumbnailLoader(int pixels, QObject *parent, loading::Scheduler *scheduler)
    : QObject(parent), m_pixels(pixels),
      m_scheduler(scheduler ? scheduler : &loading::Scheduler::shared())
{
}

ThumbnailLoader::~ThumbnailLoader()
{
    cancelAll();
}

loading::Request ThumbnailLoader::requestFor(const QString &path) const
{
    loading::Request r =
        loading::localRequest(path, QSize(m_pixels, m_pixels), loading::Purpose::Thumbnail);
    r.thumbnailDir = m_disk.root();
    if (m_cover) r.coverSeconds = m_cover(path);
    return r;
}

QImage ThumbnailLoader::cached(const QString &path) const
{
    const auto key = m_keys.constFind(path);
    const loading::Result *hit = key == m_keys.cend() ? nullptr : m_scheduler->cache().find(*key);
    return hit ? hit->image : QImage();
}

void ThumbnailLoader::request(const QString &path, loading::Priority priority)
{
    if (const auto ticket = m_pending.constFind(path); ticket != m_pending.cend()) {
        m_scheduler->setPriority(*ticket, priority);
        return;
    }
    if (!cached(path).isNull()) return;
    const loading::Request r = requestFor(path);
    m_keys.insert(path, r.key());
    const loading::Ticket ticket =
        m_scheduler->submit(r, priority, this, [this, path](const loading::Result &result) {
            m_pending.remove(path);
            if (result.ok())
                Q_EMIT ready(path, result.image);
            else
                Q_EMIT failed(path, result.error);
        });
    m_pending.insert(path, ticket);
}

void ThumbnailLoader::refresh(const QString &path, loading::Priority priority)
{
    cancel(path);
    if (const QString key = m_keys.take(path); !key.isEmpty()) m_scheduler->cache().remove(key);
    using Size = XdgThumbnailCache::Size;
    for (const Size size : {Size::Normal, Size::Large, Size::XLarge, Size::XXLarge})
        QFile::remove(m_disk.pathFor(path, size));
    request(path, priority);
}

void ThumbnailLoader::cancel(const QString &path)
{
    if (const auto ticket = m_pending.take(path)) m_scheduler->cancel(ticket);
}

void ThumbnailLoader::cancelAll()
{
    for (const quint64 ticket : std::as_const(m_pending))
        m_scheduler->cancel(ticket);
    m_pending.clear();
}

} // namespace ad::imaging

#include "moc_thumbnailloader.cpp"
