#include "files/appcache.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QStandardPaths>

namespace ad::files
{

namespace
{
QString thumbnailFolder(const CacheFolders &folders)
{
    return folders.thumbnails.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                     QStringLiteral("/thumbnails")
               : folders.thumbnails;
}

bool writtenByUs(const QString &thumbnail)
{
    QImageReader reader(thumbnail);
    return reader.text(QStringLiteral("Software")) == QLatin1String("AssetDesk");
}

// Calls visit(path, size) on each cached file of ours.
template <typename Visit> void forEachCached(const CacheFolders &folders, Visit visit)
{
    for (const char *name : {"bucket-thumbnails", "bucket-objects"}) {
        QDirIterator own(ownCacheFolder(folders) + QLatin1Char('/') + QLatin1String(name),
                         QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (own.hasNext()) {
            own.next();
            visit(own.filePath(), own.fileInfo().size());
        }
    }
    QDirIterator thumbs(thumbnailFolder(folders), {QStringLiteral("*.png")}, QDir::Files,
                        QDirIterator::Subdirectories);
    while (thumbs.hasNext()) {
        thumbs.next();
        if (writtenByUs(thumbs.filePath())) visit(thumbs.filePath(), thumbs.fileInfo().size());
    }
}
} // namespace

QString ownCacheFolder(const CacheFolders &folders)
{
    return folders.own.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                 : folders.own;
}

CacheUsage measureCache(const CacheFolders &folders)
{
    CacheUsage usage;
    forEachCached(folders, [&usage](const QString &, qint64 size) {
        usage.bytes += size;
        ++usage.files;
    });
    return usage;
}

CacheUsage clearCache(const CacheFolders &folders)
{
    CacheUsage freed;
    forEachCached(folders, [&freed](const QString &path, qint64 size) {
        if (!QFile::remove(path)) return; // in use or read-only: it stays counted next time
        freed.bytes += size;
        ++freed.files;
    });
    return freed;
}

} // namespace ad::files
