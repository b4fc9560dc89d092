#include "common/imageloader.h"

#include "loading/scheduler.h"

namespace ad::ui
{

ImageLoader::ImageLoader(QObject *parent, loading::Scheduler *scheduler)
    : QObject(parent), m_scheduler(scheduler ? scheduler : &loading::Scheduler::shared())
{
}

ImageLoader::~ImageLoader()
{
    for (const Pending &p : std::as_const(m_pending))
        m_scheduler->cancel(p.ticket);
}

const imaging::ViewerImage *ImageLoader::cached(const QString &path) const
{
    // The key holds the modification time: an edited file is loaded again.
    const loading::Result *hit =
        m_scheduler->cached(loading::localRequest(path, decodeBound(), loading::Purpose::Full));
    return hit ? &hit->frames : nullptr;
}

void ImageLoader::request(const QString &path)
{
    start(path, loading::Priority::Visible);
    if (m_pending.contains(path)) ++m_pending[path].askers;
}

void ImageLoader::release(const QString &path)
{
    const auto it = m_pending.find(path);
    if (it == m_pending.end() || --it->askers > 0) return;
    m_scheduler->cancel(it->ticket);
    m_pending.erase(it);
}

void ImageLoader::preload(const QStringList &paths)
{
    for (const QString &path : paths)
        start(path, loading::Priority::Neighbour);
}

void ImageLoader::start(const QString &path, loading::Priority priority)
{
    if (path.isEmpty()) return;
    if (const auto it = m_pending.constFind(path); it != m_pending.cend()) {
        if (priority == loading::Priority::Visible) // a preload a view now waits for
            m_scheduler->setPriority(it->ticket, priority);
        return;
    }
    const loading::Request r = loading::localRequest(path, decodeBound(), loading::Purpose::Full);
    if (m_scheduler->cached(r)) return;
    m_pending.insert(path, {m_scheduler->submit(r, priority, this,
                                                [this, path](const loading::Result &result) {
                                                    m_pending.remove(path);
                                                    imaging::ViewerImage image = result.frames;
                                                    if (image.isNull() && image.error.isEmpty())
                                                        image.error = result.error;
                                                    Q_EMIT loaded(path, image);
                                                }),
                            0});
}

} // namespace ad::ui
