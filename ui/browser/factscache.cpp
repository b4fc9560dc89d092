#include "browser/factscache.h"

namespace ad::ui
{

namespace
{
constexpr qsizetype kMaxKnown = 100000; // about 20 MB of facts; then start over
} // namespace

FactsCache::FactsCache(QObject *parent) : QObject(parent)
{
    // Header reads are light but compete with thumbnails for the same disks and cores.
    m_pool.setMaxThreadCount(2);
    m_flush.setSingleShot(true);
    m_flush.setInterval(150);
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

const assets::AssetFacts *FactsCache::known(const QString &path) const
{
    const auto it = m_known.constFind(path);
    return it == m_known.cend() ? nullptr : &it.value();
}

const assets::AssetFacts *FactsCache::facts(const QString &path)
{
    if (const assets::AssetFacts *facts = known(path)) return facts;
    if (m_queued.contains(path)) return nullptr;
    m_queued.insert(path);
    const int generation = *m_generation;
    m_pool.start(
        [this, path, generation, current = m_generation] {
            if (*current != generation) return; // the folder changed while this waited
            const assets::AssetFacts facts = assets::readAssetFacts(path);
            QMetaObject::invokeMethod(
                this, [this, generation, path, facts] { arrived(generation, path, facts); },
                Qt::QueuedConnection);
        },
        ++m_priority);
    return nullptr;
}

void FactsCache::dropQueued()
{
    ++*m_generation;
    m_pool.clear();
    m_queued.clear();
}

void FactsCache::arrived(int generation, const QString &path, const assets::AssetFacts &facts)
{
    if (generation != *m_generation) return;
    m_queued.remove(path);
    if (m_known.size() >= kMaxKnown) m_known.clear();
    m_known.insert(path, facts);
    m_arrived << path;
    if (!m_flush.isActive()) m_flush.start();
}

} // namespace ad::ui
