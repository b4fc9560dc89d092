#pragma once

// CRC-64/XZ (ECMA-182, reflected), the x-cos-hash-crc64ecma checksum of COS, with the
// combination rule that turns per-part CRCs into the whole object's.

#include <QByteArray>
#include <cstdint>

namespace ad::storage
{

class Crc64
{
public:
    void update(const char *data, qsizetype size);
    void update(const QByteArray &data) { update(data.constData(), data.size()); }
    uint64_t value() const { return ~m_state; }

    static uint64_t of(const QByteArray &data);
    // CRC of A+B from crc(A), crc(B) and B's length.
    static uint64_t combine(uint64_t crcA, uint64_t crcB, qint64 lengthB);

private:
    uint64_t m_state = ~uint64_t(0);
};

} // namespace ad::storage
