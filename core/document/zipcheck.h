#pragma once

// Office documents are zip containers; a crafted one can inflate to far more than the machine
// holds. The central directory declares every entry's sizes, so a bomb that tells the truth is
// refused before LibreOffice sees it (one that lies still meets the converter's memory limit and
// timeout).

#include <QString>
#include <optional>

namespace ad::document
{

struct ZipLimits {
    qint64 maxTotal = 1024LL * 1024 * 1024; // all entries inflated
    double maxRatio = 200;                  // inflated / compressed, for entries over 16 MB
};

// Why the zip at path must not be opened, or nothing when it looks sane (or is no zip at all:
// the converter reports unreadable files itself).
std::optional<QString> zipBombReason(const QString &path, const ZipLimits &limits = {});

// Office Open XML and OpenDocument files are zip containers; anything else under their names is
// damaged (LibreOffice would otherwise import the bytes as plain text).
bool isZipFormat(const QString &suffix);
// Why the file is no intact zip container (no local header, no end record, a directory beyond
// the end of the file), or nothing.
std::optional<QString> zipContainerProblem(const QString &path);

} // namespace ad::document
