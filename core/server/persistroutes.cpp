#include "server/persistroutes.h"

#include "server/cierror.h"

namespace ad::server
{

namespace
{

HttpResponse uploadResult(const HttpRequest &request, const QString &key, const PicOutcome &outcome)
{
    HttpResponse response;
    QXmlStreamWriter xml(&response.body);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("UploadResult"));
    writeOriginalInfo(xml, hostOf(request), key, outcome.originalEtag, outcome.info);
    writeProcessResults(xml, hostOf(request), outcome.results);
    xml.writeEndElement();
    xml.writeEndDocument();
    response.setHeader("Content-Type", "application/xml");
    response.setHeader("ETag", outcome.originalEtag);
    return response;
}

} // namespace

QString hostOf(const HttpRequest &request)
{
    const QByteArray host = request.header("host");
    return host.isEmpty() ? QStringLiteral("localhost") : QString::fromUtf8(host);
}

PicOutcome persist(const ProcessingContext &context, const PicOperations &operations,
                   const QString &key, const QByteArray &source,
                   const std::function<QByteArray()> &store, const QByteArray &etag)
{
    PicOutcome outcome;
    outcome.results = runRules(context, operations, source);
    if (operations.picInfo)
        outcome.info = withRenderSlot(context.renders, [&] { return describePicture(source); });
    outcome.originalEtag = store ? store() : etag;
    writeResults(context.backing, outcome.results);
    for (const PicResult &r : outcome.results)
        if (r.key == key && !r.etag.isEmpty()) outcome.originalEtag = r.etag;
    return outcome;
}

HttpResponse putWithPicOperations(const ProcessingContext &context, const HttpRequest &request)
{
    try {
        const PicOperations operations = parsePicOperations(request.header("pic-operations"),
                                                            request.key, context.styles.lookup());
        const PicOutcome outcome = persist(context, operations, request.key, request.body, [&] {
            return context.backing.write(request.key, request.body).etag;
        });
        return uploadResult(request, request.key, outcome);
    } catch (const CiRefusal &e) {
        return e.response(request);
    }
}

HttpResponse processStoredObject(const ProcessingContext &context, const HttpRequest &request)
{
    try {
        if (request.header("pic-operations").isEmpty())
            throw CiRefusal(400, QStringLiteral("InvalidPicOperations"),
                            QStringLiteral("image_process needs a Pic-Operations header"));
        const PicOperations operations = parsePicOperations(request.header("pic-operations"),
                                                            request.key, context.styles.lookup());
        const std::optional<ObjectStat> stat = context.backing.stat(request.key);
        if (!stat) return noSuchKey(request, MissingKey::Object);
        checkSourceSize(stat->size); // before reading it into memory
        const QByteArray source = context.backing.read(request.key);
        const PicOutcome outcome =
            persist(context, operations, request.key, source, nullptr, stat->etag);
        return uploadResult(request, request.key, outcome);
    } catch (const CiRefusal &e) {
        return e.response(request);
    }
}

} // namespace ad::server
