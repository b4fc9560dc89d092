#pragma once

// The viewers' pictures (every frame, up to a bound) through the one loading pipeline, so
// stepping to a neighbour that was preloaded shows at once and a picture the user moved past
// stops loading.

#include "imaging/viewerimage.h"
#include "loading/request.h"

#include <QHash>
#include <QObject>

namespace ad::loading
{
class Scheduler;
}

namespace ad::ui
{

class ImageLoader : public QObject
{
    Q_OBJECT
public:
    // `scheduler` null: the application's shared one.
    explicit ImageLoader(QObject *parent = nullptr, loading::Scheduler *scheduler = nullptr);
    ~ImageLoader() override;

    // Images are decoded at full resolution up to this bound, shrunk on load beyond it.
    static QSize decodeBound() { return {8192, 8192}; }

    const imaging::ViewerImage *cached(const QString &path) const; // null when not cached
    // Loads unless already loading; `loaded` follows (also for an image too big to cache).
    void request(const QString &path);
    // The view that asked for `path` moved on: unless another view still wants it, its load
    // stops ("first remove previous").
    void release(const QString &path);
    // Loads these in the background, after what views asked for.
    void preload(const QStringList &paths);

Q_SIGNALS:
    void loaded(const QString &path, const imaging::ViewerImage &image);

private:
    struct Pending {
        quint64 ticket = 0;
        int askers = 0; // views waiting for it; preloads count none
    };
    void start(const QString &path, loading::Priority priority);

    loading::Scheduler *m_scheduler;
    QHash<QString, Pending> m_pending;
};

} // namespace ad::ui
