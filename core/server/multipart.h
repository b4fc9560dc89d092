#pragma once

// Multipart upload on the endpoint, as COS answers it: Initiate (POST ?uploads), Upload Part
// (PUT ?partNumber&uploadId), List Parts (GET ?uploadId), Complete (POST ?uploadId, with
// Pic-Operations processed as on PUT) and Abort (DELETE ?uploadId). Parts wait below
// `<cacheDir>/uploads/<id>/`, never in the root or bucket, and go when the upload is completed or
// aborted.

#include "server/httpmessage.h"
#include "server/processroutes.h"

namespace ad::server
{

// COS's part rules: numbers 1-10000, every part but the last at least 1 MB.
constexpr int kMaxPartNumber = 10000;
constexpr qint64 kMinPartBytes = 1 << 20;
// The object is assembled in memory for the backing's atomic write: a bound on that memory.
constexpr qint64 kMaxMultipartBytes = 1LL << 30;

HttpResponse initiateUpload(const QString &cacheDir, const HttpRequest &request);
HttpResponse uploadPart(const QString &cacheDir, const HttpRequest &request);
// List Parts (GET ?uploadId): the parts received so far, so a client resumes an upload.
HttpResponse listParts(const QString &cacheDir, const HttpRequest &request);
HttpResponse completeUpload(const ProcessingContext &context, const QString &cacheDir,
                            const HttpRequest &request);
HttpResponse abortUpload(const QString &cacheDir, const HttpRequest &request);

} // namespace ad::server
