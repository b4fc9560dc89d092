// Fuzz target: the processing-string parser and printer. Whatever parses must print to a string
// that parses again to the same print (the round trip the style editor relies on).

#include "common/error.h"
#include "style/parser.h"
#include "style/printer.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096) return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const QString printed = ad::style::print(ad::style::parse(text));
        if (ad::style::print(ad::style::parse(printed)) != printed) std::abort();
    } catch (const ad::ProcessingError &) {
    }
    return 0;
}
