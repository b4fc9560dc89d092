#include "server/cors.h"

namespace ad::server
{

void allowCrossOrigin(HttpResponse &response)
{
    response.setHeader("Access-Control-Allow-Origin", "*");
    // Headers a page may read besides the simple ones: validators, ranges, CI's error number
    // and doc-preview's page counts.
    response.setHeader("Access-Control-Expose-Headers",
                       "ETag, Content-Range, Content-Length, X-ErrNo, x-cos-request-id, X-Cache, "
                       "X-Total-Page, X-Total-Sheet, X-Sheet-Name, X-AssetDesk-Warning");
}

HttpResponse preflight(const HttpRequest &request)
{
    HttpResponse response;
    response.status = 200;
    response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, PUT, POST, DELETE");
    const QByteArray asked = request.header("access-control-request-headers");
    response.setHeader("Access-Control-Allow-Headers", asked.isEmpty() ? "*" : asked);
    response.setHeader("Access-Control-Max-Age", "600");
    return response;
}

} // namespace ad::server
