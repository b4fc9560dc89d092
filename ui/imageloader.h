#pragma once

// Decodes images for the viewers on a dedicated pool and keeps them in a byte-budget cache,
// so stepping to a neighbour that was preloaded shows at once.

#include "imaging/viewerimage.h"

#include <QCache>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace ad::ui
{

class ImageLoader : public QObject
{
    Q_OBJECT
public:
    explicit ImageLoader(QObject *parent = nullptr, qint64 budgetBytes = qint64(512) << 20);

    // Images are decoded at full resolution up to this bound, shrunk on load beyond it.
    static QSize decodeBound() { return {8192, 8192}; }

    const imaging::ViewerImage *cached(const QString &path) const; // null when not cached
    // Loads unless already loading; `loaded` follows (also for an image too big to cache).
    void request(const QString &path);
    // Loads these in the background, after any requests already queued.
    void preload(const QStringList &paths);

Q_SIGNALS:
    void loaded(const QString &path, const imaging::ViewerImage &image);

private:
    void start(const QString &path, int priority);
    static QString key(const QString &path); // path plus modification time: edits reload

    QThreadPool m_pool;
    QCache<QString, imaging::ViewerImage> m_cache;
    QSet<QString> m_loading;
};

} // namespace ad::ui
