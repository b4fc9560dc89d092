#include "metadata/filemetaqueue.h"

#include "common/background.h"
#include "common/error.h"

#include <QDir>

namespace ad::metadata
{

namespace
{

// A write in flight finishes as the application ends: an original is never half done.
QThreadPool &writer()
{
    static QThreadPool &pool = background::newPool("metadata writer", 1);
    return pool;
}

QThreadPool &reader()
{
    static QThreadPool &pool = background::newPool("metadata import", 1);
    return pool;
}

} // namespace

QFuture<WriteResult> updateFilesAsync(const QList<QPair<QString, MetaEdit>> &edits,
                                      WritePolicy policy, SidecarNaming naming)
{
    return background::runOn(writer(), [edits, policy, naming] {
        WriteResult r;
        for (const auto &[path, e] : edits) {
            try {
                r.written.append({path, updateFileMeta(path, e, policy, naming).changed});
            } catch (const ProcessingError &error) {
                r.errors << error.error().message;
            }
        }
        return r;
    });
}

QFuture<void> readFolderAsync(const QString &folder, SidecarNaming naming,
                              std::shared_ptr<std::atomic_bool> stop, qsizetype chunk,
                              std::function<void(const FolderMeta &, bool done)> deliver)
{
    return background::runOn(reader(), [folder, naming, stop, chunk, deliver] {
        FolderMeta read;
        const QDir dir(folder);
        for (const QString &name : dir.entryList(QDir::Files, QDir::NoSort)) {
            if (*stop) return;
            if (isSidecar(dir.filePath(name))) continue;
            const QString path = dir.filePath(name);
            if (FileMeta meta = readFileMeta(path, naming); !meta.record.isEmpty())
                read.append({path, meta});
            if (read.size() == chunk) deliver(std::exchange(read, {}), false);
        }
        deliver(read, true);
    });
}

} // namespace ad::metadata
