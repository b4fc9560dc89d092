#pragma once

// The fingerprints Find Duplicates compares: a content hash for exact copies and a DCT
// perceptual hash for the same picture resized, recompressed or slightly cropped.

#include <QByteArray>
#include <QString>
#include <array>
#include <vips/vips8>

namespace ad::imaging
{

struct PictureHashes {
    QByteArray content; // SHA-256 of the file's bytes
    quint64 phash = 0;  // 64 bits: signs of the 8x8 lowest DCT frequencies of a 32x32 grey copy
    // The same of the picture's 95 % crops (centred, and anchored at each corner): a copy cut by
    // up to 5 % matches one of them closely even when its own hash has moved.
    std::array<quint64, 5> crops{};
    int width = 0; // upright pixel size of the first frame
    int height = 0;
};

// Reads and decodes the file; throws ProcessingError (NotFound, IoError, InvalidImage).
PictureHashes hashPicture(const QString &path);

// The perceptual hash of a decoded picture (any size, any bands).
quint64 perceptualHash(const vips::VImage &image);
// Its 95 % crops' hashes, in PictureHashes::crops order.
std::array<quint64, 5> cropHashes(const vips::VImage &image);

// The same picture under other bytes (metadata written into one copy): every frame decodes,
// upright, to the same pixel values. False when either cannot be decoded. Decodes both whole,
// so ask only where the hashes already agree.
bool samePixels(const QString &a, const QString &b);

// Bits that differ: 0 for the same picture, about 32 for unrelated ones.
int hashDistance(quint64 a, quint64 b);
// How far apart two pictures are: their hashes, or one's hash and the other's nearest crop.
int pictureDistance(const PictureHashes &a, const PictureHashes &b);

} // namespace ad::imaging
