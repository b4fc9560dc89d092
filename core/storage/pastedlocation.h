#pragma once

// The saved connection that reaches the object of a pasted URL, as an address the rest of
// AssetDesk opens (cos://profile@bucket/key, s3://profile@bucket/key).

#include "storage/profiles.h"
#include "style/pastedurl.h"

namespace ad::storage
{

// A COS profile matches a COS host whose bucket ends in -<APPID> (and whose region, when the
// host names one, is the profile's), whatever endpoint it connects to; an S3 profile with its
// own endpoint matches URLs on that host: path style (host/bucket/key) or virtual host
// (bucket.host/key). Empty: none matches.
QString pastedObjectLocation(const style::PastedUrl &url, const QList<Profile> &profiles);

} // namespace ad::storage
