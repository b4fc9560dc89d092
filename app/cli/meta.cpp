// assetdesk-cli meta: a file's XMP fields (rating, label, hierarchical tags, title, caption,
// rights, ...) as JSON, and edits to them, written per the metadata policy the window's
// Preferences set (or into a sidecar only with --sidecar). The window's catalogue takes up
// what a file says the next time it shows the folder.

#include "catalog/metadatapolicy.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "metadata/xmpfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <variant>

namespace ad::cli
{

namespace
{

const char *kUsage =
    "assetdesk-cli meta get FILE...\n"
    "assetdesk-cli meta set FILE... [--rating N] [--label L] [--tag a/b]... [--untag a/b]...\n"
    "        [--title T] [--caption T] [--creator T] [--rights T] [--headline T] [--city T]\n"
    "        [--country T] [--credit T] [--source T] [--gps LAT,LON] [--sidecar]\n"
    "  N 0-5; L none, red, orange, yellow, green, blue, purple; an empty T clears the field;\n"
    "  --gps '' clears the position. Writes go where Preferences > Metadata says (the sidecar\n"
    "  FILE.xmp by default); --sidecar writes the sidecar only.\n";

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

int get(const QStringList &files)
{
    QJsonArray out;
    int failed = 0;
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile()) {
            reportError(Error{ErrorCode::NotFound, QStringLiteral("No such file: %1").arg(file)});
            ++failed;
            continue;
        }
        const metadata::FileMeta meta = metadata::readFileMeta(file, metadata::sidecarNaming());
        QJsonObject o = metadata::toJson(meta.record);
        o[QStringLiteral("file")] = file;
        if (!meta.sidecar.isEmpty()) o[QStringLiteral("sidecar")] = meta.sidecar;
        out.append(o);
    }
    writeStdout(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return failed ? 1 : 0;
}

// The text options and the record field each sets.
const QList<QPair<QString, QString>> &textOptions()
{
    static const QList<QPair<QString, QString>> options{
        {QStringLiteral("--title"), QStringLiteral("title")},
        {QStringLiteral("--caption"), QStringLiteral("description")},
        {QStringLiteral("--creator"), QStringLiteral("creator")},
        {QStringLiteral("--rights"), QStringLiteral("rights")},
        {QStringLiteral("--headline"), QStringLiteral("headline")},
        {QStringLiteral("--city"), QStringLiteral("city")},
        {QStringLiteral("--country"), QStringLiteral("country")},
        {QStringLiteral("--credit"), QStringLiteral("credit")},
        {QStringLiteral("--source"), QStringLiteral("source")}};
    return options;
}

// The edit the options ask for; an Error for a value out of range.
std::variant<metadata::MetaEdit, Error> parseEdit(const QStringList &args, QStringList &files,
                                                  bool &sidecar)
{
    metadata::MetaEdit edit;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        const auto text = std::find_if(textOptions().begin(), textOptions().end(),
                                       [&](const auto &o) { return o.first == a; });
        if (a == QLatin1String("--sidecar")) {
            sidecar = true;
        } else if (!a.startsWith(QLatin1String("--"))) {
            files << a;
        } else if (!hasValue) {
            return invalid(QStringLiteral("%1 needs a value").arg(a));
        } else if (a == QLatin1String("--rating")) {
            bool ok = false;
            const int n = args[++i].toInt(&ok);
            if (!ok || n < 0 || n > 5)
                return invalid(QStringLiteral("--rating: 0 to 5 stars, not '%1'").arg(args[i]));
            edit.rating = n;
        } else if (a == QLatin1String("--label")) {
            const QString name = args[++i].trimmed();
            const bool none = name.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
            const std::optional<int> label = none             ? std::optional<int>(0)
                                             : name.isEmpty() ? std::nullopt
                                                              : metadata::labelFromName(name);
            if (!label)
                return invalid(QStringLiteral("--label: none, red, orange, yellow, green, blue or "
                                              "purple, not '%1'")
                                   .arg(name));
            edit.label = label;
        } else if (a == QLatin1String("--tag") || a == QLatin1String("--untag")) {
            const QString tag = metadata::normalTag(args[++i]);
            if (tag.isEmpty()) return invalid(QStringLiteral("%1: an empty tag").arg(a));
            (a == QLatin1String("--tag") ? edit.addTags : edit.removeTags) << tag;
        } else if (a == QLatin1String("--gps")) {
            const QString value = args[++i].trimmed();
            if (value.isEmpty()) {
                edit.text[QStringLiteral("latitude")] = QString();
                edit.text[QStringLiteral("longitude")] = QString();
                continue;
            }
            const QStringList parts = value.split(QLatin1Char(','));
            bool okLat = false, okLon = false;
            const double lat = parts.value(0).toDouble(&okLat);
            const double lon = parts.value(1).toDouble(&okLon);
            if (parts.size() != 2 || !okLat || !okLon || std::abs(lat) > 90 || std::abs(lon) > 180)
                return invalid(QStringLiteral("--gps: LATITUDE,LONGITUDE in degrees (-90 to 90, "
                                              "-180 to 180), not '%1'")
                                   .arg(value));
            edit.text[QStringLiteral("latitude")] = parts[0];
            edit.text[QStringLiteral("longitude")] = parts[1];
        } else if (text != textOptions().end()) {
            edit.text[text->second] = args[++i];
        } else {
            return invalid(QStringLiteral("unknown option %1").arg(a));
        }
    }
    return edit;
}

int set(const QStringList &args)
{
    QStringList files;
    bool sidecar = false;
    const auto parsed = parseEdit(args, files, sidecar);
    if (const Error *e = std::get_if<Error>(&parsed)) return reportError(*e);
    const metadata::MetaEdit edit = std::get<metadata::MetaEdit>(parsed);
    if (files.isEmpty() || edit.isEmpty()) return usageError(QString::fromLatin1(kUsage));
    const metadata::WritePolicy policy =
        sidecar ? metadata::WritePolicy::SidecarOnly : catalog::metadataWritePolicy();
    if (policy == metadata::WritePolicy::Never)
        return reportError(invalid(QStringLiteral(
            "metadata writing is off (Preferences > Metadata: Never); --sidecar writes a sidecar "
            "anyway")));
    const metadata::SidecarNaming naming = metadata::sidecarNaming();
    int failed = 0;
    for (const QString &file : files) {
        try {
            const metadata::FileMeta meta = metadata::readFileMeta(file, naming);
            const QStringList written =
                metadata::writeFileMeta(file, metadata::applied(meta.record, edit), policy, naming);
            writeStdout(shown(file) + ": " + shown(written.join(QStringLiteral(", "))) + "\n");
        } catch (const ProcessingError &e) {
            reportError(e.error());
            ++failed;
        }
    }
    return failed ? 1 : 0;
}

} // namespace

int metaCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        writeStdout(kUsage);
        return 0;
    }
    if (sub == QLatin1String("get") && args.size() > 1) return get(args.mid(1));
    if (sub == QLatin1String("set")) return set(args.mid(1));
    return usageError(QString::fromLatin1(kUsage));
}

} // namespace ad::cli
