#include "storage/accessdenied.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ad::storage
{

int httpStatusIn(const QString &message, QString *code)
{
    static const QRegularExpression status(QStringLiteral(": HTTP (\\d{3})(?: (\\w+))?"));
    const QRegularExpressionMatch m = status.match(message);
    if (code) *code = m.captured(2);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

Error withAccessHint(Error error, const QString &use)
{
    const int status = httpStatusIn(error.message);
    if (status != 401 && status != 403) return error;
    error.message = QCoreApplication::translate(
                        "ad::Error", "access denied: check the secret id and key, and that "
                                     "they may %1 (%2)")
                        .arg(use, error.message);
    return error;
}

} // namespace ad::storage
