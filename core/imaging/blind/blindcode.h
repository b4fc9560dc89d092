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

// Payload (with its CRC appended) -> coded bits.
std::vector<bool> encodeFrame(const Payload &payload);

// Soft values (positive = bit 0) -> the payload when the CRC matches.
struct Decoded {
    Payload payload{};
    bool crcOk = false;
};
Decoded decodeFrame(const std::vector<float> &soft);

// The second generation's short frame: a type-3 text of up to kShortTextLength characters (its
// payload's first kShortPayloadBits bits) with the same CRC and code, a third as many coded bits,
// which the tile then repeats three times.
constexpr int kShortTextLength = 12;
constexpr int kShortPayloadBits = 6 + 6 * kShortTextLength;
constexpr int kShortCodedBits = (kShortPayloadBits + 16 + 6) * 2;
bool fitsShortFrame(const Payload &payload);
std::vector<bool> encodeShortFrame(const Payload &payload);
Decoded decodeShortFrame(const std::vector<float> &soft);

} // namespace ad::imaging::blind
