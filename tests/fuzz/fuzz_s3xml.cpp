// Fuzz target: the COS/S3 XML response parsers (listings, errors, multipart answers).

#include "storage/s3xml.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024) return 0;
    const QByteArray xml =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    using namespace ad::storage;
    (void)parseListObjects(xml);
    (void)parseListBuckets(xml);
    (void)parseError(xml);
    (void)parseUploadId(xml);
    (void)parseListParts(xml);
    (void)parseDeleteErrors(xml);
    return 0;
}
