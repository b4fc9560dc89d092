#pragma once

// Error answers in the cloud's shape: the COS XML body <Error><Code/><Message/><Resource/>
// <RequestId/></Error>, the HTTP status of its class, and CI's X-ErrNo header for processing
// errors, so clients and SDKs written for the cloud read them unchanged.

#include "common/error.h"
#include "server/httpmessage.h"

namespace ad::server
{

HttpResponse errorResponse(int status, const QString &code, const QString &message,
                           const HttpRequest &request, int errNo = 0);
// A processing error: its class's status and code name, with X-ErrNo.
HttpResponse errorResponse(const Error &error, const HttpRequest &request);
int httpStatusFor(ErrorCode code);
// 404 NoSuchKey, as COS answers a missing object; processing answers add CI's X-ErrNo.
enum class MissingKey { Object, Processing };
HttpResponse noSuchKey(const HttpRequest &request, MissingKey kind);

// A request id for RequestId and the x-cos-request-id header: unique per process.
QByteArray nextRequestId();

} // namespace ad::server
