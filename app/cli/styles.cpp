// assetdesk-cli styles ls|pull|push|rm|diff cos://BUCKET [NAME...]: a bucket's image styles
// against a local style file, through the CI style API (storage/styleapi).

#include "cli/commands.h"
#include "cli/output.h"
#include "storage/atomicfile.h"
#include "storage/objecturl.h"
#include "storage/styleapi.h"
#include "style/stylefile.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>

namespace ad::cli
{

using namespace storage;

namespace
{

const char *kStylesUsage =
    "assetdesk-cli styles ls|pull|push|rm|diff cos://BUCKET [NAME...] [--styles FILE] [--force]";

struct Args {
    QStringList positional;
    QString stylesFile;
    bool force = false;
};

Args parseArgs(const QStringList &args)
{
    Args a;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--styles") && i + 1 < args.size())
            a.stylesFile = args[++i];
        else if (args[i] == QLatin1String("--force"))
            a.force = true;
        else
            a.positional << args[i];
    }
    return a;
}

// Fields separated by tabs (as in a style file), each with its control characters escaped.
void line(const QStringList &fields)
{
    QList<QByteArray> shownFields;
    for (const QString &field : fields)
        shownFields << shown(field);
    writeStdout(shownFields.join('\t') + '\n');
}

void note(const QString &text)
{
    std::fprintf(stderr, "%s\n", shown(text).constData());
}

// The styles of `all` named in `names` (all of them when none is named); a name `all` lacks
// throws StyleNotFound, naming where it was looked for.
StyleMap selected(const StyleMap &all, const QStringList &names, const QString &where)
{
    if (names.isEmpty()) return all;
    StyleMap out;
    for (const QString &name : names) {
        checkStyleName(name);
        const auto it = all.constFind(name);
        if (it == all.constEnd())
            throw ProcessingError(ErrorCode::StyleNotFound,
                                  QStringLiteral("no style named '%1' in %2").arg(name, where));
        out.insert(name, *it);
    }
    return out;
}

// The library, read leniently: a bad entry stops only the commands that need it. A file that
// does not exist yet is an empty one (pull creates it).
style::StyleFileContents readLocal(const QString &path)
{
    return QFileInfo::exists(path) ? style::readStyleFile(path) : style::StyleFileContents{};
}

bool hasProblem(const style::StyleFileContents &local, const QString &name)
{
    return std::any_of(local.problems.cbegin(), local.problems.cend(),
                       [&](const style::StyleFileProblem &p) { return p.name == name; });
}

// Every bad entry of the file is a warning ("warning: file:line: reason"), whatever the
// command: it changes the exit code only when the entry is one of `names`, styles the command was
// asked for by name (none named: it skips them). Returns those names, each said with `refusal`.
QStringList sayProblems(const style::StyleFileContents &local, const QStringList &names,
                        const QString &refusal)
{
    QStringList needed;
    for (const style::StyleFileProblem &p : local.problems) {
        note(QStringLiteral("warning: ") + p.message);
        if (!p.name.isEmpty() && names.contains(p.name)) needed << p.name;
    }
    for (const QString &name : std::as_const(needed))
        note(refusal.arg(name));
    return needed;
}

// The file in the form it already has (JSON or name<TAB>processing lines); a new or empty one
// in the form its extension names.
void writeLocal(const QString &path, const StyleMap &styles)
{
    bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QByteArray text;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        text = existing.read(style::kMaxStyleFileBytes);
        const QByteArray start = text.trimmed().left(1);
        if (!start.isEmpty()) json = start == "{" || start == "[";
    }
    // A list keeps its author's comments and order.
    writeFileAtomically(path,
                        json ? style::styleJson(styles) : style::updatedStyleListText(text, styles),
                        QStringLiteral("styles"));
}

