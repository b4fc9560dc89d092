#include "document/officeconverter.h"
#include "document/zipcheck.h"

#include "common/error.h"
#include "files/appcache.h"
#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QUrl>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace ad::document
{

namespace
{

constexpr qint64 cacheBudgetBytes = 1024LL * 1024 * 1024;
constexpr rlim_t addressSpaceLimit = 8ULL * 1024 * 1024 * 1024; // a runaway document stops here

// Macros never run, whatever the document asks; the profile is otherwise LibreOffice's default.
const char profileSettings[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
)";

[[noreturn]] void fail(const QString &why)
{
    throw ProcessingError(ErrorCode::DocConversionFailed, why);
}

// Scratch folders carry their owner's pid, so a later run can tell which ones a killed
// process left behind.
const QLatin1String kScratchPrefix("job-");

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

// The pid of the process that made scratch folder `name` ("job-<pid>-XXXXXX"), 0 if unknown.
qint64 scratchOwner(const QString &name)
{
    bool ok = false;
    const qint64 pid = name.section(QLatin1Char('-'), 1, 1).toLongLong(&ok);
    return ok && name.count(QLatin1Char('-')) == 2 ? pid : 0;
}

// How LibreOffice should read the file and which PDF export filter applies.
QStringList conversionArguments(DocKind kind)
{
    switch (kind) {
    case DocKind::Text:
        return {QStringLiteral("--infilter=Text (encoded):UTF8,LF,,,"),
                QStringLiteral("--convert-to"), QStringLiteral("pdf:writer_pdf_Export")};
    case DocKind::Sheet:
        // One bookmark per sheet tells the renderer where each sheet's pages begin.
        return {QStringLiteral("--convert-to"),
                QStringLiteral("pdf:calc_pdf_Export:{\"ExportBookmarks\":{\"type\":\"boolean\","
                               "\"value\":\"true\"}}")};
    case DocKind::Slides:
        return {QStringLiteral("--convert-to"), QStringLiteral("pdf:impress_pdf_Export")};
    default:
        return {QStringLiteral("--convert-to"), QStringLiteral("pdf:writer_pdf_Export")};
    }
}

} // namespace

OfficeConverter::OfficeConverter(const QString &workDir, int workers, int timeoutMs)
    : m_workDir(workDir), m_timeoutMs(timeoutMs)
{
    for (int i = 0; i < std::max(1, workers); ++i)
        m_free.append(i);
    removeStaleScratch();
}

// Scratch folders of processes that died mid-conversion (killed, crashed): only those, since
// other live processes convert in the same work folder. Folders without an owner come from
// older versions and go once no conversion could still be using them.
void OfficeConverter::removeStaleScratch() const
{
    const QFileInfoList folders = QDir(m_workDir).entryInfoList({kScratchPrefix + QLatin1Char('*')},
                                                                QDir::Dirs | QDir::Hidden);
    for (const QFileInfo &folder : folders) {
        const qint64 owner = scratchOwner(folder.fileName());
        const bool stale = owner
                               ? !processAlive(owner)
                               : folder.lastModified().secsTo(QDateTime::currentDateTime()) > 3600;
        if (stale) QDir(folder.absoluteFilePath()).removeRecursively();
    }
}

OfficeConverter &OfficeConverter::shared()
{
    static OfficeConverter converter(files::cacheRoot() + QStringLiteral("/libreoffice"), 2,
                                     120000);
    return converter;
}

QString OfficeConverter::cacheDir() const
{
    return m_workDir + QStringLiteral("/pdf-cache");
}

QString OfficeConverter::profileDir(int worker) const
{
    return m_workDir + QStringLiteral("/profile-%1").arg(worker);
}

void OfficeConverter::prepareProfile(int worker) const
{
    const QString user = profileDir(worker) + QStringLiteral("/user");
    const QString settings = user + QStringLiteral("/registrymodifications.xcu");
    // We hold this profile's lock, so a lock of LibreOffice's own in it was left by a killed run.
    QFile::remove(profileDir(worker) + QStringLiteral("/.lock"));
    if (QFileInfo::exists(settings)) return; // LibreOffice keeps our items when it rewrites it
    QDir().mkpath(user);
    storage::writeFileAtomically(settings, QByteArray(profileSettings));
}

// A free worker of this process whose profile no other process (another AssetDesk, the CLI)
// holds either: LibreOffice must never see two users of one profile.
OfficeConverter::Worker OfficeConverter::acquireWorker()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (m_free.isEmpty())
            m_freed.wait(&m_mutex);
        for (int i = 0; i < m_free.size(); ++i) {
            QDir().mkpath(profileDir(m_free[i]));
            auto profileLock =
                std::make_unique<QLockFile>(profileDir(m_free[i]) + QStringLiteral(".lock"));
            // Stale only when its owner is dead, never by age: conversions may run for minutes.
            profileLock->setStaleLockTime(0);
            if (profileLock->tryLock(0)) return {m_free.takeAt(i), std::move(profileLock)};
        }
        // Every free profile is busy elsewhere: look again shortly.
        m_freed.wait(&m_mutex, 200);
    }
}

