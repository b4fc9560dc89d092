#pragma once

// The style API on the bucket's root: PUT /?style adds a style (or replaces one of the same
// name), GET /?style lists them (one, with a GetStyle body), DELETE /?style removes one.

#include "server/httpmessage.h"
#include "server/stylestore.h"

namespace ad::server
{

HttpResponse styleRoute(StyleStore &store, const HttpRequest &request);

} // namespace ad::server
