#pragma once

// Cross-origin access for pages served from elsewhere (a dev server on another port): every
// answer allows any origin, as a bucket with an open CORS rule does, so fetch(), XHR and canvas
// reads of processed pictures work while a page is being built against the endpoint.

#include "server/httpmessage.h"

namespace ad::server
{

void allowCrossOrigin(HttpResponse &response);
HttpResponse preflight(const HttpRequest &request); // OPTIONS

} // namespace ad::server
