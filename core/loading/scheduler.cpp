#include "loading/scheduler.h"

#include "common/error.h"
#include "common/workerpriority.h"
#include "imaging/rendercancel.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace ad::loading
{

struct Scheduler::Job {
    Request request;
    QString key;
    Work work;
    QHash<Ticket, Asker> askers;
    Priority priority = Priority::Prefetch;
    QueueKey queueKey;
    bool started = false;
    imaging::RenderCancel cancel;
};

Scheduler::Scheduler(qint64 cacheBytes, int workers, QObject *parent)
    : QObject(parent), m_cache(cacheBytes)
{
    // Bucket previews wait on the network, not the processor: a few more workers than cores
    // keep thumbnails moving while a download runs.
    setWorkers(workers > 0 ? workers : std::max(4, QThread::idealThreadCount()));
}

Scheduler::~Scheduler()
{
    m_queue.clear();
    for (const auto &job : std::as_const(m_jobs))
        job->cancel.cancel();
    m_jobs.clear();
    m_pool.waitForDone();
}

Scheduler &Scheduler::shared()
{
    static QPointer<Scheduler> instance;
    if (!instance) instance = new Scheduler(256LL << 20, 0, QCoreApplication::instance());
    return *instance;
}

void Scheduler::setWorkers(int workers)
{
    m_pool.setMaxThreadCount(std::max(1, workers));
    dispatch();
}

Ticket Scheduler::submit(const Request &request, Priority priority, QObject *context, Done done,
                         Work work)
{
    const QString key = request.key();
    if (const Result *hit = m_cache.find(key)) {
        QMetaObject::invokeMethod(
            context, [done, result = *hit] { done(result); }, Qt::QueuedConnection);
        return 0;
    }
    const Ticket ticket = ++m_nextTicket;
    m_tickets.insert(ticket, key);
    std::shared_ptr<Job> job = m_jobs.value(key);
    if (!job) {
        job = std::make_shared<Job>();
        job->request = request;
        job->key = key;
        job->work = work ? std::move(work) : Work(load);
        m_jobs.insert(key, job);
        requeue(job, priority);
    } else if (!job->started && priority > job->priority) {
        requeue(job, priority);
    }
    job->askers.insert(ticket, Asker{context, std::move(done)});
    dispatch();
    return ticket;
}

void Scheduler::requeue(const std::shared_ptr<Job> &job, Priority priority)
{
    m_queue.erase(job->queueKey);
    job->priority = priority;
    // Within a level the newest request runs first: it is what the user looks at now.
    job->queueKey = {-int(priority), -qint64(++m_order)};
    m_queue.emplace(job->queueKey, job);
}

void Scheduler::setPriority(Ticket ticket, Priority priority)
{
    const std::shared_ptr<Job> job = m_jobs.value(m_tickets.value(ticket));
    if (job && !job->started && job->priority != priority) requeue(job, priority);
}

void Scheduler::cancel(Ticket ticket)
{
    const QString key = m_tickets.take(ticket);
    const std::shared_ptr<Job> job = m_jobs.value(key);
    if (!job) return;
    job->askers.remove(ticket);
    if (!job->askers.isEmpty()) return; // someone else still wants it
    m_jobs.remove(key);
    if (job->started)
        job->cancel.cancel(); // the worker stops; its result is dropped in finish()
    else
        m_queue.erase(job->queueKey);
}

void Scheduler::dispatch()
{
    while (m_dispatched < m_pool.maxThreadCount() && !m_queue.empty()) {
        const std::shared_ptr<Job> job = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        job->started = true;
        ++m_dispatched;
        ++m_running;
        m_pool.start([this, job] {
            workers::lowerCurrentThread();
            Result result;
            try {
                result = job->work(job->request, job->cancel);
            } catch (const ProcessingError &e) {
                result.error = e.error().message;
            } catch (const std::exception &e) {
                result.error = QString::fromLocal8Bit(e.what());
            }
            job->cancel.detach();
            result.cancelled = job->cancel.isCancelled();
            --m_running;
            QMetaObject::invokeMethod(
                this, [this, job, result] { finish(job, result); }, Qt::QueuedConnection);
        });
    }
}

void Scheduler::finish(const std::shared_ptr<Job> &job, const Result &result)
{
    --m_dispatched;
    if (m_jobs.value(job->key) == job) m_jobs.remove(job->key);
    if (!result.cancelled) {
        if (result.ok()) m_cache.insert(job->key, result);
        for (auto it = job->askers.cbegin(); it != job->askers.cend(); ++it) {
            m_tickets.remove(it.key());
            if (it->context) it->done(result);
        }
    }
    dispatch();
}

} // namespace ad::loading

#include "moc_scheduler.cpp"
