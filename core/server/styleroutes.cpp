#include "server/styleroutes.h"

#include "server/cierror.h"
#include "storage/s3xml.h"
#include "style/cloudcheck.h"

#include <QXmlStreamWriter>

namespace ad::server
{

namespace
{

HttpResponse malformedXml(const HttpRequest &request, const QString &root)
{
    return errorResponse(400, QStringLiteral("MalformedXML"),
                         QStringLiteral("the body must be a %1 document").arg(root), request);
}

// The StyleName a body names, checked against D21; throws InvalidStyleName (-105).
QString styleNameOf(const QMap<QString, QString> &fields)
{
    const QString name = fields.value(QStringLiteral("StyleName"));
    if (!style::isValidStyleName(name))
        throw ProcessingError(ErrorCode::InvalidStyleName,
                              QStringLiteral("invalid style name '%1': use 1-64 letters, digits, "
                                             "'_', '-' or '.'")
                                  .arg(name.left(100)));
    return name;
}

HttpResponse addStyle(StyleStore &store, const HttpRequest &request)
{
    const auto fields = storage::parseFlatElement(request.body, QLatin1String("AddStyle"));
    if (!fields) return malformedXml(request, QStringLiteral("AddStyle"));
    const QString name = styleNameOf(*fields);
    const QString body = fields->value(QStringLiteral("StyleBody")).trimmed();
    if (body.isEmpty())
        throw ProcessingError(ErrorCode::InvalidArgument, QStringLiteral("StyleBody is empty"));
    style::parse(body); // a body that does not parse is refused with the parser's error
    if (!store.put(name, body))
        return errorResponse(400, QStringLiteral("InvalidArgument"),
                             QStringLiteral("the bucket already has %1 styles, the most allowed")
                                 .arg(style::kCloudMaxStyles),
                             request, -60957);
    return HttpResponse{};
}

HttpResponse listStyles(const StyleStore &store, const HttpRequest &request)
{
    QMap<QString, QString> styles = store.styles();
    if (!request.body.trimmed().isEmpty()) {
        const auto fields = storage::parseFlatElement(request.body, QLatin1String("GetStyle"));
        if (!fields) return malformedXml(request, QStringLiteral("GetStyle"));
        const QString name = styleNameOf(*fields);
        const auto it = styles.constFind(name);
        styles = it == styles.constEnd() ? QMap<QString, QString>()
                                         : QMap<QString, QString>{{name, *it}};
    }
    HttpResponse response;
    QXmlStreamWriter xml(&response.body);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("StyleList"));
    for (auto it = styles.cbegin(); it != styles.cend(); ++it) {
        xml.writeStartElement(QStringLiteral("StyleRule"));
        xml.writeTextElement(QStringLiteral("StyleName"), it.key());
        xml.writeTextElement(QStringLiteral("StyleBody"), it.value());
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    response.setHeader("Content-Type", "application/xml");
    return response;
}

HttpResponse deleteStyle(StyleStore &store, const HttpRequest &request)
{
    const auto fields = storage::parseFlatElement(request.body, QLatin1String("DeleteStyle"));
    if (!fields) return malformedXml(request, QStringLiteral("DeleteStyle"));
    const QString name = styleNameOf(*fields);
    if (!store.remove(name))
        throw ProcessingError(ErrorCode::StyleNotFound,
                              QStringLiteral("no style named '%1'").arg(name));
    return HttpResponse{};
}

} // namespace

HttpResponse styleRoute(StyleStore &store, const HttpRequest &request)
{
    if (request.method == "PUT") return addStyle(store, request);
    if (request.method == "GET") return listStyles(store, request);
    if (request.method == "DELETE") return deleteStyle(store, request);
    return errorResponse(405, QStringLiteral("MethodNotAllowed"),
                         QStringLiteral("the style API takes PUT, GET and DELETE"), request);
}

} // namespace ad::server
