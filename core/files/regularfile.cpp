#include "files/regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QScopeGuard>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ad::files
{

namespace
{

QString say(const char *text)
{
    return QCoreApplication::translate("RegularFile", text);
}

[[noreturn]] void fail(ErrorCode code, const QString &message)
{
    throw ProcessingError(code, message);
}

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode)) return say(QT_TRANSLATE_NOOP("RegularFile", "a folder"));
    if (S_ISCHR(mode)) return say(QT_TRANSLATE_NOOP("RegularFile", "a character device"));
    if (S_ISBLK(mode)) return say(QT_TRANSLATE_NOOP("RegularFile", "a block device"));
    if (S_ISFIFO(mode)) return say(QT_TRANSLATE_NOOP("RegularFile", "a FIFO (named pipe)"));
    if (S_ISSOCK(mode)) return say(QT_TRANSLATE_NOOP("RegularFile", "a socket"));
    return say(QT_TRANSLATE_NOOP("RegularFile", "a special file"));
}

[[noreturn]] void failNotRegular(const QString &path, mode_t mode)
{
    fail(ErrorCode::IoError, say(QT_TRANSLATE_NOOP("RegularFile", "not a regular file: %1 is %2"))
                                 .arg(path, kindOf(mode)));
}

[[noreturn]] void failTooLarge(const QString &path, qint64 maxBytes)
{
    fail(ErrorCode::FileTooLarge,
         say(QT_TRANSLATE_NOOP("RegularFile", "'%1' is larger than the limit of %2"))
             .arg(path,
                  QLocale::c().formattedDataSize(maxBytes, 0, QLocale::DataSizeTraditionalFormat)));
}

[[noreturn]] void failRead(const QString &path, int error)
{
    fail(ErrorCode::IoError, say(QT_TRANSLATE_NOOP("RegularFile", "cannot read '%1': %2"))
                                 .arg(path, QString::fromLocal8Bit(std::strerror(error))));
}

struct Opened {
    int fd = -1;
    qint64 size = 0;
};

Opened openRegular(const QString &path, ErrorCode missing)
{
    const QByteArray name = QFile::encodeName(path);
    // Non-blocking, so neither a FIFO without a writer nor a device holds the open; a terminal
    // never becomes the controlling one.
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    struct stat st {
    };
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            fail(missing, say(QT_TRANSLATE_NOOP("RegularFile", "'%1' does not exist")).arg(path));
        // A socket cannot be opened at all (ENXIO): say what it is.
        if (::stat(name.constData(), &st) == 0 && !S_ISREG(st.st_mode))
            failNotRegular(path, st.st_mode);
        failRead(path, error);
    }
    auto closeOnError = qScopeGuard([fd] { ::close(fd); });
    if (::fstat(fd, &st) != 0) failRead(path, errno);
    if (!S_ISREG(st.st_mode)) failNotRegular(path, st.st_mode);
    // Reads of the regular file then block as usual.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    closeOnError.dismiss();
    return {fd, qint64(st.st_size)};
}

// Reads to the end, but never more than maxBytes + 1 (to tell "at the cap" from "over it"):
// the size stat reports may be 0 (procfs) or change while reading.
QByteArray readCapped(int fd, const QString &path, qint64 size, qint64 maxBytes)
{
    QByteArray bytes(qsizetype(std::min(size, maxBytes) + 1), Qt::Uninitialized);
    qsizetype used = 0;
    while (used <= maxBytes) {
        if (used == bytes.size())
            bytes.resize(qsizetype(
                std::min<qint64>(std::max<qint64>(qint64(used) * 2, 1 << 16), maxBytes + 1)));
        const ssize_t n = ::read(fd, bytes.data() + used, size_t(bytes.size() - used));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) failRead(path, errno);
        if (n == 0) break;
        used += n;
    }
    if (used > maxBytes) failTooLarge(path, maxBytes);
    bytes.resize(used);
    return bytes;
}

} // namespace

QByteArray readRegularFile(const QString &path, qint64 maxBytes, ErrorCode missing)
{
    const Opened f = openRegular(path, missing);
    const auto close = qScopeGuard([&] { ::close(f.fd); });
    if (f.size > maxBytes) failTooLarge(path, maxBytes);
    return readCapped(f.fd, path, f.size, maxBytes);
}

QByteArray mapRegularFile(QFile &file, const QString &path, qint64 maxBytes, ErrorCode missing)
{
    const Opened f = openRegular(path, missing);
    if (!file.open(f.fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(f.fd);
        fail(ErrorCode::IoError, say(QT_TRANSLATE_NOOP("RegularFile", "cannot read '%1': %2"))
                                     .arg(path, file.errorString()));
    }
    if (f.size > maxBytes) failTooLarge(path, maxBytes);
    uchar *data = f.size > 0 ? file.map(0, f.size) : nullptr;
    if (!data) return readCapped(f.fd, path, f.size, maxBytes);
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(f.size));
}

void requireRegularFile(const QString &path, ErrorCode missing)
{
    ::close(openRegular(path, missing).fd);
}

} // namespace ad::files
