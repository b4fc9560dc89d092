#pragma once

// `GET /<key>?ci-process=snapshot|videoinfo|doc-preview&...`: a video still, a video's stream
// facts as CI's XML, a document page as an image (or the document as PDF), with the cloud's
// parameters and headers, answered through the result cache.

#include "server/processroutes.h"

namespace ad::server
{

HttpResponse ciProcess(const ProcessingContext &context, const HttpRequest &request);

} // namespace ad::server
