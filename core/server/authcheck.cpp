#include "server/authcheck.h"

#include "server/cierror.h"
#include "storage/signing.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

namespace ad::server
{

namespace
{

using Fields = QMap<QString, QString>;

// "q-sign-algorithm=sha1&q-ak=...": the header form, taken as it is (its lists hold ';').
Fields parseAuthorization(const QString &text)
{
    Fields fields;
    for (const QString &part : text.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0) fields.insert(part.left(eq).trimmed().toLower(), part.mid(eq + 1).trimmed());
    }
    return fields;
}

bool isSignatureParameter(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("q-sign-algorithm"),     QStringLiteral("q-ak"),
        QStringLiteral("q-sign-time"),          QStringLiteral("q-key-time"),
        QStringLiteral("q-header-list"),        QStringLiteral("q-url-param-list"),
        QStringLiteral("q-signature"),          QStringLiteral("sign"),
        QStringLiteral("x-cos-security-token"), QStringLiteral("x-ci-security-token")};
    return names.contains(name.toLower());
}

// The signature's fields from wherever the client put them; empty when it sent none.
Fields signatureFields(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization");
    if (!header.isEmpty()) return parseAuthorization(QString::fromUtf8(header));
    if (request.hasQuery(QStringLiteral("sign")))
        return parseAuthorization(request.queryValue(QStringLiteral("sign")));
    Fields fields;
    for (const auto &[name, value] : request.query)
        if (isSignatureParameter(name)) fields.insert(name.toLower(), value);
    return fields;
}

// Constant time for equal lengths, so the comparison tells nothing of how much matched.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// The pairs whose encoded, lower-cased names the client listed; false when one is missing.
bool listedPairs(const QString &list, const storage::Pairs &sent, storage::Pairs &out,
                 QString &missing)
{
    for (const QString &entry : list.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        // SDKs put the encoded list into presigned URLs without encoding it again, so a
        // decoded query may hold "imagemogr2/thumbnail/100x" for "imagemogr2%2fthumbnail%2f100x".
        const QString listed =
            storage::cosUrlEncode(QUrl::fromPercentEncoding(entry.toUtf8())).toLower();
        bool found = false;
        for (const auto &pair : sent) {
            if (storage::cosUrlEncode(pair.first).toLower() != listed) continue;
            out.append(pair);
            found = true;
        }
        if (!found) {
            missing = listed;
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<HttpResponse> checkSignature(const HttpRequest &request, const QString &secretId,
                                           const QString &secretKey, qint64 now)
{
    if (secretId.isEmpty()) return std::nullopt;
    const auto deny = [&request](const QString &code, const QString &message) {
        return std::optional<HttpResponse>(errorResponse(403, code, message, request));
    };
    const Fields fields = signatureFields(request);
    if (fields.isEmpty())
        return deny(QStringLiteral("AccessDenied"),
                    QStringLiteral("this endpoint needs a COS signature: an Authorization header "
                                   "or q-sign-* query parameters"));
    for (const char *name : {"q-sign-algorithm", "q-ak", "q-sign-time", "q-key-time",
                             "q-header-list", "q-url-param-list", "q-signature"})
        if (!fields.contains(QLatin1String(name)))
            return deny(QStringLiteral("AccessDenied"),
                        QStringLiteral("the signature lacks %1").arg(QLatin1String(name)));
    if (fields.value(QStringLiteral("q-sign-algorithm")).toLower() != QLatin1String("sha1"))
        return deny(QStringLiteral("AccessDenied"),
                    QStringLiteral("q-sign-algorithm must be sha1"));
    if (fields.value(QStringLiteral("q-ak")) != secretId)
        return deny(QStringLiteral("InvalidAccessKeyId"),
                    QStringLiteral("the SecretId in q-ak is not this endpoint's"));

    const QString keyTime = fields.value(QStringLiteral("q-key-time"));
    const QStringList times = keyTime.split(QLatin1Char(';'));
    bool startOk = false;
    bool endOk = false;
    const qint64 start = times.size() == 2 ? times[0].toLongLong(&startOk) : 0;
    const qint64 end = times.size() == 2 ? times[1].toLongLong(&endOk) : 0;
    if (!startOk || !endOk || start > end || fields.value(QStringLiteral("q-sign-time")) != keyTime)
        return deny(QStringLiteral("AccessDenied"),
                    QStringLiteral("q-sign-time and q-key-time must be the same <start>;<end> "
                                   "in Unix seconds"));
    if (end < now)
        return deny(QStringLiteral("AccessDenied"), QStringLiteral("Request has expired"));
    if (start > now + kSignatureClockSkew)
        return deny(QStringLiteral("RequestTimeTooSkewed"),
                    QStringLiteral("the signature starts at %1, after this endpoint's time %2")
                        .arg(start)
                        .arg(now));

    storage::SignableRequest signable;
    signable.method = request.method;
    signable.path = QLatin1Char('/') + request.key;
    QString missing;
    storage::Pairs headers;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        headers.append({QString::fromLatin1(it.key()), QString::fromUtf8(it.value())});
    if (!listedPairs(fields.value(QStringLiteral("q-header-list")), headers, signable.headers,
                     missing))
        return deny(QStringLiteral("SignatureDoesNotMatch"),
                    QStringLiteral("q-header-list names %1, which the request does not carry")
                        .arg(missing));
    if (!listedPairs(fields.value(QStringLiteral("q-url-param-list")), request.query,
                     signable.query, missing))
        return deny(QStringLiteral("SignatureDoesNotMatch"),
                    QStringLiteral("q-url-param-list names %1, which the request does not carry")
                        .arg(missing));

    const storage::CosSignature expected =
        storage::signCos(signable, secretId, secretKey, start, end);
    if (!sameSecret(expected.signature.toLatin1(),
                    fields.value(QStringLiteral("q-signature")).toLower().toLatin1()))
        return deny(QStringLiteral("SignatureDoesNotMatch"),
                    QStringLiteral("the signature does not match the request's method, path, "
                                   "listed headers and parameters"));
    return std::nullopt;
}

std::optional<HttpResponse> checkSignature(const HttpRequest &request, const QString &secretId,
                                           const QString &secretKey)
{
    return checkSignature(request, secretId, secretKey, QDateTime::currentSecsSinceEpoch());
}

HttpRequest withoutSignature(const HttpRequest &request)
{
    HttpRequest out = request;
    out.query.removeIf([](const auto &pair) { return isSignatureParameter(pair.first); });
    if (out.query.size() == request.query.size()) return out;
    QList<QByteArray> kept;
    for (const QByteArray &part : request.rawQuery.split('&')) {
        const qsizetype eq = part.indexOf('=');
        if (!isSignatureParameter(QUrl::fromPercentEncoding(eq < 0 ? part : part.left(eq))))
            kept << part;
    }
    out.rawQuery = kept.join('&');
    out.target = request.target.left(request.target.indexOf('?'));
    if (!out.rawQuery.isEmpty()) out.target += '?' + out.rawQuery;
    return out;
}

} // namespace ad::server
