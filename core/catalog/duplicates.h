#pragma once

// Find Duplicates: pictures that are the same file (content hash) or the same picture
// resized, recompressed or slightly cropped (perceptual hash within a distance), and bucket
// objects with the same ETag and size. Similar pairs are found by a parallel scan of the
// distinct 64-bit hashes, which compares 10,000 pictures in about a second.

#include "catalog/picturehashstore.h"

#include <QList>
#include <QStringList>
#include <atomic>
#include <functional>

namespace ad::catalog
{

// Perceptual-hash distances up to this count as "similar" unless the user says otherwise.
inline constexpr int kDefaultSimilarity = 10;
inline constexpr int kMaxSimilarity = 20;

struct DuplicateMember {
    QString path; // a file, or a bucket location
    qint64 size = 0;
    QDateTime modified;
    int width = 0, height = 0; // 0 for bucket objects
    int distance = 0;          // perceptual distance to the group's first member
    bool identical = false;    // the same picture as the group's first member (or its copy)
    int rating = 0;            // stars in the catalogue, filled by whoever holds one
};

struct DuplicateGroup {
    bool exact = false; // every member has the same bytes, or the same pixels
    QList<DuplicateMember> members;
};

// The pictures in these folders (below them when recursive), as the asset kind says.
QList<FileStamp> listPictures(const QStringList &folders, bool recursive);

struct HashRun {
    QList<HashedPicture> hashed; // known and freshly hashed
    QList<HashedPicture> fresh;  // hashed now: to store in the catalogue
    QStringList failures;        // "path: reason" for files that cannot be read or decoded
    bool cancelled = false;
};

// Hashes what `known` lacks, on the thread pool, then finds pictures whose bytes differ but
// whose pixels do not (decoding only those whose hashes and sizes all agree). `progress(done,
// total)` is called from worker threads; `cancel` stops it between files. Safe off the
// catalogue's thread.
HashRun hashPictures(const QList<FileStamp> &files,
                     const QHash<QString, imaging::PictureHashes> &known,
                     const std::function<void(int, int)> &progress = {},
                     const std::atomic_bool *cancel = nullptr);

// Groups of two or more: same exact key, or perceptual distance <= threshold between every
// two members (complete linkage, closest pairs joined first); threshold < 0 looks at exact
// copies only. Members sorted best first: most
// pixels, then largest file, then newest.
QList<DuplicateGroup> groupDuplicates(const QList<HashedPicture> &pictures, int threshold);

// Objects below a bucket prefix that share an ETag and size (exact copies only). Blocking.
QList<DuplicateGroup> bucketDuplicates(const QString &prefix, const std::atomic_bool *cancel);

enum class KeepRule { Resolution, Size, Newest };
// The member to keep under a rule (an index into group.members).
int bestOf(const DuplicateGroup &group, KeepRule rule);

} // namespace ad::catalog
