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

// The local library; a file that does not exist yet is an empty one (pull creates it).
StyleMap readLocal(const QString &path)
{
    return QFileInfo::exists(path) ? style::readStyleList(path) : StyleMap{};
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
    const StyleMap local = readLocal(a.stylesFile);
    const StyleMap pulled = selected(client.list(), a.positional.mid(2), bucket);
    const PullPlan plan = planPull(local, pulled, a.force);
    if (!plan.added.isEmpty() || !plan.replaced.isEmpty() || !QFileInfo::exists(a.stylesFile))
        writeLocal(a.stylesFile, plan.result);
    for (const QString &name : plan.added)
        line({QStringLiteral("added"), name});
    for (const QString &name : plan.replaced)
        line({QStringLiteral("replaced"), name});
    for (const QString &name : plan.conflicts)
        note(QStringLiteral("conflict %1: the local body differs from the bucket's; kept "
                            "(--force takes the bucket's)")
                 .arg(name));
    for (const auto &[name, why] : plan.refused)
        note(QStringLiteral("not pulled: %1").arg(why));
    return plan.conflicts.isEmpty() && plan.refused.isEmpty() ? 0 : 1;
}

int push(StyleClient &client, const Args &a)
{
    if (!QFileInfo::exists(a.stylesFile))
        throw ProcessingError(ErrorCode::NotFound,
                              QStringLiteral("no style file %1").arg(a.stylesFile));
    const StyleMap local = selected(readLocal(a.stylesFile), a.positional.mid(2), a.stylesFile);
    const PushPlan plan = planPush(local, client.list(), a.force);
    for (auto it = plan.send.cbegin(); it != plan.send.cend(); ++it) {
        client.put(it.key(), it.value());
        line({QStringLiteral("pushed"), it.key()});
    }
    for (const QString &name : plan.conflicts)
        note(QStringLiteral("conflict %1: the bucket's body differs from the local one; not sent "
                            "(--force replaces it)")
                 .arg(name));
    return plan.conflicts.isEmpty() ? 0 : 1;
}

int diff(StyleClient &client, const Args &a)
{
    if (!QFileInfo::exists(a.stylesFile))
        throw ProcessingError(ErrorCode::NotFound,
                              QStringLiteral("no style file %1").arg(a.stylesFile));
    const StyleMap local = style::readStyleList(a.stylesFile);
    const StyleMap cloud = client.list();
    const StyleDiff d = diffStyles(local, cloud, a.positional.mid(2));
    for (const QString &name : d.localOnly)
        line({QStringLiteral("local-only"), name, local.value(name)});
    for (const QString &name : d.cloudOnly)
        line({QStringLiteral("cloud-only"), name, cloud.value(name)});
    for (const QString &name : d.differing) {
        line({QStringLiteral("differs"), name});
        line({QStringLiteral("  local"), local.value(name)});
        line({QStringLiteral("  cloud"), cloud.value(name)});
    }
    return d.empty() ? 0 : 1;
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
        for (const QString &name : names) // every name checked before the first request
            checkStyleName(name);
        // A missing name does not stop the others: each is said, and the exit code tells.
        int missing = 0;
        for (const QString &name : names) {
            try {
                client.remove(name);
                line({QStringLiteral("deleted"), name});
            } catch (const ProcessingError &e) {
                if (e.error().code != ErrorCode::StyleNotFound &&
                    e.error().code != ErrorCode::NotFound)
                    throw;
                reportError(e.error());
                line({QStringLiteral("missing"), name});
                ++missing;
            }
        }
        return missing > 0 ? 1 : 0;
    } catch (const ProcessingError &e) {
        return reportError(e.error());
    }
}

} // namespace ad::cli
