// The facts cache: asking queues one read per file off the caller's thread, answers arrive in
// batches through ready(), are kept, and a folder left drops the reads still queued.

#include "assets/factscache.h"
#include "support/testimages.h"

#include <QSignalSpy>
#include <QTest>

using namespace ad;
using namespace ad::test;

class FactsCacheTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void readsOnceAndKeeps()
    {
        const QString a = writeTemp(m_dir, "a.jpg", makeImage(64, 48, "jpg"));
        const QString b = writeTemp(m_dir, "b.png", makeImage(30, 20, "png"));
        assets::FactsCache cache;
        QSignalSpy ready(&cache, &assets::FactsCache::ready);
        QVERIFY(!cache.facts(a));
        QVERIFY(!cache.facts(b));
        QVERIFY(!cache.facts(a)); // asked twice, read once
        QCOMPARE(cache.pending(), 2);
        QStringList announced;
        QTRY_VERIFY_WITH_TIMEOUT((announced =
                                      [&] {
                                          QStringList all;
                                          for (const QList<QVariant> &batch : ready)
                                              all << batch.first().toStringList();
                                          return all;
                                      }())
                                         .size() == 2,
                                 10000);
        announced.sort();
        QCOMPARE(announced, (QStringList{a, b}));
        QCOMPARE(cache.pending(), 0);
        QCOMPARE(cache.known(a)->size, QSize(64, 48));
        QCOMPARE(cache.facts(b)->size, QSize(30, 20));
        QCOMPARE(cache.known(b)->kind, assets::Kind::Image);
    }

    void dropQueuedForgetsWhatWasNotRead()
    {
        assets::FactsCache cache;
        QStringList paths;
        for (int i = 0; i < 200; ++i)
            paths << writeTemp(m_dir, QStringLiteral("d%1.png").arg(i), makeImage(8, 8, "png"));
        for (const QString &p : std::as_const(paths))
            cache.facts(p);
        cache.dropQueued(); // before the event loop hands them to the pool
        QTest::qWait(300);
        for (const QString &p : std::as_const(paths))
            QVERIFY(!cache.known(p));
        QCOMPARE(cache.pending(), 0);
        QVERIFY(!cache.facts(paths.first())); // asked again: queued again
        QTRY_VERIFY(cache.known(paths.first()));
    }
};

QTEST_GUILESS_MAIN(FactsCacheTest)
#include "test_factscache.moc"
