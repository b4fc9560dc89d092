#include "files/appcache.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QStandardPaths>
#include <mutex>

namespace ad::files
{

namespace
{
QString newCacheRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QLatin1Char('/') + QCoreApplication::applicationName();
}

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

void migrateOldCacheFolder()
{
    const QString old = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString root = newCacheRoot();
    if (QDir::cleanPath(old) == QDir::cleanPath(root) || !QFileInfo::exists(old)) return;
    QDir().mkpath(root);
    QDir from(old);
    // Renames within the cache folder: instant, however much they hold. An entry already in the
    // new place wins, and the old one is left where it was.
    for (const QString &name :
         from.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString target = root + QLatin1Char('/') + name;
        if (!QFileInfo::exists(target)) QFile::rename(from.filePath(name), target);
    }
    from.rmdir(old);
    // The organisation's folder, when it held only this application's cache (unless it is the
    // new place, as for AssetDesk itself).
    const QString organisation = QFileInfo(old).absolutePath();
    if (QDir::cleanPath(organisation) != QDir::cleanPath(root)) QDir().rmdir(organisation);
}

QString cacheRoot()
{
    static std::once_flag migrated;
    std::call_once(migrated, migrateOldCacheFolder);
    return newCacheRoot();
}

QString ownCacheFolder(const CacheFolders &folders)
{
    return folders.own.isEmpty() ? cacheRoot() : folders.own;
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
