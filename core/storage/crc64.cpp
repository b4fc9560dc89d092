#include "storage/crc64.h"

#include <array>

namespace ad::storage
{

namespace
{
constexpr uint64_t kPoly = 0xC96C5795D7870F42ULL; // 0x42F0E1EBA9EA3693 reflected

constexpr std::array<uint64_t, 256> makeTable()
{
    std::array<uint64_t, 256> table{};
    for (uint64_t i = 0; i < 256; ++i) {
        uint64_t crc = i;
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? (crc >> 1) ^ kPoly : crc >> 1;
        table[i] = crc;
    }
    return table;
}
constexpr auto kTable = makeTable();

// GF(2) matrix helpers for combine(), as zlib's crc32_combine does it.
uint64_t times(const uint64_t *matrix, uint64_t vector)
{
    uint64_t sum = 0;
    for (int i = 0; vector; ++i, vector >>= 1) {
        if (vector & 1) sum ^= matrix[i];
    }
    return sum;
}

void square(uint64_t *out, const uint64_t *matrix)
{
    for (int n = 0; n < 64; ++n)
        out[n] = times(matrix, matrix[n]);
}
} // namespace

void Crc64::update(const char *data, qsizetype size)
{
    uint64_t crc = m_state;
    for (qsizetype i = 0; i < size; ++i)
        crc = kTable[(crc ^ static_cast<unsigned char>(data[i])) & 0xFF] ^ (crc >> 8);
    m_state = crc;
}

uint64_t Crc64::of(const QByteArray &data)
{
    Crc64 c;
    c.update(data);
    return c.value();
}

uint64_t Crc64::combine(uint64_t crcA, uint64_t crcB, qint64 lengthB)
{
    if (lengthB <= 0) return crcA;
    uint64_t even[64];
    uint64_t odd[64];
    odd[0] = kPoly; // the operator for one zero bit
    uint64_t row = 1;
    for (int n = 1; n < 64; ++n) {
        odd[n] = row;
        row <<= 1;
    }
    square(even, odd); // two zero bits
    square(odd, even); // four zero bits
    // Apply len2 zero bytes to crcA, then xor crcB.
    do {
        square(even, odd);
        if (lengthB & 1) crcA = times(even, crcA);
        lengthB >>= 1;
        if (!lengthB) break;
        square(odd, even);
        if (lengthB & 1) crcA = times(odd, crcA);
        lengthB >>= 1;
    } while (lengthB);
    return crcA ^ crcB;
}

} // namespace ad::storage
