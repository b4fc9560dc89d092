#include "metadata/filemetaqueue.h"

#include "common/error.h"
#include "common/workerpriority.h"

#include <QCoreApplication>
#include <QDir>
#include <QThreadPool>
#include <QtConcurrent>

namespace ad::metadata
{

namespace
{

QThreadPool *oneThread(const char *name)
{
    auto *pool = new QThreadPool;
    pool->setMaxThreadCount(1);
    pool->setObjectName(QLatin1String(name));
    return pool;
}

QThreadPool *writer()
{
    static QThreadPool *pool = [] {
        QThreadPool *p = oneThread("metadata writer");
        // A write in flight finishes as the application ends: an original is never half done.
        qAddPostRoutine([] { writer()->waitForDone(); });
        return p;
    }();
    return pool;
}

QThreadPool *reader()
{
    static QThreadPool *pool = [] {
        QThreadPool *p = oneThread("metadata import");
        qAddPostRoutine([] { reader()->waitForDone(); });
        return p;
    }();
    return pool;
}

} // namespace

QFuture<WriteResult> updateFilesAsync(const QList<QPair<QString, MetaEdit>> &edits,
                                      WritePolicy policy, SidecarNaming naming)
{
    return QtConcurrent::run(writer(), [edits, policy, naming] {
        workers::lowerCurrentThread();
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
    return QtConcurrent::run(reader(), [folder, naming, stop, chunk, deliver] {
        workers::lowerCurrentThread();
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
