// assetdesk-cli ls|cp|mv|rm|presign over local paths and cos:// or s3:// URLs.

#include "storage/storage.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/stylelibrary.h"
#include "jobs/uploadprocessing.h"
#include "storage/accessdenied.h"
#include "storage/objecturl.h"
#include "storage/parallel.h"
#include "storage/transfer.h"
#include "storage/transferplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <cstdio>

namespace ad::cli
{

using namespace storage;

namespace
{

struct Args {
    QStringList positional;
    bool recursive = false;
    int expires = 3600;
    // Eight: small files spend as long waiting on the server and the disk sync as moving bytes.
    int filesInFlight = 8;
    QString limitRate; // "10M": bytes per second for the whole run
    // Processing on upload (cp/mv to cos://): styles, the library they may name, result names.
    QStringList process;
    QString stylesFile;
    QString nameTemplate = jobs::kUploadResultTemplate;
};

Args parseArgs(const QStringList &args)
{
    Args a;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--recursive") || args[i] == QLatin1String("-r"))
            a.recursive = true;
        else if (args[i] == QLatin1String("--jobs") && i + 1 < args.size())
            a.filesInFlight = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--limit-rate") && i + 1 < args.size())
            a.limitRate = args[++i];
        else if (args[i] == QLatin1String("--expires") && i + 1 < args.size())
            a.expires = args[++i].toInt();
        else if (args[i] == QLatin1String("--process") && i + 1 < args.size())
            a.process << args[++i];
        else if (args[i] == QLatin1String("--styles") && i + 1 < args.size())
            a.stylesFile = args[++i];
        else if (args[i] == QLatin1String("--name") && i + 1 < args.size())
            a.nameTemplate = args[++i];
        else
            a.positional << args[i];
    }
    return a;
}

TransferOptions transferOptions(const std::shared_ptr<RateLimiter> &limiter)
{
    TransferOptions o;
    o.limiter = limiter;
    o.checkpointDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/transfers");
    return o;
}

void line(const QString &text)
{
    writeStdout(text.toUtf8() + '\n');
}

// Every source into `to` (several sources: `to` is a folder or prefix). With --process, each
// upload's rules are decided and checked for every file before the first byte is sent.
int copyAll(const QStringList &sources, const QString &to, const Args &a, bool move)
{
    const QString into =
        sources.size() > 1 && !to.endsWith(QLatin1Char('/')) ? to + QLatin1Char('/') : to;
    QList<TransferItem> items;
    for (const QString &from : sources)
        items += planTransfers(from, into, a.recursive);
    QList<QList<style::PicRule>> rules(items.size());
    if (!a.process.isEmpty()) {
        const QList<jobs::UploadStyle> styles =
            jobs::resolveUploadStyles(a.process, styleLibrary(a.stylesFile));
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (directionOf(items[i]) != TransferDirection::Upload)
                throw ProcessingError(
                    ErrorCode::InvalidArgument,
                    QStringLiteral("%1: --process applies to uploads to a cos:// bucket only")
                        .arg(items[i].source));
            if (!jobs::isProcessablePicture(items[i].source)) continue; // goes up as it is
            const ObjectUrl target = parseObjectUrl(items[i].target);
            rules[i] =
                jobs::picRulesFor(styles, target.key, items[i].source, a.nameTemplate, int(i) + 1);
            checkPicRules(endpointFor(target), target.key, rules[i]);
        }
    }
    const qint64 rate = parseRate(a.limitRate);
    // One limit for all the files in flight together.
    const auto limiter = rate > 0 ? std::make_shared<RateLimiter>(rate) : nullptr;
    runInParallel(a.filesInFlight, items.size(), [&](qsizetype i) {
        const TransferItem &item = items[i];
        TransferOptions options = transferOptions(limiter);
        options.picRules = rules[i];
        const std::optional<UploadResult> processed = runTransfer(item, move, options);
        const TransferDirection d = directionOf(item);
        const char *verb = d == TransferDirection::Upload     ? "uploaded"
                           : d == TransferDirection::Download ? "downloaded"
                                                              : "copied";
        QString text =
            QStringLiteral("%1 %2 -> %3").arg(QLatin1String(verb), item.source, item.target);
        // The original and each result under the file's line, written whole.
        if (processed)
            for (const QString &l :
                 jobs::uploadResultLines(parseObjectUrl(item.target), *processed))
                text += QStringLiteral("\n  ") + l;
        else if (!a.process.isEmpty())
            text += QStringLiteral(" (%1)").arg(
                QCoreApplication::translate("ad::Error", "not a picture: uploaded unprocessed"));
        line(text);
    });
    return 0;
}

} // namespace