int pull(StyleClient &client, const Args &a, const QString &bucket)
{
    const style::StyleFileContents local = readLocal(a.stylesFile);
    StyleMap pulled = selected(client.list(), a.positional.mid(2), bucket);
    // Bad local entries stay as written, unless --force takes the bucket's body for one.
    StyleMap written;
    QStringList badConflicts;
    for (const style::StyleFileProblem &p : local.problems) {
        note(QStringLiteral("warning: ") + p.message);
        if (!p.name.isEmpty()) written.insert(p.name, p.body);
        if (pulled.contains(p.name) && !a.force) {
            pulled.remove(p.name);
            badConflicts << p.name;
        }
    }
    const PullPlan plan = planPull(local.styles, pulled, a.force);
    written.insert(plan.result);
    if (!plan.added.isEmpty() || !plan.replaced.isEmpty() || !QFileInfo::exists(a.stylesFile))
        writeLocal(a.stylesFile, written);
    QStringList replaced = plan.replaced;
    for (const QString &name : plan.added) {
        if (hasProblem(local, name))
            replaced << name; // a bad entry, now the bucket's body
        else
            line({QStringLiteral("added"), name});
    }
    replaced.sort();
    for (const QString &name : std::as_const(replaced))
        line({QStringLiteral("replaced"), name});
    for (const QString &name : std::as_const(badConflicts))
        note(QStringLiteral("conflict %1: the local entry is not usable; kept (--force takes the "
                            "bucket's)")
                 .arg(name));
    for (const QString &name : plan.conflicts)
        note(QStringLiteral("conflict %1: the local body differs from the bucket's; kept "
                            "(--force takes the bucket's)")
                 .arg(name));
    for (const auto &[name, why] : plan.refused)
        note(QStringLiteral("not pulled: %1").arg(why));
    return plan.conflicts.isEmpty() && badConflicts.isEmpty() && plan.refused.isEmpty() ? 0 : 1;
}

int push(StyleClient &client, const Args &a)
{
    if (!QFileInfo::exists(a.stylesFile))
        throw ProcessingError(ErrorCode::NotFound,
                              QStringLiteral("no style file %1").arg(a.stylesFile));
    const QStringList names = a.positional.mid(2);
    for (const QString &name : names)
        checkStyleName(name);
    const style::StyleFileContents local = readLocal(a.stylesFile);
    // Bad entries are not sent; the others are.
    const QStringList refused = sayProblems(
        local, names, QStringLiteral("not pushed: %1 (its entry in the file is not usable)"));
    QStringList wanted = names;
    for (const QString &name : refused)
        wanted.removeAll(name);
    if (!names.isEmpty() && wanted.isEmpty()) return 1;
    const PushPlan plan =
        planPush(selected(local.styles, wanted, a.stylesFile), client.list(), a.force);
    for (const auto &[name, body] : plan.send) {
        client.put(name, body);
        line({QStringLiteral("pushed"), name});
    }
    for (const QString &name : plan.conflicts)
        note(QStringLiteral("conflict %1: the bucket's body differs from the local one; not sent "
                            "(--force replaces it)")
                 .arg(name));
    return plan.conflicts.isEmpty() && refused.isEmpty() ? 0 : 1;
}

// Exit 1 when a compared style differs, else 2 when a style named could not be compared (its
// entry is bad) or nothing could be (no file, no answer), else 0.
int diff(StyleClient &client, const Args &a)
{
    if (!QFileInfo::exists(a.stylesFile))
        throw ProcessingError(ErrorCode::NotFound,
                              QStringLiteral("no style file %1").arg(a.stylesFile));
    const style::StyleFileContents local = readLocal(a.stylesFile);
    const QStringList names = a.positional.mid(2);
    const QStringList broken = sayProblems(
        local, names, QStringLiteral("not compared: %1 (its entry in the file is not usable)"));
    StyleMap cloud = client.list();
    QStringList compared = names;
    for (const QString &name : broken)
        compared.removeAll(name);
    for (const style::StyleFileProblem &p : local.problems) // warned above, not "cloud-only"
        cloud.remove(p.name);
    StyleDiff d;
    if (names.isEmpty() || !compared.isEmpty()) d = diffStyles(local.styles, cloud, compared);
    for (const QString &name : std::as_const(d.localOnly))
        line({QStringLiteral("local-only"), name, local.styles.value(name)});
    for (const QString &name : std::as_const(d.cloudOnly))
        line({QStringLiteral("cloud-only"), name, cloud.value(name)});
    for (const QString &name : std::as_const(d.differing)) {
        line({QStringLiteral("differs"), name});
        line({QStringLiteral("  local"), local.styles.value(name)});
        line({QStringLiteral("  cloud"), cloud.value(name)});
    }
    if (!d.empty()) return 1; // a difference found is the answer, whatever else was skipped
    return broken.isEmpty() ? 0 : 2;
}

