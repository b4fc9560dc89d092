#include "assets/factscache.h"

#include "common/workerpriority.h"

#include <algorithm>

namespace ad::assets
{

namespace
{
constexpr qsizetype kMaxKnown = 100000; // about 20 MB of facts; then start over
constexpr qsizetype kChunk = 32;        // files read by one task
} // namespace

FactsCache::FactsCache(QObject *parent) : QObject(parent)
{
    // Header reads are light but compete with thumbnails for the same disks and cores.
    m_pool.setMaxThreadCount(2);
    m_flush.setSingleShot(true);
    m_flush.setInterval(150);
    m_startWanted.setSingleShot(true);
    m_startWanted.setInterval(0);
    connect(&m_startWanted, &QTimer::timeout, this, &FactsCache::startWanted);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        Q_EMIT ready(m_arrived);
        m_arrived.clear();
    });
}

FactsCache::~FactsCache()
{
    // Reads in flight post to this object: wait for them before it goes.
    m_pool.clear();
    m_pool.waitForDone();
}

const AssetFacts *FactsCache::known(const QString &path) const
{
    const auto it = m_known.constFind(path);
    return it == m_known.cend() ? nullptr : &it.value();
}

const AssetFacts *FactsCache::facts(const QString &path)
{
    if (const AssetFacts *facts = known(path)) return facts;
    if (m_queued.contains(path)) return nullptr;
    m_queued.insert(path);
    m_wanted << path;
    if (!m_startWanted.isActive()) m_startWanted.start();
    return nullptr;
}

void FactsCache::startWanted()
{
    // What one paint or scroll step asked for goes to the pool in a few tasks, not one task
    // per file: a start per painted file showed in perf under the grid's paint. Small steps
    // still spread over every thread, so a slow file (a clip, an office document) holds back
    // few others; each file is announced as soon as it is read. Each step's tasks come before
    // older steps' (what the view shows now before what scrolled past).
    const int generation = *m_generation;
    const int priority = ++m_priority;
    const qsizetype chunk =
        std::clamp<qsizetype>(m_wanted.size() / (2 * m_pool.maxThreadCount()), 1, kChunk);
    for (qsizetype at = 0; at < m_wanted.size(); at += chunk) {
        m_pool.start(
            [this, paths = m_wanted.mid(at, chunk), generation, current = m_generation] {
                workers::lowerCurrentThread();
                for (const QString &path : paths) {
                    if (*current != generation) return; // the folder changed while this waited
                    const AssetFacts facts = readAssetFacts(path);
                    QMetaObject::invokeMethod(
                        this, [this, generation, path, facts] { arrived(generation, path, facts); },
                        Qt::QueuedConnection);
                }
            },
            priority);
    }
    m_wanted.clear();
}

void FactsCache::dropQueued()
{
    ++*m_generation;
    m_pool.clear();
    m_queued.clear();
    m_wanted.clear();
}

void FactsCache::forget(const QString &path)
{
    m_known.remove(path);
}

void FactsCache::arrived(int generation, const QString &path, const AssetFacts &facts)
{
    if (generation != *m_generation) return;
    m_queued.remove(path);
    if (m_known.size() >= kMaxKnown) m_known.clear();
    m_known.insert(path, facts);
    m_arrived << path;
    if (!m_flush.isActive()) m_flush.start();
}

} // namespace ad::assets
