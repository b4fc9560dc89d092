#include "cli/commands.h"
#include "cli/output.h"
#include "server/service.h"
#include "storage/ratelimit.h"

#include <QDir>
#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <thread>

namespace ad::cli
{

namespace
{

const char *kServeUsage =
    "assetdesk-cli serve (--root DIR | --bucket s3://BUCKET[/PREFIX] | --bucket cos://...)\n"
    "      [--address 127.0.0.1] [--port N] [--secret-id ID --secret-key KEY] [--styles FILE]\n"
    "      [--cache DIR] [--cache-size 2G] [--separators '-_/!'] [--workers N]";

// Parses "--name value" pairs into options; false with a message for anything else.
bool parseServeOptions(const QStringList &args, server::ServeOptions &o, QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &name = args[i];
        if (i + 1 >= args.size()) {
            *error = QStringLiteral("'%1' needs a value").arg(name);
            return false;
        }
        const QString value = args[++i];
        if (name == QLatin1String("--root"))
            o.root = QDir(value).absolutePath();
        else if (name == QLatin1String("--bucket"))
            o.bucket = value;
        else if (name == QLatin1String("--address"))
            o.address = value;
        else if (name == QLatin1String("--port")) {
            bool ok = false;
            const uint port = value.toUInt(&ok);
            if (!ok || port > 65535) {
                *error = QStringLiteral("--port must be 0-65535, not '%1'").arg(value);
                return false;
            }
            o.port = quint16(port);
        } else if (name == QLatin1String("--secret-id"))
            o.endpoint.secretId = value;
        else if (name == QLatin1String("--secret-key"))
            o.endpoint.secretKey = value;
        else if (name == QLatin1String("--styles"))
            o.endpoint.stylesFile = QDir(value).absolutePath();
        else if (name == QLatin1String("--cache"))
            o.endpoint.cacheDir = QDir(value).absolutePath();
        else if (name == QLatin1String("--cache-size")) {
            try {
                o.endpoint.cacheBytes = storage::parseRate(value);
            } catch (const ProcessingError &) {
                *error =
                    QStringLiteral("--cache-size: '%1' is not a size (e.g. 500M, 2G)").arg(value);
                return false;
            }
        } else if (name == QLatin1String("--separators"))
            o.endpoint.styleSeparators = value;
        else if (name == QLatin1String("--workers")) {
            bool ok = false;
            o.endpoint.workers = value.toInt(&ok);
            if (!ok || o.endpoint.workers < 1 || o.endpoint.workers > 256) {
                *error = QStringLiteral("--workers must be 1-256, not '%1'").arg(value);
                return false;
            }
        } else {
            *error = QStringLiteral("unknown option '%1'").arg(name);
            return false;
        }
    }
    if (o.root.isEmpty() == o.bucket.isEmpty()) {
        *error = QStringLiteral("give either --root or --bucket");
        return false;
    }
    if (o.endpoint.secretId.isEmpty() != o.endpoint.secretKey.isEmpty()) {
        *error = QStringLiteral("--secret-id and --secret-key go together");
        return false;
    }
    return true;
}

} // namespace

int serveCommand(const QStringList &args)
{
    server::ServeOptions options;
    QString error;
    try {
        if (!parseServeOptions(args, options, &error))
            return usageError(error + QLatin1Char('\n') + QString::fromLatin1(kServeUsage));
    } catch (const ProcessingError &e) {
        return reportError(e.error());
    }
    // Blocked before any thread starts, so every thread inherits the mask and the signals
    // wait here for sigwait instead of killing the process mid-request.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    try {
        server::Service service(options, [](const QString &line) {
            std::fprintf(stderr, "%s\n", shown(line).constData());
        });
        std::printf("Serving %s at %s/\n", shown(service.describe()).constData(),
                    service.url().toUtf8().constData());
        std::printf("%s; results cached in %s (up to %s MB)\n",
                    options.endpoint.secretId.isEmpty() ? "No signatures asked for"
                                                        : "Every request must be signed",
                    shown(options.endpoint.cacheDir.isEmpty() ? server::defaultCacheDir()
                                                              : options.endpoint.cacheDir)
                        .constData(),
                    QByteArray::number(options.endpoint.cacheBytes >> 20).constData());
        std::fflush(stdout);
        int received = 0;
        sigwait(&stopSignals, &received);
        std::fprintf(stderr, "%s: stopping after the requests in flight (again to stop at once)\n",
                     received == SIGINT ? "SIGINT" : "SIGTERM");
        // A second signal while requests finish ends the process without waiting for them.
        std::thread([stopSignals] {
            int again = 0;
            sigwait(&stopSignals, &again);
            std::_Exit(128 + again);
        }).detach();
    } catch (const ProcessingError &e) {
        return reportError(e.error());
    }
    return 0;
}

} // namespace ad::cli
