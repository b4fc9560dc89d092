// assetdesk-cli thumbnails: fills the shared freedesktop thumbnail cache for folders, through
// the same job the window runs (Tools > Make Thumbnails), so a big folder opens warm.

#include "cli/commands.h"
#include "cli/output.h"
#include "jobs/jobqueue.h"
#include "jobs/thumbnailjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

namespace ad::cli
{

int thumbnailsCommand(const QStringList &args)
{
    const QString usage = QStringLiteral(
        "assetdesk-cli thumbnails DIR... [--size normal|large|x-large|xx-large] [--recursive] "
        "[--jobs N]");
    QStringList folders;
    auto size = imaging::XdgThumbnailCache::Size::Large;
    bool recursive = false;
    int threads = 0;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            writeStdout("usage: " + usage.toUtf8() +
                        "\nMakes the freedesktop thumbnails (~/.cache/thumbnails) of every "
                        "picture, video and document, skipping those already fresh.\n");
            return 0;
        }
        if (a == QLatin1String("--size") && i + 1 < args.size()) {
            const auto named = imaging::XdgThumbnailCache::sizeFromName(args[++i]);
            if (!named)
                return usageError(QStringLiteral("--size: normal, large, x-large or xx-large"));
            size = *named;
        } else if (a == QLatin1String("--recursive")) {
            recursive = true;
        } else if (a == QLatin1String("--jobs") && i + 1 < args.size()) {
            threads = args[++i].toInt();
            if (threads < 1) return usageError(QStringLiteral("--jobs: a number from 1"));
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(usage);
        } else {
            folders << a;
        }
    }
    if (folders.isEmpty()) return usageError(usage);

    jobs::JobQueue queue(QStringLiteral(":memory:"));
    queue.registerKind(jobs::kThumbnailKind, jobs::thumbnailKind());
    // A thread per core; the queue keeps one more item waiting, so no core idles at a hand-off.
    if (threads > 0) queue.setThreads(jobs::PoolKind::Cpu, threads);
    QList<qint64> ids;
    try {
        for (const QString &folder : folders)
            ids << queue.submit(jobs::planThumbnailJob(folder, recursive, size));
    } catch (const ProcessingError &e) {
        return reportError(e.error());
    }
    int running = int(ids.size());
    QObject::connect(&queue, &jobs::JobQueue::jobFinished, qApp, [&running](qint64) {
        if (--running == 0) QCoreApplication::quit();
    });
    QElapsedTimer clock;
    clock.start();
    queue.start();
    QCoreApplication::exec();

    jobs::ItemCounts all;
    int failed = 0;
    for (const qint64 id : ids) {
        for (const jobs::ItemRecord &item : queue.items(id)) {
            ++all.total;
            if (item.state == jobs::ItemState::Done) ++all.done;
            if (item.state == jobs::ItemState::Skipped) ++all.skipped;
            if (item.state == jobs::ItemState::Failed) {
                ++failed;
                std::fprintf(stderr, "%s: %s\n", shown(item.source).constData(),
                             shown(item.error).constData());
            }
        }
    }
    std::printf("%d made, %d skipped (fresh, or not a picture, video or document), %d failed of "
                "%d in %.1f s (%s)\n",
                all.done, all.skipped, failed, all.total, clock.elapsed() / 1000.0,
                qPrintable(imaging::XdgThumbnailCache::sizeName(size)));
    return failed > 0 ? 1 : 0;
}

} // namespace ad::cli
