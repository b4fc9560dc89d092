#include "storage/signing.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringList>
#include <algorithm>

namespace ad::storage
{

namespace
{

bool unreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

QString percentEncode(const QString &text, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QString out;
    for (const char c : text.toUtf8()) {
        if (unreserved(c) || (keepSlash && c == '/')) {
            out += QLatin1Char(c);
        } else {
            const auto b = static_cast<unsigned char>(c);
            out += QLatin1Char('%');
            out += QLatin1Char(hex[b >> 4]);
            out += QLatin1Char(hex[b & 15]);
        }
    }
    return out;
}

QByteArray hmacSha1Hex(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1).toHex();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

struct Encoded {
    QString list;   // names joined by ';'
    QString joined; // name=value joined by '&'
};

// COS: lower-case encoded names, encoded values, sorted by encoded name.
Encoded cosEncodePairs(const Pairs &pairs)
{
    QList<QPair<QString, QString>> encoded;
    for (const auto &[name, value] : pairs)
        encoded.append({cosUrlEncode(name).toLower(), cosUrlEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    QStringList names;
    QStringList joined;
    for (const auto &[name, value] : encoded) {
        names << name;
        joined << name + QLatin1Char('=') + value;
    }
    return {names.join(QLatin1Char(';')), joined.join(QLatin1Char('&'))};
}

QString canonicalQueryV4(const Pairs &query)
{
    QList<QPair<QString, QString>> encoded;
    for (const auto &[name, value] : query)
        encoded.append({awsUriEncode(name, false), awsUriEncode(value, false)});
    std::sort(encoded.begin(), encoded.end());
    QStringList parts;
    for (const auto &[name, value] : encoded)
        parts << name + QLatin1Char('=') + value;
    return parts.join(QLatin1Char('&'));
}

QString trimmedHeaderValue(const QString &value)
{
    return value.simplified(); // trims and collapses inner runs of spaces, as SigV4 asks
}

QByteArray signingKeyV4(const SigV4Scope &scope)
{
    const QByteArray day = scope.amzDate.left(8).toLatin1();
    QByteArray key = hmacSha256("AWS4" + scope.secretKey.toUtf8(), day);
    key = hmacSha256(key, scope.region.toUtf8());
    key = hmacSha256(key, scope.service.toUtf8());
    return hmacSha256(key, "aws4_request");
}

QString credentialScope(const SigV4Scope &scope)
{
    return QStringLiteral("%1/%2/%3/aws4_request")
        .arg(scope.amzDate.left(8), scope.region, scope.service);
}

} // namespace

QString cosUrlEncode(const QString &text)
{
    return percentEncode(text, false);
}

CosSignature signCos(const SignableRequest &r, const QString &secretId, const QString &secretKey,
                     qint64 startTime, qint64 endTime)
{
    CosSignature s;
    s.keyTime = QStringLiteral("%1;%2").arg(startTime).arg(endTime);
    s.signKey = QString::fromLatin1(hmacSha1Hex(secretKey.toUtf8(), s.keyTime.toUtf8()));
    const Encoded params = cosEncodePairs(r.query);
    const Encoded headers = cosEncodePairs(r.headers);
    s.urlParamList = params.list;
    s.headerList = headers.list;
    s.httpString = QString::fromLatin1(r.method).toLower() + QLatin1Char('\n') + r.path +
                   QLatin1Char('\n') + params.joined + QLatin1Char('\n') + headers.joined +
                   QLatin1Char('\n');
    const QByteArray httpSha1 =
        QCryptographicHash::hash(s.httpString.toUtf8(), QCryptographicHash::Sha1).toHex();
    s.stringToSign = QStringLiteral("sha1\n%1\n%2\n").arg(s.keyTime, QString::fromLatin1(httpSha1));
    // The key is the hex text of SignKey, not its raw bytes.
    s.signature = QString::fromLatin1(hmacSha1Hex(s.signKey.toLatin1(), s.stringToSign.toUtf8()));
    s.authorization =
        QStringLiteral("q-sign-algorithm=sha1&q-ak=%1&q-sign-time=%2&q-key-time=%2&q-header-list=%3"
                       "&q-url-param-list=%4&q-signature=%5")
            .arg(secretId, s.keyTime, s.headerList, s.urlParamList, s.signature);
    return s;
}

QString awsUriEncode(const QString &text, bool keepSlash)
{
    return percentEncode(text, keepSlash);
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

SigV4Signature signV4(const SignableRequest &r, const QByteArray &payloadHash,
                      const SigV4Scope &scope)
{
    SigV4Signature s;
    QList<QPair<QString, QString>> headers;
    for (const auto &[name, value] : r.headers)
        headers.append({name.toLower(), trimmedHeaderValue(value)});
    std::sort(headers.begin(), headers.end());
    QStringList names;
    QString canonicalHeaders;
    for (const auto &[name, value] : headers) {
        names << name;
        canonicalHeaders += name + QLatin1Char(':') + value + QLatin1Char('\n');
    }
    s.signedHeaders = names.join(QLatin1Char(';'));
    s.canonicalRequest = QString::fromLatin1(r.method).toUpper() + QLatin1Char('\n') +
                         awsUriEncode(r.path.isEmpty() ? QStringLiteral("/") : r.path, true) +
                         QLatin1Char('\n') + canonicalQueryV4(r.query) + QLatin1Char('\n') +
                         canonicalHeaders + QLatin1Char('\n') + s.signedHeaders +
                         QLatin1Char('\n') + QString::fromLatin1(payloadHash);
    s.stringToSign = QStringLiteral("AWS4-HMAC-SHA256\n%1\n%2\n%3")
                         .arg(scope.amzDate, credentialScope(scope),
                              QString::fromLatin1(sha256Hex(s.canonicalRequest.toUtf8())));
    s.signature =
        QString::fromLatin1(hmacSha256(signingKeyV4(scope), s.stringToSign.toUtf8()).toHex());
    s.authorization =
        QStringLiteral("AWS4-HMAC-SHA256 Credential=%1/%2,SignedHeaders=%3,Signature=%4")
            .arg(scope.accessKey, credentialScope(scope), s.signedHeaders, s.signature);
    return s;
}

QString presignV4(const SignableRequest &request, const SigV4Scope &scope, int expiresSeconds,
                  const QString &sessionToken)
{
    SignableRequest r = request;
    QStringList names;
    for (const auto &header : r.headers)
        names << header.first.toLower();
    names.sort();
    r.query.append({QStringLiteral("X-Amz-Algorithm"), QStringLiteral("AWS4-HMAC-SHA256")});
    r.query.append({QStringLiteral("X-Amz-Credential"),
                    scope.accessKey + QLatin1Char('/') + credentialScope(scope)});
    r.query.append({QStringLiteral("X-Amz-Date"), scope.amzDate});
    r.query.append({QStringLiteral("X-Amz-Expires"), QString::number(expiresSeconds)});
    if (!sessionToken.isEmpty())
        r.query.append({QStringLiteral("X-Amz-Security-Token"), sessionToken});
    r.query.append({QStringLiteral("X-Amz-SignedHeaders"), names.join(QLatin1Char(';'))});
    const SigV4Signature s = signV4(r, kUnsignedPayload, scope);
    return canonicalQueryV4(r.query) + QStringLiteral("&X-Amz-Signature=") + s.signature;
}

} // namespace ad::storage
