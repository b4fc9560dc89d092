// A full disk under the outputs and under the batch journal, through assetdesk-cli as a user
// meets it. The disk is a 16 MB tmpfs when this process may mount one; otherwise an LD_PRELOAD
// shim (support/enospc_shim) makes writes under the folder fail with ENOSPC.
// ASSETDESK_FULLDISK=shim forces the shim where mounting works, so both ways can be checked.

#include "storage/atomicfile.h"
#include "support/testimages.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace ad::test;

namespace
{

// A folder whose disk can be filled and emptied again.
class FullDisk
{
public:
    explicit FullDisk(const QString &dir, const QString &flag) : m_dir(dir), m_flag(flag)
    {
        QDir().mkpath(dir);
        m_mounted =
            qgetenv("ASSETDESK_FULLDISK") != "shim" && ::geteuid() == 0 &&
            ::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, "size=16m") == 0;
        m_dir = QFileInfo(dir).canonicalFilePath(); // the shim compares resolved paths
    }
    ~FullDisk()
    {
        if (m_mounted) ::umount2(QFile::encodeName(m_dir).constData(), MNT_DETACH);
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    QString mode() const { return m_mounted ? QStringLiteral("tmpfs") : QStringLiteral("shim"); }
    QString dir() const { return m_dir; }

    // Leaves about keepFree bytes that can still be written.
    bool fill(qint64 keepFree)
    {
        if (!m_mounted) return writeFlag(QByteArray::number(keepFree));
        struct statvfs fs = {};
        if (::statvfs(QFile::encodeName(m_dir).constData(), &fs) != 0) return false;
        const qint64 available = qint64(fs.f_bavail) * qint64(fs.f_frsize);
        QFile filler(fillerPath());
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append)) return false;
        const QByteArray block(4096, '\0');
        for (qint64 left = available - keepFree; left > 0; left -= block.size()) {
            if (filler.write(block.constData(), std::min<qint64>(left, block.size())) <= 0) break;
            if (!filler.flush()) break; // full: exactly what was asked for keepFree == 0
        }
        return true;
    }

    void release() { QFile::remove(m_mounted ? fillerPath() : m_flag); }

    // Files a command left in the folder, the filler aside.
    QStringList entries() const
    {
        QStringList names = QDir(m_dir).entryList(QDir::Files | QDir::Hidden);
        names.removeAll(QStringLiteral("filler"));
        names.sort();
        return names;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (m_mounted) return env;
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(ENOSPC_SHIM));
        env.insert(QStringLiteral("ASSETDESK_FULL_DIR"), m_dir);
        env.insert(QStringLiteral("ASSETDESK_FULL_FLAG"), m_flag);
        // A sanitized build wants its runtime first; the shim comes before it.
        const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   asan + (asan.isEmpty() ? "" : ":") + QStringLiteral("verify_asan_link_order=0"));
        return env;
    }

private:
    QString fillerPath() const { return m_dir + QStringLiteral("/filler"); }
    bool writeFlag(const QByteArray &text) const
    {
        QFile f(m_flag);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
    }

    QString m_dir;
    QString m_flag;
    bool m_mounted = false;
};

struct Run {
    int code = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

void start(QProcess &p, const FullDisk &disk, const QStringList &args)
{
    p.setProcessEnvironment(disk.environment());
    p.start(QStringLiteral(ASSETDESK_CLI), args);
}

Run finish(QProcess &p, int timeoutMs = 120000)
{
    Run r;
    if (!p.waitForFinished(timeoutMs)) p.kill();
    r.code = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Run cli(const FullDisk &disk, const QStringList &args)
{
    QProcess p;
    start(p, disk, args);
    return finish(p);
}

// "D done, F failed, S skipped of N" from a batch's summary; {-1,...} when it is missing.
QList<int> summary(const QByteArray &out)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d+) done, (\\d+) failed, (\\d+) skipped of (\\d+) in "),
        QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(out));
    if (!m.hasMatch()) return {-1, -1, -1, -1};
    return {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
            m.captured(4).toInt()};
}

