#pragma once

// A bucket object read in place through ranged GETs, for readers that seek about (a video
// demuxer looking for its index, then one key frame). Reads are rounded out to whole blocks
// and the last few blocks are kept, so many small reads near each other cost one request.
// Counts what crossed the network. Use from one thread.

#include "storage/storage.h"

#include <QList>

namespace ad::storage
{

class RangedObject
{
public:
    static constexpr qint64 kDefaultBlock = 256 * 1024;
    // `size` as listed; the storage's cancel flag stops a read in flight.
    RangedObject(const BucketStorage &bucket, QString location, qint64 size,
                 qint64 blockSize = kDefaultBlock, int keptBlocks = 8);

    qint64 size() const { return m_size; }
    // Up to `max` bytes at `offset`: how many were copied, 0 at or past the end. Throws
    // ProcessingError as Storage::read does.
    qint64 read(qint64 offset, char *data, qint64 max);

    qint64 bytesFetched() const { return m_fetched; }
    int requests() const { return m_requests; }

private:
    struct Block {
        qint64 index = 0;
        QByteArray bytes;
    };
    const QByteArray &block(qint64 index);

    const BucketStorage &m_bucket;
    QString m_location;
    qint64 m_size;
    qint64 m_blockSize;
    int m_kept;
    QList<Block> m_blocks; // most recently used first
    qint64 m_fetched = 0;
    int m_requests = 0;
};

} // namespace ad::storage
