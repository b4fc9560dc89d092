#pragma once

// File operations of the library, each returning what is needed to undo it. Deleting moves to
// the freedesktop trash (QFile::moveToTrash), never unlinks. Name clashes are refused with a
// clear error rather than overwriting.

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ad::files
{

using Moves = QList<QPair<QString, QString>>; // from, to

// Moves paths to the trash; returns where each went (for undo by moving back).
Moves moveToTrash(const QStringList &paths);
// Renames within the same folder, the file's own XMP sidecar with it (photo.jpg.xmp becomes
// new.jpg.xmp); throws ProcessingError on a clash or a bad name. Empty when the name is the same.
Moves rename(const QString &path, const QString &newName);
// Template rename of a selection: {name} {ext} {index} {date}; all or nothing (checked first).
// Sidecars follow their files, as in rename.
Moves renameAll(const QStringList &paths, const QString &pattern,
                const QDate &date = QDate::currentDate());
QString makeFolder(const QString &parent, const QString &name);
// Copies or moves into a folder; an existing name gets " (n)". Each file's own XMP sidecar is
// copied or moved with it, named for the new file. Returns the new paths.
Moves copyInto(const QStringList &paths, const QString &folder);
Moves moveInto(const QStringList &paths, const QString &folder);
// Symbolic links to the paths (absolute targets) in a folder, named as copyInto names copies.
Moves linkInto(const QStringList &paths, const QString &folder);
// Applies moves in reverse (undo of rename, move and trash).
void undoMoves(const Moves &moves);

} // namespace ad::files
