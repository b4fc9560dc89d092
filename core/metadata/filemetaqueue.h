#pragma once

// Metadata read from and written to files off the caller's thread, each on one thread of its
// own: writes land in the order they were asked (two edits of one file never cross), and a
// folder's import reads file after file without holding a view's threads. Not Qt's global
// pool: Qt 6.4 paints large areas there and waits, and an exiv2 read of every file of a big
// folder held it (and the painting) for a minute.

#include "metadata/xmpfile.h"

#include <QFuture>
#include <QList>
#include <QPair>
#include <atomic>
#include <functional>
#include <memory>

namespace ad::metadata
{

struct WriteResult {
    QList<QPair<QString, QDateTime>> written; // path, its new metadata time
    QStringList errors;                       // one message per file not written
};
QFuture<WriteResult> updateFilesAsync(const QList<QPair<QString, MetaEdit>> &edits,
                                      WritePolicy policy, SidecarNaming naming);

// What the files directly in `folder` say (their sidecars folded in; files that say nothing are
// left out), handed to `deliver` on the reading thread `chunk` at a time, the last call with
// `done` set. Stops at the next file once *stop is set (then `deliver` is not called again).
using FolderMeta = QList<QPair<QString, FileMeta>>;
QFuture<void> readFolderAsync(const QString &folder, SidecarNaming naming,
                              std::shared_ptr<std::atomic_bool> stop, qsizetype chunk,
                              std::function<void(const FolderMeta &, bool done)> deliver);

} // namespace ad::metadata
