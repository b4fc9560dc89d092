// Work bounds of one request: the frames × pixels limit on every stage's planned output, and the
// time budget that stops a render inside libvips.

#include "common/error.h"
#include "imaging/budget.h"
#include "imaging/executor.h"
#include "imaging/vipsutil.h"
#include "support/testimages.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace ad;
using namespace ad::imaging;
using namespace ad::test;
using namespace std::chrono_literals;

namespace
{
// Enlarges to 9999x9999 and blurs with the widest kernel: 43 s of work.
constexpr char kHeavyStage[] = "imageMogr2/thumbnail/9999x9999!/blur/50x50";

Error failure(const QByteArray &in, const QString &processing, const ProcessOptions &options = {})
{
    try {
        process({QString(), in}, processing, options);
    } catch (const ProcessingError &e) {
        return e.error();
    }
    return {ErrorCode::InvalidArgument, QStringLiteral("succeeded")};
}
} // namespace

class BudgetTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_gif; // 16x16, 78 frames
    QByteArray m_small;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_gif = makeGif(16, 16, 78);
        QCOMPARE(framesOf(m_gif), 78);
        m_small = makeImage(64, 48, QStringLiteral("png"));
    }

    void framePixelLimitBoundary()
    {
        // 1600x1600 in 97 frames is 248 320 000 pixels; one frame more passes 250 000 000.
        checkFramePixels({1600, 1600}, 97);
        try {
            checkFramePixels({1600, 1600}, 98);
            QFAIL("98 frames of 1600x1600 passed");
        } catch (const ProcessingError &e) {
            QCOMPARE(e.error().code, ErrorCode::ImageTooLarge);
            QCOMPARE(e.error().errNo(), -447);
        }
    }

    // Regression: a small animated GIF enlarged per frame passed the input-only check and ran
    // for minutes at 1.3 GB. The planned output is refused before any frame is scaled.
    void animatedOutputOverLimitIsRefusedUpFront()
    {
        QElapsedTimer timer;
        timer.start();
        const QString processing = QStringLiteral("imageMogr2/thumbnail/9999x9999!");
        const Error e = failure(m_gif, processing);
        QCOMPARE(e.code, ErrorCode::ImageTooLarge);
        QCOMPARE(e.errNo(), -447);
        QVERIFY2(e.message.contains(QLatin1String("78 frame")), qPrintable(e.message));
        QCOMPARE(e.offset, processing.indexOf(QLatin1String("thumbnail")));
        // Nothing was computed: well under what one enlarged frame takes to encode.
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(vips_tracked_get_mem_highwater() < 64 * 1024 * 1024);
    }

    // Every stage's output is checked, not only the first: the second stage is refused.
    void laterStageIsChecked()
    {
        const QString processing =
            QStringLiteral("imageMogr2/thumbnail/32x32|imageMogr2/thumbnail/9999x9999!");
        const Error e = failure(m_gif, processing);
        QCOMPARE(e.code, ErrorCode::ImageTooLarge);
        QCOMPARE(e.offset, processing.lastIndexOf(QLatin1String("thumbnail")));
    }

    // The limit is a limit error: ignore-error/1 passes the frames through unchanged (D25).
    void ignoreErrorPassesFramesThrough()
    {
        const ProcessResult r = process(
            {QString(), m_gif}, QStringLiteral("imageMogr2/thumbnail/9999x9999!/ignore-error/1"));
        QCOMPARE(r.size, QSize(16, 16));
        QCOMPARE(r.frames, 78);
        QCOMPARE(framesOf(r.data), 78);
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("stage skipped")));
    }

    // What stays within the limit still runs, frame count intact.
    void animatedOutputWithinLimitRuns()
    {
        const ProcessResult r =
            process({QString(), m_gif}, QStringLiteral("imageMogr2/thumbnail/32x32!"));
        QCOMPARE(r.size, QSize(32, 32));
        QCOMPARE(framesOf(r.data), 78);
    }

    // One stage that enlarges to 9999x9999 and blurs with the widest kernel takes 43 s; the
    // budget ends it inside libvips, within one strip's work of the deadline.
    void deadlineEndsHeavyRender()
    {
        QCOMPARE(ProcessOptions{}.deadline, 30000ms);
        ProcessOptions options;
        options.deadline = 500ms;
        QElapsedTimer timer;
        timer.start();
        const Error e = failure(m_small, QString::fromLatin1(kHeavyStage), options);
        const qint64 ms = timer.elapsed();
        QCOMPARE(e.code, ErrorCode::TimedOut);
        QCOMPARE(e.errNo(), -504);
        QCOMPARE(e.codeName(), QStringLiteral("TimedOut"));
        QVERIFY2(e.message.contains(QLatin1String("0.5 s")), qPrintable(e.message));
        QVERIFY2(ms >= 500 && ms < 3000, qPrintable(QString::number(ms)));
        // The stopped render leaves nothing behind that spoils the next request.
        QCOMPARE(process({QString(), m_small}, QStringLiteral("imageMogr2/thumbnail/32x")).size,
                 QSize(32, 24));
    }

    // Regression: ten such stages joined by | ran for minutes. libvips notices the stop between
    // output strips, and one strip runs through all ten stages, so the bound is looser.
    void deadlineEndsTenHeavyStages()
    {
        QStringList stages;
        for (int i = 0; i < 10; ++i)
            stages << QString::fromLatin1(kHeavyStage);
        ProcessOptions options;
        options.deadline = 500ms;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(failure(m_small, stages.join(QLatin1Char('|')), options).code,
                 ErrorCode::TimedOut);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    // Deadlines share one watchdog thread: a short one fires while longer ones armed before and
    // after it stay quiet, and one dropped before its time never fires.
    void deadlinesShareOneWatchdog()
    {
        auto cancels = [] { return std::make_shared<RenderCancel>(); };
        const auto longCancel = cancels();
        const auto shortCancel = cancels();
        const auto droppedCancel = cancels();
        auto longer = std::make_unique<Deadline>(60s, longCancel);
        {
            Deadline dropped(150ms, droppedCancel);
        }
        Deadline shorter(100ms, shortCancel);
        Deadline later(60s, cancels());
        QTRY_VERIFY_WITH_TIMEOUT(shortCancel->isCancelled(), 2000);
        QVERIFY_THROWS_EXCEPTION(ProcessingError, shorter.throwIfExpired());
        QTest::qWait(200);
        QVERIFY(!droppedCancel->isCancelled());
        QVERIFY(!longCancel->isCancelled());
        longer->throwIfExpired();
        longer.reset();
        // Many requests at once, as a thumbnail pool makes them.
        std::vector<std::shared_ptr<RenderCancel>> all;
        std::vector<std::unique_ptr<Deadline>> deadlines;
        for (int i = 0; i < 200; ++i) {
            all.push_back(cancels());
            deadlines.push_back(std::make_unique<Deadline>(i % 2 ? 50ms : 60s, all.back()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(all[199]->isCancelled(), 2000);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(all[i]->isCancelled(), i % 2 == 1);
    }

    // A user's cancel still reads "cancelled", not a timeout.
    void cancelIsNotATimeout()
    {
        ProcessOptions options;
        options.cancel = std::make_shared<RenderCancel>();
        options.cancel->cancel();
        const Error e = failure(m_small, QString::fromLatin1(kHeavyStage), options);
        QCOMPARE(e.code, ErrorCode::IoError);
        QCOMPARE(e.message, QStringLiteral("cancelled"));
    }

    // The CLI takes the budget as --timeout and reports it as a CI error; no output is written.
    void cliTimeout()
    {
        const QString in = writeTemp(m_dir, QStringLiteral("in.png"), m_small);
        const QString out = m_dir.filePath(QStringLiteral("out.png"));
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(ASSETDESK_CLI),
                {QStringLiteral("process"), in, QString::fromLatin1(kHeavyStage),
                 QStringLiteral("--timeout"), QStringLiteral("0.5"), QStringLiteral("-o"), out});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.startsWith("ERROR TimedOut: ") && err.contains("(X-ErrNo -504)"),
                 err.constData());
        QVERIFY(!QFile::exists(out));

        p.start(QStringLiteral(ASSETDESK_CLI),
                {QStringLiteral("process"), in, QStringLiteral("imageInfo"),
                 QStringLiteral("--timeout"), QStringLiteral("0")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--timeout"));
    }
};

QTEST_GUILESS_MAIN(BudgetTest)
#include "test_budget.moc"
