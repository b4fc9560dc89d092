#include "jobs/batchplan.h"

#include "imaging/encoder.h"
#include "jobs/nametemplate.h"
#include "storage/atomicfile.h"
#include "style/error.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace ad::jobs
{

namespace
{

struct Source {
    QString path;
    QString relativeDir;
};

bool matchesAny(const QString &name, const QStringList &globs)
{
    for (const QString &glob : globs) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(glob),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(name).hasMatch()) return true;
    }
    return false;
}

QList<Source> collectSources(const BatchRequest &r)
{
    const QStringList include = r.include.isEmpty() ? defaultImagePatterns() : r.include;
    const QString destination = QDir(r.destination).absolutePath();
    QList<Source> out;
    QSet<QString> seen;
    auto consider = [&](const QString &path, const QString &relativeDir) {
        const QFileInfo info(path);
        const QString name = info.fileName();
        if (name.startsWith(QLatin1Char('.')) || storage::isPartialPath(path)) return;
        if (!matchesAny(name, include) || matchesAny(name, r.exclude)) return;
        const QString canonical = info.absoluteFilePath();
        if (seen.contains(canonical)) return;
        seen.insert(canonical);
        out.append({canonical, relativeDir});
    };
    for (const QString &source : r.sources) {
        const QFileInfo info(source);
        if (!info.exists())
            throw ProcessingError(ErrorCode::NotFound,
                                  QStringLiteral("source '%1' does not exist").arg(source));
        if (info.isFile()) {
            consider(info.absoluteFilePath(), QString());
            continue;
        }
        const QDir root(info.absoluteFilePath());
        QDirIterator it(root.absolutePath(), QDir::Files | QDir::NoDotAndDotDot,
                        r.recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
        QStringList found;
        while (it.hasNext()) {
            const QString path = it.next();
            // Never feed the batch its own results when the destination lies inside a source.
            if (path.startsWith(destination + QLatin1Char('/'))) continue;
            found << path;
        }
        found.sort(); // a stable order makes {index} and resumption predictable
        for (const QString &path : std::as_const(found)) {
            QString rel = root.relativeFilePath(QFileInfo(path).absolutePath());
            consider(path, rel == QLatin1String(".") ? QString() : rel);
        }
    }
    return out;
}

QString outputExtension(const style::Pipeline &p, const QString &sourcePath)
{
    std::optional<style::ImageFormat> format;
    for (const auto &stage : p.stages) {
        if (std::holds_alternative<style::InfoQuery>(stage.op)) return QStringLiteral("json");
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

QString withCounter(const QString &path, int n)
{
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return info.dir().filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix));
}

} // namespace

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
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QStringLiteral("a batch needs at least one style"));
    if (r.destination.isEmpty())
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QStringLiteral("a batch needs a destination folder"));
    QList<style::Pipeline> pipelines;
    for (const QString &s : r.styles) {
        try {
            pipelines << style::expandStyles(style::parse(s), r.styleLookup);
        } catch (const ProcessingError &e) {
            Error err = e.error();
            err.message = QStringLiteral("style '%1': %2").arg(s, err.message);
            throw ProcessingError(err);
        }
    }
    const QString pattern = !r.nameTemplate.isEmpty() ? r.nameTemplate
                            : r.styles.size() == 1    ? QStringLiteral("{name}.{ext}")
                                                      : QStringLiteral("{name}_{style}.{ext}");
    const QDir destination(QDir(r.destination).absolutePath());

    JobSpec spec;
    spec.kind = kBatchKind;
    spec.output = destination.absolutePath();
    spec.params = {{QStringLiteral("destination"), spec.output},
                   {QStringLiteral("conflict"), conflictPolicyName(r.conflict)},
                   {QStringLiteral("template"), pattern},
                   {QStringLiteral("styles"), QJsonArray::fromStringList(r.styles)}};
    const QList<Source> sources = collectSources(r);
    spec.title = QStringLiteral("Batch: %1 file(s) × %2 style(s) → %3")
                     .arg(sources.size())
                     .arg(r.styles.size())
                     .arg(QDir::toNativeSeparators(spec.output));
    QSet<QString> planned;
    for (int i = 0; i < sources.size(); ++i) {
        for (int s = 0; s < r.styles.size(); ++s) {
            const QFileInfo src(sources[i].path);
            NameFields fields;
            fields.name = src.completeBaseName();
            fields.ext = outputExtension(pipelines[s], src.filePath());
            fields.style = styleLabel(r.styles[s]);
            fields.index = i + 1;
            fields.date = r.date;
            fields.dir = sources[i].relativeDir;
            ItemPlan item;
            item.source = src.filePath();
            item.variant = r.styles[s];
            item.target = destination.filePath(expandNameTemplate(pattern, fields));
            // Two items of this batch never share a target, whatever the policy.
            QString candidate = item.target;
            for (int n = 1; planned.contains(candidate); ++n)
                candidate = withCounter(item.target, n);
            item.target = candidate;
            if (QFileInfo::exists(item.target)) {
                if (r.conflict == ConflictPolicy::Skip) {
                    item.state = ItemState::Skipped;
                    item.note = QStringLiteral("target exists");
                } else if (r.conflict == ConflictPolicy::Rename) {
                    for (int n = 1; QFileInfo::exists(candidate) || planned.contains(candidate);
                         ++n)
                        candidate = withCounter(item.target, n);
                    item.target = candidate;
                }
            }
            planned.insert(item.target);
            spec.items << item;
        }
    }
    return spec;
}

} // namespace ad::jobs
