#include "imageloader.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace ad::ui
{

ImageLoader::ImageLoader(QObject *parent, qint64 budgetBytes) : QObject(parent)
{
    m_pool.setMaxThreadCount(2);
    m_cache.setMaxCost(budgetBytes);
}

QString ImageLoader::key(const QString &path)
{
    return path + QLatin1Char('@') +
           QString::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
}

const imaging::ViewerImage *ImageLoader::cached(const QString &path) const
{
    return m_cache.object(key(path));
}

void ImageLoader::request(const QString &path)
{
    start(path, 1);
}

void ImageLoader::preload(const QStringList &paths)
{
    for (const QString &path : paths)
        start(path, 0);
}

void ImageLoader::start(const QString &path, int priority)
{
    if (path.isEmpty() || m_loading.contains(path) || cached(path)) return;
    m_loading.insert(path);
    auto *watcher = new QFutureWatcher<imaging::ViewerImage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_loading.remove(path);
        const imaging::ViewerImage image = watcher->result();
        qint64 bytes = 1;
        for (const QImage &frame : image.frames)
            bytes += frame.sizeInBytes();
        // QCache drops an image over the whole budget; the viewer still gets it below.
        m_cache.insert(key(path), new imaging::ViewerImage(image), bytes);
        Q_EMIT loaded(path, image);
    });
    // The image asked for goes before neighbours being preloaded.
    watcher->setFuture(
        QtConcurrent::task([path] { return imaging::loadViewerImage(path, decodeBound()); })
            .onThreadPool(m_pool)
            .withPriority(priority)
            .spawn());
}

} // namespace ad::ui
