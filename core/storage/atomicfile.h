#pragma once

// Writing a file so that readers (and a crash) only ever see the old file or the complete new
// one: the bytes go to a temporary file beside the target, are flushed to disk, then renamed.

#include <QByteArray>
#include <QString>

namespace ad::storage
{

// The temporary name used for target; tag makes it unique per writer (e.g. job and item).
QString partialPathFor(const QString &target, const QString &tag);
bool isPartialPath(const QString &path);

// Throws ad::ProcessingError (IoError) when the folder is missing or not writable.
void writeFileAtomically(const QString &target, const QByteArray &data, const QString &tag = {});

} // namespace ad::storage
