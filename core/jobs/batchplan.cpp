#include "jobs/batchplan.h"

#include "style/printer.h"

#include "assets/assetkind.h"
#include "common/error.h"
#include "files/regularfile.h"
#include "imaging/encoder.h"
#include "imaging/outputname.h"
#include "jobs/nametemplate.h"
#include "media/ciprocess.h"
#include "storage/atomicfile.h"
#include "storage/objecturl.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace ad::jobs
{

namespace
{

bool matchesAny(const QString &name, const QStringList &globs)
{
    for (const QString &glob : globs) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(glob),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(name).hasMatch()) return true;
    }
    return false;
}

// Pictures by default; videos and documents too when a ci-process string asks for them.
QStringList defaultPatterns(const QStringList &styles)
{
    QStringList patterns = defaultImagePatterns();
    bool videos = false;
    bool documents = false;
    for (const QString &s : styles) {
        if (!s.startsWith(QLatin1String("ci-process="))) continue;
        const auto ci = media::parseCiProcess(s);
        (media::appliesToVideo(*ci) ? videos : documents) = true;
    }
    const auto add = [&patterns](assets::Kind kind) {
        for (const QString &ext : assets::extensionsOf(kind))
            patterns << QStringLiteral("*.") + ext;
    };
    if (videos) add(assets::Kind::Video);
    if (documents) add(assets::Kind::Document);
    return patterns;
}

// Whether a style applies to a source: ci-process strings to the kind they are for, image
// processing to everything else the patterns let in.
assets::Kind kindOfSource(const QString &location)
{
    return storage::isRemoteLocation(location) ? assets::kindOf(storage::locationName(location), {})
                                               : assets::kindOfPath(location);
}

bool applies(const std::optional<media::CiProcess> &ci, assets::Kind kind)
{
    if (ci)
        return kind == (media::appliesToVideo(*ci) ? assets::Kind::Video : assets::Kind::Document);
    return kind != assets::Kind::Video && kind != assets::Kind::Document &&
           kind != assets::Kind::Audio;
}

// Why a string was not applied to a file of another kind.
QString notApplicable(const std::optional<media::CiProcess> &ci)
{
    if (!ci) return QCoreApplication::translate("ad::Error", "not a picture");
    return media::appliesToVideo(*ci) ? QCoreApplication::translate("ad::Error", "not a video")
                                      : QCoreApplication::translate("ad::Error", "not a document");
}

QString ciExtension(const media::CiProcess &ci)
{
    switch (ci.kind) {
    case media::CiProcess::Kind::Snapshot:
        return ci.snapshot.format;
    case media::CiProcess::Kind::VideoInfo:
        return QStringLiteral("json");
    case media::CiProcess::Kind::DocPreview:
        break;
    }
    if (!ci.imageParams.isEmpty())
        // The page's own type stands in for a source name when ImageParams sets no format.
        return outputExtension(style::parse(ci.imageParams),
                               QStringLiteral("page.") + ci.doc.dstType);
    return ci.doc.dstType;
}

} // namespace

