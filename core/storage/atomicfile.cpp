#include "storage/atomicfile.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ad::storage
{

namespace
{
const QLatin1String kPartMarker(".adpart-");

[[noreturn]] void failWrite(const QString &target, int errnum)
{
    throw ProcessingError(ErrorCode::IoError,
                          QCoreApplication::translate("ad::Error", "cannot write '%1': %2")
                              .arg(target, writeErrorText(errnum)));
}

// Removes the temporary file fd writes, then throws with the cause errno names.
[[noreturn]] void abandon(int fd, const QString &partial, const QString &target, int errnum)
{
    ::close(fd);
    ::unlink(QFile::encodeName(partial).constData());
    failWrite(target, errnum);
}

// Writes data into the new temporary file partial and returns its descriptor, still open. POSIX
// calls rather than QFile: a short write on a full disk must keep its errno, which QFile drops.
int writePartial(const QString &partial, const QString &target, const QByteArray &data)
{
    const int fd = ::open(QFile::encodeName(partial).constData(),
                          O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) failWrite(target, errno);
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) abandon(fd, partial, target, n < 0 ? errno : ENOSPC);
        written += n;
    }
    return fd;
}

// The commit point: the temporary file takes the target's name.
void renamePartial(const QString &partial, const QString &target)
{
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) !=
        0) {
        const int errnum = errno;
        ::unlink(QFile::encodeName(partial).constData());
        failWrite(target, errnum);
    }
}

} // namespace

QString writeErrorText(int errnum)
{
    switch (errnum) {
    case ENOSPC:
        return QCoreApplication::translate("ad::storage", "no space left on device");
    case EDQUOT:
        return QCoreApplication::translate("ad::storage", "disk quota exceeded");
    case EROFS:
        return QCoreApplication::translate("ad::storage", "read-only file system");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("ad::storage", "permission denied");
    case ENOENT:
    case ENOTDIR:
        return QCoreApplication::translate("ad::storage", "the folder does not exist");
    case EFBIG:
        return QCoreApplication::translate("ad::storage", "file too large for the file system");
    case EIO:
        return QCoreApplication::translate("ad::storage", "input/output error on the device");
    default:
        return QString::fromLocal8Bit(std::strerror(errnum));
    }
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
    const int fd = writePartial(partial, target, data);
    // Durable before visible: a power cut after the rename must not leave a truncated file.
    // Space the file system only allocates at write-back runs out here or at close.
    if (::fsync(fd) != 0) abandon(fd, partial, target, errno);
    if (::close(fd) != 0) {
        const int errnum = errno;
        ::unlink(QFile::encodeName(partial).constData());
        failWrite(target, errnum);
    }
    renamePartial(partial, target);
}

AtomicBatch::~AtomicBatch()
{
    for (const auto &[partial, target] : std::as_const(m_pending))
        QFile::remove(partial);
}

void AtomicBatch::write(const QString &target, const QByteArray &data)
{
    const QString partial = partialPathFor(target, {});
    const int fd = writePartial(partial, target, data);
    // Start writing it to disk now, without waiting: commit()'s sync then finds it written.
    ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    const QMutexLocker lock(&m_mutex);
    // Registered before close, so the destructor removes it whatever happens next.
    m_pending.append({partial, target});
    if (::close(fd) != 0) failWrite(target, errno);
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
            const int errnum = errno;
            if (fd >= 0) ::close(fd);
            throw ProcessingError(ErrorCode::IoError,
                                  QCoreApplication::translate("ad::Error", "cannot sync '%1': %2")
                                      .arg(dir, writeErrorText(errnum)));
        }
        ::close(fd);
        synced << dir;
    }
    while (!m_pending.isEmpty()) {
        const auto [partial, target] = m_pending.takeFirst();
        renamePartial(partial, target);
    }
}

} // namespace ad::storage
