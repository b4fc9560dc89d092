#include "files/fileops.h"

#include "common/error.h"
#include "jobs/nametemplate.h"
#include "metadata/metasettings.h"
#include "metadata/xmpfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace ad::files
{

namespace
{

[[noreturn]] void fail(ErrorCode code, const QString &message)
{
    throw ProcessingError(code, message);
}

void checkName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") ||
        name.contains(QLatin1Char('/')) || name.contains(QChar(0)))
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "'%1' is not a valid file name").arg(name));
}

bool copyTree(const QString &from, const QString &to)
{
    if (QFileInfo(from).isDir()) {
        if (!QDir().mkpath(to)) return false;
        for (const QString &name :
             QDir(from).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (!copyTree(QDir(from).filePath(name), QDir(to).filePath(name))) return false;
        }
        return true;
    }
    return QFile::copy(from, to);
}

// The XMP sidecars that describe only `path`: photo.jpg.xmp, and photo.xmp when that is the
// chosen naming and no other file is called photo.* (Lightroom shares it between them).
QStringList ownSidecars(const QString &path)
{
    using namespace metadata;
    QStringList found;
    const QString full = sidecarPath(path, SidecarNaming::FullName);
    if (QFileInfo::exists(full)) found.append(full);
    const QString base = sidecarPath(path, SidecarNaming::BaseName);
    if (sidecarNaming() == SidecarNaming::BaseName && QFileInfo::exists(base)) {
        const QFileInfo info(path);
        const QStringList namesakes = info.dir().entryList(
            {info.completeBaseName() + QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
        if (namesakes.size() <= 2) found.append(base); // the file itself and the sidecar
    }
    return found;
}

// The sidecar `target` would have for each of `path`'s own sidecars.
QList<QPair<QString, QString>> sidecarMoves(const QString &path, const QString &target)
{
    using namespace metadata;
    QList<QPair<QString, QString>> out;
    for (const QString &sidecar : ownSidecars(path)) {
        const bool full = sidecar == sidecarPath(path, SidecarNaming::FullName);
        out.append({sidecar,
                    sidecarPath(target, full ? SidecarNaming::FullName : SidecarNaming::BaseName)});
    }
    return out;
}

// `name` in `dir`, else "name (n).ext": free for the file and for the sidecars `source` takes
// along, so a stale sidecar there never describes the new arrival.
QString freeName(const QDir &dir, const QString &name, const QString &source)
{
    const auto free = [&](const QString &candidate) {
        if (dir.exists(candidate)) return false;
        for (const auto &[sidecar, to] : sidecarMoves(source, dir.filePath(candidate)))
            if (QFileInfo::exists(to)) return false;
        return true;
    };
    if (free(name)) return dir.filePath(name);
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
        if (free(candidate)) return dir.filePath(candidate);
    }
}

// Moves a file or folder, copying then removing across file systems.
bool moveFile(const QString &from, const QString &to)
{
    if (QFile::rename(from, to)) return true;
    if (!copyTree(from, to)) return false;
    return QFileInfo(from).isDir() ? QDir(from).removeRecursively() : QFile::remove(from);
}

// Copies, links or moves `path`'s own sidecars beside `target`, named for it, so the copy or the
// moved file keeps its ratings, tags and titles; a name already taken there is left alone.
void carrySidecars(const QString &path, const QString &target, Moves &done,
                   bool (*carry)(const QString &, const QString &))
{
    for (const auto &[sidecar, to] : sidecarMoves(path, target))
        if (!QFileInfo::exists(to) && carry(sidecar, to)) done.append({sidecar, to});
}

bool copyFile(const QString &from, const QString &to)
{
    return QFile::copy(from, to);
}
bool linkFile(const QString &from, const QString &to)
{
    return QFile::link(QFileInfo(from).absoluteFilePath(), to);
}

} // namespace

Moves moveToTrash(const QStringList &paths)
{
    Moves moves;
    const auto trash = [&moves](const QString &path) {
        QFile file(path);
        if (!file.moveToTrash()) {
            undoMoves(moves); // all or nothing
            fail(ErrorCode::IoError,
                 QCoreApplication::translate("ad::Error", "cannot move '%1' to the trash: %2")
                     .arg(path, file.errorString()));
        }
        moves.append({path, file.fileName()}); // fileName() is now the location in the trash
    };
    for (const QString &path : paths) {
        // Its sidecar goes with it (and comes back on undo): left behind, it describes nothing.
        const QStringList sidecars = ownSidecars(path);
        trash(path);
        for (const QString &sidecar : sidecars)
            trash(sidecar);
    }
    return moves;
}

Moves rename(const QString &path, const QString &newName)
{
    checkName(newName);
    const QFileInfo info(path);
    const QString target = info.dir().filePath(newName);
    if (target == info.absoluteFilePath()) return {};
    Moves plan{{info.absoluteFilePath(), target}};
    plan += sidecarMoves(path, target);
    for (const auto &[from, to] : std::as_const(plan))
        if (QFileInfo::exists(to))
            fail(ErrorCode::InvalidArgument,
                 QCoreApplication::translate("ad::Error", "'%1' already exists")
                     .arg(QFileInfo(to).fileName()));
    Moves done;
    for (const auto &[from, to] : std::as_const(plan)) {
        if (!QFile::rename(from, to)) {
            undoMoves(done); // all or nothing
            fail(ErrorCode::IoError,
                 QCoreApplication::translate("ad::Error", "cannot rename '%1' to '%2'")
                     .arg(QFileInfo(from).fileName(), QFileInfo(to).fileName()));
        }
        done.append({from, to});
    }
    return done;
}