void OfficeConverter::releaseWorker(Worker &worker)
{
    worker.lock.reset();
    QMutexLocker lock(&m_mutex);
    m_free.append(worker.index);
    m_freed.wakeOne();
}

namespace
{

// In the forked child, before exec: a watcher process joins the child's new process group and
// waits on `lifeline`, a pipe whose other end only this process holds. The kernel closes that
// end however we end, SIGKILL included, and at EOF the watcher kills the whole group (soffice
// forks soffice.bin, which a parent-death signal would not reach). Async-signal-safe calls only.
void watchParent(int lifeline)
{
    // _Fork: no atfork handlers, which must not run here (Qt may have vfork()ed this child).
    if (::_Fork() != 0) return;
    ::dup2(lifeline, STDIN_FILENO);
    ::close_range(STDERR_FILENO + 1, ~0U, 0); // nothing else of ours stays open in the watcher
    ::close(STDOUT_FILENO);
    ::close(STDERR_FILENO);
    char byte = 0;
    while (::read(STDIN_FILENO, &byte, 1) < 0 && errno == EINTR) {
    }
    ::kill(0, SIGKILL);
    ::_exit(0);
}

// Runs LibreOffice (or the UNO helper that starts it) in its own process group, so a timeout,
// a cancel or our own death kills all of it, under an address-space cap, so one hostile
// document cannot take the machine's memory. Returns the exit code; throws on timeout or cancel.
int runOffice(QProcess &process, int timeoutMs, const std::atomic<bool> *cancelled)
{
    int lifeline[2];
    if (::pipe2(lifeline, O_CLOEXEC) != 0)
        fail(QCoreApplication::translate("ad::Error", "cannot create a pipe"));
    const auto closeLifeline = qScopeGuard([&] {
        ::close(lifeline[0]);
        ::close(lifeline[1]); // after the group is gone: the watcher is part of it
    });
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setChildProcessModifier([watched = lifeline[0]] {
        ::setpgid(0, 0);
        const rlimit limit{addressSpaceLimit, addressSpaceLimit};
        ::setrlimit(RLIMIT_AS, &limit);
        watchParent(watched);
    });
    process.start();
    if (!process.waitForStarted())
        fail(QCoreApplication::translate("ad::Error", "%1 did not start").arg(process.program()));
    const pid_t group = pid_t(process.processId());
    QDeadlineTimer deadline(timeoutMs);
    bool killed = false;
    while (!process.waitForFinished(100)) {
        if (deadline.hasExpired() || (cancelled && *cancelled)) {
            ::kill(-group, SIGKILL);
            process.waitForFinished(5000);
            killed = true;
            break;
        }
    }
    ::kill(-group, SIGKILL); // stragglers of a finished run must not hold the profile
    if (killed)
        fail(cancelled && *cancelled
                 ? QCoreApplication::translate("ad::Error", "conversion cancelled")
                 : QCoreApplication::translate("ad::Error",
                                               "LibreOffice did not finish within %1 s; "
                                               "stopped")
                       .arg(timeoutMs / 1000));
    return process.exitCode();
}

QString exportFilter(DocKind kind)
{
    switch (kind) {
    case DocKind::Sheet:
        return QStringLiteral("calc_pdf_Export");
    case DocKind::Slides:
        return QStringLiteral("impress_pdf_Export");
    default:
        return QStringLiteral("writer_pdf_Export");
    }
}

} // namespace

QString OfficeConverter::unoScript()
{
    if (const QString env = qEnvironmentVariable("ASSETDESK_UNO_SCRIPT"); !env.isEmpty())
        return env;
    const QString installed = QCoreApplication::applicationDirPath() +
                              QStringLiteral("/../share/assetdesk/uno_convert.py");
    return QFileInfo::exists(installed) ? installed : QStringLiteral(ASSETDESK_SOURCE_UNO_SCRIPT);
}

