#pragma once

// Requests the bucket refused for their credentials (HTTP 401, 403): the likeliest cause is a
// wrong secret id or key, which is the user's to fix, so every command says so the same way
// before the service's own words.

#include "common/error.h"

namespace ad::storage
{

// The HTTP status in an ObjectClient error message ("... HTTP 404 NoSuchKey ..."), and its
// service code in `code`; 0 when the request got no answer (refused, reset, timed out).
int httpStatusIn(const QString &message, QString *code = nullptr);

// `error` unchanged unless it is a 401 or 403; then its message starts with "access denied:
// check the secret id and key, and that they may <use>". `use` says what was being done
// ("use the bucket's styles").
Error withAccessHint(Error error, const QString &use);

} // namespace ad::storage
