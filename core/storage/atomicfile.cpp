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
}

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
    const QString partial = partialPathFor(target, tag);
    QFile out(partial);
    auto fail = [&](const QString &why) {
        out.close();
        QFile::remove(partial);
        throw ProcessingError(ErrorCode::IoError,
                              QStringLiteral("cannot write '%1': %2").arg(target, why));
    };
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) fail(out.errorString());
    if (out.write(data) != data.size() || !out.flush()) fail(out.errorString());
    // Durable before visible: a power cut after the rename must not leave a truncated file.
    if (::fsync(out.handle()) != 0) fail(QStringLiteral("fsync failed"));
    out.close();
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) !=
        0)
        fail(QString::fromLocal8Bit(std::strerror(errno)));
}

AtomicBatch::~AtomicBatch()
{
    for (const auto &[partial, target] : std::as_const(m_pending))
        QFile::remove(partial);
}

void AtomicBatch::write(const QString &target, const QByteArray &data)
{
    const QString partial = partialPathFor(target, {});
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data) != data.size() ||
        !out.flush()) {
        out.close();
        QFile::remove(partial);
        throw ProcessingError(
            ErrorCode::IoError,
            QStringLiteral("cannot write '%1': %2").arg(target, out.errorString()));
    }
    const QMutexLocker lock(&m_mutex);
    m_pending.append({partial, target});
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
        if (::rename(QFile::encodeName(partial).constData(),
                     QFile::encodeName(target).constData()) != 0) {
            QFile::remove(partial);
            throw ProcessingError(ErrorCode::IoError,
                                  QStringLiteral("cannot write '%1': %2")
                                      .arg(target, QString::fromLocal8Bit(std::strerror(errno))));
        }
    }
}

} // namespace ad::storage
