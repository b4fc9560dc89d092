// The secrets plugin: QtKeychain (Secret Service through libsecret or D-Bus, KWallet) behind
// the core's blocking SecretStore interface.

#include "storage/secretstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace ad::storage
{

namespace
{

const QString kService = QStringLiteral("AssetDesk");

// Runs a QtKeychain job to completion on this thread. Never falls back to a plain-text file.
bool finish(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError) return true;
    if (error) *error = job.errorString();
    return false;
}

class KeychainStore final : public SecretStore
{
public:
    bool write(const QString &key, const QByteArray &secret, QString *error) const override
    {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(key);
        job.setBinaryData(secret);
        return finish(job, error);
    }

    std::optional<QByteArray> read(const QString &key, QString *error) const override
    {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(key);
        if (!finish(job, error)) return std::nullopt;
        return job.binaryData();
    }

    bool remove(const QString &key, QString *error) const override
    {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(key);
        QString why;
        if (finish(job, &why) || job.error() == QKeychain::EntryNotFound) return true;
        if (error) *error = why;
        return false;
    }
};

} // namespace

} // namespace ad::storage

extern "C" Q_DECL_EXPORT const ad::storage::SecretStore *assetdesk_secret_store()
{
    static const ad::storage::KeychainStore store;
    return &store;
}
