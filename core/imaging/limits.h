#pragma once

#include <QtGlobal>

namespace ad::imaging
{

// Global CI limits (grammar 0.2).
struct Limits {
    static constexpr qint64 maxFileBytes = 32LL * 1024 * 1024;
    static constexpr int maxSide = 30000;
    static constexpr int maxSideSizeLimit = 50000; // when size-limit is used
    static constexpr qint64 maxPixels = 250000000;
    static constexpr int maxGifFrames = 300;
    static constexpr int maxOutputSide = 9999;
};

} // namespace ad::imaging