// Local folders are walked here (to keep the destination out); buckets through Storage.
QList<BatchSource> collectSources(const BatchRequest &r, const QString &destination)
{
    const QStringList include = r.include.isEmpty() ? defaultPatterns(r.styles) : r.include;
    QList<BatchSource> out;
    QSet<QString> seen;
    // Why a batch would find nothing, said instead of running zero items.
    int listed = 0;        // files and objects found under the sources
    int inDestination = 0; // of those, left out as lying in the destination
    auto consider = [&](const QString &location, const QString &relativeDir) {
        const QString name = storage::locationName(location);
        if (name.startsWith(QLatin1Char('.')) || storage::isPartialPath(name)) return;
        if (!matchesAny(name, include) || matchesAny(name, r.exclude)) return;
        if (seen.contains(location)) return;
        seen.insert(location);
        out.append({location, relativeDir});
    };
    for (const QString &source : r.sources) {
        if (storage::isRemoteLocation(source)) {
            const QString key = storage::parseObjectUrl(source).key;
            if (!key.isEmpty() && !key.endsWith(QLatin1Char('/'))) {
                ++listed;
                consider(source, QString()); // one object
                continue;
            }
            const QString root =
                source.endsWith(QLatin1Char('/')) ? source : source + QLatin1Char('/');
            QStringList found;
            storage::storageFor(source)->list(
                root, r.recursive, [&](const QList<storage::Entry> &page) {
                    for (const storage::Entry &e : page) {
                        if (e.folder) continue;
                        ++listed;
                        if (e.location.startsWith(destination + QLatin1Char('/')))
                            ++inDestination;
                        else
                            found << e.location;
                    }
                    return true;
                });
            found.sort();
            for (const QString &location : std::as_const(found)) {
                const QString rel = location.mid(root.size()).section(QLatin1Char('/'), 0, -2);
                consider(location, rel);
            }
            continue;
        }
        const QFileInfo info(source);
        if (!info.isDir()) files::requireRegularFile(source); // missing, a device, a FIFO
        if (info.isFile()) {
            ++listed;
            consider(info.absoluteFilePath(), QString());
            continue;
        }
        const QDir root(info.absoluteFilePath());
        QDirIterator it(root.absolutePath(), QDir::Files | QDir::NoDotAndDotDot,
                        r.recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
        QStringList found;
        while (it.hasNext()) {
            const QString path = it.next();
            ++listed;
            // Never feed the batch its own results when the destination lies inside a source.
            if (path.startsWith(destination + QLatin1Char('/'))) {
                ++inDestination;
                continue;
            }
            found << path;
        }
        found.sort(); // a stable order makes {index} and resumption predictable
        for (const QString &path : std::as_const(found)) {
            QString rel = root.relativeFilePath(QFileInfo(path).absolutePath());
            consider(path, rel == QLatin1String(".") ? QString() : rel);
        }
    }
    if (out.isEmpty() && !r.sources.isEmpty()) {
        const QString where = r.sources.join(QStringLiteral(", "));
        const auto say = [](const QString &text) {
            throw ProcessingError(ErrorCode::NotFound, text);
        };
        if (listed == 0)
            say(storage::isRemoteLocation(r.sources.first())
                    ? QCoreApplication::translate("ad::Error", "no objects under %1").arg(where)
                    : QCoreApplication::translate("ad::Error", "no files in %1").arg(where));
        if (inDestination == listed)
            say(QCoreApplication::translate(
                    "ad::Error",
                    "all %n file(s) under %1 lie in the destination %2, which a batch leaves out "
                    "(its results would replace or be fed its originals): choose a destination "
                    "outside the source",
                    nullptr, listed)
                    .arg(where, destination + QLatin1Char('/')));
        say(QCoreApplication::translate("ad::Error",
                                        "none of the %n file(s) under %1 outside the destination "
                                        "matches the patterns (include %2%3)",
                                        nullptr, listed - inDestination)
                .arg(where, include.join(QLatin1Char(' ')),
                     r.exclude.isEmpty()
                         ? QString()
                         : QStringLiteral(", exclude ") + r.exclude.join(QLatin1Char(' '))));
    }
    return out;
}

QString outputExtension(const style::Pipeline &p, const QString &sourcePath)
{
    std::optional<style::ImageFormat> format;
    for (const auto &stage : p.stages) {
        if (std::holds_alternative<style::InfoQuery>(stage.op) ||
            std::holds_alternative<style::BlindExtract>(stage.op))
            return QStringLiteral("json");
        if (const auto *m = std::get_if<style::MogrStage>(&stage.op)) {
            for (const auto &step : m->steps) {
                if (const auto *f = std::get_if<style::Format>(&step.op)) format = f->format;
            }
        } else if (const auto *v = std::get_if<style::ImageView2>(&stage.op); v && v->format) {
            format = v->format;
        }
    }
    return format ? imaging::extensionFor(*format) : QFileInfo(sourcePath).suffix().toLower();
}

QStringList defaultImagePatterns()
{
    return {QStringLiteral("*.jpg"),  QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
            QStringLiteral("*.webp"), QStringLiteral("*.gif"),  QStringLiteral("*.bmp"),
            QStringLiteral("*.heic"), QStringLiteral("*.heif"), QStringLiteral("*.avif"),
            QStringLiteral("*.tif"),  QStringLiteral("*.tiff")};
}

std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name)
{
    if (name == QLatin1String("skip")) return ConflictPolicy::Skip;
    if (name == QLatin1String("overwrite")) return ConflictPolicy::Overwrite;
    if (name == QLatin1String("rename")) return ConflictPolicy::Rename;
    return std::nullopt;
}

QString conflictPolicyName(ConflictPolicy p)
{
    return p == ConflictPolicy::Skip        ? QStringLiteral("skip")
           : p == ConflictPolicy::Overwrite ? QStringLiteral("overwrite")
                                            : QStringLiteral("rename");
}

