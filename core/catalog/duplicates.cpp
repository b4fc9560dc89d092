#include "catalog/duplicates.h"

#include "assets/assetkind.h"
#include "common/background.h"
#include "common/error.h"
#include "common/workerpriority.h"
#include "storage/storage.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QThread>
#include <QtConcurrent>
#include <algorithm>
#include <array>
#include <bit>
#include <numeric>
#include <tuple>

namespace ad::catalog
{

namespace
{

// Disjoint sets over picture indices: the groups are its components.
class UnionFind
{
public:
    explicit UnionFind(qsizetype n) : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    qsizetype find(qsizetype i)
    {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    void join(qsizetype a, qsizetype b) { m_parent[find(a)] = find(b); }

private:
    QList<qsizetype> m_parent;
};

// Appends the indices of the hashes within `threshold` of any query. A flat scan of 64-bit
// words beats a tree here, since a threshold near 10 of 64 bits prunes almost nothing
// (a BK-tree visited most of its nodes for each of the six queries per picture). Built for
// the CPU's popcount instruction where it has one.
__attribute__((target_clones("popcnt", "default"))) void
nearHashes(const std::array<quint64, 6> &queries, const quint64 *hashes, qsizetype count,
           int threshold, QList<qsizetype> &found)
{
    for (qsizetype k = 0; k < count; ++k) {
        int d = 64;
        for (quint64 q : queries)
            d = std::min(d, std::popcount(q ^ hashes[k]));
        if (d <= threshold) found.append(k);
    }
}

// Hashing runs on a pool of its own. On the global pool a scan took every thread until it
// ended, and the window froze: Qt's raster engine paints on the global pool's threads too (the
// progress bar's paint waited for them), so the draft test of Cancel hung.
QThreadPool *hashPool()
{
    static QThreadPool &pool = background::newPool("hashing", QThread::idealThreadCount());
    return &pool;
}

bool better(const DuplicateMember &a, const DuplicateMember &b, KeepRule rule)
{
    const qint64 pa = qint64(a.width) * a.height, pb = qint64(b.width) * b.height;
    switch (rule) {
    case KeepRule::Resolution:
        if (pa != pb) return pa > pb;
        if (a.size != b.size) return a.size > b.size;
        break;
    case KeepRule::Size:
        if (a.size != b.size) return a.size > b.size;
        if (pa != pb) return pa > pb;
        break;
    case KeepRule::Newest:
        if (a.modified != b.modified) return a.modified > b.modified;
        return a.path < b.path;
    }
    // Equal pictures: the one the user rated higher; then the original rather than its copy,
    // which is newer or has the longer name ("photo.jpg" before "photo copy.jpg", which sorts
    // first by bytes).
    if (a.rating != b.rating) return a.rating > b.rating;
    if (a.modified.isValid() && b.modified.isValid() && a.modified != b.modified)
        return a.modified < b.modified;
    const qsizetype na = a.path.size() - a.path.lastIndexOf(QLatin1Char('/'));
    const qsizetype nb = b.path.size() - b.path.lastIndexOf(QLatin1Char('/'));
    if (na != nb) return na < nb;
    return a.path < b.path;
}

// Sets samePixelsAs where two pictures' bytes differ but every fingerprint and the size agree
// and their pixels prove equal (a copy whose metadata was written into the file).
void markSamePixels(QList<HashedPicture> &pictures, const std::atomic_bool *cancel)
{
    QHash<QByteArray, QList<qsizetype>> byLooks; // all six hashes and the size
    for (qsizetype i = 0; i < pictures.size(); ++i) {
        const imaging::PictureHashes &h = pictures[i].hashes;
        QByteArray key(reinterpret_cast<const char *>(&h.phash), sizeof h.phash);
        key.append(reinterpret_cast<const char *>(h.crops.data()), sizeof h.crops);
        key.append(QByteArray::number(h.width) + 'x' + QByteArray::number(h.height));
        byLooks[key].append(i);
    }
    for (const QList<qsizetype> &alike : std::as_const(byLooks)) {
        QList<qsizetype> firsts; // the first picture of each distinct content
        QHash<QByteArray, QByteArray> sameAs;
        for (qsizetype i : alike) {
            const QByteArray &content = pictures[i].hashes.content;
            if (sameAs.contains(content) || (cancel && *cancel)) continue;
            sameAs.insert(content, {});
            for (qsizetype first : std::as_const(firsts))
                if (sameAs.value(pictures[first].hashes.content).isEmpty() &&
                    imaging::samePixels(pictures[first].file.path, pictures[i].file.path)) {
                    sameAs[content] = pictures[first].hashes.content;
                    break;
                }
            firsts.append(i);
        }
        for (qsizetype i : alike)
            pictures[i].samePixelsAs = sameAs.value(pictures[i].hashes.content);
    }
}

} // namespace

QList<FileStamp> listPictures(const QStringList &folders, bool recursive)
{
    QList<FileStamp> out;
    QSet<QString> seen;
    for (const QString &folder : folders) {
        if (!QFileInfo(folder).isDir())
            throw ProcessingError(
                ErrorCode::NotFound,
                QCoreApplication::translate("ad::Error", "no such folder: %1").arg(folder));
        QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot,
                        recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            const QString path = info.absoluteFilePath();
            if (info.isSymLink() || seen.contains(path)) continue; // a link is not a copy
            if (!assets::isPicture(assets::kindOfPath(path))) continue;
            seen.insert(path);
            out.append({path, info.size(), info.lastModified()});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const FileStamp &a, const FileStamp &b) { return a.path < b.path; });
    return out;
}

HashRun hashPictures(const QList<FileStamp> &files,
                     const QHash<QString, imaging::PictureHashes> &known,
                     const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    struct Result {
        std::optional<imaging::PictureHashes> hashes;
        QString failure;
    };
    QList<FileStamp> missing;
    HashRun run;
    for (const FileStamp &f : files) {
        if (const auto it = known.constFind(f.path); it != known.constEnd())
            run.hashed.append({f, *it});
        else
            missing.append(f);
    }
    const int total = int(files.size());
    std::atomic_int done = int(run.hashed.size());
    if (progress) progress(done, total);
    const QList<Result> results =
        QtConcurrent::blockingMapped(hashPool(), missing, [&](const FileStamp &f) -> Result {
            workers::lowerCurrentThread();
            if (cancel && *cancel) return {};
            Result r;
            try {
                r.hashes = imaging::hashPicture(f.path);
            } catch (const ProcessingError &e) {
                r.failure = f.path + QStringLiteral(": ") + e.error().message;
            }
            if (progress) progress(++done, total);
            return r;
        });
    for (qsizetype i = 0; i < missing.size(); ++i) {
        if (results[i].hashes) {
            run.hashed.append({missing[i], *results[i].hashes});
            run.fresh.append(run.hashed.last());
        } else if (!results[i].failure.isEmpty()) {
            run.failures << results[i].failure;
        }
    }
    markSamePixels(run.hashed, cancel);
    run.cancelled = cancel && *cancel;
    return run;
}

QList<DuplicateGroup> groupDuplicates(const QList<HashedPicture> &pictures, int threshold)
{
    // Exact copies and pictures with the same perceptual hash start as one cluster each.
    UnionFind sets(pictures.size());
    QHash<QByteArray, qsizetype> byContent;
    QHash<quint64, QList<int>> byHash; // equal perceptual hashes are scanned once
    for (qsizetype i = 0; i < pictures.size(); ++i) {
        const auto it = byContent.constFind(pictures[i].exactKey());
        if (it != byContent.constEnd())
            sets.join(i, *it);
        else
            byContent.insert(pictures[i].exactKey(), i);
        byHash[pictures[i].hashes.phash].append(int(i));
    }
    if (threshold >= 0) {
        QList<quint64> hashes;
        QList<int> firstWith;
        for (auto it = byHash.cbegin(); it != byHash.cend(); ++it) {
            const QList<int> &same = it.value();
            for (int member : same)
                sets.join(member, same.first());
            hashes.append(it.key());
            firstWith.append(same.first());
        }
        // Each picture's hash and its crops' hashes against every picture's own: a copy cut by
        // a few per cent is near one of the crops of its original. Rows in parallel.
        struct Pair {
            int distance;
            qsizetype a, b;
            bool operator<(const Pair &o) const
            {
                return std::tie(distance, a, b) < std::tie(o.distance, o.a, o.b);
            }
        };
        QList<qsizetype> rows(pictures.size());
        std::iota(rows.begin(), rows.end(), 0);
        QList<Pair> pairs = QtConcurrent::blockingMappedReduced<QList<Pair>>(
            rows,
            [&](qsizetype i) {
                const imaging::PictureHashes &h = pictures[i].hashes;
                const std::array<quint64, 6> queries{h.phash,    h.crops[0], h.crops[1],
                                                     h.crops[2], h.crops[3], h.crops[4]};
                QList<qsizetype> found;
                nearHashes(queries, hashes.constData(), hashes.size(), threshold, found);
                QList<Pair> out;
                for (qsizetype k : found)
                    if (const qsizetype other = firstWith[k]; other != i)
                        out.append({imaging::pictureDistance(h, pictures[other].hashes),
                                    std::min(i, other), std::max(i, other)});
                return out;
            },
            [](QList<Pair> &all, const QList<Pair> &some) { all += some; });
        // Complete linkage, closest pairs first: two clusters join only when every picture of
        // one is within the threshold of every picture of the other. Joining on any one pair
        // chained distinct pictures (A near B near C put A and C together) into large groups.
        std::sort(pairs.begin(), pairs.end());
        QHash<qsizetype, QList<qsizetype>> members;
        for (qsizetype i = 0; i < pictures.size(); ++i)
            members[sets.find(i)].append(i);
        for (const Pair &pair : std::as_const(pairs)) {
            const qsizetype ra = sets.find(pair.a), rb = sets.find(pair.b);
            if (ra == rb) continue;
            const QList<qsizetype> &ma = members[ra], &mb = members[rb];
            const bool close = std::all_of(ma.cbegin(), ma.cend(), [&](qsizetype x) {
                return std::all_of(mb.cbegin(), mb.cend(), [&](qsizetype y) {
                    return imaging::pictureDistance(pictures[x].hashes, pictures[y].hashes) <=
                           threshold;
                });
            });
            if (!close) continue;
            sets.join(ra, rb); // rb stays the root
            members[rb] += members.take(ra);
        }
    }
    QHash<qsizetype, QList<qsizetype>> components;
    for (qsizetype i = 0; i < pictures.size(); ++i)
        components[sets.find(i)].append(i);
    QList<DuplicateGroup> groups;
    for (const QList<qsizetype> &component : std::as_const(components)) {
        if (component.size() < 2) continue;
        DuplicateGroup g;
        g.exact = true;
        for (qsizetype i : component) {
            const HashedPicture &p = pictures[i];
            g.exact = g.exact && p.exactKey() == pictures[component.first()].exactKey();
            g.members.append({p.file.path, p.file.size, p.file.modified, p.hashes.width,
                              p.hashes.height, 0, false});
        }
        std::sort(g.members.begin(), g.members.end(),
                  [](const DuplicateMember &a, const DuplicateMember &b) {
                      return better(a, b, KeepRule::Resolution);
                  });
        groups.append(g);
    }
    // Distances to the best member, for the list, and which members are that very picture (in a
    // group of similar ones too); groups in path order, so runs compare.
    QHash<QString, const HashedPicture *> hashOf;
    for (const HashedPicture &p : pictures)
        hashOf.insert(p.file.path, &p);
    for (DuplicateGroup &g : groups) {
        const HashedPicture &best = *hashOf[g.members.first().path];
        int copies = 0;
        for (DuplicateMember &m : g.members) {
            const HashedPicture &p = *hashOf[m.path];
            m.distance = imaging::pictureDistance(p.hashes, best.hashes);
            m.identical = p.exactKey() == best.exactKey();
            copies += m.identical ? 1 : 0;
        }
        if (copies < 2) g.members.first().identical = false; // alone, it is no copy
    }
    std::sort(groups.begin(), groups.end(), [](const DuplicateGroup &a, const DuplicateGroup &b) {
        return a.members.first().path < b.members.first().path;
    });
    return groups;
}

QList<DuplicateGroup> bucketDuplicates(const QString &prefix, const std::atomic_bool *cancel)
{
    QHash<QPair<QString, qint64>, QList<DuplicateMember>> byEtag;
    storage::storageFor(prefix)->list(prefix, true, [&](const QList<storage::Entry> &page) {
        for (const storage::Entry &e : page)
            if (!e.folder && e.size > 0 && !e.etag.isEmpty())
                byEtag[{e.etag, e.size}].append({e.location, e.size, e.modified, 0, 0, 0});
        return !(cancel && *cancel);
    });
    QList<DuplicateGroup> groups;
    for (const QList<DuplicateMember> &same : std::as_const(byEtag)) {
        if (same.size() < 2) continue;
        DuplicateGroup g{true, same};
        std::sort(g.members.begin(), g.members.end(),
                  [](const DuplicateMember &a, const DuplicateMember &b) {
                      return better(a, b, KeepRule::Newest);
                  });
        groups.append(g);
    }
    std::sort(groups.begin(), groups.end(), [](const DuplicateGroup &a, const DuplicateGroup &b) {
        return a.members.first().path < b.members.first().path;
    });
    return groups;
}

int bestOf(const DuplicateGroup &group, KeepRule rule)
{
    int best = 0;
    for (int i = 1; i < group.members.size(); ++i)
        if (better(group.members[i], group.members[best], rule)) best = i;
    return best;
}

} // namespace ad::catalog
