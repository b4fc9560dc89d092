#include "media/decoder.h"

#include "plugins/plugin.h"

namespace ad::media
{

const Decoder *decoder(QString *error)
{
    return plugins::instance<Decoder>("media", decoderEntryName, error);
}

} // namespace ad::media
