#pragma once

// Thumbnails for browsing, through the one loading pipeline (loading::Scheduler): its workers,
// priorities and byte-budgeted cache, plus the shared freedesktop disk cache. Requests that
// scrolled away are cancelled; a clip shows its chosen cover when it has one.

#include "imaging/xdgthumbnails.h"
#include "loading/request.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <functional>
#include <optional>

namespace ad::loading
{
class Scheduler;
}

namespace ad::imaging
{

class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    // `scheduler` null: the application's shared one.
    explicit ThumbnailLoader(int pixels = 256, QObject *parent = nullptr,
                             loading::Scheduler *scheduler = nullptr);
    ~ThumbnailLoader() override;

    // GUI-thread API. cached() never blocks; request() is idempotent while a request is pending.
    QImage cached(const QString &path) const;
    void request(const QString &path, loading::Priority priority = loading::Priority::Visible);
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
    void refresh(const QString &path, loading::Priority priority = loading::Priority::Visible);

Q_SIGNALS:
    void ready(const QString &path, const QImage &image);
    void failed(const QString &path, const QString &error);

private:
    loading::Request requestFor(const QString &path) const;

    int m_pixels;
    loading::Scheduler *m_scheduler;
    QHash<QString, quint64> m_pending; // path -> scheduler ticket
    QHash<QString, QString> m_keys;    // path -> the key its thumbnail is cached under
    XdgThumbnailCache m_disk;
    CoverLookup m_cover;
};

} // namespace ad::imaging
