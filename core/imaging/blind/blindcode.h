#pragma once

// The blind watermark's payload frame: 256 payload bits plus a CRC-16, protected by the
// rate-1/2, constraint-length-7 convolutional code (polynomials 171/133 octal) and decoded with a
// soft-decision Viterbi decoder. Written here because no packaged library offers it in a form
// smaller than this file.

#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace ad::imaging::blind
{

constexpr int kPayloadBits = 256;
constexpr int kFrameBits = kPayloadBits + 16;    // payload + CRC
constexpr int kCodedBits = (kFrameBits + 6) * 2; // with the encoder's six tail bits
constexpr int kMaxTextLength = 40;               // 6 bits per character plus a 6-bit length

using Payload = std::array<bool, kPayloadBits>;

// [0-9A-Za-z] only (style::blindTextAllowed); the parser refuses anything else.
Payload textPayload(const QString &text);
std::optional<QString> payloadText(const Payload &p);

struct Decoded {
    Payload payload{};
    bool crcOk = false;
};

// Format 1 is the whole payload. Shorter frames for type-3 texts: the payload's first
// payloadBitsOf(format) bits (a 6-bit length and 6 bits per character) with the same CRC and
// code, so fewer coded bits, which the tile then repeats. Format 2 (second generation): up to 12
// characters, each coded bit in three cells. Format 3 (small pictures): up to 8 characters, 152
// coded bits, each in four cells. Format 4 (type 2, fourth generation): the mark's seal in format
// 3's frame.
constexpr int kShortTextLength = 12;
constexpr int kTinyTextLength = 8;
constexpr int kSealFormat = 4;
constexpr int textLengthOf(int format)
{
    return format == 3 ? kTinyTextLength : format == 2 ? kShortTextLength : kMaxTextLength;
}
constexpr int payloadBitsOf(int format)
{
    // A seal fills format 3's frame.
    return format == 1             ? kPayloadBits
           : format == kSealFormat ? payloadBitsOf(3)
                                   : 6 + 6 * textLengthOf(format);
}
constexpr int codedBitsOf(int format)
{
    return (payloadBitsOf(format) + 16 + 6) * 2;
}
static_assert(codedBitsOf(1) == kCodedBits);
// Whether a type-3 payload fits the frame of this format.
bool fitsFrame(const Payload &payload, int format);
// Payload (with its CRC appended) -> coded bits.
std::vector<bool> encodeFrame(const Payload &payload, int format = 1);
// Soft values (positive = bit 0) -> the payload when the CRC matches. A text too long for the
// format's frame is refused: it cannot have been written into it. The listSize most likely
// frames are tried, best first (each one past the first a 2^-16 chance of a false frame passing
// the CRC; 16 recovered three more attacks of 360 at web sizes, 32 none more).
constexpr int kListSize = 16;
Decoded decodeFrame(const std::vector<float> &soft, int format = 1, int listSize = kListSize);

// A type-2 mark's seal: 54 bits of the SHA-1 of its 256 bits. Type 2 only asks whether this mark
// is present, which a digest answers in the short, repeated frame small pictures need; marks that
// share most of their bits (a dark background) have unrelated seals, so one never passes for the
// other.
Payload sealOf(const Payload &mark);

} // namespace ad::imaging::blind
