#pragma once

// Blind (invisible) watermarks: the three types of watermark/3 and watermark/4 on decoded
// pictures. The algorithm is AssetDesk's own (see docs/blind-watermark.md); the cloud's marks are
// not readable here and ours are not readable there.

#include "imaging/blind/blindcode.h"

#include <QString>
#include <optional>
#include <vips/vips8>

namespace ad::imaging::blind
{

// Root-mean-square change in grey levels for a type and level: 3.0 is about 38.6 dB PSNR.
double strengthFor(int type, int level);

// The mark image of types 1 and 2 as 16x16 bits, bright pixels set.
Payload markPayload(const vips::VImage &mark);
// The payload's 16x16 bits drawn white on black, size x size pixels (PNG-ready, 1 band).
vips::VImage markPicture(const Payload &payload, int size);

// Type-3 characters guaranteed to survive the attacks of docs/blind-watermark.md on a picture of
// this size: pictures smaller than kFullCapacitySide on their shorter side take format 3 only
// (kTinyTextLength characters); larger ones take kMaxTextLength, and a text short enough for
// format 3 or 2 uses that frame there too.
constexpr int kFullCapacitySide = 1000;
int textCapacity(int width, int height);

// Pixels on the shorter side below which a picture is not marked: it holds too few tiles.
constexpr int kMinPictureSide = 256;
// Throws InvalidArgument, saying both sizes, for a picture under kMinPictureSide.
void requireMarkableSize(int width, int height);

// A mark image (types 1 and 2) may be at most this share of each side of the picture, as in the
// cloud; markFits says whether one does, for the executor and for a window before it embeds.
constexpr int kMarkSideShare = 8;
constexpr bool markFits(int markWidth, int markHeight, int width, int height)
{
    return markWidth * kMarkSideShare <= width && markHeight * kMarkSideShare <= height;
}

// picture: any decoded static image; returns 8-bit sRGB (or grey) with the same alpha.
vips::VImage embed(const vips::VImage &picture, int type, const Payload &payload, int level);

struct Extraction {
    bool synced = false;     // the tile was found
    bool decoded = false;    // the frame's CRC matched
    double confidence = 0;   // sync peak in standard deviations
    double bitAccuracy = -1; // raw coded bits (before error correction) agreeing with the
                             // expected payload, when one is known
    int status = 0;          // WatermarkStatus 0-100 (type 2)
    double period = 0;       // tile period found, in pixels of the suspect
    double rotation = 0;     // degrees
    int format = 1;    // 1: first generation (256-bit frame), 2: short text, 3: small pictures'
                       // text, 4: type 2's seal
    Payload payload{}; // a seal found present reads as the expected mark
    std::optional<QString> text; // type 3
    int otherType = 0;           // the tile found is another type's mark (synced is then false)
};

// original: the unmarked picture (type 1); expected: the payload that should be there (type 2
// and reports), which gives bitAccuracy and status. The suspect is read once, top to bottom.
Extraction extract(const vips::VImage &suspect, int type,
                   const std::optional<vips::VImage> &original = std::nullopt,
                   const std::optional<Payload> &expected = std::nullopt);

} // namespace ad::imaging::blind