Moves renameAll(const QStringList &paths, const QString &pattern, const QDate &date)
{
    // Plan every name first, so a clash stops the whole rename before anything changes.
    Moves plan;
    QSet<QString> taken;
    for (int i = 0; i < paths.size(); ++i) {
        const QFileInfo info(paths[i]);
        jobs::NameFields fields;
        fields.name = info.completeBaseName();
        fields.ext = info.suffix();
        fields.index = i + 1;
        fields.date = date;
        const QString name = jobs::expandNameTemplate(pattern, fields);
        checkName(name);
        const QString target = info.dir().filePath(name);
        const bool renamingItself = target == info.absoluteFilePath();
        if (taken.contains(target) ||
            (!renamingItself && QFileInfo::exists(target) && !paths.contains(target)))
            fail(ErrorCode::InvalidArgument,
                 QCoreApplication::translate("ad::Error",
                                             "the template gives '%1' twice or an existing name")
                     .arg(name));
        taken.insert(target);
        plan.append({info.absoluteFilePath(), target});
    }
    // Each file's own sidecars are renamed with it, under the same checks.
    const qsizetype files = plan.size();
    QSet<QString> leaving;
    for (qsizetype i = 0; i < files; ++i) {
        leaving.insert(plan[i].first);
        if (plan[i].first == plan[i].second) continue;
        for (const auto &move : sidecarMoves(plan[i].first, plan[i].second)) {
            plan.append(move);
            leaving.insert(move.first);
        }
    }
    for (qsizetype i = files; i < plan.size(); ++i) {
        const QString &to = plan[i].second;
        if (taken.contains(to) || (QFileInfo::exists(to) && !leaving.contains(to)))
            fail(ErrorCode::InvalidArgument,
                 QCoreApplication::translate("ad::Error",
                                             "the template gives '%1' twice or an existing name")
                     .arg(QFileInfo(to).fileName()));
        taken.insert(to);
    }
    // Through temporary names, so swaps (a->b, b->a) work.
    Moves done;
    QList<QPair<QString, QString>> staged;
    for (const auto &[from, to] : std::as_const(plan)) {
        if (from == to) continue;
        const QString temporary = from + QStringLiteral(".renaming");
        if (!QFile::rename(from, temporary)) {
            for (const auto &[t, original] : std::as_const(staged))
                QFile::rename(t, original);
            fail(ErrorCode::IoError,
                 QCoreApplication::translate("ad::Error", "cannot rename '%1'").arg(from));
        }
        staged.append({temporary, from});
    }
    for (const auto &[from, to] : std::as_const(plan)) {
        if (from == to) continue;
        QFile::rename(from + QStringLiteral(".renaming"), to);
        done.append({from, to});
    }
    return done;
}

QString makeFolder(const QString &parent, const QString &name)
{
    checkName(name);
    const QString path = QDir(parent).filePath(name);
    if (QFileInfo::exists(path))
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "'%1' already exists").arg(name));
    if (!QDir().mkdir(path))
        fail(ErrorCode::IoError,
             QCoreApplication::translate("ad::Error", "cannot create '%1'").arg(path));
    return path;
}

Moves copyInto(const QStringList &paths, const QString &folder)
{
    Moves copies;
    for (const QString &path : paths) {
        const QString target = freeName(QDir(folder), QFileInfo(path).fileName(), path);
        if (!copyTree(path, target))
            fail(ErrorCode::IoError,
                 QCoreApplication::translate("ad::Error", "cannot copy '%1' to '%2'")
                     .arg(path, folder));
        copies.append({path, target});
        carrySidecars(path, target, copies, copyFile);
    }
    return copies;
}

Moves linkInto(const QStringList &paths, const QString &folder)
{
    Moves links;
    for (const QString &path : paths) {
        const QString target = freeName(QDir(folder), QFileInfo(path).fileName(), path);
        if (!QFile::link(QFileInfo(path).absoluteFilePath(), target))
            fail(ErrorCode::IoError,
                 QCoreApplication::translate("ad::Error", "cannot make a link to '%1' in '%2'")
                     .arg(path, folder));
        links.append({path, target});
        carrySidecars(path, target, links, linkFile);
    }
    return links;
}

Moves moveInto(const QStringList &paths, const QString &folder)
{
    Moves moves;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const QString into = QDir(folder).absolutePath();
        if (into == absolute || into.startsWith(absolute + QLatin1Char('/')) ||
            QFileInfo(path).absolutePath() == into)
            continue; // into itself, or already there
        const QString target = freeName(QDir(folder), QFileInfo(path).fileName(), path);
        const auto sidecars = sidecarMoves(path, target); // before the file leaves
        if (!moveFile(path, target))
            fail(ErrorCode::IoError,
                 QCoreApplication::translate("ad::Error", "cannot move '%1' to '%2'")
                     .arg(path, folder));
        moves.append({absolute, target});
        for (const auto &[sidecar, to] : sidecars)
            if (moveFile(sidecar, to)) moves.append({sidecar, to});
    }
    return moves;
}

void undoMoves(const Moves &moves)
{
    for (auto it = moves.crbegin(); it != moves.crend(); ++it) {
        if (!QFile::rename(it->second, it->first))
            fail(ErrorCode::IoError,
                 QCoreApplication::translate("ad::Error", "cannot move '%1' back to '%2'")
                     .arg(it->second, it->first));
        // Back from the trash: its record (Trash/info/<name>.trashinfo) goes too.
        const QFileInfo trashed(it->second);
        if (trashed.absolutePath().endsWith(QLatin1String("/files"))) {
            const QDir info(trashed.absolutePath() + QStringLiteral("/../info"));
            QFile::remove(info.filePath(trashed.fileName() + QStringLiteral(".trashinfo")));
        }
    }
}

} // namespace ad::files
