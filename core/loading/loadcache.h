#pragma once

// The pipeline's one memory cache: results by request key, least recently used dropped first
// so the pixels held never exceed a byte budget. GUI thread only.

#include "loading/request.h"

#include <QCache>

namespace ad::loading
{

class LoadCache
{
public:
    explicit LoadCache(qint64 budgetBytes) { m_cache.setMaxCost(budgetBytes); }

    const Result *find(const QString &key) const { return m_cache.object(key); }
    // A result larger than the whole budget is not kept.
    void insert(const QString &key, const Result &result)
    {
        m_cache.insert(key, new Result(result), std::max<qint64>(1, result.bytes()));
    }
    void remove(const QString &key) { m_cache.remove(key); }
    void clear() { m_cache.clear(); }
    qint64 budget() const { return m_cache.maxCost(); }
    qint64 used() const { return m_cache.totalCost(); }
    int count() const { return int(m_cache.count()); }

private:
    QCache<QString, Result> m_cache;
};

} // namespace ad::loading
