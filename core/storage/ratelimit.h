#pragma once

// A bandwidth limit shared by every request of a transfer run: a request takes its bytes
// from a token bucket before it starts (running into debt when it is larger than what is
// there) and waits the debt off, so the average rate over the run stays at the limit.

#include <QElapsedTimer>
#include <QMutex>
#include <atomic>

namespace ad::storage
{

class RateLimiter
{
public:
    explicit RateLimiter(qint64 bytesPerSecond);
    // Blocks until `bytes` may go; returns early when `cancelled` is set.
    void acquire(qint64 bytes, const std::atomic<bool> *cancelled = nullptr);

private:
    QMutex m_lock;
    QElapsedTimer m_clock;
    const qint64 m_rate;
    double m_tokens = 0; // starts empty: the first second is limited too
    qint64 m_last = 0;   // ms, when m_tokens was last refilled
};

// "500K", "10M", "1.5G" or plain bytes per second; 0 for an empty string. Throws
// InvalidArgument for anything else.
qint64 parseRate(const QString &text);

} // namespace ad::storage
