#pragma once

// Runs task(0..count-1) on a pool of the given size and waits. After the first failure no new
// task starts; that exception is rethrown here, as it was thrown.

#include <QtGlobal>
#include <functional>

namespace ad::storage
{

void runInParallel(int threads, qsizetype count, const std::function<void(qsizetype)> &task);

} // namespace ad::storage
