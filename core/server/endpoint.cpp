#include "server/endpoint.h"

#include "server/authcheck.h"
#include "server/bucketroutes.h"
#include "server/cierror.h"
#include "server/cors.h"
#include "server/mediaroutes.h"
#include "server/multipart.h"
#include "server/objectroutes.h"
#include "server/persistroutes.h"
#include "server/processroutes.h"
#include "server/styleroutes.h"

#include <QThread>
#include <algorithm>

namespace ad::server
{

Endpoint::Endpoint(std::unique_ptr<ObjectBacking> backing, EndpointConfig config)
    : m_backing(std::move(backing)), m_config(std::move(config)), m_styles(m_config.stylesFile),
      m_results(m_config.cacheDir.isEmpty() ? QString()
                                            : m_config.cacheDir + QStringLiteral("/results"),
                m_config.cacheBytes),
      m_renders(m_config.workers > 0 ? m_config.workers : QThread::idealThreadCount())
{
}

Endpoint::~Endpoint() = default;

HttpResponse Endpoint::handle(const HttpRequest &request)
{
    HttpResponse response;
    try {
        // A browser's CORS preflight carries no signature (COS answers it from the bucket's
        // CORS rules alone), so it is answered before the signature check.
        if (request.method == "OPTIONS")
            response = preflight(request);
        else if (auto denied = checkSignature(request, m_config.secretId, m_config.secretKey))
            response = *denied;
        else
            response = route(withoutSignature(request));
    } catch (const ProcessingError &e) {
        response = errorResponse(e.error(), request);
    } catch (const std::bad_alloc &) {
        response = errorResponse(503, QStringLiteral("ServiceUnavailable"),
                                 QStringLiteral("out of memory"), request);
    } catch (const std::exception &e) {
        response = errorResponse(500, QStringLiteral("InternalError"),
                                 QString::fromLocal8Bit(e.what()), request);
    }
    if (response.header("x-cos-request-id").isEmpty())
        response.setHeader("x-cos-request-id", nextRequestId());
    response.setHeader("Server", "AssetDesk-CI");
    allowCrossOrigin(response);
    return response;
}

HttpResponse Endpoint::route(const HttpRequest &request)
{
    const QByteArray &method = request.method;
    if (request.key.isEmpty() && request.hasQuery(QStringLiteral("style")))
        return styleRoute(m_styles, request);
    if (request.key.isEmpty() && (method == "GET" || method == "HEAD"))
        return asksForService(request) ? listBuckets(*m_backing, request)
                                       : listBucket(*m_backing, request);
    if (request.key.isEmpty())
        return errorResponse(400, QStringLiteral("InvalidRequest"),
                             QStringLiteral("this endpoint serves objects; give a key"), request);
    if (method == "GET" || method == "HEAD") {
        const ProcessingContext processing{*m_backing, m_styles, m_config.styleSeparators,
                                           m_results, m_renders};
        if (method == "GET" && request.hasQuery(QStringLiteral("uploadId")))
            return listParts(m_config.cacheDir, request);
        if (request.hasQuery(QStringLiteral("ci-process"))) return ciProcess(processing, request);
        if (auto processed = processObject(processing, request)) return *processed;
    }
    if (method == "PUT" || method == "POST" || method == "DELETE") {
        const ProcessingContext persisting{*m_backing, m_styles, m_config.styleSeparators,
                                           m_results, m_renders};
        const QString &cache = m_config.cacheDir;
        const bool upload = request.hasQuery(QStringLiteral("uploadId"));
        if (method == "POST" && request.hasQuery(QStringLiteral("uploads")))
            return initiateUpload(cache, request);
        if (method == "PUT" && upload) return uploadPart(cache, request);
        if (method == "POST" && upload) return completeUpload(persisting, cache, request);
        if (method == "DELETE" && upload) return abortUpload(cache, request);
        if (method == "POST" && request.hasQuery(QStringLiteral("image_process")))
            return processStoredObject(persisting, request);
        if (method == "PUT" && !request.header("pic-operations").isEmpty())
            return putWithPicOperations(persisting, request);
    }
    // What is left are plain object requests. handle() has taken the signature's own
    // parameters off; a PUT or DELETE may still carry other q-* and x-cos-* options.
    if (method == "GET" || method == "HEAD") return getObject(*m_backing, request);
    const bool plain = std::all_of(request.query.begin(), request.query.end(), [](const auto &p) {
        return p.first.startsWith(QLatin1String("q-")) ||
               p.first.startsWith(QLatin1String("x-cos-"));
    });
    if (method == "PUT" && plain) return putObject(*m_backing, request);
    if (method == "DELETE" && plain) return deleteObject(*m_backing, request);
    return errorResponse(
        405, QStringLiteral("MethodNotAllowed"),
        QStringLiteral("%1 with this query is not supported").arg(QString::fromLatin1(method)),
        request);
}

} // namespace ad::server
