#include "storage/atomicfile.h"

#include "style/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ad::storage
{

namespace
{
const QLatin1String kPartMarker(".adpart-");

[[noreturn]] void failWrite(QFile &out, const QString &target, const QString &why)
{
    out.close();
    QFile::remove(out.fileName());
    throw ProcessingError(ErrorCode::IoError,
                          QStringLiteral("cannot write '%1': %2").arg(target, why));
}

// Writes `data` to the temporary file `out` names (left open); removes it and throws on failure.
void writePartial(QFile &out, const QString &target, const QByteArray &data)
{
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data) != data.size() ||
        !out.flush())
        failWrite(out, target, out.errorString());
}

// The commit point: the temporary file takes the target's name.
void renamePartial(QFile &out, const QString &target)
{
    out.close();
    if (::rename(QFile::encodeName(out.fileName()).constData(),
                 QFile::encodeName(target).constData()) != 0)
        failWrite(out, target, QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

QString partialPathFor(const QString &target, const QString &tag)
{
    const QFileInfo info(target);
    const QString unique =
        tag.isEmpty() ? QString::number(QRandomGenerator::global()->generate64(), 36) : tag;
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + kPartMarker + unique);
}

bool isPartialPath(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.startsWith(QLatin1Char('.')) && name.contains(kPartMarker);
}

void writeFileAtomically(const QString &target, const QByteArray &data, const QString &tag)
{
    QFile out(partialPathFor(target, tag));
    writePartial(out, target, data);
    // Durable before visible: a power cut after the rename must not leave a truncated file.
    if (::fsync(out.handle()) != 0) failWrite(out, target, QStringLiteral("fsync failed"));
    renamePartial(out, target);
}

AtomicBatch::~AtomicBatch()
{
    for (const auto &[partial, target] : std::as_const(m_pending))
        QFile::remove(partial);
}

void AtomicBatch::write(const QString &target, const QByteArray &data)
{
    QFile out(partialPathFor(target, {}));
    writePartial(out, target, data);
    const QMutexLocker lock(&m_mutex);
    m_pending.append({out.fileName(), target});
}

void AtomicBatch::commit()
{
    const QMutexLocker lock(&m_mutex);
    // One sync per file system the batch touched (usually one), before anything is visible.
    QStringList synced;
    for (const auto &[partial, target] : std::as_const(m_pending)) {
        const QString dir = QFileInfo(partial).absolutePath();
        if (synced.contains(dir)) continue;
        const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
        if (fd < 0 || ::syncfs(fd) != 0) {
            if (fd >= 0) ::close(fd);
            throw ProcessingError(ErrorCode::IoError, QStringLiteral("cannot sync '%1'").arg(dir));
        }
        ::close(fd);
        synced << dir;
    }
    while (!m_pending.isEmpty()) {
        const auto [partial, target] = m_pending.takeFirst();
        QFile out(partial);
        renamePartial(out, target);
    }
}

} // namespace ad::storage
