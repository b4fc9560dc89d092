// Killing the command line during an office conversion (SIGKILL, SIGTERM): no LibreOffice of
// its profile survives it, and the next run removes the scratch folder it left behind.

#include "support/testdocs.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace ad::test;

class ConverterKillTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_docx;

    // Processes whose command line mentions `text` (LibreOffice names its profile there).
    static QList<qint64> processesMentioning(const QString &text)
    {
        QList<qint64> found;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : pids) {
            bool numeric = false;
            const qint64 pid = entry.toLongLong(&numeric);
            if (!numeric || pid == QCoreApplication::applicationPid()) continue;
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
            if (cmdline.open(QIODevice::ReadOnly) &&
                QString::fromLocal8Bit(cmdline.readAll().replace('\0', ' ')).contains(text))
                found << pid;
        }
        return found;
    }
    // The CLI with a cache (profiles, scratch folders) of its own under `home`.
    static void startCli(QProcess &cli, const QString &home, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ASSETDESK_CLI), args);
        QVERIFY(cli.waitForStarted());
    }
    static QStringList scratchFolders(const QString &home)
    {
        QStringList found;
        QDirIterator it(home + QStringLiteral("/cache"), {QStringLiteral("job-*")},
                        QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << QFileInfo(it.next()).fileName();
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Long enough that LibreOffice is still at work when the command line is killed.
        m_docx = DocMaker(m_dir.path()).text(QStringLiteral("long"), 60, QStringLiteral("docx"));
        QVERIFY(QFile::exists(m_docx));
    }

    void killedMidConversion_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGKILL") << int(SIGKILL);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }

    void killedMidConversion()
    {
        QFETCH(int, signal);
        const QString home = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        const QString out = home + QStringLiteral("/out");
        const QStringList args{QStringLiteral("docpreview"), m_docx,
                               QStringLiteral("--dst-type"), QStringLiteral("jpg"),
                               QStringLiteral("-o"),         out + QStringLiteral("/p.jpg")};
        QProcess cli;
        startCli(cli, home, args);
        // LibreOffice has started on the CLI's profile under `home`.
        QTRY_VERIFY_WITH_TIMEOUT(!processesMentioning(home + QStringLiteral("/cache")).isEmpty(),
                                 120000);
        QThread::msleep(500);
        const qint64 killedPid = cli.processId();
        QCOMPARE(::kill(pid_t(killedPid), signal), 0);
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        // Nothing of that run is left: no soffice, soffice.bin or watcher on its profile.
        QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(home).isEmpty(), 5000);
        // It died holding a scratch folder named for it ...
        const QString stale = QStringLiteral("job-%1-").arg(killedPid);
        QStringList left = scratchFolders(home);
        QVERIFY2(!left.filter(stale).isEmpty(), qPrintable(left.join(QLatin1Char(' '))));

        // ... which the next run removes, and that run converts the document.
        startCli(cli, home, args);
        QVERIFY(cli.waitForFinished(240000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QFile::exists(out + QStringLiteral("/p.jpg")));
        left = scratchFolders(home);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        QVERIFY(processesMentioning(home).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ConverterKillTest)
#include "test_converter_kill.moc"
