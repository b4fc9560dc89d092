#pragma once

// Local copies of bucket objects for previewing: downloaded once into the cache, named by
// location and ETag (a changed object is fetched again), written atomically. Blocking;
// `cancelled` turning true aborts the transfer in flight (ProcessingError, nothing left behind
// but the resumable partial file).

#include <QString>
#include <atomic>

namespace ad::storage
{

// Objects larger than this are not copied for a preview.
inline constexpr qint64 maxPreviewCopy = 512LL << 20;

// The local path of the object's copy, downloading it when missing. Throws ProcessingError
// (network, size over maxPreviewCopy). `cacheDir` empty: <cache location>/bucket-objects.
QString previewCopy(const QString &location, const QString &etag, qint64 size,
                    const QString &cacheDir = {}, const std::atomic<bool> *cancelled = nullptr);
// The same copy under the object's own name (a hard link where the file system allows), for
// handing to other applications by drag and drop. Blocking, as previewCopy.
QString namedCopy(const QString &location, const QString &etag, qint64 size,
                  const QString &cacheDir = {}, const std::atomic<bool> *cancelled = nullptr);
// The named copy when the object's copy is already here, else empty: never touches the
// network, so a drag can start on the GUI thread.
QString localNamedCopy(const QString &location, const QString &etag, qint64 size,
                       const QString &cacheDir = {});

} // namespace ad::storage
