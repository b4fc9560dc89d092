#pragma once

// What AssetDesk keeps in caches, and emptying them (Preferences > Clear Cache): the browsing
// caches in its own cache folder (bucket thumbnails, local copies of bucket objects; not the
// office converter's profile or a running endpoint's results) and the
// thumbnails it wrote into the freedesktop.org cache it shares with file managers (marked
// Software=AssetDesk; other programs' thumbnails are left alone). Blocking: run off the GUI
// thread.

#include <QString>

namespace ad::files
{

struct CacheFolders {
    QString own;        // empty: cacheRoot()
    QString thumbnails; // empty: $XDG_CACHE_HOME/thumbnails
};

struct CacheUsage {
    qint64 bytes = 0;
    int files = 0;
};

// AssetDesk's own cache folder, $XDG_CACHE_HOME/<application name> (~/.cache/AssetDesk): Qt's
// CacheLocation adds the organisation too, which for us is the same name twice. The first call
// moves what a cache in the old place holds.
QString cacheRoot();
// Moves the entries of Qt's CacheLocation (~/.cache/AssetDesk/AssetDesk) into cacheRoot(), those
// not already there, and removes the old folder once it is empty.
void migrateOldCacheFolder();
QString ownCacheFolder(const CacheFolders &folders = {});
CacheUsage measureCache(const CacheFolders &folders = {});
// Removes the cached files; returns what was freed.
CacheUsage clearCache(const CacheFolders &folders = {});

} // namespace ad::files
