// The endpoint's result cache: least recently used entries leave first once it is over its
// size, identical requests in flight are computed once, a changed source never meets an old
// entry, and what is on disk is found again after a restart.

#include "common/error.h"
#include "server/resultcache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using ad::server::CachedResult;
using ad::server::ResultCache;

namespace
{

CachedResult resultOf(const QByteArray &body)
{
    CachedResult r;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("image/jpeg")});
    return r;
}

// Gets `key`, counting the computations in `computed`.
CachedResult fetch(ResultCache &cache, const QByteArray &key, int *computed,
                   const QByteArray &body = {}, bool *hit = nullptr)
{
    return cache.get(
        key,
        [&] {
            ++*computed;
            return resultOf(body.isEmpty() ? key.repeated(100) : body);
        },
        hit);
}

int entryFiles(const QString &folder)
{
    return int(QDir(folder).entryList(QDir::Files).size());
}

} // namespace

class TestResultCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesAndAnswersWithHeadersAndEtag();
    void evictsLeastRecentlyUsedBySize();
    void computesIdenticalRequestsInFlightOnce();
    void errorsReachEveryWaiterAndAreNotKept();
    void changedSourceNeverMeetsAnOldEntry();
    void rebuildsFromItsFolderAtStart();
    void restartKeepsTheOrderOfUse();
    void unstorableAndOversizedResultsAreNotKept();
};

void TestResultCache::storesAndAnswersWithHeadersAndEtag()
{
    QTemporaryDir dir;
    ResultCache cache(dir.path(), 1 << 20);
    int computed = 0;
    bool hit = true;
    const CachedResult first = fetch(cache, "\"e1\"\nimageMogr2/thumbnail/256x", &computed,
                                     "JPEGBYTES\n\nwith blank lines", &hit);
    QVERIFY(!hit);
    bool again = false;
    const CachedResult second =
        fetch(cache, "\"e1\"\nimageMogr2/thumbnail/256x", &computed, "other", &again);
    QVERIFY(again);
    QCOMPARE(computed, 1);
    QCOMPARE(second.body, QByteArray("JPEGBYTES\n\nwith blank lines"));
    QCOMPARE(second.headers.size(), 1);
    QCOMPARE(second.headers.first().first, QByteArray("Content-Type"));
    QCOMPARE(second.headers.first().second, QByteArray("image/jpeg"));
    QCOMPARE(second.etag, first.etag);
    QCOMPARE(second.etag, ResultCache::etagFor("\"e1\"\nimageMogr2/thumbnail/256x"));
    QVERIFY(second.etag.startsWith('"') && second.etag.endsWith('"') && second.etag.size() == 34);
    QCOMPARE(cache.entries(), 1);
    QCOMPARE(entryFiles(dir.path()), 1);
}

void TestResultCache::evictsLeastRecentlyUsedBySize()
{
    QTemporaryDir dir;
    // Each entry is 1000 body bytes plus a small header: three fit, four do not.
    ResultCache cache(dir.path(), 3500);
    int computed = 0;
    const QByteArray body(1000, 'x');
    fetch(cache, "a", &computed, body);
    fetch(cache, "b", &computed, body);
    fetch(cache, "c", &computed, body);
    QCOMPARE(cache.entries(), 3);
    QVERIFY(cache.bytes() > 3000 && cache.bytes() <= 3500);
    bool hit = false;
    fetch(cache, "a", &computed, body, &hit); // "a" is now the most recently used
    QVERIFY(hit);
    fetch(cache, "d", &computed, body); // over the size: "b", least recently used, goes
    QCOMPARE(computed, 4);
    QCOMPARE(cache.entries(), 3);
    QCOMPARE(entryFiles(dir.path()), 3);
    QVERIFY(cache.bytes() <= 3500);
    fetch(cache, "a", &computed, body, &hit);
    QVERIFY(hit);
    fetch(cache, "c", &computed, body, &hit);
    QVERIFY(hit);
    fetch(cache, "b", &computed, body, &hit);
    QVERIFY(!hit);
    QCOMPARE(computed, 5);
    // Bringing "b" back pushed out "d", the least recently used of a, c, d.
    fetch(cache, "d", &computed, body, &hit);
    QVERIFY(!hit);
}

void TestResultCache::computesIdenticalRequestsInFlightOnce()
{
    QTemporaryDir dir;
    ResultCache cache(dir.path(), 1 << 20);
    std::atomic<int> computed{0};
    std::atomic<int> started{0};
    QList<QByteArray> bodies(8);
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&, i] {
            ++started;
            bodies[i] = cache
                            .get("\"e1\"\nimageMogr2/format/webp",
                                 [&] {
                                     ++computed;
                                     // Long enough for every other thread to arrive meanwhile.
                                     while (started < 8)
                                         std::this_thread::yield();
                                     std::this_thread::sleep_for(std::chrono::milliseconds(100));
                                     return resultOf("WEBP");
                                 })
                            .body;
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(computed.load(), 1);
    for (const QByteArray &body : bodies)
        QCOMPARE(body, QByteArray("WEBP"));
}

