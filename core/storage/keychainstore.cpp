// The secrets plugin: QtKeychain (Secret Service through libsecret or D-Bus, KWallet) behind
// the core's blocking SecretStore interface.

#include "storage/secretstore.h"

#include <QSemaphore>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace ad::storage
{

namespace
{

const QString kService = QStringLiteral("AssetDesk");

// QtKeychain's libsecret backend can call back after a job reported `finished`, and into the
// thread that started it. So every job runs on one keyring thread that lives as long as the
// process, and jobs are never deleted: a late callback always finds its job and its thread.
QObject *keyringThread()
{
    static QObject *context = [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("keyring"));
        thread->start();
        auto *c = new QObject;
        c->moveToThread(thread);
        return c;
    }();
    return context;
}

// Starts `job` on the keyring thread and blocks until it finishes. Never falls back to a
// plain-text file.
template <typename Job, typename Setup, typename Done>
bool run(Setup setup, Done done, QString *error)
{
    QSemaphore finished;
    bool ok = false;
    QString why;
    QMetaObject::invokeMethod(keyringThread(), [&] {
        auto *job = new Job(kService);
        job->setAutoDelete(false);
        job->setInsecureFallback(false);
        setup(*job);
        QObject::connect(
            job, &QKeychain::Job::finished, job,
            [&, job] {
                ok = done(*job);
                why = job->errorString();
                finished.release();
            },
            Qt::SingleShotConnection);
        job->start();
    });
    finished.acquire();
    if (!ok && error) *error = why;
    return ok;
}

class KeychainStore final : public SecretStore
{
public:
    bool write(const QString &key, const QByteArray &secret, QString *error) const override
    {
        return run<QKeychain::WritePasswordJob>(
            [&](QKeychain::WritePasswordJob &job) {
                job.setKey(key);
                job.setBinaryData(secret);
            },
            [](const QKeychain::Job &job) { return job.error() == QKeychain::NoError; }, error);
    }

    std::optional<QByteArray> read(const QString &key, QString *error) const override
    {
        QByteArray secret;
        const bool ok = run<QKeychain::ReadPasswordJob>(
            [&](QKeychain::ReadPasswordJob &job) { job.setKey(key); },
            [&](const QKeychain::Job &job) {
                if (job.error() != QKeychain::NoError) return false;
                secret = static_cast<const QKeychain::ReadPasswordJob &>(job).binaryData();
                return true;
            },
            error);
        if (!ok) return std::nullopt;
        return secret;
    }

    bool remove(const QString &key, QString *error) const override
    {
        return run<QKeychain::DeletePasswordJob>(
            [&](QKeychain::DeletePasswordJob &job) { job.setKey(key); },
            [](const QKeychain::Job &job) {
                return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
            },
            error);
    }
};

} // namespace

} // namespace ad::storage

extern "C" Q_DECL_EXPORT const ad::storage::SecretStore *assetdesk_secret_store()
{
    static const ad::storage::KeychainStore store;
    return &store;
}
