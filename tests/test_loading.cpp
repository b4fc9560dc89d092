// The loading pipeline (core/loading): priorities under a busy pool, shared loads, the byte
// budget of its cache, and cancellation that reaches the work itself: a libvips decode is
// killed (a preview's and the viewer's full picture), an FFmpeg read is interrupted (a frame
// and a clip's cover), and a superseded bucket preview stops transferring, also one asked for
// by address alone (the Style Editor's pasted object).

#include "imaging/orclock.h"
#include "imaging/preview.h"
#include "imaging/rendercancel.h"
#include "imaging/vipsutil.h"
#include "loading/scheduler.h"
#include "media/decoder.h"
#include "media/videocover.h"
#include "storage/objectclient.h"
#include "storage/objecturl.h"
#include "support/s3rver.h"
#include "support/testimages.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <arpa/inet.h>
#include <csignal>
#include <fcntl.h>
#include <future>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vips/vector.h>
#include <vips/vips8>

using namespace ad;
using loading::Priority;

namespace
{

// A TCP relay in front of the S3 server that hands answers on slowly (64 KiB every 10 ms per
// connection) and counts the bytes it delivered, so a test sees what a client still received
// after it gave up.
class CountingRelay
{
public:
    explicit CountingRelay(quint16 upstream) : m_upstream(upstream)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listener, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listener, 16);
        socklen_t length = sizeof a;
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&a), &length);
        m_port = ntohs(a.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }
    ~CountingRelay()
    {
        m_stop = true;
        ::shutdown(m_listener, SHUT_RDWR);
        ::close(m_listener);
        m_acceptor.join();
        for (std::thread &t : m_connections)
            t.join();
    }
    quint16 port() const { return m_port; }
    qint64 delivered() const { return m_delivered.load(); }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client < 0) return;
            m_connections.emplace_back([this, client] { relay(client); });
        }
    }
    void relay(int client)
    {
        const int server = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(m_upstream);
        if (::connect(server, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0) {
            char buffer[64 * 1024];
            pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
            while (!m_stop && ::poll(fds, 2, 100) >= 0) {
                if (fds[0].revents) { // request bytes go up at once
                    const ssize_t n = ::read(client, buffer, sizeof buffer);
                    if (n <= 0 || ::send(server, buffer, size_t(n), MSG_NOSIGNAL) != n) break;
                }
                if (fds[1].revents) { // answers come down slowly, counted
                    const ssize_t n = ::read(server, buffer, sizeof buffer);
                    if (n <= 0 || ::send(client, buffer, size_t(n), MSG_NOSIGNAL) != n) break;
                    m_delivered += n;
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
                }
            }
        }
        ::close(server);
        ::close(client);
    }

    quint16 m_upstream;
    quint16 m_port = 0;
    int m_listener = -1;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_delivered{0};
    std::thread m_acceptor;
    std::vector<std::thread> m_connections; // joined at the end; few per test
};

// Work that records its name when it runs; the first one holds the only worker until released.
struct Recorder {
    QStringList order;
    std::atomic<bool> release{false};
    loading::Scheduler::Work work(const QString &name, bool hold = false)
    {
        return [this, name, hold](const loading::Request &, imaging::RenderCancel &) {
            while (hold && !release)
                QThread::msleep(5);
            loading::Result r;
            r.image = QImage(4, 4, QImage::Format_RGB32);
            QMetaObject::invokeMethod(
                qApp, [this, name] { order << name; }, Qt::QueuedConnection);
            return r;
        };
    }
};

loading::Request named(const QString &name)
{
    loading::Request r;
    r.location = QStringLiteral("/nowhere/") + name;
    r.bound = QSize(64, 64);
    return r;
}

} // namespace