// Deletes `names`; unless `force`, first refuses (nothing deleted) when a style left in the
// bucket uses one of them as style/<name>.
int removeStyles(StyleClient &client, const QStringList &names, bool force)
{
    for (const QString &name : names) // every name checked before the first request
        checkStyleName(name);
    if (!force) {
        const QMap<QString, QStringList> users = referrersLeft(names, client.list());
        QStringList said;
        for (auto it = users.cbegin(); it != users.cend(); ++it)
            said << QStringLiteral("%1 is used as style/%1 by %2")
                        .arg(it.key(), it.value().join(QStringLiteral(", ")));
        if (!said.isEmpty())
            throw ProcessingError(ErrorCode::InvalidArgument,
                                  QStringLiteral("%1: nothing was deleted (--force deletes anyway)")
                                      .arg(said.join(QStringLiteral("; "))));
    }
    // A missing name does not stop the others: each is said, and the exit code tells.
    int missing = 0;
    for (const QString &name : names) {
        try {
            client.remove(name);
            line({QStringLiteral("deleted"), name});
        } catch (const ProcessingError &e) {
            if (e.error().code != ErrorCode::StyleNotFound && e.error().code != ErrorCode::NotFound)
                throw;
            reportError(e.error());
            line({QStringLiteral("missing"), name});
            ++missing;
        }
    }
    return missing > 0 ? 1 : 0;
}

} // namespace

int stylesCommand(const QStringList &arguments)
{
    const Args a = parseArgs(arguments);
    if (a.positional.size() < 2) return usageError(QString::fromLatin1(kStylesUsage));
    const QString action = a.positional[0];
    const bool needsFile = action == QLatin1String("pull") || action == QLatin1String("push") ||
                           action == QLatin1String("diff");
    if (!QStringList{QStringLiteral("ls"), QStringLiteral("pull"), QStringLiteral("push"),
                     QStringLiteral("rm"), QStringLiteral("diff")}
             .contains(action) ||
        (needsFile && a.stylesFile.isEmpty()) ||
        (action == QLatin1String("rm") && a.positional.size() < 3))
        return usageError(QString::fromLatin1(kStylesUsage));
    try {
        const ObjectUrl u = parseObjectUrl(a.positional[1]);
        if (!u.remote || u.flavor != Endpoint::Flavor::Cos || u.bucket.isEmpty() ||
            !u.key.isEmpty())
            return usageError(QStringLiteral("styles work on a COS bucket: cos://BUCKET-APPID"));
        StyleClient client(endpointFor(u), u.bucket);
        const QStringList names = a.positional.mid(2);
        if (action == QLatin1String("ls")) {
            const StyleMap styles = selected(client.list(), names, u.bucket);
            for (auto it = styles.cbegin(); it != styles.cend(); ++it)
                line({it.key(), it.value()});
            return 0;
        }
        if (action == QLatin1String("pull")) return pull(client, a, u.bucket);
        if (action == QLatin1String("push")) return push(client, a);
        if (action == QLatin1String("diff")) return diff(client, a);
        return removeStyles(client, names, a.force);
    } catch (const ProcessingError &e) {
        reportError(e.error());
        return action == QLatin1String("diff") ? 2 : 1;
    }
}

} // namespace ad::cli
