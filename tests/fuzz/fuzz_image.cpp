// Fuzz target: image decoding through the core, with its pixel and size limits, then a shrink
// and an information query.

#include "common/error.h"
#include "imaging/executor.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512 * 1024) return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *processing : {"imageMogr2/auto-orient/thumbnail/64x", "imageInfo"}) {
        try {
            (void)ad::imaging::process({QString(), bytes}, QString::fromLatin1(processing));
        } catch (const ad::ProcessingError &) {
        }
    }
    return 0;
}
