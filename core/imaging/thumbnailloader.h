#pragma once

// Asynchronous thumbnails for browsing: a dedicated thread pool, newest-visible-first priority,
// cancellation of requests that scrolled away, an in-memory cache with a byte budget and the
// shared freedesktop disk cache.

#include "imaging/xdgthumbnails.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ad::imaging
{

class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailLoader(int pixels = 256, qint64 memoryBudget = 96LL << 20,
                             QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    // GUI-thread API. cached() never blocks; request() is idempotent while a request is pending.
    QImage cached(const QString &path) const;
    void request(const QString &path, int priority = 0);
    void cancel(const QString &path);
    void cancelAll();
    int pending() const { return int(m_pending.size()); }
    QStringList pendingPaths() const { return m_pending.keys(); }
    void setDiskCache(const XdgThumbnailCache &cache) { m_disk = cache; }
    // A clip's chosen cover time (Set as Cover, kept in the catalogue), asked on the GUI thread
    // when its thumbnail is made; none: the clip's default cover.
    using CoverLookup = std::function<std::optional<double>(const QString &path)>;
    void setCoverLookup(CoverLookup lookup) { m_cover = std::move(lookup); }
    // Forgets `path`'s thumbnail, in memory and in the disk cache, and makes it again (its
    // cover changed).
    void refresh(const QString &path, int priority = 0);

Q_SIGNALS:
    void ready(const QString &path, const QImage &image);
    void failed(const QString &path, const QString &error);

private:
    struct Job;
    void finish(const QString &path, const QImage &image, const QString &error);

    int m_pixels;
    QThreadPool m_pool;
    QCache<QString, QImage> m_memory;
    QHash<QString, std::shared_ptr<Job>> m_pending;
    XdgThumbnailCache m_disk;
    CoverLookup m_cover;
};

} // namespace ad::imaging
