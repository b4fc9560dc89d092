#pragma once

// The one place pictures are loaded for display: a queue ordered by priority (visible, then
// neighbours, then prefetch; newest first within a level), a fixed number of workers, and
// cancellation that reaches the work itself (libvips images are killed, FFmpeg reads and HTTP
// transfers are interrupted). Requests for the same key share one load; a request whose last
// asker cancelled stops. Results are handed back on the scheduler's thread (the GUI thread)
// and kept in one byte-budgeted cache. Widgets ask it and start no threads of their own.

#include "loading/loadcache.h"
#include "loading/request.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <map>
#include <memory>

namespace ad::imaging
{
class RenderCancel;
}

namespace ad::loading
{

using Ticket = quint64;

class Scheduler : public QObject
{
    Q_OBJECT
public:
    // Runs on a worker; checks `cancel` (or hands it to libvips, FFmpeg, HTTP) as it goes.
    using Work = std::function<Result(const Request &, imaging::RenderCancel &cancel)>;
    using Done = std::function<void(const Result &)>;

    explicit Scheduler(qint64 cacheBytes = 256LL << 20, int workers = 0, QObject *parent = nullptr);
    ~Scheduler() override; // cancels everything and waits for running work to stop

    // The application's scheduler, created on first use on the GUI thread.
    static Scheduler &shared();

    // `done` runs on this thread unless `context` is gone or the ticket was cancelled first.
    // A cached result is not queued: check cached() first to show it without a round trip.
    Ticket submit(const Request &request, Priority priority, QObject *context, Done done,
                  Work work = {});
    void cancel(Ticket ticket);
    void setPriority(Ticket ticket, Priority priority);
    const Result *cached(const Request &request) const { return m_cache.find(request.key()); }
    LoadCache &cache() { return m_cache; }

    int queued() const { return int(m_queue.size()); }
    int running() const { return m_running.load(); }
    void setWorkers(int workers);

private:
    struct Job;
    struct Asker {
        QPointer<QObject> context;
        Done done;
    };
    using QueueKey = std::pair<int, quint64>; // (-priority, order): begin() runs next

    void dispatch();
    void finish(const std::shared_ptr<Job> &job, const Result &result);
    void requeue(const std::shared_ptr<Job> &job, Priority priority);

    QThreadPool m_pool;
    LoadCache m_cache;
    std::map<QueueKey, std::shared_ptr<Job>> m_queue;
    QHash<QString, std::shared_ptr<Job>> m_jobs; // queued or running, by key
    QHash<Ticket, QString> m_tickets;            // ticket -> key
    std::atomic<int> m_running{0};
    int m_dispatched = 0;
    quint64 m_order = 0;
    Ticket m_nextTicket = 0;
};

// The default work: thumbnails, previews and viewer pictures of local files and bucket objects.
Result load(const Request &request, imaging::RenderCancel &cancel);

} // namespace ad::loading
