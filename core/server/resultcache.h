#pragma once

// Processed results kept on disk, so a page that asks for the same thumbnail again is answered
// without decoding anything. Keys are the source object's ETag plus the canonical processing
// string (the caller builds them), so a changed object or an edited style asks for a new entry
// and never meets a stale one. Least recently used entries go first once the cache is over its
// size; sizes are tracked in memory and rebuilt from the folder at start. Identical requests in
// flight are computed once: the others wait for the first one's answer. Thread-safe.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <functional>
#include <future>
#include <list>
#include <optional>

namespace ad::server
{

struct CachedResult {
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type and route specific ones
    QByteArray etag;                              // quoted; set by the cache from the key
    // False: answer it but do not keep it (the source changed while it was computed).
    bool storable = true;
};

class ResultCache
{
public:
    // `folder` empty or `maxBytes` 0: nothing is kept, identical requests are still computed once.
    ResultCache(QString folder, qint64 maxBytes);
    ResultCache(const ResultCache &) = delete;
    ResultCache &operator=(const ResultCache &) = delete;

    // The stored answer for `key`, or `compute()`'s (its exceptions reach every waiter).
    // `hit` tells which.
    CachedResult get(const QByteArray &key, const std::function<CachedResult()> &compute,
                     bool *hit = nullptr);

    // The ETag of the result stored under `key`: a hash of it, quoted.
    static QByteArray etagFor(const QByteArray &key);

    qint64 bytes() const;
    int entries() const;

private:
    struct Entry {
        qint64 size = 0;
        std::list<QByteArray>::iterator use; // position in m_order (front: most recent)
    };

    QString pathFor(const QByteArray &name) const;
    std::optional<CachedResult> load(const QByteArray &name);
    void store(const QByteArray &name, const CachedResult &result);
    void forget(const QByteArray &name); // m_mutex held
    void rebuild();

    QString m_folder;
    qint64 m_maxBytes = 0;
    mutable QMutex m_mutex;
    QHash<QByteArray, Entry> m_entries; // by file name (hex hash of the key)
    std::list<QByteArray> m_order;
    qint64 m_bytes = 0;
    QHash<QByteArray, std::shared_future<CachedResult>> m_inFlight;
};

} // namespace ad::server
