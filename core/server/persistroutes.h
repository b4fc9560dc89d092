#pragma once

// The routes of persistent processing: PUT /<key> with Pic-Operations (store, then process)
// and POST /<key>?image_process (process a stored object), both answering UploadResult.

#include "server/httpmessage.h"
#include "server/picoperations.h"

#include <functional>

namespace ad::server
{

HttpResponse putWithPicOperations(const ProcessingContext &context, const HttpRequest &request);
HttpResponse processStoredObject(const ProcessingContext &context, const HttpRequest &request);

struct PicOutcome {
    QByteArray originalEtag; // after the results: theirs when one replaced the original
    std::optional<PicImageInfo> info;
    QList<PicResult> results;
};

// Everything is checked and computed first; then `store` (when set) writes the original and
// returns its ETag, and the results are written. `etag`: the original's ETag when not stored.
PicOutcome persist(const ProcessingContext &context, const PicOperations &operations,
                   const QString &key, const QByteArray &source,
                   const std::function<QByteArray()> &store, const QByteArray &etag = {});

// Location host of the answers: the Host the client used, as the cloud names its bucket host.
QString hostOf(const HttpRequest &request);

} // namespace ad::server
