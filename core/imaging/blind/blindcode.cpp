#include "imaging/blind/blindcode.h"

#include "style/parser.h"

#include <QCryptographicHash>
#include <algorithm>
#include <functional>
#include <limits>

namespace ad::imaging::blind
{

namespace
{
static_assert(kMaxTextLength == style::kMaxBlindText);
constexpr int kStates = 64;
constexpr unsigned kPoly[2] = {0171, 0133};

int parity(unsigned v)
{
    return __builtin_popcount(v) & 1;
}

// CRC-16/CCITT-FALSE over a bit sequence, most significant bit first.
quint16 crcOf(const bool *bits, int n)
{
    quint16 crc = 0xFFFF;
    for (int i = 0; i < n; ++i) {
        const bool top = (crc >> 15) & 1;
        crc = quint16(crc << 1);
        if (top != bits[i]) crc ^= 0x1021;
    }
    return crc;
}

int symbolOf(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9') return u - '0';
    if (u >= 'A' && u <= 'Z') return 10 + u - 'A';
    if (u >= 'a' && u <= 'z') return 36 + u - 'a';
    return -1;
}

QChar charOf(int s)
{
    if (s < 10) return QChar('0' + s);
    if (s < 36) return QChar('A' + s - 10);
    return QChar('a' + s - 36);
}

void putBits(Payload &p, int &pos, int value, int bits)
{
    for (int b = bits - 1; b >= 0; --b)
        p[size_t(pos++)] = (value >> b) & 1;
}

int getBits(const Payload &p, int &pos, int bits)
{
    int v = 0;
    for (int b = 0; b < bits; ++b)
        v = (v << 1) | int(p[size_t(pos++)]);
    return v;
}
} // namespace

Payload textPayload(const QString &text)
{
    Payload p{};
    int pos = 0;
    putBits(p, pos, int(text.size()), 6);
    for (QChar c : text)
        putBits(p, pos, symbolOf(c), 6);
    return p;
}

std::optional<QString> payloadText(const Payload &p)
{
    int pos = 0;
    const int n = getBits(p, pos, 6);
    if (n < 1 || n > kMaxTextLength) return std::nullopt;
    QString text;
    for (int i = 0; i < n; ++i) {
        const int s = getBits(p, pos, 6);
        if (s > 61) return std::nullopt;
        text += charOf(s);
    }
    return text;
}

namespace
{
// The payload's first n bits with their CRC, convolutionally coded, tail included.
std::vector<bool> encodeBits(const Payload &payload, int n)
{
    std::vector<bool> frame(payload.begin(), payload.begin() + n);
    const quint16 crc = crcOf(payload.data(), n);
    for (int b = 15; b >= 0; --b)
        frame.push_back((crc >> b) & 1);
    frame.insert(frame.end(), 6, false); // flushes the encoder back to state 0
    std::vector<bool> coded;
    coded.reserve(frame.size() * 2);
    unsigned reg = 0;
    for (bool bit : frame) {
        reg = ((reg << 1) | unsigned(bit)) & 0x7F;
        coded.push_back(parity(reg & kPoly[0]));
        coded.push_back(parity(reg & kPoly[1]));
    }
    return coded;
}

// The list Viterbi decoder: the L best paths into every state are kept, so the best L paths
// through the whole trellis are known; the best one whose CRC matches and that the format
// accepts is the frame. Where the single best path fails its CRC, the next few often
// differ from it by one short error event: the CRC that rejects the best one picks the right one
// from them. Each extra path tried is a 2^-16 chance of a false frame, so the list is short.
Decoded decodeBits(const std::vector<float> &soft, int n, size_t L,
                   const std::function<bool(const Payload &)> &accepts)
{
    const int steps = n + 16 + 6;
    constexpr float kNone = -std::numeric_limits<float>::infinity();
    // The L best metrics into each state, best first, and where each came from: the
    // previous state and its rank there.
    std::vector<float> metric(kStates * L, kNone), next(kStates * L);
    metric[0] = 0;
    std::vector<quint8> fromState(size_t(steps) * kStates * L),
        fromRank(size_t(steps) * kStates * L);
    for (int t = 0; t < steps; ++t) {
        const float s0 = soft[size_t(2 * t)], s1 = soft[size_t(2 * t + 1)];
        for (int ns = 0; ns < kStates; ++ns) {
            // The two states that step into ns, with the branch metric of each step.
            std::array<int, 2> prev;
            std::array<float, 2> branch;
            for (int top = 0; top < 2; ++top) {
                prev[size_t(top)] = (ns >> 1) | (top << 5);
                const unsigned reg = (unsigned(prev[size_t(top)]) << 1) | unsigned(ns & 1);
                branch[size_t(top)] =
                    (parity(reg & kPoly[0]) ? -s0 : s0) + (parity(reg & kPoly[1]) ? -s1 : s1);
            }
            // Merges the two sorted lists.
            size_t i[2] = {0, 0};
            const size_t at = size_t(ns) * L;
            for (size_t k = 0; k < L; ++k) {
                float best = kNone;
                int which = -1;
                for (int top = 0; top < 2; ++top) {
                    if (i[top] >= L) continue;
                    const float m = metric[size_t(prev[size_t(top)]) * L + i[top]];
                    if (m == kNone) continue;
                    if (m + branch[size_t(top)] > best) best = m + branch[size_t(top)], which = top;
                }
                next[at + k] = best;
                if (which < 0) continue;
                const size_t trace = size_t(t) * kStates * L + at + k;
                fromState[trace] = quint8(prev[size_t(which)]);
                fromRank[trace] = quint8(i[which]++);
            }
        }
        metric.swap(next);
    }
    Decoded first;
    for (size_t rank = 0; rank < L && metric[rank] != kNone; ++rank) {
        std::vector<bool> bits(static_cast<size_t>(steps));
        int state = 0; // the tail bits end every path in state 0
        size_t r = rank;
        for (int t = steps - 1; t >= 0; --t) {
            bits[size_t(t)] = state & 1;
            const size_t trace = size_t(t) * kStates * L + size_t(state) * L + r;
            state = fromState[trace];
            r = fromRank[trace];
        }
        Decoded d;
        std::copy(bits.begin(), bits.begin() + n, d.payload.begin());
        quint16 crc = 0;
        for (int b = 0; b < 16; ++b)
            crc = quint16((crc << 1) | unsigned(bits[size_t(n + b)]));
        d.crcOk = crc == crcOf(d.payload.data(), n) && accepts(d.payload);
        if (d.crcOk) return d;
        if (rank == 0) first = d;
    }
    return first;
}
} // namespace

bool fitsFrame(const Payload &payload, int format)
{
    const auto text = payloadText(payload);
    const int bits = payloadBitsOf(format);
    return text && text->size() <= textLengthOf(format) &&
           std::none_of(payload.begin() + bits, payload.end(), [](bool b) { return b; });
}

std::vector<bool> encodeFrame(const Payload &payload, int format)
{
    return encodeBits(payload, payloadBitsOf(format));
}

Decoded decodeFrame(const std::vector<float> &soft, int format, int listSize)
{
    // A text frame holds a text that fits it; the others hold any bits.
    return decodeBits(soft, payloadBitsOf(format), size_t(std::max(1, listSize)),
                      [format](const Payload &p) {
                          if (format == 1 || format == kSealFormat) return true;
                          const auto text = payloadText(p);
                          return text && text->size() <= textLengthOf(format);
                      });
}

Payload sealOf(const Payload &mark)
{
    QByteArray packed(kPayloadBits / 8, '\0');
    for (int i = 0; i < kPayloadBits; ++i)
        if (mark[size_t(i)]) packed[i / 8] = char(packed[i / 8] | (1 << (i % 8)));
    const QByteArray digest = QCryptographicHash::hash(packed, QCryptographicHash::Sha1);
    Payload seal{};
    for (int i = 0; i < payloadBitsOf(kSealFormat); ++i)
        seal[size_t(i)] = (quint8(digest[i / 8]) >> (i % 8)) & 1;
    return seal;
}

} // namespace ad::imaging::blind