JobSpec planBatch(const BatchRequest &r)
{
    if (r.styles.isEmpty())
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "a batch needs at least one style"));
    if (r.destination.isEmpty())
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "a batch needs a destination folder"));
    QList<style::Pipeline> pipelines;
    QList<std::optional<media::CiProcess>> ciProcesses;
    for (const QString &s : r.styles) {
        try {
            ciProcesses << media::parseCiProcess(s);
            pipelines << (ciProcesses.last() ? style::Pipeline{}
                                             : style::expandStyles(style::parse(s), r.styleLookup));
        } catch (const ProcessingError &e) {
            Error err = e.error();
            err.message =
                QCoreApplication::translate("ad::Error", "style '%1': %2").arg(s, err.message);
            throw ProcessingError(err);
        }
    }
    const QString pattern = !r.nameTemplate.isEmpty() ? r.nameTemplate
                            : r.styles.size() == 1    ? QStringLiteral("{name}.{ext}")
                                                      : QStringLiteral("{name}_{style}.{ext}");
    QString destination = storage::isRemoteLocation(r.destination)
                              ? r.destination
                              : QDir(r.destination).absolutePath();
    while (destination.endsWith(QLatin1Char('/')) && !destination.endsWith(QLatin1String("://")))
        destination.chop(1);
    // Targets that exist already: a local check each, or one listing of the bucket prefix
    // (never a HEAD per object).
    QSet<QString> existingRemote;
    const bool remoteDestination = storage::isRemoteLocation(destination);
    if (remoteDestination) {
        storage::storageFor(destination)
            ->list(destination + QLatin1Char('/'), true, [&](const QList<storage::Entry> &page) {
                for (const storage::Entry &e : page)
                    existingRemote.insert(e.location);
                return true;
            });
    }
    const auto exists = [&](const QString &location) {
        return remoteDestination ? existingRemote.contains(location) : QFileInfo::exists(location);
    };

    JobSpec spec;
    spec.kind = kBatchKind;
    spec.output = destination;
    spec.params = {{QStringLiteral("destination"), spec.output},
                   {QStringLiteral("conflict"), conflictPolicyName(r.conflict)},
                   {QStringLiteral("template"), pattern},
                   {QStringLiteral("styles"), QJsonArray::fromStringList(r.styles)}};
    const QList<BatchSource> sources = collectSources(r, destination);
    spec.title = QStringLiteral("Batch: %1 file(s) × %2 style(s) → %3")
                     .arg(sources.size())
                     .arg(r.styles.size())
                     .arg(QDir::toNativeSeparators(spec.output));
    NameReservation names;
    for (int i = 0; i < sources.size(); ++i) {
        const assets::Kind kind = kindOfSource(sources[i].path); // read once, not per style
        for (int s = 0; s < r.styles.size(); ++s) {
            // A mixed folder: each string goes to the kinds it is for; the other pairs are
            // listed as skipped with the reason, so a photo missing a poster is explained.
            if (!applies(ciProcesses[s], kind)) {
                ItemPlan item;
                item.source = sources[i].path;
                item.target = QLatin1String(""); // no output; the journal wants a value
                item.variant = r.styles[s];
                item.state = ItemState::Skipped;
                item.note = notApplicable(ciProcesses[s]);
                spec.items << item;
                continue;
            }
            const QString name = storage::locationName(sources[i].path);
            NameFields fields;
            fields.name =
                name.contains(QLatin1Char('.')) ? name.section(QLatin1Char('.'), 0, -2) : name;
            fields.ext = ciProcesses[s] ? ciExtension(*ciProcesses[s])
                                        : outputExtension(pipelines[s], sources[i].path);
            fields.style = styleLabel(r.styles[s]);
            fields.index = i + 1;
            fields.date = r.date;
            fields.dir = sources[i].relativeDir;
            ItemPlan item;
            item.source = sources[i].path;
            // Expanded: the job carries the whole processing, so it runs (and resumes) without
            // the style library that named it.
            item.variant = ciProcesses[s] ? r.styles[s] : style::print(pipelines[s]);
            // Two items of this batch never share a target, whatever the policy; renaming also
            // passes over files that exist.
            const QString expanded = expandNameTemplate(pattern, fields);
            // "{name}.jpg" over PNG sources would write PNG bytes under .jpg names.
            if (const auto result = imaging::formatOfName(QStringLiteral("x.") + fields.ext))
                imaging::checkOutputName(expanded, *result);
            item.target = names.claim(storage::joinLocation(destination, expanded),
                                      r.conflict == ConflictPolicy::Rename
                                          ? NameReservation::Unavailable(exists)
                                          : NameReservation::Unavailable());
            if (r.conflict == ConflictPolicy::Skip && exists(item.target)) {
                item.state = ItemState::Skipped;
                item.note = QCoreApplication::translate("ad::Error", "target exists");
            }
            spec.items << item;
        }
    }
    const bool anyToRun = std::any_of(spec.items.cbegin(), spec.items.cend(), [](const auto &i) {
        return i.state != ItemState::Skipped || !i.target.isEmpty();
    });
    if (!sources.isEmpty() && !anyToRun)
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error",
                                        "none of the %n file(s) found is of a kind the "
                                        "styles apply to (snapshot and videoinfo take "
                                        "videos, doc-preview documents, other processing "
                                        "pictures)",
                                        nullptr, int(sources.size())));
    return spec;
}

} // namespace ad::jobs
