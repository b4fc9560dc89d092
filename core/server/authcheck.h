#pragma once

// COS q-sign checking for the local endpoint: with a key pair configured, every request must
// carry a signature over its method, decoded path and the headers and parameters it lists, in
// the Authorization header or in the query (q-sign-algorithm, q-ak, ... q-signature, or the
// C++ SDK's sign=<Authorization>). The signature is recomputed with storage::signCos, the same
// code the clients sign with, and compared in constant time.

#include "server/httpmessage.h"

#include <optional>

namespace ad::server
{

// Seconds a signature's start may lie ahead of this clock (clients of another machine).
inline constexpr qint64 kSignatureClockSkew = 60;

// nullopt: the request may proceed (always so when secretId is empty). Otherwise the 403 to
// send: AccessDenied (no or malformed signature, "Request has expired"), InvalidAccessKeyId,
// RequestTimeTooSkewed (starts in the future), SignatureDoesNotMatch.
std::optional<HttpResponse> checkSignature(const HttpRequest &request, const QString &secretId,
                                           const QString &secretKey, qint64 now);
std::optional<HttpResponse> checkSignature(const HttpRequest &request, const QString &secretId,
                                           const QString &secretKey);

// The request without the signature's query parameters (q-sign-algorithm ... q-signature,
// sign, x-cos-security-token, x-ci-security-token), so routes see only what the client asked
// for; presigned URLs work with and without keys configured.
HttpRequest withoutSignature(const HttpRequest &request);

} // namespace ad::server