void TestResultCache::errorsReachEveryWaiterAndAreNotKept()
{
    QTemporaryDir dir;
    ResultCache cache(dir.path(), 1 << 20);
    std::atomic<int> computed{0};
    std::atomic<int> started{0};
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&] {
            ++started;
            try {
                cache.get("\"e1\"\nbroken", [&]() -> CachedResult {
                    ++computed;
                    while (started < 4)
                        std::this_thread::yield();
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
                    throw ad::ProcessingError(ad::ErrorCode::InvalidImage, QStringLiteral("bad"));
                });
            } catch (const ad::ProcessingError &e) {
                if (e.error().code == ad::ErrorCode::InvalidImage) ++failures;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(computed.load(), 1);
    QCOMPARE(failures.load(), 4);
    QCOMPARE(cache.entries(), 0);
    int again = 0;
    fetch(cache, "\"e1\"\nbroken", &again);
    QCOMPARE(again, 1); // an error is not remembered: the next request tries again
}

void TestResultCache::changedSourceNeverMeetsAnOldEntry()
{
    QTemporaryDir dir;
    ResultCache cache(dir.path(), 1 << 20);
    int computed = 0;
    const CachedResult before = fetch(cache, "\"v1\"\nimageMogr2/thumbnail/256x", &computed, "old");
    bool hit = true;
    const CachedResult after =
        fetch(cache, "\"v2\"\nimageMogr2/thumbnail/256x", &computed, "new", &hit);
    QVERIFY(!hit);
    QCOMPARE(after.body, QByteArray("new"));
    QVERIFY(after.etag != before.etag);
    QCOMPARE(fetch(cache, "\"v2\"\nimageMogr2/thumbnail/256x", &computed, "x").body,
             QByteArray("new"));
    QCOMPARE(computed, 2);
}

void TestResultCache::rebuildsFromItsFolderAtStart()
{
    QTemporaryDir dir;
    int computed = 0;
    qint64 bytes = 0;
    {
        ResultCache cache(dir.path(), 1 << 20);
        fetch(cache, "one", &computed, QByteArray(500, '1'));
        fetch(cache, "two", &computed, QByteArray(500, '2'));
        fetch(cache, "three", &computed, QByteArray(500, '3'));
        bytes = cache.bytes();
    }
    // A crash leaves a partial file; another one leaves an entry cut short.
    QFile partial(dir.filePath(QStringLiteral("0123.part-abc")));
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write("half");
    partial.close();
    QCOMPARE(entryFiles(dir.path()), 4);

    ResultCache cache(dir.path(), 1 << 20);
    QCOMPARE(cache.entries(), 3);
    QCOMPARE(cache.bytes(), bytes);
    QVERIFY(!QFile::exists(partial.fileName()));
    bool hit = false;
    QCOMPARE(fetch(cache, "two", &computed, "recomputed", &hit).body, QByteArray(500, '2'));
    QVERIFY(hit);
    QCOMPARE(computed, 3);

    // Truncate every entry: each is recognised as broken and computed again.
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.resize(f.size() - 10));
    }
    QCOMPARE(fetch(cache, "one", &computed, "fresh", &hit).body, QByteArray("fresh"));
    QVERIFY(!hit);
    QCOMPARE(computed, 4);

    // A smaller size at start evicts down to it.
    ResultCache smaller(dir.path(), 300);
    QVERIFY(smaller.bytes() <= 300);
    QVERIFY(smaller.entries() <= 1);
    QVERIFY(entryFiles(dir.path()) <= 1);
}

void TestResultCache::restartKeepsTheOrderOfUse()
{
    QTemporaryDir dir;
    int computed = 0;
    qint64 one = 0;
    {
        ResultCache cache(dir.path(), 1 << 20);
        for (const QByteArray key : {"a", "b", "c"}) {
            fetch(cache, key, &computed, QByteArray(500, key[0]));
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        one = cache.bytes() / 3;
        bool hit = false;
        fetch(cache, "a", &computed, {}, &hit); // "a" used last; "b" is now the oldest use
        QVERIFY(hit);
    }
    ResultCache twoFit(dir.path(), one * 2);
    QCOMPARE(twoFit.entries(), 2);
    bool hit = false;
    fetch(twoFit, "a", &computed, {}, &hit);
    QVERIFY(hit);
    fetch(twoFit, "c", &computed, {}, &hit);
    QVERIFY(hit);
    fetch(twoFit, "b", &computed, QByteArray(500, 'b'), &hit);
    QVERIFY(!hit);
    QCOMPARE(computed, 4);
}

void TestResultCache::unstorableAndOversizedResultsAreNotKept()
{
    QTemporaryDir dir;
    ResultCache cache(dir.path(), 1000);
    int computed = 0;
    const auto unstorable = [&] {
        ++computed;
        CachedResult r = resultOf("changed meanwhile");
        r.storable = false;
        return r;
    };
    QCOMPARE(cache.get("k", unstorable).body, QByteArray("changed meanwhile"));
    cache.get("k", unstorable);
    QCOMPARE(computed, 2);
    fetch(cache, "big", &computed, QByteArray(2000, 'b'));
    QCOMPARE(cache.entries(), 0);
    QCOMPARE(entryFiles(dir.path()), 0);

    // Without a folder nothing is kept, but requests in flight are still shared.
    ResultCache memoryless(QString(), 1 << 20);
    fetch(memoryless, "k", &computed);
    fetch(memoryless, "k", &computed);
    QCOMPARE(computed, 5);
}

QTEST_GUILESS_MAIN(TestResultCache)
#include "test_resultcache.moc"
