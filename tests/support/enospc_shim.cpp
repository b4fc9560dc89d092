// LD_PRELOAD shim for the full-disk tests where no small tmpfs can be mounted: writes to files
// under ASSETDESK_FULL_DIR fail with ENOSPC, as on a full disk, while the file
// ASSETDESK_FULL_FLAG exists. The flag holds how many bytes the process may still write there
// first (empty: none), so a write can also stop half-way, as a real one does.

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

namespace
{
std::atomic<long long> g_written{0};

bool underFullDir(int fd)
{
    const char *dir = std::getenv("ASSETDESK_FULL_DIR");
    if (!dir || !*dir) return false;
    char link[64], path[PATH_MAX];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = ::readlink(link, path, sizeof path - 1);
    if (n <= 0) return false;
    path[n] = '\0';
    const size_t len = std::strlen(dir);
    return std::strncmp(path, dir, len) == 0 && path[len] == '/';
}

// Bytes the process may still write to fd while the disk is "full"; -1: not limited.
long long budgetLeft(int fd)
{
    const char *flag = std::getenv("ASSETDESK_FULL_FLAG");
    if (!flag || !underFullDir(fd)) return -1;
    const int f = ::open(flag, O_RDONLY | O_CLOEXEC);
    if (f < 0) return -1; // no flag: there is space again
    char text[32] = {};
    const ssize_t n = ::read(f, text, sizeof text - 1);
    ::close(f);
    const long long budget = n > 0 ? std::atoll(text) : 0;
    return std::max(0LL, budget - g_written.load());
}

template <typename Fn> Fn real(const char *name)
{
    return reinterpret_cast<Fn>(::dlsym(RTLD_NEXT, name));
}

// Runs the real call on at most the bytes left; ENOSPC when there are none.
template <typename Call> ssize_t limited(int fd, size_t count, Call call)
{
    const long long left = budgetLeft(fd);
    if (left < 0) return call(count);
    if (count > 0 && left == 0) {
        errno = ENOSPC;
        return -1;
    }
    const ssize_t n = call(std::min(count, static_cast<size_t>(left)));
    if (n > 0) g_written += n;
    return n;
}
} // namespace

extern "C" {

ssize_t write(int fd, const void *buf, size_t count)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    return limited(fd, count, [&](size_t n) { return next(fd, buf, n); });
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    return limited(fd, count, [&](size_t n) { return next(fd, buf, n, offset); });
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off64_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    return limited(fd, count, [&](size_t n) { return next(fd, buf, n, offset); });
}
}
