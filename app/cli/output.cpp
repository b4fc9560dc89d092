#include "cli/output.h"

#include "storage/atomicfile.h"

#include <cstdio>

namespace ad::cli
{

int reportError(const ad::Error &error, const QString &processing)
{
    QByteArray text = "ERROR " + error.toString().toUtf8() + '\n';
    if (error.offset >= 0 && !processing.isEmpty() && error.offset <= processing.size()) {
        text += "  " + processing.toUtf8() + '\n';
        text += "  " + QByteArray(error.offset, ' ') + QByteArray(std::max(1, error.length), '^') +
                '\n';
    }
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return 1;
}

int usageError(const QString &message)
{
    const QByteArray text = "usage: " + message.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return 2;
}

void writeStdout(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeAtomically(const QString &path, const QByteArray &bytes)
{
    storage::writeFileAtomically(path, bytes);
}

} // namespace ad::cli
