#include "storage/rangedobject.h"

#include <algorithm>
#include <cstring>

namespace ad::storage
{

RangedObject::RangedObject(const BucketStorage &bucket, QString location, qint64 size,
                           qint64 blockSize, int keptBlocks)
    : m_bucket(bucket), m_location(std::move(location)), m_size(size),
      m_blockSize(std::max<qint64>(blockSize, 4096)), m_kept(std::max(keptBlocks, 1))
{
}

const QByteArray &RangedObject::block(qint64 index)
{
    const auto hit = std::find_if(m_blocks.begin(), m_blocks.end(),
                                  [index](const Block &b) { return b.index == index; });
    if (hit != m_blocks.end()) {
        m_blocks.move(hit - m_blocks.begin(), 0);
        return m_blocks.first().bytes;
    }
    const qint64 start = index * m_blockSize;
    Block fetched{index, m_bucket.read(m_location, start, std::min(m_blockSize, m_size - start))};
    ++m_requests;
    m_fetched += fetched.bytes.size();
    m_blocks.prepend(std::move(fetched));
    if (m_blocks.size() > m_kept) m_blocks.removeLast();
    return m_blocks.first().bytes;
}

qint64 RangedObject::read(qint64 offset, char *data, qint64 max)
{
    qint64 copied = 0;
    while (copied < max && offset + copied < m_size) {
        const qint64 at = offset + copied;
        const QByteArray &bytes = block(at / m_blockSize);
        const qint64 within = at % m_blockSize;
        if (within >= bytes.size()) break; // the object is shorter than listed
        const qint64 n = std::min(max - copied, bytes.size() - within);
        std::memcpy(data + copied, bytes.constData() + within, size_t(n));
        copied += n;
    }
    return copied;
}

} // namespace ad::storage
