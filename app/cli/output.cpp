#include "cli/output.h"

#include "storage/atomicfile.h"
#include "style/errorreport.h"

#include <cstdio>

namespace ad::cli
{

int reportError(const ad::Error &error, const QString &processing)
{
    const QByteArray text = style::errorReport(error, processing).toUtf8();
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

QByteArray shown(const QString &text)
{
    return escapeControls(text).toLocal8Bit();
}

void writeAtomically(const QString &path, const QByteArray &bytes)
{
    storage::writeFileAtomically(path, bytes);
}

} // namespace ad::cli
