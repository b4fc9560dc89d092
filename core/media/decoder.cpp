#include "media/decoder.h"

#include "plugins/plugin.h"

#include <mutex>

namespace ad::media
{

const Decoder *decoder(QString *error)
{
    static std::once_flag once;
    static const Decoder *loaded = nullptr;
    static QString failure;
    std::call_once(once, [] {
        if (auto entry = reinterpret_cast<DecoderEntry>(
                plugins::resolve(QStringLiteral("media"), decoderEntryName, &failure)))
            loaded = entry();
    });
    if (!loaded && error) *error = failure;
    return loaded;
}

} // namespace ad::media
