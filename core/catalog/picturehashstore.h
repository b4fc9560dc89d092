#pragma once

// Picture hashes kept in the catalogue, so a second Find Duplicates over the same files reads
// them instead of decoding every picture again. A hash counts only while the file's size and
// modification time are those it was made from. Use from the catalogue's thread.

#include "imaging/perceptualhash.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace ad::catalog
{

class Catalog;

struct FileStamp {
    QString path;
    qint64 size = 0;
    QDateTime modified;
};

struct HashedPicture {
    FileStamp file;
    imaging::PictureHashes hashes;
    // The content hash of another picture this one has every pixel of (its bytes differ only
    // in metadata); empty when none. Found by each scan, never stored.
    QByteArray samePixelsAs;
    const QByteArray &exactKey() const
    {
        return samePixelsAs.isEmpty() ? hashes.content : samePixelsAs;
    }
};

class PictureHashStore
{
public:
    explicit PictureHashStore(Catalog &catalog);
    // The stored hashes still valid for these files, by path.
    QHash<QString, imaging::PictureHashes> cached(const QList<FileStamp> &files) const;
    void store(const QList<HashedPicture> &pictures); // one transaction

private:
    Catalog &m_catalog;
};

} // namespace ad::catalog
