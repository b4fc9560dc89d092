#pragma once

// Plain object requests, as COS answers them: GET and HEAD with Range, ETag, Last-Modified and
// If-None-Match / If-Modified-Since; PUT without processing; DELETE.

#include "server/httpmessage.h"
#include "server/objectbacking.h"

namespace ad::server
{

HttpResponse getObject(const ObjectBacking &backing, const HttpRequest &request);
HttpResponse putObject(const ObjectBacking &backing, const HttpRequest &request);
HttpResponse deleteObject(const ObjectBacking &backing, const HttpRequest &request);

// Headers every object answer carries: ETag, Last-Modified, Content-Type, Accept-Ranges.
void setObjectHeaders(HttpResponse &response, const ObjectStat &stat);
// True when the request's validators say the client's copy of `etag` is current (→ 304).
bool notModified(const HttpRequest &request, const QByteArray &etag, const QDateTime &modified);

} // namespace ad::server
