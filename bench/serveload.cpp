// Load for bench/serve: N clients, each on its own keep-alive connection (storage::httpExchange
// keeps one libcurl handle per thread), GET the URLs read from stdin in turn until `--requests`
// answers came. Prints one line: requests, failures (not 200 or empty), seconds, requests/s,
// p50 and p99 latency, and the peak RSS (VmHWM) of the server process `--pid`.

#include "storage/httpclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

namespace
{

qint64 peakRssKb(const QString &pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int clients = 16;
    qint64 total = 0;
    QString pid;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--clients")) clients = args[i + 1].toInt();
        if (args[i] == QLatin1String("--requests")) total = args[i + 1].toLongLong();
        if (args[i] == QLatin1String("--pid")) pid = args[i + 1];
    }
    std::vector<QByteArray> urls;
    QTextStream in(stdin);
    for (QString line; in.readLineInto(&line);)
        if (!line.trimmed().isEmpty()) urls.push_back(line.trimmed().toUtf8());
    if (urls.empty() || clients < 1) {
        std::fprintf(stderr, "usage: serve-load --clients N [--requests N] [--pid PID] < urls\n");
        return 2;
    }
    if (total <= 0) total = qint64(urls.size());

    std::atomic<qint64> next{0};
    std::atomic<qint64> failures{0};
    std::vector<std::vector<double>> latencies(static_cast<size_t>(clients));
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            for (qint64 i = next++; i < total; i = next++) {
                QElapsedTimer timer;
                timer.start();
                const auto got = ad::storage::httpExchange("GET", urls[size_t(i) % urls.size()], {},
                                                           {}, 120000, nullptr);
                latencies[size_t(c)].push_back(double(timer.nsecsElapsed()) / 1e6);
                if (got.status != 200 || got.body.isEmpty()) ++failures;
            }
        });
    for (auto &t : threads)
        t.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    std::vector<double> all;
    for (const auto &l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    std::sort(all.begin(), all.end());
    const auto percentile = [&all](double p) {
        return all.empty() ? 0.0 : all[std::min(all.size() - 1, size_t(p * double(all.size())))];
    };
    std::printf("requests=%lld failures=%lld seconds=%.3f rps=%.0f p50_ms=%.2f p99_ms=%.2f "
                "server_peak_rss_kb=%lld\n",
                static_cast<long long>(all.size()), static_cast<long long>(failures.load()),
                seconds, double(all.size()) / seconds, percentile(0.50), percentile(0.99),
                static_cast<long long>(pid.isEmpty() ? -1 : peakRssKb(pid)));
    return failures.load() == 0 ? 0 : 1;
}
