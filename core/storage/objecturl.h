#pragma once

// Object addresses as users type them: cos://bucket-appid/key, s3://bucket/key (optionally
// s3://profile@bucket/key), or a local path; and the endpoint that serves them.

#include "storage/objectclient.h"

namespace ad::storage
{

struct ObjectUrl {
    bool remote = false;
    Endpoint::Flavor flavor = Endpoint::Flavor::S3;
    QString bucket;
    QString key;     // may be empty (the bucket root) or end in '/' (a prefix)
    QString profile; // s3://profile@bucket/key: the saved connection profile to use
    QString local;   // for local paths
};

ObjectUrl
parseObjectUrl(const QString &text); // throws InvalidArgument for cos:// or s3:// without a bucket

// s3://: ASSETDESK_S3_ENDPOINT, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
// AWS_SESSION_TOKEN, ASSETDESK_S3_PATH_STYLE (default 1 for a custom endpoint). cos://: COS_REGION,
// COS_SECRET_ID, COS_SECRET_KEY, COS_SESSION_TOKEN and optionally COS_ENDPOINT (the endpoint
// override, Endpoint::connectTo). Throws InvalidArgument naming what is missing or malformed.
Endpoint endpointFromEnvironment(Endpoint::Flavor flavor);

// The address of `key` in the same bucket (and profile) as `url`.
QString objectLocation(const ObjectUrl &url, const QString &key);

// The endpoint for an address: its named profile; else the environment when it names
// credentials for the scheme; else the first saved profile of that type.
Endpoint endpointFor(const ObjectUrl &url);

} // namespace ad::storage
