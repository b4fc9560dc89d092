#include "imaging/blind/blindcode.h"

#include "style/parser.h"

#include <QCryptographicHash>
#include <algorithm>
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

Decoded decodeBits(const std::vector<float> &soft, int n)
{
    const int steps = n + 16 + 6;
    constexpr float kNone = -std::numeric_limits<float>::infinity();
    std::array<float, kStates> metric;
    metric.fill(kNone);
    metric[0] = 0;
    // survivor[t][state] = the previous state's oldest bit, enough to trace back.
    std::vector<std::array<quint8, kStates>> from(static_cast<size_t>(steps));
    for (int t = 0; t < steps; ++t) {
        std::array<float, kStates> next;
        next.fill(kNone);
        const float s0 = soft[size_t(2 * t)], s1 = soft[size_t(2 * t + 1)];
        for (int state = 0; state < kStates; ++state) {
            if (metric[size_t(state)] == kNone) continue;
            for (unsigned bit = 0; bit < 2; ++bit) {
                const unsigned reg = (unsigned(state) << 1) | bit;
                const float m = metric[size_t(state)] + (parity(reg & kPoly[0]) ? -s0 : s0) +
                                (parity(reg & kPoly[1]) ? -s1 : s1);
                const int ns = int(reg & 0x3F);
                if (m > next[size_t(ns)]) {
                    next[size_t(ns)] = m;
                    from[size_t(t)][size_t(ns)] = quint8(state);
                }
            }
        }
        metric = next;
    }
    std::vector<bool> bits(static_cast<size_t>(steps));
    int state = 0; // the tail bits end the path in state 0
    for (int t = steps - 1; t >= 0; --t) {
        bits[size_t(t)] = state & 1;
        state = from[size_t(t)][size_t(state)];
    }
    Decoded d;
    std::copy(bits.begin(), bits.begin() + n, d.payload.begin());
    quint16 crc = 0;
    for (int b = 0; b < 16; ++b)
        crc = quint16((crc << 1) | unsigned(bits[size_t(n + b)]));
    d.crcOk = crc == crcOf(d.payload.data(), n);
    return d;
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

Decoded decodeFrame(const std::vector<float> &soft, int format)
{
    Decoded d = decodeBits(soft, payloadBitsOf(format));
    if (format == 1 || format == kSealFormat) return d;
    const auto text = payloadText(d.payload);
    d.crcOk = d.crcOk && text && text->size() <= textLengthOf(format);
    return d;
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
