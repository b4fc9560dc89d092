#pragma once

// Processing over HTTP: `GET /<key>?<processing>` (the whole style language, imageInfo, exif,
// imageAve) and style URLs (`photo.jpg!small`), answered through the result cache with at most
// a set number of renders at once.

#include "server/httpmessage.h"
#include "server/objectbacking.h"
#include "server/resultcache.h"
#include "server/stylestore.h"
#include "style/ast.h"

#include <QSemaphore>
#include <optional>

namespace ad::server
{

// What the processing routes share, owned by the Endpoint.
struct ProcessingContext {
    const ObjectBacking &backing;
    const StyleStore &styles;
    QString styleSeparators;
    ResultCache &cache;
    QSemaphore &renders; // one permit per render that may run at once
};

// The processing string of a query, still percent-encoded: the parameter that is not a
// `name=value` pair (signature, response-* and other parameters are). Empty: none. Throws
// InvalidArgument for two of them.
QByteArray processingOf(const HttpRequest &request);

// GET/HEAD with processing or a style URL; nullopt: a plain object request.
std::optional<HttpResponse> processObject(const ProcessingContext &context,
                                          const HttpRequest &request);

// Points every image a pipeline's stages read (watermark/1, blind watermarks) at a local copy
// of the object it names inside the root or bucket, and returns those objects' ETags for the
// cache key. Throws NotFound for a missing one.
QByteArray resolveMarks(const ProcessingContext &context, style::Pipeline &pipeline);

// Throws InvalidArgument for watermark/4: the cloud reads blind watermarks back only in
// persistent processing, never on a download.
void refuseExtraction(const style::Pipeline &pipeline);

// Runs `render` holding one of the context's render permits.
template <typename F> auto withRenderSlot(QSemaphore &renders, F &&render)
{
    renders.acquire();
    const QSemaphoreReleaser release(renders);
    return render();
}

// Answers from the cache: 304 when If-None-Match names the result, the headers and body
// otherwise (none for HEAD), with X-Cache telling whether it was computed for this request.
HttpResponse cachedAnswer(const ProcessingContext &context, const HttpRequest &request,
                          const QByteArray &cacheKey, const std::function<CachedResult()> &compute);

} // namespace ad::server
