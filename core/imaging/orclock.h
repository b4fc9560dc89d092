#pragma once

namespace ad::imaging
{

// Whether liborc's compile and free calls in this process go through orclock.cpp's lock; only
// then is libvips' run-time SIMD safe with several threads resizing at once.
bool orcCallsSerialised();

} // namespace ad::imaging