QString OfficeConverter::toPdf(const QString &path, DocKind kind,
                               const std::atomic<bool> *cancelled, const QString &password)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        fail(QCoreApplication::translate("ad::Error", "cannot read %1").arg(path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&in);
    hash.addData(QByteArray::number(int(kind)));
    hash.addData(QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256));
    const QString cached = cacheDir() + QLatin1Char('/') +
                           QString::fromLatin1(hash.result().toHex()) + QStringLiteral(".pdf");
    if (QFileInfo::exists(cached)) return cached;
    if (const auto why = zipBombReason(path))
        throw ProcessingError(ErrorCode::DocTooLarge,
                              QCoreApplication::translate("ad::Error", "refused: %1").arg(*why));

    Worker slot = acquireWorker();
    const auto release = qScopeGuard([&] { releaseWorker(slot); });
    const int worker = slot.index;
    prepareProfile(worker);
    const QString profile = QUrl::fromLocalFile(profileDir(worker)).toString();
    // The input goes in under a fixed name: no two conversions share a folder or a base name,
    // and odd characters in the user's file name never reach LibreOffice's command line.
    QDir().mkpath(m_workDir);
    QTemporaryDir scratch(m_workDir + QLatin1Char('/') + kScratchPrefix +
                          QString::number(QCoreApplication::applicationPid()) +
                          QStringLiteral("-XXXXXX"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString input = scratch.filePath(QStringLiteral("input.") + suffix);
    if (!QFile::copy(path, input))
        fail(QCoreApplication::translate("ad::Error", "cannot stage %1").arg(path));
    const QString produced = scratch.filePath(QStringLiteral("out/input.pdf"));
    QDir().mkpath(scratch.filePath(QStringLiteral("out")));

    // Through UNO, which can pass an open password; the password travels in the environment.
    const auto throughUno = [&](const QString &secret) {
        QProcess uno;
        uno.setProgram(QStringLiteral("/usr/bin/python3"));
        uno.setArguments({unoScript(), profile, input, produced, exportFilter(kind)});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ASSETDESK_DOC_PASSWORD"), secret);
        uno.setProcessEnvironment(env);
        return runOffice(uno, m_timeoutMs, cancelled);
    };
    int code = 0;
    if (password.isEmpty()) {
        QProcess soffice;
        soffice.setProgram(QStringLiteral("soffice"));
        soffice.setArguments(QStringList{QStringLiteral("--headless"),
                                         QStringLiteral("--norestore"), QStringLiteral("--nologo"),
                                         QStringLiteral("--nolockcheck"),
                                         QStringLiteral("--nodefault"),
                                         QStringLiteral("-env:UserInstallation=") + profile} +
                             conversionArguments(kind) +
                             QStringList{QStringLiteral("--outdir"),
                                         scratch.filePath(QStringLiteral("out")), input});
        code = runOffice(soffice, m_timeoutMs, cancelled);
        // soffice says only "could not be loaded": ask through UNO whether it wants a password.
        if (code != 0 || !QFileInfo::exists(produced)) {
            code = throughUno({});
            if (code == 3)
                throw ProcessingError(
                    ErrorCode::DocEncrypted,
                    QCoreApplication::translate("ad::Error", "the document is password-protected"));
            if (code != 0 || !QFileInfo::exists(produced))
                fail(QCoreApplication::translate(
                         "ad::Error",
                         "LibreOffice could not read %1: the document is damaged or not "
                         "a %2 document")
                         .arg(QFileInfo(path).fileName(), suffix.toUpper()));
        }
    } else if ((code = throughUno(password)) == 3) {
        throw ProcessingError(ErrorCode::DocEncrypted,
                              QCoreApplication::translate("ad::Error", "the password is wrong"));
    }
    ++m_conversions;
    if (code != 0 || !QFileInfo::exists(produced))
        fail(QCoreApplication::translate("ad::Error", "LibreOffice could not convert %1")
                 .arg(QFileInfo(path).fileName()));
    QDir().mkpath(cacheDir());
    QFile::remove(cached);
    if (!QFile::rename(produced, cached))
        fail(QCoreApplication::translate("ad::Error", "cannot store the converted PDF"));
    pruneCache();
    return cached;
}

// Oldest first until the cache fits its budget.
void OfficeConverter::pruneCache() const
{
    QFileInfoList files = QDir(cacheDir()).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files);
    qint64 total = 0;
    for (const QFileInfo &f : files)
        total += f.size();
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() < b.lastModified();
    });
    for (const QFileInfo &f : files) {
        if (total <= cacheBudgetBytes) break;
        total -= f.size();
        QFile::remove(f.absoluteFilePath());
    }
}

} // namespace ad::document
