#pragma once

// What the catalogue learns about a folder once it is shown: its files (so their names are
// searchable), then the capture dates and clip facts the filters need. Each runs off the
// caller's thread on one worker thread of its own, in the order asked; not on Qt's global pool,
// where Qt 6.4 paints large areas and waits, so long reads there held the GUI thread for seconds.

#include "catalog/catalog.h"

#include <QFileInfo>
#include <QFuture>
#include <memory>

namespace ad::catalog
{

using FileFactsList = QList<Catalog::FileFacts>;

// Lists `folder` and records it through a connection of its own on `catalogFile` (SQLite WAL; a
// write on the caller's connection waits for one transaction of a few hundred files at most).
// Stops between transactions once *stop is set. Gives back what is still to record on the
// caller's connection: nothing, or every file listed when the catalogue is in memory (no other
// connection can open it).
QFuture<FileFactsList> recordFolderAsync(const QString &folder, const QString &catalogFile,
                                         std::shared_ptr<std::atomic_bool> stop);

// Capture dates (EXIF or XMP) of the folder's pictures the catalogue has none for, asked, read
// and recorded on the folder thread through a connection of its own: in a folder of 100,000
// photos the query alone held the GUI thread, and recording their dates for seconds. Gives back
// what is still to record on the caller's connection: nothing, or the dates read when the
// catalogue is in memory (then the pictures are asked for here).
QFuture<FileFactsList> dateFolderAsync(const Catalog &catalog, const QString &folder,
                                       std::shared_ptr<std::atomic_bool> stop);

// Length, resolution, when and where of clips (those FFmpeg can read).
using ClipFacts = QList<QPair<QFileInfo, media::VideoFacts>>;

// The facts of the folder's clips the catalogue has none for (or older ones), asked, read and
// recorded on the folder thread through a connection of its own, as dateFolderAsync does.
// `recorded` is false when the catalogue is in memory: then the caller records `read`.
struct FolderClips {
    ClipFacts read;
    bool recorded = false;
};
QFuture<FolderClips> clipFactsOfFolderAsync(const Catalog &catalog, const QString &folder,
                                            std::shared_ptr<std::atomic_bool> stop);

} // namespace ad::catalog
