// Batch processing: planning (sources, patterns, templates, conflict policies, dry run) and
// real runs through the job queue with corrupt inputs mixed in.

#include "common/error.h"
#include "jobs/batchplan.h"
#include "jobs/batchrunner.h"
#include "jobs/jobqueue.h"
#include "jobs/nametemplate.h"
#include "storage/atomicfile.h"
#include "support/testimages.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace ad;
using namespace ad::jobs;
using namespace ad::test;

class BatchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_src;
    QByteArray m_original; // a.jpg as written

    QString fresh(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QDir(path).removeRecursively();
        QDir().mkpath(path);
        return path;
    }
    static QStringList targets(const JobSpec &spec)
    {
        QStringList out;
        for (const ItemPlan &p : spec.items)
            out << QFileInfo(p.target).fileName();
        return out;
    }

private Q_SLOTS:
    // Outputs written together appear together, and only on commit.
    void atomicBatchCommitsAllOrNothing()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.bin")),
                      b = dir.filePath(QStringLiteral("b.bin"));
        {
            ad::storage::AtomicBatch batch;
            batch.write(a, "first");
            batch.write(b, "second");
            QVERIFY(!QFile::exists(a) && !QFile::exists(b));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // partials
        } // dropped without commit: nothing stays behind
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        ad::storage::AtomicBatch batch;
        batch.write(a, "first");
        batch.write(b, "second");
        batch.commit();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("a.bin"), QStringLiteral("b.bin")}));
        QFile f(b);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("second"));
    }

    void initTestCase()
    {
        m_src = m_dir.filePath(QStringLiteral("src"));
        QDir().mkpath(m_src + QStringLiteral("/sub"));
        m_original = makeImage(640, 480, QStringLiteral("jpg"));
        writeTemp(m_dir, QStringLiteral("src/a.jpg"), m_original);
        writeTemp(m_dir, QStringLiteral("src/b.png"), makeImage(320, 240, QStringLiteral("png")));
        writeTemp(m_dir, QStringLiteral("src/broken.jpg"),
                  makeImage(640, 480, QStringLiteral("jpg")).left(900));
        writeTemp(m_dir, QStringLiteral("src/notes.txt"), "not an image");
        writeTemp(m_dir, QStringLiteral("src/sub/c.webp"),
                  makeImage(200, 100, QStringLiteral("webp")));
    }

    void nameTemplates()
    {
        NameFields f{QStringLiteral("photo"), QStringLiteral("webp"),
                     QStringLiteral("thumb"), 7,
                     QDate(2026, 11, 23),     QStringLiteral("2024/trip")};
        QCOMPARE(expandNameTemplate(QStringLiteral("{name}_{style}.{ext}"), f),
                 QStringLiteral("photo_thumb.webp"));
        QCOMPARE(expandNameTemplate(QStringLiteral("{date}-{index}-{name}.{ext}"), f),
                 QStringLiteral("20261123-7-photo.webp"));
        QCOMPARE(expandNameTemplate(QStringLiteral("{dir}/{name}.{ext}"), f),
                 QStringLiteral("2024/trip/photo.webp"));
        QVERIFY_THROWS_EXCEPTION(ProcessingError,
                                 expandNameTemplate(QStringLiteral("{nam}.{ext}"), f));
        QVERIFY_THROWS_EXCEPTION(ProcessingError,
                                 expandNameTemplate(QStringLiteral("../{name}"), f));
        QVERIFY_THROWS_EXCEPTION(ProcessingError,
                                 expandNameTemplate(QStringLiteral("/tmp/{name}"), f));
        QCOMPARE(styleLabel(QStringLiteral("style/thumb-small")), QStringLiteral("thumb-small"));
        QCOMPARE(styleLabel(QStringLiteral("imageMogr2/thumbnail/1200x/format/webp/quality/80")),
                 QStringLiteral("thumbnail-1200x-format-webp-quality-80"));
    }

    void sourcesAndPatterns()
    {
        BatchRequest r;
        r.sources = {m_src};
        r.styles = {QStringLiteral("imageMogr2/thumbnail/100x/format/png")};
        r.destination = fresh(QStringLiteral("plan1"));
        QCOMPARE(targets(planBatch(r)),
                 (QStringList{QStringLiteral("a.png"), QStringLiteral("b.png"),
                              QStringLiteral("broken.png")}));
        r.recursive = true;
        r.nameTemplate = QStringLiteral("{dir}/{name}.{ext}");
        const JobSpec rec = planBatch(r);
        QCOMPARE(rec.items.size(), 4);
        QVERIFY(rec.items.last().target.endsWith(QLatin1String("/sub/c.png")));
        r.exclude = {QStringLiteral("broken*")};
        r.include = {QStringLiteral("*.jpg"), QStringLiteral("*.webp")};
        QCOMPARE(planBatch(r).items.size(), 2);
        // The output extension follows the style's format, else the source's.
        r.include.clear();
        r.exclude.clear();
        r.recursive = false;
        r.nameTemplate.clear();
        r.styles = {QStringLiteral("imageMogr2/rotate/90"), QStringLiteral("imageInfo")};
        QCOMPARE(
            targets(planBatch(r)).mid(0, 2),
            (QStringList{QStringLiteral("a_rotate-90.jpg"), QStringLiteral("a_imageInfo.json")}));
    }

    void badRequestsFailBeforeRunning()
    {
        BatchRequest r;
        r.sources = {m_src};
        r.destination = fresh(QStringLiteral("bad"));
        r.styles = {QStringLiteral("imageMogr2/thumbnail/abc")};
        try {
            planBatch(r);
            QFAIL("no error");
        } catch (const ProcessingError &e) {
            QVERIFY(e.error().message.contains(QLatin1String("style 'imageMogr2/thumbnail/abc'")));
        }
        r.styles = {QStringLiteral("imageMogr2/rotate/90")};
        r.sources = {m_dir.filePath(QStringLiteral("missing"))};
        QVERIFY_THROWS_EXCEPTION(ProcessingError, planBatch(r));
        // Nothing to do is said, not planned as an empty batch.
        const auto refusal = [&r]() -> QString {
            try {
                planBatch(r);
            } catch (const ProcessingError &e) {
                return e.error().message;
            }
            return {};
        };
        r.sources = {fresh(QStringLiteral("empty"))};
        QCOMPARE(refusal(), QStringLiteral("no files in %1").arg(r.sources.first()));
        r.sources = {m_src};
        r.include = {QStringLiteral("dusk*")};
        QVERIFY2(refusal().startsWith(QLatin1String("none of the ")), qPrintable(refusal()));
    }

    void conflictPolicies()
    {
        const QString dst = fresh(QStringLiteral("conflicts"));
        writeTemp(m_dir, QStringLiteral("conflicts/a.png"), "existing");
        BatchRequest r;
        r.sources = {m_src + QStringLiteral("/a.jpg"), m_src + QStringLiteral("/b.png")};
        r.styles = {QStringLiteral("imageMogr2/thumbnail/50x/format/png")};
        r.destination = dst;
        r.conflict = ConflictPolicy::Skip;
        JobSpec s = planBatch(r);
        QCOMPARE(s.items[0].state, ItemState::Skipped);
        QCOMPARE(s.items[1].state, ItemState::Pending);
        r.conflict = ConflictPolicy::Overwrite;
        s = planBatch(r);
        QCOMPARE(QFileInfo(s.items[0].target).fileName(), QStringLiteral("a.png"));
        QCOMPARE(s.items[0].state, ItemState::Pending);
        r.conflict = ConflictPolicy::Rename;
        s = planBatch(r);
        QCOMPARE(QFileInfo(s.items[0].target).fileName(), QStringLiteral("a (1).png"));
        // Two sources with one output name never collide, whatever the policy.
        r.sources = {m_src + QStringLiteral("/b.png"), m_src + QStringLiteral("/sub/c.webp")};
        r.nameTemplate = QStringLiteral("same.{ext}");
        r.conflict = ConflictPolicy::Overwrite;
        QCOMPARE(targets(planBatch(r)),
                 (QStringList{QStringLiteral("same.png"), QStringLiteral("same (1).png")}));
    }

    // A mixed folder: each string goes to the kinds it is for, pictures to image processing,
    // videos to snapshot (a poster) and videoinfo; documents are left alone.
    void mixedFolderGetsPostersAndThumbnails()
    {
        const QString src = fresh(QStringLiteral("mixed"));
        writeTemp(m_dir, QStringLiteral("mixed/photo.jpg"),
                  makeImage(400, 300, QStringLiteral("jpg")));
        QCOMPARE(run(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                      QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("testsrc2=size=320x240:rate=10:duration=1"),
                      src + QStringLiteral("/clip.mp4")}),
                 0);
        writeTemp(m_dir, QStringLiteral("mixed/notes.txt"), "not a picture");
        const QString dst = fresh(QStringLiteral("mixed-out"));
        BatchRequest r;
        r.sources = {src};
        r.styles = {QStringLiteral("imageMogr2/thumbnail/100x"),
                    QStringLiteral("ci-process=snapshot&time=0.5&width=80&format=png"),
                    QStringLiteral("ci-process=videoinfo")};
        r.nameTemplate = QStringLiteral("{name}-{index}-{style}.{ext}");
        r.destination = dst;
        const JobSpec spec = planBatch(r);
        // Three outputs; the other pairs are skipped, each saying why.
        QCOMPARE(spec.items.size(), 6);
        QStringList skipped;
        for (const ItemPlan &item : spec.items)
            if (item.state == ItemState::Skipped)
                skipped << QFileInfo(item.source).fileName() + QLatin1Char(' ') + item.note;
        skipped.sort();
        QCOMPARE(skipped, (QStringList{QStringLiteral("clip.mp4 not a picture"),
                                       QStringLiteral("photo.jpg not a video"),
                                       QStringLiteral("photo.jpg not a video")}));
        JobQueue q(QStringLiteral(":memory:"));
        q.registerKind(kBatchKind, batchStyleKind());
        q.start();
        QSignalSpy done(&q, &JobQueue::jobFinished);
        const qint64 id = q.submit(spec);
        QVERIFY(done.wait(30000));
        QCOMPARE(q.progress(id).counts.done, 3);
        QCOMPARE(q.progress(id).counts.skipped, 3);
        QStringList names = QDir(dst).entryList(QDir::Files);
        names.sort();
        QCOMPARE(names.size(), 3);
        for (const QString &name : names) {
            const QByteArray data = readFile(dst + QLatin1Char('/') + name);
            if (name.startsWith(QLatin1String("photo")))
                QCOMPARE(sizeOf(data), QSize(100, 75));
            else if (name.endsWith(QLatin1String(".png")))
                QCOMPARE(sizeOf(data), QSize(80, 60)); // the poster
            else
                QVERIFY2(name.endsWith(QLatin1String(".json")) && data.contains("\"MediaInfo\""),
                         qPrintable(name));
        }
        // doc-preview with ImageParams that set no format keeps the page type as extension.
        const QString docs = fresh(QStringLiteral("docs"));
        writeTemp(m_dir, QStringLiteral("docs/report.pdf"), "%PDF-1.4\n%%EOF\n");
        BatchRequest d;
        d.sources = {docs};
        d.destination = fresh(QStringLiteral("docs-out"));
        d.styles = {QStringLiteral("ci-process=doc-preview&page=1&ImageParams=imageMogr2/"
                                   "thumbnail/50x")};
        QCOMPARE(targets(planBatch(d)), QStringList{QStringLiteral("report.jpg")});
        // A folder with nothing a string applies to says so before running.
        r.sources = {src + QStringLiteral("/notes.txt")};
        r.include = {QStringLiteral("*.txt")};
        r.styles = {QStringLiteral("ci-process=snapshot&time=1")};
        try {
            planBatch(r);
            QFAIL("planned a snapshot of a text file");
        } catch (const ProcessingError &e) {
            QVERIFY2(e.error().message.contains(QLatin1String("videos")),
                     qPrintable(e.error().message));
        }
    }

    void runsWithFailuresReported()
    {
        const QString dst = fresh(QStringLiteral("run"));
        BatchRequest r;
        r.sources = {m_src};
        r.styles = {QStringLiteral("imageMogr2/thumbnail/160x/format/webp"),
                    QStringLiteral("imageMogr2/thumbnail/50x50!")};
        r.destination = dst;
        JobQueue q(QStringLiteral(":memory:"));
        q.registerKind(kBatchKind, batchStyleKind());
        q.start();
        QSignalSpy done(&q, &JobQueue::jobFinished);
        const qint64 id = q.submit(planBatch(r));
        QVERIFY(done.wait(30000));
        const JobProgress p = q.progress(id);
        QCOMPARE(p.counts.total, 6);
        QCOMPARE(p.counts.done, 4);
        QCOMPARE(p.counts.failed, 2);
        for (const ItemRecord &item : q.items(id)) {
            if (item.source.endsWith(QLatin1String("broken.jpg"))) {
                QCOMPARE(item.state, ItemState::Failed);
                QVERIFY(item.error.startsWith(QLatin1String("InvalidImage")));
                QVERIFY(!QFile::exists(item.target));
            } else {
                QCOMPARE(item.state, ItemState::Done);
                QFile f(item.target);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray data = f.readAll();
                QCOMPARE(data.size(), item.bytesOut);
                // Both sources are 4:3, so the 160 px wide result is 160x120.
                const QSize expected = item.variant.contains(QLatin1String("50x50!"))
                                           ? QSize(50, 50)
                                           : QSize(160, 120);
                QCOMPARE(sizeOf(data), expected);
            }
        }
        // Originals untouched; no partial files left.
        QFile original(m_src + QStringLiteral("/a.jpg"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), m_original);
        for (const QString &name : QDir(dst).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(!storage::isPartialPath(name), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(BatchTest)
#include "test_batch.moc"