class TestLoading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Bucket copies and thumbnails go to this run's folder, never the user's cache.
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("cache"))));
        std::signal(SIGPIPE, SIG_IGN);
    }

    // Threads resizing at once, as the loading pool and thumbnail jobs do, with liborc's run-time
    // SIMD on: each resize compiles and frees orc programs, which corrupted liborc's code memory
    // (a crash under AddressSanitizer) until imaging/orclock serialised those calls.
    void concurrentResizesAreSafe()
    {
        imaging::ensureVips();
        QVERIFY(imaging::orcCallsSerialised());
        QVERIFY(vips_vector_isenabled());
        QImage picture(320, 240, QImage::Format_RGB32);
        for (int y = 0; y < picture.height(); ++y)
            for (int x = 0; x < picture.width(); ++x)
                picture.setPixel(x, y, qRgb(x % 256, y % 256, (x + y) % 256));
        const QString path = m_dir.filePath(QStringLiteral("stress.png"));
        QVERIFY(picture.save(path));
        std::atomic<int> made{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 6; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 40; ++i) {
                    const int side = 30 + 7 * t + i % 20; // another reduction each time
                    if (imaging::loadPreview(path, QSize(side, side)).width() == side) ++made;
                }
            });
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(made.load(), 240);
    }

    void visibleRunsBeforeNeighboursAndPrefetch()
    {
        loading::Scheduler scheduler(1 << 20, 1);
        Recorder recorder;
        QStringList done;
        auto submit = [&](const QString &name, Priority p, bool hold = false) {
            return scheduler.submit(
                named(name), p, this, [&done, name](const loading::Result &) { done << name; },
                recorder.work(name, hold));
        };
        submit(QStringLiteral("busy"), Priority::Visible, true); // the pool is busy with this
        QTRY_COMPARE(scheduler.running(), 1);
        submit(QStringLiteral("prefetch1"), Priority::Prefetch);
        submit(QStringLiteral("neighbour"), Priority::Neighbour);
        const loading::Ticket promoted = submit(QStringLiteral("prefetch2"), Priority::Prefetch);
        const loading::Ticket dropped = submit(QStringLiteral("dropped"), Priority::Visible);
        submit(QStringLiteral("visible1"), Priority::Visible);
        submit(QStringLiteral("visible2"), Priority::Visible);
        scheduler.setPriority(promoted, Priority::Visible); // scrolled into view
        scheduler.cancel(dropped);                          // scrolled away before it ran
        QCOMPARE(scheduler.queued(), 5);
        recorder.release = true;
        QTRY_COMPARE(done.size(), 6);
        // Within a level the newest first: what the user looks at now.
        QCOMPARE(done, (QStringList{QStringLiteral("busy"), QStringLiteral("prefetch2"),
                                    QStringLiteral("visible2"), QStringLiteral("visible1"),
                                    QStringLiteral("neighbour"), QStringLiteral("prefetch1")}));
        QCOMPARE(recorder.order, done); // the cancelled request never ran
    }

    void sameRequestIsLoadedOnce()
    {
        loading::Scheduler scheduler(1 << 20, 2);
        std::atomic<int> runs{0};
        const auto work = [&runs](const loading::Request &, imaging::RenderCancel &) {
            ++runs;
            QThread::msleep(50);
            loading::Result r;
            r.image = QImage(8, 8, QImage::Format_RGB32);
            return r;
        };
        int delivered = 0;
        const auto done = [&delivered](const loading::Result &r) { delivered += r.ok(); };
        scheduler.submit(named(QStringLiteral("a")), Priority::Visible, this, done, work);
        const loading::Ticket second =
            scheduler.submit(named(QStringLiteral("a")), Priority::Prefetch, this, done, work);
        const loading::Ticket third =
            scheduler.submit(named(QStringLiteral("a")), Priority::Visible, this, done, work);
        scheduler.cancel(third); // one asker gone: the others still get it
        QVERIFY(second != third);
        QTRY_COMPARE(delivered, 2);
        QCOMPARE(runs.load(), 1);
        QVERIFY(scheduler.cached(named(QStringLiteral("a"))));
        // From the cache: no work at all.
        scheduler.submit(named(QStringLiteral("a")), Priority::Visible, this, done, work);
        QTRY_COMPARE(delivered, 3);
        QCOMPARE(runs.load(), 1);
    }

    void cacheStaysWithinItsBudget()
    {
        // Real previews through the default work: 128x96 pictures of 36-48 KiB each.
        loading::Scheduler scheduler(300 << 10, 2);
        QList<loading::Request> delivered;
        for (int i = 0; i < 12; ++i) {
            const QString file =
                test::writeTemp(m_dir, QStringLiteral("budget%1.png").arg(i),
                                test::makeImage(640 + i, 480, QStringLiteral("png")));
            const loading::Request r =
                loading::localRequest(file, QSize(128, 128), loading::Purpose::Preview);
            scheduler.submit(r, Priority::Visible, this,
                             [&delivered, r](const loading::Result &result) {
                                 QVERIFY2(result.ok(), qPrintable(result.error));
                                 QCOMPARE(result.image.width(), 128);
                                 delivered << r;
                             });
        }
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 12, 30000);
        QVERIFY(scheduler.cache().used() <= 300 << 10);
        QVERIFY(scheduler.cache().used() > 200 << 10); // it does hold what fits
        QVERIFY(scheduler.cache().count() < 12);
        // The oldest results went first; the most recent one is kept.
        QVERIFY(scheduler.cached(delivered.last()));
        QVERIFY(!scheduler.cached(delivered.first()));
        // A result larger than the whole budget is handed over but not kept.
        loading::LoadCache small(1000);
        loading::Result big;
        big.image = QImage(100, 100, QImage::Format_ARGB32);
        small.insert(QStringLiteral("big"), big);
        QCOMPARE(small.count(), 0);
        QVERIFY(small.used() <= 1000);
    }

    void cancellingKillsTheVipsDecode()
    {
        const QString file = hugePng();
        loading::Scheduler scheduler(64 << 20, 1);
        // At 1024 px the pipeline computes its output in several strips; the kill lands
        // between two of them.
        const loading::Request request =
            loading::localRequest(file, QSize(1024, 1024), loading::Purpose::Preview);
        bool delivered = false;
        loading::Result killed; // what the work itself returned
        qint64 stopMs = 0;
        cancelMidDecode(scheduler, request, &delivered, &killed, &stopMs);
        if (QTest::currentTestFailed()) return;
        QVERIFY(!delivered);            // a cancelled load answers nobody
        QVERIFY(killed.image.isNull()); // libvips stopped computing: no picture was made
        QVERIFY(!killed.error.isEmpty());

        // The same decode left alone, for comparison; the killed one must not poison it.
        QElapsedTimer full;
        full.start();
        loading::Result whole;
        scheduler.submit(request, Priority::Visible, this,
                         [&whole](const loading::Result &r) { whole = r; });
        QTRY_VERIFY_WITH_TIMEOUT(!whole.image.isNull() || !whole.error.isEmpty(), 60000);
        const qint64 fullMs = full.elapsed();
        QVERIFY2(whole.ok(), qPrintable(whole.error));
        QCOMPARE(whole.image.size(), QSize(1024, 1024));
        qInfo("decode stopped %lld ms after cancel; uncancelled decode %lld ms", stopMs, fullMs);
        QVERIFY(stopMs < fullMs / 2);
        m_fullDecodeMs = fullMs;
    }

    void cancellingStopsTheViewersFullDecode()
    {
        // The viewer's picture (Purpose::Full) of the same 64 Mpx PNG, dropped mid-decode as a
        // viewer that moves on to the next file does.
        QVERIFY2(m_fullDecodeMs > 0, "runs after cancellingKillsTheVipsDecode");
        loading::Scheduler scheduler(64 << 20, 1);
        const loading::Request request =
            loading::localRequest(hugePng(), QSize(1024, 1024), loading::Purpose::Full);
        bool delivered = false;
        loading::Result killed; // what the work itself returned
        qint64 stopMs = 0;
        cancelMidDecode(scheduler, request, &delivered, &killed, &stopMs);
        if (QTest::currentTestFailed()) return;
        qInfo("viewer decode stopped %lld ms after cancel (a whole decode: %lld ms)", stopMs,
              m_fullDecodeMs);
        QVERIFY(!delivered);
        QVERIFY(killed.frames.isNull()); // no picture was made
        QVERIFY(!killed.error.isEmpty());
        QVERIFY(stopMs < m_fullDecodeMs / 2);
    }

    void cancellingInterruptsTheFfmpegRead()
    {
        // A clip that arrives slowly through a pipe (1 KiB every 20 ms): without the interrupt
        // FFmpeg would wait on the pipe until enough of it came to decode a frame.
        const QString clip = m_dir.filePath(QStringLiteral("clip.ts"));
        QCOMPARE(test::run(QStringLiteral("ffmpeg"),
                           {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                            QStringLiteral("testsrc2=size=640x360:rate=25:duration=2"),
                            QStringLiteral("-c:v"), QStringLiteral("libx264"),
                            QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip}),
                 0);
        const QByteArray bytes = test::readFile(clip);
        QString error;
        const media::Decoder *decoder = media::decoder(&error);
        QVERIFY2(decoder, qPrintable(error));
        media::FrameRequest request;
        request.bound = QSize(160, 160);
        QVERIFY2(!decoder->frame(clip, request, &error).isNull(), qPrintable(error));

        qint64 stopMs = -1, fed = -1;
        stopsOnASlowPipe(
            bytes, QStringLiteral("slow.ts"),
            [&](const QString &pipe, const std::atomic<bool> *cancelled) {
                request.cancelled = cancelled;
                QString why;
                return decoder->frame(pipe, request, &why).isNull();
            },
            &stopMs, &fed);
        if (QTest::currentTestFailed()) return;
        QVERIFY(stopMs < 500);
        QVERIFY(fed < bytes.size() / 2);
    }

    void cancellingInterruptsTheCoverFrame()
    {
        // The grid's and the Style Editor's frame of a clip: media::coverFrame hands its cancel
        // flag to FFmpeg too.
        const QByteArray bytes = test::readFile(m_dir.filePath(QStringLiteral("clip.ts")));
        QVERIFY2(!bytes.isEmpty(), "runs after cancellingInterruptsTheFfmpegRead");
        qint64 stopMs = -1, fed = -1;
        stopsOnASlowPipe(
            bytes, QStringLiteral("slow-cover.ts"),
            [](const QString &pipe, const std::atomic<bool> *cancelled) {
                QString why;
                const QImage frame =
                    media::coverFrame(pipe, QSize(160, 160), &why, 10000, cancelled);
                return frame.isNull() && !why.isEmpty();
            },
            &stopMs, &fed);
        if (QTest::currentTestFailed()) return;
        QVERIFY(stopMs < 500);
        QVERIFY(fed < bytes.size() / 2);
    }

    void supersededBucketPreviewStopsTransferring()
    {
        test::S3rver s3(m_dir.filePath(QStringLiteral("s3")), {QStringLiteral("photos")});
        QVERIFY(s3.start());
        s3.useForS3();
        storage::ObjectClient client(
            storage::endpointFor(storage::parseObjectUrl(QStringLiteral("s3://photos/"))));
        const QByteArray big = test::randomBytes(24 << 20, 7);
        const QByteArray next = test::makeImage(320, 240, QStringLiteral("jpg"));
        const storage::ObjectInfo bigInfo =
            client.put(QStringLiteral("photos"), QStringLiteral("big.jpg"), big);
        const storage::ObjectInfo nextInfo =
            client.put(QStringLiteral("photos"), QStringLiteral("next.jpg"), next);
        // From here on the pipeline reaches the server through the slow, counting relay.
        CountingRelay relay(quint16(s3.url().port()));
        qputenv("ASSETDESK_S3_ENDPOINT",
                QStringLiteral("http://127.0.0.1:%1").arg(relay.port()).toUtf8());
        auto preview = [](const QString &key, const storage::ObjectInfo &info, qint64 size) {
            loading::Request r;
            r.location = QStringLiteral("s3://photos/") + key;
            r.etag = info.etag;
            r.size = size;
            r.purpose = loading::Purpose::Preview;
            return r;
        };
        loading::Scheduler scheduler(16 << 20, 2);
        bool oldAnswered = false;
        loading::Result newer;
        const loading::Ticket old = scheduler.submit(
            preview(QStringLiteral("big.jpg"), bigInfo, big.size()), Priority::Visible, this,
            [&oldAnswered](const loading::Result &) { oldAnswered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(relay.delivered() > (1 << 20), 20000);
        // The user selects the next object: the older load is removed first.
        scheduler.cancel(old);
        const qint64 atSupersede = relay.delivered();
        // Asked for by address alone, as the Style Editor's pasted object: the pipeline asks the
        // bucket for its version first.
        loading::Request pasted = preview(QStringLiteral("next.jpg"), nextInfo, next.size());
        pasted.etag.clear();
        pasted.size = -1;
        scheduler.submit(pasted, Priority::Visible, this,
                         [&newer](const loading::Result &r) { newer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(!newer.localPath.isEmpty() || !newer.error.isEmpty(), 20000);
        QVERIFY2(newer.ok(), qPrintable(newer.error));
        QCOMPARE(test::readFile(newer.localPath), next);
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.running(), 0, 10000);
        QTest::qWait(500); // anything still flowing would show now
        const qint64 after = relay.delivered() - atSupersede - next.size();
        qInfo("%lld bytes delivered before the newer selection, %lld after it (besides the "
              "newer object's %lld)",
              atSupersede, after, qint64(next.size()));
        QVERIFY(after < (1 << 20));
        QVERIFY(!oldAnswered);
        QVERIFY(atSupersede < big.size() / 2); // it was superseded mid-transfer
    }

private:
    // Submits `request` with a worker that keeps what loading::load returned in `killed`,
    // cancels it 50 ms in (well inside the decode, which takes about 0.5 s on an idle
    // machine) and gives how long the work took to stop after the cancel.
    void cancelMidDecode(loading::Scheduler &scheduler, const loading::Request &request,
                         bool *delivered, loading::Result *killed, qint64 *stopMs)
    {
        const loading::Ticket ticket = scheduler.submit(
            request, Priority::Visible, this,
            [delivered](const loading::Result &) { *delivered = true; },
            [killed](const loading::Request &r, imaging::RenderCancel &cancel) {
                return *killed = loading::load(r, cancel);
            });
        QTRY_COMPARE(scheduler.running(), 1);
        QTest::qWait(50);
        QElapsedTimer stopping;
        stopping.start();
        scheduler.cancel(ticket);
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.running(), 0, 30000);
        *stopMs = stopping.elapsed();
        QTest::qWait(50);
    }

    // A 64 Mpx PNG, made once: a PNG cannot shrink on load, so every pixel is inflated and
    // filtered.
    QString hugePng()
    {
        const QString file = m_dir.filePath(QStringLiteral("huge.png"));
        if (QFileInfo::exists(file)) return file;
        const vips::VImage ramps = (vips::VImage::xyz(8000, 8000) % 256).cast(VIPS_FORMAT_UCHAR);
        ramps.bandjoin(ramps[0]).pngsave(QFile::encodeName(file).constData(),
                                         vips::VImage::option()->set("compression", 1));
        return file;
    }

    // Feeds `bytes` through a named pipe, 1 KiB every 20 ms (without the interrupt FFmpeg
    // would wait on the pipe until enough came to decode a frame), runs `decode` on it (true:
    // it gave up with nothing), sets its cancel flag 300 ms in. `stopMs`: how long it took to
    // stop after the flag; `fed`: the bytes it had been given.
    void
    stopsOnASlowPipe(const QByteArray &bytes, const QString &name,
                     const std::function<bool(const QString &, const std::atomic<bool> *)> &decode,
                     qint64 *stopMs, qint64 *fed)
    {
        const QString pipe = m_dir.filePath(name);
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        std::atomic<bool> stop{false};
        std::atomic<qint64> written{0};
        std::thread writer([&] {
            int fd = -1;
            while (fd < 0 && !stop) { // the reader opens it when the decode starts
                fd = ::open(QFile::encodeName(pipe).constData(), O_WRONLY | O_NONBLOCK);
                if (fd < 0) QThread::msleep(5);
            }
            while (!stop && written < bytes.size()) {
                const qint64 n = std::min<qint64>(1024, bytes.size() - written);
                if (::write(fd, bytes.constData() + written, size_t(n)) != n) break;
                written += n;
                QThread::msleep(20);
            }
            if (fd >= 0) ::close(fd);
        });
        std::atomic<bool> cancelled{false};
        QElapsedTimer stopping;
        auto decoding = std::async(std::launch::async, [&] {
            const bool nothing = decode(pipe, &cancelled);
            return std::make_pair(nothing, stopping.elapsed());
        });
        QTest::qWait(300);
        stopping.start();
        cancelled = true;
        const bool finished =
            decoding.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
        stop = true;
        writer.join();
        QVERIFY(finished);
        const auto [nothing, stoppedMs] = decoding.get();
        QVERIFY(nothing);
        *stopMs = stoppedMs;
        *fed = written.load();
        qInfo("%s: FFmpeg stopped %lld ms after cancel, %lld of %lld bytes fed", qPrintable(name),
              *stopMs, *fed, qint64(bytes.size()));
    }

    QTemporaryDir m_dir;
    qint64 m_fullDecodeMs = 0;
};

QTEST_MAIN(TestLoading)
#include "test_loading.moc"