struct Written {
    QDateTime modified;
    QByteArray bytes;
};

QHash<QString, Written> outputsIn(const QString &dir)
{
    QHash<QString, Written> files;
    for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden))
        files.insert(f.fileName(), {f.lastModified(), readFile(f.filePath())});
    return files;
}

} // namespace

class FullDiskTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_photo; // 1200 x 800: its PNG is about 0.8 MB

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A folder of count copies of image.
    QString sources(const QString &name, int count, const QByteArray &image) const
    {
        QDir().mkpath(path(name));
        for (int i = 0; i < count; ++i)
            writeTemp(m_dir,
                      QStringLiteral("%1/img%2.jpg").arg(name).arg(i, 2, 10, QLatin1Char('0')),
                      image);
        return path(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_photo = writePhoto(m_dir, QStringLiteral("Kite"), QSize(1200, 800),
                             QStringLiteral("photo.jpg"));
    }

    // The report said "Unknown error" and left nothing to act on; a partial file must not stay.
    void processToFullDisk()
    {
        FullDisk disk(path(QStringLiteral("disk-process")), path(QStringLiteral("flag-process")));
        qInfo("full disk: %s", qPrintable(disk.mode()));
        QVERIFY(disk.fill(64 * 1024)); // room for the start of the file, not the rest
        const QString out = disk.dir() + QStringLiteral("/o.png");
        const QStringList args{QStringLiteral("process"), m_photo,
                               QStringLiteral("imageMogr2/format/png"), QStringLiteral("-o"), out};
        const Run full = cli(disk, args);
        QCOMPARE(full.status, QProcess::NormalExit);
        QCOMPARE(full.code, 1);
        QCOMPARE(full.err, "ERROR IoError: cannot write '" + out.toUtf8() +
                               "': no space left on device (X-ErrNo -6101)\n");
        QCOMPARE(disk.entries(), QStringList()); // no output, no temporary file

        disk.release(); // the same command works once there is space
        const Run fine = cli(disk, args);
        QVERIFY2(fine.code == 0, fine.err.constData());
        QCOMPARE(sizeOf(readFile(out)), QSize(1200, 800));
        QCOMPARE(disk.entries(), QStringList{QStringLiteral("o.png")});
    }

    // The journal fills up in the middle of a batch: the run ends by itself with the error and
    // a summary of what was written, and --resume finishes it without redoing anything.
    void batchWithJournalOnFullDisk()
    {
        FullDisk disk(path(QStringLiteral("disk-journal")), path(QStringLiteral("flag-journal")));
        const int count = 24;
        const QString src = sources(QStringLiteral("src-journal"), count,
                                    makeImage(1600, 1200, QStringLiteral("jpg")));
        const QString dst = path(QStringLiteral("dst-journal"));
        const QStringList args{QStringLiteral("batch"),
                               src,
                               dst,
                               QStringLiteral("--style"),
                               QStringLiteral("imageMogr2/thumbnail/800x/blur/3x2/format/png"),
                               QStringLiteral("--jobs"),
                               QStringLiteral("1"),
                               QStringLiteral("--journal"),
                               disk.dir() + QStringLiteral("/journal.sqlite")};
        QProcess batch;
        start(batch, disk, args);
        QVERIFY(batch.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QDir(dst).entryList({QStringLiteral("*.png")}).size() >= 2, 60000);
        QVERIFY(disk.fill(0));
        const Run r = finish(batch);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("ERROR IoError: job journal '" + disk.dir().toUtf8() +
                                  "/journal.sqlite': no space left on device"),
                 r.err.constData());
        const QList<int> s = summary(r.out);
        const QHash<QString, Written> before = outputsIn(dst);
        QVERIFY2(s[0] >= 2 && s[0] < count, r.out.constData());
        QCOMPARE(s[0], before.size()); // the summary counts what was written
        QCOMPARE(s[1], 0);
        QCOMPARE(s[3], count);
        QVERIFY(r.out.contains(QByteArray::number(count - s[0]) + " item(s) not started"));

        disk.release();
        const Run resumed = cli(disk, args + QStringList{QStringLiteral("--resume")});
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        QCOMPARE(summary(resumed.out), (QList<int>{count, 0, 0, count}));
        const QHash<QString, Written> after = outputsIn(dst);
        QCOMPARE(after.size(), count);
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QVERIFY2(!ad::storage::isPartialPath(it.key()), qPrintable(it.key()));
            QCOMPARE(sizeOf(it->bytes), QSize(800, 600));
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) // not written again
            QCOMPARE(after.value(it.key()).modified, it->modified);
    }

    // Outputs fill the disk: the items that did not fit fail with the cause; after space returns
    // --resume retries exactly those, saying why, and leaves the written ones alone.
    void batchOutputsFillDiskThenResume()
    {
        FullDisk disk(path(QStringLiteral("disk-out")), path(QStringLiteral("flag-out")));
        const int count = 6;
        const QString src = sources(QStringLiteral("src-out"), count, readFile(m_photo));
        const QString style = QStringLiteral("imageMogr2/format/png");
        const QString dst = disk.dir() + QStringLiteral("/dst");
        QVERIFY(QDir().mkpath(dst));
        const QStringList args{QStringLiteral("batch"),
                               src,
                               dst,
                               QStringLiteral("--style"),
                               style,
                               QStringLiteral("--jobs"),
                               QStringLiteral("1"),
                               QStringLiteral("--journal"),
                               path(QStringLiteral("journal-out.sqlite"))};
        QProcess probe; // one output's size, for room for about three
        probe.start(QStringLiteral(ASSETDESK_CLI),
                    {QStringLiteral("process"), m_photo, style, QStringLiteral("-o"),
                     path(QStringLiteral("probe.png"))});
        QVERIFY(probe.waitForFinished(60000) && probe.exitCode() == 0);
        const qint64 outputSize = QFileInfo(path(QStringLiteral("probe.png"))).size();
        QVERIFY(disk.fill(outputSize * 7 / 2));

        const Run r = cli(disk, args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 1);
        const QList<int> s = summary(r.out);
        QVERIFY2(s[0] >= 1 && s[1] >= 1, r.out.constData());
        QCOMPARE(s[0] + s[1], count);
        QCOMPARE(r.err.count("no space left on device"), s[1]); // one line per failed item
        const QHash<QString, Written> before = outputsIn(dst);
        QCOMPARE(before.size(), s[0]); // no partial output next to them

        disk.release();
        const Run resumed = cli(disk, args + QStringList{QStringLiteral("--resume")});
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        QCOMPARE(resumed.out.count(": retrying after earlier failure: IoError: cannot write '"),
                 s[1]);
        QCOMPARE(resumed.out.count("no space left on device"), s[1]);
        QVERIFY2(resumed.out.contains("resuming: " + QByteArray::number(s[0]) + " of " +
                                      QByteArray::number(count) + " item(s) already done, " +
                                      QByteArray::number(s[1]) + " to retry"),
                 resumed.out.constData());
        QCOMPARE(summary(resumed.out), (QList<int>{count, 0, 0, count}));
        const QHash<QString, Written> after = outputsIn(dst);
        QCOMPARE(after.size(), count);
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QCOMPARE(sizeOf(it->bytes), QSize(1200, 800));
        for (auto it = before.cbegin(); it != before.cend(); ++it) { // successes not redone
            QCOMPARE(after.value(it.key()).modified, it->modified);
            QCOMPARE(after.value(it.key()).bytes, it->bytes);
        }

        // Nothing failed and every output is in place: nothing more to resume.
        const Run again = cli(disk, args + QStringList{QStringLiteral("--resume")});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains("nothing to resume"));
    }
};

QTEST_GUILESS_MAIN(FullDiskTest)
#include "test_fulldisk.moc"
