#include "server/httpmessage.h"

#include <QUrl>

namespace ad::server
{

bool HttpRequest::hasQuery(const QString &name) const
{
    for (const auto &[k, v] : query)
        if (k == name) return true;
    return false;
}

QString HttpRequest::queryValue(const QString &name) const
{
    for (const auto &[k, v] : query)
        if (k == name) return v;
    return {};
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            v = value;
            return;
        }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0) return v;
    return {};
}

QList<QPair<QString, QString>> parseQuery(const QByteArray &rawQuery)
{
    QList<QPair<QString, QString>> pairs;
    for (const QByteArray &part : rawQuery.split('&')) {
        if (part.isEmpty()) continue;
        const int eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        pairs.append({QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value)});
    }
    return pairs;
}

} // namespace ad::server
