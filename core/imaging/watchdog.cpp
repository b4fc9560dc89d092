#include "imaging/watchdog.h"

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace ad::imaging::watchdog
{

namespace
{

struct Alarm {
    Clock::time_point when;
    std::shared_ptr<std::atomic<bool>> expired;
    std::shared_ptr<RenderCancel> cancel;
};

class Watchdog
{
public:
    quint64 arm(Alarm alarm)
    {
        std::lock_guard lock(m_mutex);
        const quint64 ticket = ++m_lastTicket;
        m_alarms.emplace(ticket, std::move(alarm));
        // Started on first use, so a process that never renders never has the thread.
        if (!m_thread.joinable())
            m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
        m_armed = true;
        m_wake.notify_one();
        return ticket;
    }

    void disarm(quint64 ticket)
    {
        std::lock_guard lock(m_mutex);
        m_alarms.erase(ticket);
    }

private:
    void run(std::stop_token stop)
    {
        std::unique_lock lock(m_mutex);
        while (!stop.stop_requested()) {
            m_armed = false;
            auto next = Clock::time_point::max();
            std::vector<Alarm> due;
            const auto now = Clock::now();
            for (auto it = m_alarms.begin(); it != m_alarms.end();) {
                if (it->second.when <= now) {
                    due.push_back(std::move(it->second));
                    it = m_alarms.erase(it);
                } else {
                    next = std::min(next, it->second.when);
                    ++it;
                }
            }
            if (!due.empty()) {
                lock.unlock();
                for (Alarm &a : due) {
                    *a.expired = true;
                    a.cancel->cancel();
                }
                lock.lock();
                continue;
            }
            // Rescanned whenever one is armed: a scan of the few requests in flight is cheaper
            // than keeping them ordered. Disarmed alarms just go unfired.
            const auto armed = [this] { return m_armed; };
            if (next == Clock::time_point::max())
                m_wake.wait(lock, stop, armed);
            else
                m_wake.wait_until(lock, stop, next, armed);
        }
    }

    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::map<quint64, Alarm> m_alarms;
    quint64 m_lastTicket = 0;
    bool m_armed = false;  // an alarm came since the last scan
    std::jthread m_thread; // last: stopped and joined before the members above go
};

Watchdog &instance()
{
    static Watchdog watchdog;
    return watchdog;
}

} // namespace

quint64 arm(Clock::time_point when, std::shared_ptr<std::atomic<bool>> expired,
            std::shared_ptr<RenderCancel> cancel)
{
    return instance().arm({when, std::move(expired), std::move(cancel)});
}

void disarm(quint64 ticket)
{
    instance().disarm(ticket);
}

} // namespace ad::imaging::watchdog
