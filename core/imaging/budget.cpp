#include "imaging/budget.h"

#include "common/error.h"
#include "imaging/limits.h"
#include "imaging/watchdog.h"

#include <QCoreApplication>

namespace ad::imaging
{

void checkFramePixels(QSize size, int frames)
{
    const qint64 pixels = qint64(size.width()) * size.height() * std::max(frames, 1);
    if (pixels > Limits::maxPixels)
        throw ProcessingError(ErrorCode::ImageTooLarge,
                              QCoreApplication::translate(
                                  "ad::Error", "result would be %1x%2 in %3 frame(s), %4 pixels; "
                                               "the limit is %5")
                                  .arg(size.width())
                                  .arg(size.height())
                                  .arg(frames)
                                  .arg(pixels)
                                  .arg(Limits::maxPixels));
}

Deadline::Deadline(std::chrono::milliseconds budget, std::shared_ptr<RenderCancel> cancel)
    : m_budget(budget), m_expired(std::make_shared<std::atomic<bool>>(false)),
      m_ticket(watchdog::arm(watchdog::Clock::now() + budget, m_expired, std::move(cancel)))
{
}

Deadline::~Deadline()
{
    watchdog::disarm(m_ticket);
}

void Deadline::throwIfExpired() const
{
    if (!*m_expired) return;
    throw ProcessingError(
        ErrorCode::TimedOut,
        QCoreApplication::translate("ad::Error",
                                    "processing ran past its %1 s time budget and was stopped")
            .arg(double(m_budget.count()) / 1000));
}

} // namespace ad::imaging
