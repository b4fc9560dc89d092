// Crash safety of assetdesk-cli batch: the process is killed with SIGKILL in the middle of a
// run, then --resume finishes it. Every output exists once and decodes, items finished before
// the kill are not redone, and no partial file is left.

#include "storage/atomicfile.h"
#include "support/testimages.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <csignal>

using namespace ad::test;

class BatchResumeTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QStringList outputs(const QString &dst) const
    {
        QStringList names = QDir(dst).entryList(QDir::Files | QDir::Hidden);
        names.sort();
        return names;
    }

private Q_SLOTS:
    void resumesAfterKill()
    {
        const QString src = m_dir.filePath(QStringLiteral("src"));
        const QString dst = m_dir.filePath(QStringLiteral("dst"));
        const QString journal = m_dir.filePath(QStringLiteral("journal.sqlite"));
        QDir().mkpath(src);
        const int count = 40;
        const QByteArray image = makeImage(2400, 1600, QStringLiteral("jpg"));
        for (int i = 0; i < count; ++i)
            writeTemp(m_dir, QStringLiteral("src/img%1.jpg").arg(i, 2, 10, QLatin1Char('0')),
                      image);
        const QStringList common{QStringLiteral("batch"),
                                 src,
                                 dst,
                                 QStringLiteral("--style"),
                                 QStringLiteral("imageMogr2/thumbnail/1200x/blur/3x2/format/webp"),
                                 QStringLiteral("--jobs"),
                                 QStringLiteral("2"),
                                 QStringLiteral("--journal"),
                                 journal};

        QProcess first;
        first.start(QStringLiteral(ASSETDESK_CLI), common);
        QVERIFY(first.waitForStarted());
        // Kill it once some, but not all, outputs are complete.
        QTRY_VERIFY_WITH_TIMEOUT(
            QDir(dst).entryList({QStringLiteral("*.webp")}, QDir::Files).size() >= 6, 60000);
        ::kill(pid_t(first.processId()), SIGKILL);
        first.waitForFinished();
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);

        QHash<QString, QDateTime> before; // complete outputs at the moment of the kill
        for (const QString &name : outputs(dst)) {
            if (!ad::storage::isPartialPath(name))
                before.insert(name, QFileInfo(QDir(dst).filePath(name)).lastModified());
        }
        QVERIFY2(before.size() < count, "the kill came too late to test anything");

        // Without --resume the interrupted run is not started twice.
        QProcess again;
        again.start(QStringLiteral(ASSETDESK_CLI), common);
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 1);
        QVERIFY(again.readAllStandardError().contains("--resume"));

        QProcess resume;
        resume.start(QStringLiteral(ASSETDESK_CLI),
                     common + QStringList{QStringLiteral("--resume")});
        QVERIFY(resume.waitForFinished(120000));
        const QByteArray out = resume.readAllStandardOutput();
        QVERIFY2(resume.exitCode() == 0, resume.readAllStandardError().constData());
        QVERIFY(out.contains("resuming: "));
        QVERIFY2(out.contains(QByteArray::number(count) + " done, 0 failed"), out.constData());

        const QStringList finalNames = outputs(dst);
        QCOMPARE(finalNames.size(), count); // one output per source: no duplicates, no leftovers
        for (const QString &name : finalNames) {
            QVERIFY2(!ad::storage::isPartialPath(name), qPrintable(name));
            QVERIFY(!name.contains(QLatin1String(" (")));
            QFile f(QDir(dst).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(sizeOf(f.readAll()), QSize(1200, 800));
        }
        // Outputs that were complete before the kill were not written again.
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(QFileInfo(QDir(dst).filePath(it.key())).lastModified(), it.value());
    }
};

QTEST_GUILESS_MAIN(BatchResumeTest)
#include "test_batch_resume.moc"
