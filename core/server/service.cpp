#include "server/service.h"

#include "common/error.h"
#include "files/appcache.h"

namespace ad::server
{

namespace
{

std::unique_ptr<ObjectBacking> backingFor(const ServeOptions &options)
{
    if (options.root.isEmpty() == options.bucket.isEmpty())
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QStringLiteral("serve needs either a folder or a bucket"));
    return options.root.isEmpty()
               ? bucketBacking(options.bucket, options.endpoint.cacheDir.isEmpty()
                                                   ? defaultCacheDir()
                                                   : options.endpoint.cacheDir)
               : folderBacking(options.root);
}

EndpointConfig withCache(EndpointConfig config)
{
    if (config.cacheDir.isEmpty()) config.cacheDir = defaultCacheDir();
    return config;
}

} // namespace

QString defaultCacheDir()
{
    return files::cacheRoot() + QStringLiteral("/serve");
}

Service::Service(ServeOptions options, HttpServer::Logger logger)
    : m_endpoint(backingFor(options), withCache(options.endpoint)),
      m_http([this](const HttpRequest &request) { return m_endpoint.handle(request); },
             std::move(logger))
{
    m_port = m_http.start(options.address, options.port);
}

Service::~Service()
{
    m_http.stop();
}

} // namespace ad::server