int storageCommand(const QString &command, const QStringList &arguments)
{
    const Args a = parseArgs(arguments);
    try {
        if (command == QLatin1String("ls")) {
            if (a.positional.size() != 1)
                return usageError(QStringLiteral("assetdesk-cli ls cos://bucket/prefix | "
                                                 "s3://bucket/prefix | s3:// [--recursive]"));
            const ObjectUrl u = parseObjectUrl(a.positional[0]);
            if (!u.remote) {
                for (const QFileInfo &f : QDir(u.local).entryInfoList(
                         QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name))
                    line(f.isDir()
                             ? QStringLiteral("DIR %1/").arg(f.fileName())
                             : QStringLiteral("%1 %2 %3")
                                   .arg(f.size(), 12)
                                   .arg(f.lastModified().toString(Qt::ISODate), f.fileName()));
                return 0;
            }
            const std::shared_ptr<Storage> bucket = storageFor(a.positional[0]);
            if (u.bucket.isEmpty()) {
                for (const BucketEntry &b : bucket->listBuckets())
                    line(QStringLiteral("BUCKET %1 %2").arg(b.name, b.region));
                return 0;
            }
            bucket->list(a.positional[0], a.recursive, [](const QList<Entry> &page) {
                for (const Entry &e : page)
                    line(e.folder ? QStringLiteral("DIR %1").arg(e.location)
                                  : QStringLiteral("%1 %2 %3")
                                        .arg(e.size, 12)
                                        .arg(e.modified.toString(Qt::ISODate), e.location));
                return true;
            });
            return 0;
        }
        if (command == QLatin1String("cp") || command == QLatin1String("mv")) {
            if (a.positional.size() < 2)
                return usageError(QStringLiteral("assetdesk-cli %1 SRC... DST [--recursive] "
                                                 "[--process STYLE ...] [--styles FILE] "
                                                 "[--name TEMPLATE]")
                                      .arg(command));
            return copyAll(a.positional.mid(0, a.positional.size() - 1), a.positional.last(), a,
                           command == QLatin1String("mv"));
        }
        if (command == QLatin1String("rm")) {
            if (a.positional.size() != 1)
                return usageError(QStringLiteral("assetdesk-cli rm URL [--recursive]"));
            const ObjectUrl u = parseObjectUrl(a.positional[0]);
            if (!u.remote)
                return usageError(QStringLiteral(
                    "rm works on cos:// and s3:// objects; use the file manager for local files"));
            const std::shared_ptr<Storage> bucket = storageFor(a.positional[0]);
            int removed = 0;
            QList<QPair<QString, QString>> failed;
            if (a.recursive) {
                failed = bucket->removeTree(a.positional[0], &removed);
            } else {
                failed = bucket->removeMany({a.positional[0]});
                removed = int(1 - failed.size());
            }
            for (const auto &[location, code] : failed)
                std::fprintf(stderr, "not deleted: %s: %s\n", qPrintable(location),
                             qPrintable(code));
            line(QStringLiteral("deleted %1 object(s)").arg(removed));
            return failed.isEmpty() ? 0 : 1;
        }
        if (command == QLatin1String("presign")) {
            const ObjectUrl u =
                a.positional.size() == 1 ? parseObjectUrl(a.positional[0]) : ObjectUrl{};
            if (!u.remote || u.key.isEmpty() || a.expires <= 0)
                return usageError(
                    QStringLiteral("assetdesk-cli presign cos://bucket/key [--expires SECONDS]"));
            line(BucketStorage(endpointFor(u))
                     .presignGet(a.positional[0], a.expires)
                     .toString(QUrl::FullyEncoded));
            return 0;
        }
    } catch (const ProcessingError &e) {
        return reportError(withAccessHint(e.error(), QStringLiteral("use the bucket")));
    }
    return usageError(QStringLiteral("unknown command %1").arg(command));
}

} // namespace ad::cli
