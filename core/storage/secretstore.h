#pragma once

// Secrets (secret keys, session tokens) live in the desktop's keyring through QtKeychain,
// never in settings files or logs. QtKeychain is a plugin (libassetdesk_secrets.so, see
// plugins/plugin.h): processes that never touch a profile do not load D-Bus.
// Calls block until the keyring answers; they run a local event loop.

#include <QByteArray>
#include <QString>
#include <optional>

namespace ad::storage
{

class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual bool write(const QString &key, const QByteArray &secret, QString *error) const = 0;
    // nullopt when there is no such secret or the keyring cannot be reached (`error` says).
    virtual std::optional<QByteArray> read(const QString &key, QString *error) const = 0;
    virtual bool remove(const QString &key, QString *error) const = 0;
};

inline constexpr char secretStoreEntryName[] = "assetdesk_secret_store";

// Loads the plugin once; null with `error` set when it cannot be found.
const SecretStore *secretStore(QString *error = nullptr);

} // namespace ad::storage
