// Documents to Images as a job, and the names jobs hand out: documents of one base name keep
// all their pages, files there before are kept, skipped or replaced as the policy says, each
// item's note says what it wrote; the batch planner shares the same name reservation.

#include "jobs/batchplan.h"
#include "jobs/docjob.h"
#include "jobs/jobqueue.h"
#include "jobs/nametemplate.h"
#include "support/testdocs.h"
#include "support/testimages.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::jobs;
using namespace ad::test;

class DocJobTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pdf;  // report.pdf, 3 pages of 8 x 10 in
    QString m_docx; // report.docx, 3 pages
    int m_journals = 0;

    // Runs a doc job to its end on a queue of its own; returns its items.
    QList<ItemRecord> run(const JobSpec &spec)
    {
        JobQueue queue(m_dir.filePath(QStringLiteral("journal-%1.db").arg(++m_journals)));
        queue.registerKind(kDocPreviewKind, docPreviewKind());
        queue.setThreads(PoolKind::Cpu, 2); // both documents at once, racing for names
        queue.start();
        QSignalSpy finished(&queue, &JobQueue::jobFinished);
        const qint64 id = queue.submit(spec);
        if (!finished.wait(240000)) return {};
        return queue.items(id);
    }

    static QString folder(const QString &path) { return QDir(path).absolutePath(); }
    static QStringList filesIn(const QString &dir)
    {
        QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        names.sort();
        return names;
    }
    static QByteArray bytesOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    struct CliRun {
        int exitCode = -1;
        QByteArray out, err;
    };
    // assetdesk-cli docpreview on report.pdf with `args`.
    CliRun docpreview(const QStringList &args)
    {
        QProcess cli;
        cli.start(QStringLiteral(ASSETDESK_CLI),
                  QStringList{QStringLiteral("docpreview"), m_pdf} + args);
        if (!cli.waitForFinished(120000)) return {};
        return {cli.exitCode(), cli.readAllStandardOutput(), cli.readAllStandardError()};
    }
    static document::DocRequest allPages()
    {
        document::DocRequest r;
        r.startPage = 1;
        r.endPage = -1;
        r.imageDpi = 96;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DocMaker maker(m_dir.path());
        m_pdf = maker.text(QStringLiteral("report"), 3, QStringLiteral("pdf"));
        m_docx = maker.text(QStringLiteral("report"), 3, QStringLiteral("docx"));
        QVERIFY(QFile::exists(m_pdf) && QFile::exists(m_docx));
    }

    void countersGoWhereTheNameAllowsThem()
    {
        QCOMPARE(withCounter(QStringLiteral("/d/a.jpg"), 1), QStringLiteral("/d/a (1).jpg"));
        QCOMPARE(withCounter(QStringLiteral("/d/a (1).jpg"), 1), QStringLiteral("/d/a (2).jpg"));
        QCOMPARE(withCounter(QStringLiteral("cos://b/x/noext"), 2),
                 QStringLiteral("cos://b/x/noext (2)"));
        QCOMPARE(withCounter(QStringLiteral("report_${Page}.jpg"), 1),
                 QStringLiteral("report (1)_${Page}.jpg"));
        QCOMPARE(withCounter(QStringLiteral("book_sheet${SheetID}_${Page}.png"), 3),
                 QStringLiteral("book (3)_sheet${SheetID}_${Page}.png"));
        QCOMPARE(withCounter(QStringLiteral("${Page}.jpg"), 1), QStringLiteral("${Page} (1).jpg"));
    }

    void reservationsNeverHandOutANameTwice()
    {
        NameReservation names;
        QCOMPARE(names.claim(QStringLiteral("/d/a.jpg")), QStringLiteral("/d/a.jpg"));
        QCOMPARE(names.claim(QStringLiteral("/d/a.jpg")), QStringLiteral("/d/a (1).jpg"));
        // A set moves together: one taken name gives every name of it the next counter.
        const auto pages = [](int n) {
            const QString stem = n ? QStringLiteral("r (%1)").arg(n) : QStringLiteral("r");
            return QStringList{stem + QStringLiteral("_1.jpg"), stem + QStringLiteral("_2.jpg")};
        };
        const auto secondExists = [](const QString &name) {
            return name == QLatin1String("r_2.jpg");
        };
        QCOMPARE(names.claim(pages, secondExists),
                 (QStringList{QStringLiteral("r (1)_1.jpg"), QStringLiteral("r (1)_2.jpg")}));
        QCOMPARE(names.claim(pages),
                 (QStringList{QStringLiteral("r_1.jpg"), QStringLiteral("r_2.jpg")}));
        names.release({QStringLiteral("r_1.jpg"), QStringLiteral("r_2.jpg")});
        QCOMPARE(names.claim(pages).first(), QStringLiteral("r_1.jpg"));
    }

    // a.png and a.jpg both become a.jpg under a JPEG style: never one output for both.
    void batchOfOneBaseNameKeepsBothOutputs()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("src"));
        QDir().mkpath(src);
        // Pictures (a PDF under a picture's name is a document, which image styles skip).
        QDir srcDir(src);
        QFile png(srcDir.filePath(QStringLiteral("a.png")));
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(ad::test::makeImage(8, 8, QStringLiteral("png")));
        png.close();
        QFile jpg(srcDir.filePath(QStringLiteral("a.jpg")));
        QVERIFY(jpg.open(QIODevice::WriteOnly));
        jpg.write(ad::test::makeImage(8, 8, QStringLiteral("jpg")));
        jpg.close();
        const QString out = dir.filePath(QStringLiteral("out"));
        QDir().mkpath(out);
        QFile existing(out + QStringLiteral("/a (1).jpg"));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        BatchRequest r;
        r.sources = {src};
        r.styles = {QStringLiteral("imageMogr2/format/jpg")};
        r.destination = out;
        const JobSpec spec = planBatch(r);
        QCOMPARE(spec.items.size(), 2);
        QStringList targets{QFileInfo(spec.items[0].target).fileName(),
                            QFileInfo(spec.items[1].target).fileName()};
        QCOMPARE(targets, (QStringList{QStringLiteral("a.jpg"), QStringLiteral("a (2).jpg")}));
    }

    // report.pdf and report.docx in one job: six pages, none lost, each item says what it wrote.
    void documentsOfOneBaseNameKeepAllPages()
    {
        const QString out = folder(m_dir.filePath(QStringLiteral("same-name")));
        const QList<ItemRecord> items =
            run(planDocJob({m_pdf, m_docx}, out, allPages(), {}, ConflictPolicy::Rename));
        QCOMPARE(items.size(), 2);
        QCOMPARE(
            filesIn(out),
            (QStringList{QStringLiteral("report (1)_1.jpg"), QStringLiteral("report (1)_2.jpg"),
                         QStringLiteral("report (1)_3.jpg"), QStringLiteral("report_1.jpg"),
                         QStringLiteral("report_2.jpg"), QStringLiteral("report_3.jpg")}));
        for (const QString &name : filesIn(out)) {
            const QSize size = sizeOf(bytesOf(QDir(out).filePath(name)));
            // 8 x 10 in at 96 DPI; LibreOffice's DOCX round trip may lose a pixel of width.
            if (name.startsWith(QLatin1String("report_")))
                QCOMPARE(size, QSize(768, 960));
            else
                QVERIFY2(size.height() == 960 && size.width() >= 767 && size.width() <= 768,
                         qPrintable(name));
        }
        for (const ItemRecord &item : items) {
            QCOMPARE(item.state, ItemState::Done);
            QVERIFY2(item.error.startsWith(QStringLiteral("3 output(s) written")),
                     qPrintable(item.error));
        }
        QVERIFY(items[0].error.contains(QStringLiteral("report_1.jpg … report_3.jpg")));
        QVERIFY(items[1].error.contains(QStringLiteral("report (1)_1.jpg … report (1)_3.jpg")));
    }

    void existingFilesFollowThePolicy_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("note");
        QTest::addColumn<bool>("kept");
        const QStringList plain{QStringLiteral("report_1.jpg"), QStringLiteral("report_2.jpg"),
                                QStringLiteral("report_3.jpg")};
        // All pages move to the next counter together: report_2.jpg is not written beside the
        // user's report_1.jpg.
        QTest::newRow("rename") << int(ConflictPolicy::Rename)
                                << QStringList{QStringLiteral("report (1)_1.jpg"),
                                               QStringLiteral("report (1)_2.jpg"),
                                               QStringLiteral("report (1)_3.jpg"),
                                               QStringLiteral("report_1.jpg")}
                                << QStringLiteral("3 output(s) written: report (1)_1.jpg … "
                                                  "report (1)_3.jpg (renamed: report_1.jpg was "
                                                  "taken)")
                                << true;
        QTest::newRow("skip") << int(ConflictPolicy::Skip) << plain
                              << QStringLiteral("2 output(s) written: report_2.jpg … "
                                                "report_3.jpg; 1 skipped: the file exists")
                              << true;
        QTest::newRow("overwrite")
            << int(ConflictPolicy::Overwrite) << plain
            << QStringLiteral("3 output(s) written: report_1.jpg … report_3.jpg") << false;
    }

    // A file there before is never replaced silently.
    void existingFilesFollowThePolicy()
    {
        QFETCH(int, policy);
        QFETCH(QStringList, files);
        QFETCH(QString, note);
        QFETCH(bool, kept);
        const QString out = folder(m_dir.filePath(QString::fromLatin1(QTest::currentDataTag())));
        QDir().mkpath(out);
        const QString mine = QDir(out).filePath(QStringLiteral("report_1.jpg"));
        QFile f(mine);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the user's own file");
        f.close();
        const QList<ItemRecord> items =
            run(planDocJob({m_pdf}, out, allPages(), {}, ConflictPolicy(policy)));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].state, ItemState::Done);
        QCOMPARE(items[0].error, note);
        QCOMPARE(filesIn(out), files);
        QCOMPARE(bytesOf(mine) == "the user's own file", kept);
        if (!kept) QCOMPARE(sizeOf(bytesOf(mine)), QSize(768, 960));
    }

    // The command line applies the same policy when it writes into a folder.
    void commandLineKeepsExistingPages()
    {
        const QString out = folder(m_dir.filePath(QStringLiteral("cli")));
        QDir().mkpath(out);
        QFile f(QDir(out).filePath(QStringLiteral("report_2.jpg")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep");
        f.close();
        QProcess cli;
        cli.start(QStringLiteral(ASSETDESK_CLI),
                  {QStringLiteral("docpreview"), m_pdf, QStringLiteral("--start-page"),
                   QStringLiteral("1"), QStringLiteral("--dst-type"), QStringLiteral("jpg"),
                   QStringLiteral("-o"), out});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(bytesOf(QDir(out).filePath(QStringLiteral("report_2.jpg"))), QByteArray("keep"));
        QCOMPARE(
            filesIn(out),
            (QStringList{QStringLiteral("report (1)_1.jpg"), QStringLiteral("report (1)_2.jpg"),
                         QStringLiteral("report (1)_3.jpg"), QStringLiteral("report_2.jpg")}));
    }

    // A name pattern that gives two pages one path is refused before anything is written, and
    // "{page}" (not a field) is refused with the real fields named.
    void commandLineRefusesPatternsThatMergePages()
    {
        const QString out = folder(m_dir.filePath(QStringLiteral("dn")));
        const QStringList twoPages{QStringLiteral("--start-page"), QStringLiteral("1"),
                                   QStringLiteral("--end-page"),   QStringLiteral("2"),
                                   QStringLiteral("--dst-type"),   QStringLiteral("png"),
                                   QStringLiteral("-o"),           out,
                                   QStringLiteral("--name")};
        CliRun run = docpreview(twoPages + QStringList{QStringLiteral("{name}-p{page}.png")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("InvalidArgument") && run.err.contains("{name}") &&
                     run.err.contains("${Page}"),
                 run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(filesIn(out).isEmpty());

        run = docpreview(twoPages + QStringList{QStringLiteral("sheet${SheetID}.png")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("InvalidArgument") && run.err.contains("same name"),
                 run.err.constData());
        QVERIFY(filesIn(out).isEmpty());

        run = docpreview(twoPages + QStringList{QStringLiteral("p${Page}.png")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(filesIn(out), (QStringList{QStringLiteral("p1.png"), QStringLiteral("p2.png")}));
        QVERIFY(bytesOf(QDir(out).filePath(QStringLiteral("p1.png"))).startsWith("\x89PNG"));
        QCOMPARE(sizeOf(bytesOf(QDir(out).filePath(QStringLiteral("p2.png")))), QSize(768, 960));
    }

    // -o without an extension is a folder even when missing; a single output file there before
    // follows --conflict like pages in a folder do (rename by default).
    void commandLineNeverOverwritesASingleOutput()
    {
        const QString docs = folder(m_dir.filePath(QStringLiteral("single/docs")));
        CliRun run = docpreview({QStringLiteral("-o"), docs});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo(docs).isDir());
        QCOMPARE(filesIn(docs), QStringList{QStringLiteral("report_1.jpg")});
        const QByteArray first = bytesOf(QDir(docs).filePath(QStringLiteral("report_1.jpg")));
        QCOMPARE(sizeOf(first), QSize(768, 960));
        run = docpreview(
            {QStringLiteral("--scale"), QStringLiteral("50"), QStringLiteral("-o"), docs});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(bytesOf(QDir(docs).filePath(QStringLiteral("report_1.jpg"))), first);
        QCOMPARE(sizeOf(bytesOf(QDir(docs).filePath(QStringLiteral("report (1)_1.jpg")))),
                 QSize(384, 480));

        const QString file = m_dir.filePath(QStringLiteral("single/page.jpg"));
        QCOMPARE(docpreview({QStringLiteral("-o"), file}).exitCode, 0);
        const QByteArray mine = bytesOf(file);
        QCOMPARE(sizeOf(mine), QSize(768, 960));
        run = docpreview(
            {QStringLiteral("--scale"), QStringLiteral("50"), QStringLiteral("-o"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("page (1).jpg"));
        QCOMPARE(bytesOf(file), mine);
        const QString renamed = m_dir.filePath(QStringLiteral("single/page (1).jpg"));
        QCOMPARE(sizeOf(bytesOf(renamed)), QSize(384, 480));
        run = docpreview({QStringLiteral("--scale"), QStringLiteral("50"),
                          QStringLiteral("--conflict"), QStringLiteral("skip"),
                          QStringLiteral("-o"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("\"SkippedPageCount\":1"));
        QCOMPARE(bytesOf(file), mine);
        QCOMPARE(filesIn(m_dir.filePath(QStringLiteral("single"))),
                 (QStringList{QStringLiteral("page (1).jpg"), QStringLiteral("page.jpg")}));
        run = docpreview({QStringLiteral("--scale"), QStringLiteral("50"),
                          QStringLiteral("--conflict"), QStringLiteral("overwrite"),
                          QStringLiteral("-o"), file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(sizeOf(bytesOf(file)), QSize(384, 480));
    }
};

QTEST_GUILESS_MAIN(DocJobTest)
#include "test_docjob.moc"
