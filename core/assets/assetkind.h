#pragma once

// What an asset is, decided in one place for every view, the Inspector and the catalogue:
// from the file's first bytes when they name a format, else from the name's extension. A
// PNG saved as photo.jpg is an image, a clip named .bin is a video, a text file named .mp4 is
// taken for the video its name promises (the player then says why it cannot play it).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ad::assets
{

// The numbers are stored in the catalogue: never renumber, only append.
enum class Kind {
    Image = 0,
    Video = 1,
    Document = 2,
    Folder = 3,
    Other = 4,
    AnimatedImage = 5,
    Audio = 6
};

// How many bytes of a file's start kindOf looks at.
inline constexpr int kSniffBytes = 64;

// `head` is the start of the content (may be empty or short: then the name decides).
Kind kindOf(const QString &name, const QByteArray &head);

// Reads the file's start (and, for a GIF, its blocks up to the second frame within the first
// MiB). Folders are Folder; unreadable files fall back to the name.
Kind kindOfPath(const QString &path);

bool isPicture(Kind kind); // Image or AnimatedImage

// A PDF by its first bytes, whatever its name (a scan saved as .bin): document code opens it as
// one, as kindOfPath calls it a document.
bool isPdfFile(const QString &path);

// The extensions that name a kind ("mp4", "mov", ...; Image for pictures), lower case.
QStringList extensionsOf(Kind kind);

} // namespace ad::assets
