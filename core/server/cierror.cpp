#include "server/cierror.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>
#include <atomic>

namespace ad::server
{

int httpStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound:
    case ErrorCode::StyleNotFound:
    case ErrorCode::DocNotFound:
        return 404;
    case ErrorCode::FileTooLarge:
    case ErrorCode::DocTooLarge:
        return 413;
    case ErrorCode::UnsupportedLocally:
        return 501;
    case ErrorCode::TimedOut:
        return 504;
    case ErrorCode::Auth:
        return 403;
    case ErrorCode::Network: // the bucket behind the endpoint did not answer
        return 502;
    case ErrorCode::IoError:
    case ErrorCode::DocConversionFailed:
    case ErrorCode::Cancelled:
        return 500;
    default:
        return 400;
    }
}

QByteArray nextRequestId()
{
    static std::atomic<quint64> counter{0};
    static const QByteArray prefix =
        QByteArray::number(QCoreApplication::applicationPid(), 16) + '-';
    return prefix + QByteArray::number(++counter, 16).rightJustified(8, '0');
}

HttpResponse errorResponse(int status, const QString &code, const QString &message,
                           const HttpRequest &request, int errNo)
{
    HttpResponse response;
    response.status = status;
    const QByteArray requestId = nextRequestId();
    QXmlStreamWriter xml(&response.body);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Error"));
    xml.writeTextElement(QStringLiteral("Code"), code);
    xml.writeTextElement(QStringLiteral("Message"), message);
    xml.writeTextElement(QStringLiteral("Resource"),
                         QString::fromUtf8(request.target.split('?').constFirst()));
    xml.writeTextElement(QStringLiteral("RequestId"), QString::fromLatin1(requestId));
    xml.writeEndElement();
    xml.writeEndDocument();
    response.setHeader("Content-Type", "application/xml");
    response.setHeader("x-cos-request-id", requestId);
    if (errNo != 0) response.setHeader("X-ErrNo", QByteArray::number(errNo));
    return response;
}

HttpResponse noSuchKey(const HttpRequest &request, MissingKey kind)
{
    return errorResponse(
        404, QStringLiteral("NoSuchKey"), QStringLiteral("The specified key does not exist."),
        request, kind == MissingKey::Processing ? Error{ErrorCode::NotFound, {}}.errNo() : 0);
}

HttpResponse errorResponse(const Error &error, const HttpRequest &request)
{
    return errorResponse(httpStatusFor(error.code), error.codeName(), error.message, request,
                         error.errNo());
}

} // namespace ad::server
