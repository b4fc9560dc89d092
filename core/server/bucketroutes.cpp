#include "server/bucketroutes.h"

#include "server/cierror.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>
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
    // encoding-type=url (the COS SDKs ask for it): keys travel percent-encoded.
    const bool encoded =
        request.queryValue(QStringLiteral("encoding-type")) == QLatin1String("url");
    const auto out = [encoded](const QString &text) {
        return encoded ? QString::fromLatin1(QUrl::toPercentEncoding(text, "/")) : text;
    };
    HttpResponse response;
    QXmlStreamWriter xml(&response.body);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("ListBucketResult"));
    xml.writeTextElement(QStringLiteral("Name"), backing.bucketName());
    if (encoded) xml.writeTextElement(QStringLiteral("EncodingType"), QStringLiteral("url"));
    xml.writeTextElement(QStringLiteral("Prefix"), out(prefix));
    xml.writeTextElement(QStringLiteral("Marker"), out(marker));
    xml.writeTextElement(QStringLiteral("MaxKeys"), QString::number(maxKeys));
    if (!delimiter.isEmpty()) xml.writeTextElement(QStringLiteral("Delimiter"), out(delimiter));
    xml.writeTextElement(QStringLiteral("IsTruncated"),
                         page.truncated ? QStringLiteral("true") : QStringLiteral("false"));
    if (page.truncated) xml.writeTextElement(QStringLiteral("NextMarker"), out(page.nextMarker));
    for (const storage::ObjectEntry &entry : page.objects) {
        xml.writeStartElement(QStringLiteral("Contents"));
        xml.writeTextElement(QStringLiteral("Key"), out(entry.key));
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
        xml.writeTextElement(QStringLiteral("Prefix"), out(folder));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    response.setHeader("Content-Type", "application/xml");
    return response;
}

namespace
{
const QRegularExpression kServiceHost(QStringLiteral(
    R"(^(?:service\.cos\.myqcloud\.com|cos\.([a-z0-9-]+)\.myqcloud\.com)(?::\d+)?$)"));
}

bool asksForService(const HttpRequest &request)
{
    return kServiceHost.match(QString::fromLatin1(request.header("host")).toLower()).hasMatch();
}

HttpResponse listBuckets(const ObjectBacking &backing, const HttpRequest &request)
{
    const QString region =
        kServiceHost.match(QString::fromLatin1(request.header("host")).toLower()).captured(1);
    HttpResponse response;
    QXmlStreamWriter xml(&response.body);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("ListAllMyBucketsResult"));
    xml.writeStartElement(QStringLiteral("Owner"));
    xml.writeTextElement(QStringLiteral("ID"), QStringLiteral("assetdesk"));
    xml.writeTextElement(QStringLiteral("DisplayName"), QStringLiteral("assetdesk"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("Buckets"));
    xml.writeStartElement(QStringLiteral("Bucket"));
    xml.writeTextElement(QStringLiteral("Name"), backing.bucketName());
    xml.writeTextElement(QStringLiteral("Location"),
                         region.isEmpty() ? QStringLiteral("local") : region);
    xml.writeTextElement(QStringLiteral("CreationDate"),
                         QDateTime::fromSecsSinceEpoch(0, Qt::UTC).toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    response.setHeader("Content-Type", "application/xml");
    return response;
}

} // namespace ad::server
