#pragma once

// GET Bucket (List Objects) on the served folder or prefix, as COS answers it: what the SDKs'
// listing calls and a browser opening the endpoint's address see.

#include "server/httpmessage.h"
#include "server/objectbacking.h"

namespace ad::server
{

HttpResponse listBucket(const ObjectBacking &backing, const HttpRequest &request);

// GET Service (List Buckets), asked on the service host (cos.<region>.myqcloud.com,
// service.cos.myqcloud.com) as the COS clients' connection tests do: the one served bucket.
bool asksForService(const HttpRequest &request);
HttpResponse listBuckets(const ObjectBacking &backing, const HttpRequest &request);

} // namespace ad::server
