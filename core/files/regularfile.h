#pragma once

// The one rule for reading a file the user named: only a regular file is read, and never more
// than a cap. A device (/dev/zero), a FIFO, a socket or a folder is refused at once with a clear
// error ("not a regular file: /dev/zero is a character device") instead of being read without
// end or waited on. The type is checked with fstat on the open descriptor, so the check holds
// for what is read; the open itself never blocks (a FIFO without a writer).
//
// Every function throws ProcessingError: `missing` (NotFound unless given) when there is no such
// file, IoError when it is not a regular file or cannot be read, FileTooLarge over maxBytes.

#include "common/error.h"

#include <QByteArray>
#include <QString>

class QFile;

namespace ad::files
{

QByteArray readRegularFile(const QString &path, qint64 maxBytes,
                           ErrorCode missing = ErrorCode::NotFound);
// Maps the file rather than copying it; the bytes stay valid while `file` (unopened on entry)
// lives. Files whose size the kernel does not report (procfs) are read, with the same cap.
QByteArray mapRegularFile(QFile &file, const QString &path, qint64 maxBytes,
                          ErrorCode missing = ErrorCode::NotFound);
// For a path handed on to a library that opens it itself (FFmpeg, LibreOffice): the same check,
// nothing read.
void requireRegularFile(const QString &path, ErrorCode missing = ErrorCode::NotFound);

} // namespace ad::files
