#include "storage/ratelimit.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QThread>
#include <cmath>

namespace ad::storage
{

RateLimiter::RateLimiter(qint64 bytesPerSecond) : m_rate(std::max<qint64>(1, bytesPerSecond))
{
    m_clock.start();
}

void RateLimiter::acquire(qint64 bytes, const std::atomic<bool> *cancelled)
{
    qint64 waitMs = 0;
    {
        const QMutexLocker lock(&m_lock);
        const qint64 now = m_clock.elapsed();
        // Unused allowance is kept for one second at most, so an idle pause cannot be
        // spent later as a burst.
        m_tokens = std::min<double>(m_rate, m_tokens + double(now - m_last) * m_rate / 1000.0);
        m_last = now;
        m_tokens -= bytes;
        if (m_tokens < 0) waitMs = qint64(std::ceil(-m_tokens * 1000.0 / m_rate));
    }
    for (qint64 slept = 0; slept < waitMs; slept += 50) {
        if (cancelled && cancelled->load()) return;
        QThread::msleep(std::min<qint64>(50, waitMs - slept));
    }
}

qint64 parseRate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) return 0;
    static const QRegularExpression form(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*([KMG]?)i?B?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch())
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "'%1' is not a rate (e.g. 500K, 10M)")
                .arg(text));
    const QString unit = m.captured(2).toUpper();
    const double scale = unit == QLatin1String("K")   ? 1024.0
                         : unit == QLatin1String("M") ? 1024.0 * 1024
                         : unit == QLatin1String("G") ? 1024.0 * 1024 * 1024
                                                      : 1.0;
    return qint64(m.captured(1).toDouble() * scale);
}

} // namespace ad::storage
