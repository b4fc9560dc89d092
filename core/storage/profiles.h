#pragma once

// Connection profiles: a name, COS or S3, region, endpoint, access key, app id and path
// style, kept in the settings; the secret key and an optional STS session token go to the
// keyring (storage/secretstore.h), never to the settings file.

#include "storage/objectclient.h"

#include <QList>
#include <optional>

namespace ad::storage
{

struct Profile {
    QString name;
    Endpoint::Flavor flavor = Endpoint::Flavor::S3;
    QString region;   // ap-guangzhou, us-east-1, ...
    QString endpoint; // S3: the service URL; COS: the endpoint override (Endpoint::connectTo)
    QString accessKey;
    QString appId; // COS: the APPID that bucket names end with
    bool pathStyle = true;
};

struct ProfileSecrets {
    QString secretKey;
    QString sessionToken; // optional (STS)
};

QList<Profile> profiles();
std::optional<Profile> findProfile(const QString &name);
// Where a saved profile's secrets went. Without a reachable keyring (no desktop session, a
// refused unlock) they are kept in memory until the process ends, and the profile is saved all
// the same: the user can work now and is told the secret will be asked for again.
struct SecretPlace {
    bool keyring = true;
    QString why; // the keyring's refusal when it was not used
};
// Throws ProcessingError for a bad name or endpoint; nothing is saved then.
SecretPlace saveProfile(const Profile &profile, const ProfileSecrets &secrets);
void removeProfile(const QString &name);

// The endpoint with the profile's secrets (this session's, else the keyring's); throws when
// they are missing.
Endpoint endpointFor(const Profile &profile);
// The endpoint from a profile and secrets given directly (the dialog tests before saving).
Endpoint endpointFor(const Profile &profile, const ProfileSecrets &secrets);

// Lists the buckets (one request); returns their number, or throws ProcessingError with the
// service's code and message.
int testConnection(const Endpoint &endpoint);

} // namespace ad::storage
