#pragma once

// Request signing for object storage: the COS native q-sign scheme (HMAC-SHA1)
// and AWS Signature Version 4 (HMAC-SHA256) for S3-compatible endpoints. Pure functions over a
// described request, so the published test vectors check them byte for byte.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ad::storage
{

using Pairs = QList<QPair<QString, QString>>;

struct SignableRequest {
    QByteArray method; // GET, PUT, ...
    QString path;      // decoded, with the leading '/' (COS) or as sent (SigV4 encodes it)
    Pairs query;       // decoded names and values; a value-less parameter has an empty value
    Pairs headers;     // the headers to sign, as they go on the wire
};

// --- COS -----------------------------------------------------------------------------------
QString cosUrlEncode(const QString &text); // only A-Z a-z 0-9 - _ . ~ stay; %XX upper-case

struct CosSignature {
    QString keyTime;
    QString signKey;
    QString headerList;
    QString urlParamList;
    QString httpString;
    QString stringToSign;
    QString signature;
    QString authorization; // q-sign-algorithm=sha1&q-ak=...&q-signature=...
};

CosSignature signCos(const SignableRequest &request, const QString &secretId,
                     const QString &secretKey, qint64 startTime, qint64 endTime);

// --- AWS SigV4 -------------------------------------------------------------------------------
QString awsUriEncode(const QString &text, bool keepSlash);
QByteArray sha256Hex(const QByteArray &data);
inline const QByteArray kEmptyPayloadSha256 =
    QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
inline const QByteArray kUnsignedPayload = QByteArrayLiteral("UNSIGNED-PAYLOAD");

struct SigV4Signature {
    QString canonicalRequest;
    QString stringToSign;
    QString signedHeaders;
    QString signature;
    QString authorization; // AWS4-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...
};

struct SigV4Scope {
    QString accessKey;
    QString secretKey;
    QString region;
    QString service = QStringLiteral("s3");
    QString amzDate; // yyyyMMddTHHmmssZ
};

// path is the URI path before encoding (each segment is encoded; S3 never double-encodes).
SigV4Signature signV4(const SignableRequest &request, const QByteArray &payloadHash,
                      const SigV4Scope &scope);

// Query-string signing (presigned URL): returns the full query to append after '?'.
QString presignV4(const SignableRequest &request, const SigV4Scope &scope, int expiresSeconds,
                  const QString &sessionToken = {});

} // namespace ad::storage
