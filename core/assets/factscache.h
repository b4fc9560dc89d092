#pragma once

// Dimensions, capture date, camera, duration and page count of files, read by the core off the
// GUI thread and kept, so views and sorting ask as often as they like without touching a file.
// Requests run newest first (what the view shows now before what scrolled past); results are
// announced in batches so a folder of thousands repaints a few times, not once per file.

#include "assets/assetfacts.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <memory>

namespace ad::assets
{

class FactsCache : public QObject
{
    Q_OBJECT
public:
    explicit FactsCache(QObject *parent = nullptr);
    ~FactsCache() override;

    // Null until read; asking queues the read once.
    const AssetFacts *facts(const QString &path);
    const AssetFacts *known(const QString &path) const; // never queues
    // Drops queued reads (another folder opened); what was read stays.
    void dropQueued();
    // The file changed: its facts are read again when next asked for.
    void forget(const QString &path);
    int pending() const { return int(m_queued.size()); }

Q_SIGNALS:
    void ready(const QStringList &paths);

private:
    void startWanted(); // the reads asked for since the last turn of the event loop
    void arrived(int generation, const QString &path, const AssetFacts &facts);

    QThreadPool m_pool;
    QHash<QString, AssetFacts> m_known;
    QSet<QString> m_queued;
    QStringList m_wanted; // queued, not yet handed to the pool
    QTimer m_startWanted;
    QStringList m_arrived;
    QTimer m_flush;
    int m_priority = 0;
    std::shared_ptr<std::atomic<int>> m_generation = std::make_shared<std::atomic<int>>(0);
};

} // namespace ad::assets
