#pragma once

// Turns a batch request (sources, styles, destination, naming, conflict policy) into the items
// of a job. Planning checks every style and decides every target before anything runs, which is
// also what a dry run shows.

#include "jobs/jobtypes.h"
#include "style/parser.h"

namespace ad::jobs
{

enum class ConflictPolicy { Skip, Overwrite, Rename };
std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name);
QString conflictPolicyName(ConflictPolicy policy);

struct BatchRequest {
    QStringList sources; // files and folders
    bool recursive = false;
    QStringList include; // file-name globs; empty: the image formats the core reads
    QStringList exclude;
    QStringList styles; // processing strings, one output per style
    QString destination;
    QString nameTemplate; // empty: {name}.{ext} for one style, {name}_{style}.{ext} for several
    ConflictPolicy conflict = ConflictPolicy::Rename;
    style::StyleLookup styleLookup;
    QDate date = QDate::currentDate();
};

inline const QString kBatchKind = QStringLiteral("batch-style");

// A source a batch found: its location and its folder relative to the scanned root.
struct BatchSource {
    QString path;
    QString relativeDir;
};
// The sources of a request, sorted, filtered by the globs, leaving out anything under
// `destination` (a location without a trailing '/'). Bucket prefixes are listed through Storage.
QList<BatchSource> collectSources(const BatchRequest &request, const QString &destination);
// The extension a pipeline's output takes ({ext}): its format, else the source's.
QString outputExtension(const style::Pipeline &pipeline, const QString &sourcePath);

// Throws ProcessingError for a bad style (naming it), a bad template or a missing source.
JobSpec planBatch(const BatchRequest &request);

QStringList defaultImagePatterns();

} // namespace ad::jobs
