#include "server/bucketroutes.h"

#include "server/cierror.h"

#include <QXmlStreamWriter>

namespace ad::server
{

HttpResponse listBucket(const ObjectBacking &backing, const HttpRequest &request)
{
    const QString prefix = request.queryValue(QStringLiteral("prefix"));
    const QString delimiter = request.queryValue(QStringLiteral("delimiter"));
    const QString marker = request.queryValue(QStringLiteral("marker"));
    int maxKeys = 1000;
    if (request.hasQuery(QStringLiteral("max-keys"))) {
        bool ok = false;
        maxKeys = request.queryValue(QStringLiteral("max-keys")).toInt(&ok);
        if (!ok || maxKeys < 0 || maxKeys > 1000)
            return errorResponse(400, QStringLiteral("InvalidArgument"),
                                 QStringLiteral("max-keys must be a number from 0 to 1000"),
                                 request);
    }
    const storage::ListObjectsPage page = backing.list(prefix, delimiter, marker, maxKeys);
    HttpResponse response;
    QXmlStreamWriter xml(&response.body);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("ListBucketResult"));
    xml.writeTextElement(QStringLiteral("Name"), backing.bucketName());
    xml.writeTextElement(QStringLiteral("Prefix"), prefix);
    xml.writeTextElement(QStringLiteral("Marker"), marker);
    xml.writeTextElement(QStringLiteral("MaxKeys"), QString::number(maxKeys));
    if (!delimiter.isEmpty()) xml.writeTextElement(QStringLiteral("Delimiter"), delimiter);
    xml.writeTextElement(QStringLiteral("IsTruncated"),
                         page.truncated ? QStringLiteral("true") : QStringLiteral("false"));
    if (page.truncated) xml.writeTextElement(QStringLiteral("NextMarker"), page.nextMarker);
    for (const storage::ObjectEntry &entry : page.objects) {
        xml.writeStartElement(QStringLiteral("Contents"));
        xml.writeTextElement(QStringLiteral("Key"), entry.key);
        xml.writeTextElement(QStringLiteral("LastModified"),
                             entry.lastModified.toUTC().toString(Qt::ISODateWithMs));
        xml.writeTextElement(QStringLiteral("ETag"),
                             QLatin1Char('"') + entry.etag + QLatin1Char('"'));
        xml.writeTextElement(QStringLiteral("Size"), QString::number(entry.size));
        xml.writeTextElement(QStringLiteral("StorageClass"), QStringLiteral("STANDARD"));
        xml.writeEndElement();
    }
    for (const QString &folder : page.commonPrefixes) {
        xml.writeStartElement(QStringLiteral("CommonPrefixes"));
        xml.writeTextElement(QStringLiteral("Prefix"), folder);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    response.setHeader("Content-Type", "application/xml");
    return response;
}

} // namespace ad::server
