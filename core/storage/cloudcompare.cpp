#include "storage/cloudcompare.h"

#include "files/regularfile.h"
#include "imaging/executor.h"
#include "storage/objecturl.h"
#include "storage/profiles.h"
#include "style/cloudcheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUuid>

namespace ad::storage
{

QString scratchKey(const QString &prefix, const QString &fileName)
{
    QString folder = prefix;
    while (folder.startsWith(QLatin1Char('/')))
        folder.remove(0, 1);
    if (!folder.isEmpty() && !folder.endsWith(QLatin1Char('/'))) folder += QLatin1Char('/');
    return folder + QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('-') +
           QFileInfo(fileName).fileName();
}

bool passes(const imaging::Fidelity &fidelity, double minPsnr)
{
    return fidelity.psnr && *fidelity.psnr >= minPsnr;
}

CloudComparison compareOriginal(ObjectClient &client, const QString &bucket, const QString &key,
                                const QByteArray &original, const QString &processing,
                                const style::StyleLookup &styles, CompareCancel *cancel)
{
    CloudComparison c;
    c.key = key;
    c.original = original;
    // The processing is the query's one value-less parameter, as in the cloud's download URLs.
    c.cloudResult = client.send("GET", bucket, key, {{processing, QString()}}).body;
    imaging::ProcessOptions options;
    options.styles = styles;
    if (cancel) options.cancel = cancel->render;
    const imaging::ProcessResult local = imaging::process({{}, original}, processing, options);
    c.localResult = local.data;
    c.warnings = local.warnings;
    c.fidelity = imaging::compareEncoded(c.localResult, c.cloudResult);
    return c;
}

CloudComparison compareWithCloud(const Endpoint &endpoint, const CloudCompareRequest &request,
                                 CompareCancel *cancel)
{
    ObjectClient client(endpoint);
    if (cancel) client.setCancelFlag(&cancel->requested);
    if (request.localFile.isEmpty()) {
        const QByteArray original = client.get(request.bucket, request.key);
        return compareOriginal(client, request.bucket, request.key, original, request.processing,
                               request.styles, cancel);
    }
    const QByteArray original =
        files::readRegularFile(request.localFile, style::kCloudMaxSourceBytes);
    const QString key = scratchKey(request.scratchPrefix, request.localFile);
    // Not cancellable: a PUT aborted mid-way may still be stored by the service after we gave
    // up on it, out of reach of the removal below. Cancel takes effect on the next request.
    ObjectClient(endpoint).put(request.bucket, key, original);
    // Removed however the comparison ends, cancelled too: a client without the cancel flag.
    const auto removeScratch = qScopeGuard([&] {
        try {
            ObjectClient(endpoint).remove(request.bucket, key);
        } catch (const ProcessingError &) {
            // The comparison's own outcome matters more; a stale scratch object is harmless.
        }
    });
    return compareOriginal(client, request.bucket, key, original, request.processing,
                           request.styles, cancel);
}

CloudComparison compareAtLocation(const QString &location, CloudCompareRequest request,
                                  CompareCancel *cancel)
{
    const ObjectUrl url = parseObjectUrl(location);
    if (!url.remote || url.flavor != Endpoint::Flavor::Cos)
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate("ad::Error",
                                                          "%1 is not in a COS bucket; only Cloud "
                                                          "Infinite processes pictures on download")
                                  .arg(location));
    request.bucket = url.bucket;
    if (request.localFile.isEmpty()) request.key = url.key;
    return compareWithCloud(endpointFor(url), request, cancel);
}

bool hasCosConnection()
{
    if (!qEnvironmentVariableIsEmpty("COS_SECRET_ID")) return true;
    const QList<Profile> all = profiles();
    return std::any_of(all.begin(), all.end(),
                       [](const Profile &p) { return p.flavor == Endpoint::Flavor::Cos; });
}

} // namespace ad::storage
