#include "storage/secretstore.h"

#include "plugins/plugin.h"

namespace ad::storage
{

const SecretStore *secretStore(QString *error)
{
    return plugins::instance<SecretStore>("secrets", secretStoreEntryName, error);
}

} // namespace ad::storage
