#pragma once

// One thread that fires render deadlines for every request in the process: a thread per
// request would cost a start and a join on each thumbnail of a 10,000-picture folder.

#include "imaging/rendercancel.h"

#include <QtGlobal>
#include <atomic>
#include <chrono>
#include <memory>

namespace ad::imaging::watchdog
{

using Clock = std::chrono::steady_clock;

// At `when`, sets *expired and cancels the render, unless disarmed first. Returns the ticket
// to disarm with. The shared pointers keep both alive for a firing that races a disarm.
quint64 arm(Clock::time_point when, std::shared_ptr<std::atomic<bool>> expired,
            std::shared_ptr<RenderCancel> cancel);
void disarm(quint64 ticket);

} // namespace ad::imaging::watchdog
