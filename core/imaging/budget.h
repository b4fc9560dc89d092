#pragma once

// Bounds on the work of one processing request: the frames × pixels limit checked on every
// stage's planned output before its pixels are computed, and a wall-clock deadline that stops
// the render inside libvips (through RenderCancel) when it runs too long.

#include "imaging/rendercancel.h"

#include <QSize>
#include <atomic>
#include <chrono>
#include <memory>

namespace ad::imaging
{

// Well under the minute a caller waits for one image; the cloud answers far sooner.
inline constexpr std::chrono::milliseconds kDefaultDeadline{30000};

// Throws ImageTooLarge when frames of size together exceed the 250 000 000 pixel limit.
void checkFramePixels(QSize size, int frames);

// Cancels the render when the budget runs out; disarmed when destroyed.
class Deadline
{
public:
    Deadline(std::chrono::milliseconds budget, std::shared_ptr<RenderCancel> cancel);
    ~Deadline();
    Deadline(const Deadline &) = delete;
    Deadline &operator=(const Deadline &) = delete;

    // Throws TimedOut when the budget ran out (the render was then stopped by it).
    void throwIfExpired() const;

private:
    std::chrono::milliseconds m_budget;
    std::shared_ptr<std::atomic<bool>> m_expired;
    quint64 m_ticket;
};

} // namespace ad::imaging
