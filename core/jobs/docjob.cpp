#include "jobs/docjob.h"

#include "common/error.h"
#include "document/docformats.h"
#include "jobs/nametemplate.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <memory>

namespace ad::jobs
{

QStringList documentsIn(const QString &folder, bool recursive)
{
    QStringList filters;
    for (const QString &suffix : document::docSuffixes())
        filters << QStringLiteral("*.") + suffix;
    QStringList found;
    QDirIterator it(folder, filters, QDir::Files,
                    recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext())
        found << it.next();
    found.sort();
    return found;
}

namespace
{

// The names each running doc job has handed out, shared by its items (which run at once).
std::shared_ptr<NameReservation> namesOfJob(qint64 jobId)
{
    static QMutex mutex;
    static QHash<qint64, std::shared_ptr<NameReservation>> jobs;
    const QMutexLocker lock(&mutex);
    std::shared_ptr<NameReservation> &names = jobs[jobId];
    if (!names) names = std::make_shared<NameReservation>();
    return names;
}

// Whether a location exists: a check per file locally, one listing of the prefix for a bucket.
std::function<bool(const QString &)> existenceCheck(const storage::Storage &storage,
                                                    const QString &folder)
{
    if (!storage::isRemoteLocation(folder))
        return [](const QString &location) { return QFileInfo::exists(location); };
    auto existing = std::make_shared<QSet<QString>>();
    storage.list(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'), true,
                 [&](const QList<storage::Entry> &page) {
                     for (const storage::Entry &e : page)
                         existing->insert(e.location);
                     return true;
                 });
    return [existing](const QString &location) { return existing->contains(location); };
}

// "3 output(s) written: report (1)_1.jpg … report (1)_3.jpg (renamed: report_1.jpg was
// taken); 1 skipped: the file exists", for the job report. `claimed` is in page order.
QString outcomeNote(const QStringList &claimed, const QStringList &written, int skipped,
                    const QString &planned)
{
    QStringList names;
    for (const QString &location : claimed) {
        if (written.contains(location)) names << storage::locationName(location);
    }
    QString note = QCoreApplication::translate("ad::jobs", "%n output(s) written", nullptr,
                                               int(written.size()));
    if (!names.isEmpty())
        note += QStringLiteral(": ") + (names.size() == 1
                                            ? names.first()
                                            : names.first() + QStringLiteral(" … ") + names.last());
    if (claimed.value(0) != planned)
        note +=
            QStringLiteral(" ") + QCoreApplication::translate("ad::jobs", "(renamed: %1 was taken)")
                                      .arg(storage::locationName(planned));
    if (skipped > 0)
        note += QStringLiteral("; ") + QCoreApplication::translate("ad::jobs",
                                                                   "%n skipped: the file exists",
                                                                   nullptr, skipped);
    return note;
}

} // namespace

JobSpec planDocJob(const QStringList &documents, const QString &destination,
                   const document::DocRequest &request, const QString &pattern,
                   ConflictPolicy conflict)
{
    if (documents.isEmpty())
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate("ad::Error", "no documents chosen"));
    if (destination.trimmed().isEmpty())
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate("ad::Error", "no destination chosen"));
    JobSpec spec;
    spec.kind = kDocPreviewKind;
    // In the interface's language when a window plans the job.
    spec.title = documents.size() == 1
                     ? QCoreApplication::translate("ad::jobs", "Pages of %1")
                           .arg(QFileInfo(documents.first()).fileName())
                     : QCoreApplication::translate("ad::jobs", "Pages of %n document(s)", nullptr,
                                                   int(documents.size()));
    spec.params = request.toJson();
    spec.params.insert(QStringLiteral("conflict"), conflictPolicyName(conflict));
    spec.output = destination;
    NameReservation patterns; // report.pdf and report.docx must not both write report_1.jpg
    for (const QString &doc : documents) {
        ItemPlan item;
        item.source = doc;
        item.target = destination;
        item.variant =
            patterns.claim(pattern.isEmpty() ? document::defaultPattern(doc, request) : pattern);
        spec.items.append(item);
    }
    return spec;
}

JobKind docPreviewKind()
{
    JobKind kind;
    kind.pool = PoolKind::Cpu;
    kind.run = [](const ItemRecord &item, const QJsonObject &params,
                  const std::atomic<bool> &cancelled) {
        const ConflictPolicy policy =
            conflictPolicyFromName(params.value(QStringLiteral("conflict")).toString())
                .value_or(ConflictPolicy::Rename);
        const std::shared_ptr<storage::Storage> target = storage::storageFor(item.target);
        const auto exists = existenceCheck(*target, item.target);
        const std::shared_ptr<NameReservation> names = namesOfJob(item.jobId);
        QHash<int, QString> nameOf; // output number -> location; set before any page renders
        QStringList claimed;
        QString plannedFirst;
        QMutex mutex; // pages arrive on several threads
        QStringList written;
        int skipped = 0;
        qint64 bytesOut = 0;
        // The document's outputs are named together: a counter, when one name is taken, moves
        // all of its pages. A name another item of this job claimed is never reused, whatever
        // the policy; an existing file only under Rename. Every output is written whole
        // (temp + rename, or one PUT).
        const auto planNames = [&](const QList<document::DocPage> &outputs) {
            const auto candidates = [&](int n) {
                const QString pattern = n == 0 ? item.variant : withCounter(item.variant, n);
                QStringList list;
                for (const document::DocPage &page : outputs)
                    list << storage::joinLocation(item.target, document::outputName(pattern, page));
                return list;
            };
            plannedFirst = candidates(0).value(0);
            claimed = names->claim(candidates, policy == ConflictPolicy::Rename
                                                   ? NameReservation::Unavailable(exists)
                                                   : NameReservation::Unavailable());
            for (int i = 0; i < outputs.size(); ++i)
                nameOf.insert(outputs[i].number, claimed[i]);
        };
        const auto writePage = [&](const document::DocPage &page) {
            const QString location = nameOf.value(page.number);
            if (policy == ConflictPolicy::Skip && exists(location)) {
                const QMutexLocker lock(&mutex);
                ++skipped;
                return;
            }
            target->write(location, page.bytes);
            const QMutexLocker lock(&mutex);
            written << location;
            bytesOut += page.bytes.size();
        };
        try {
            document::convertDocument(item.source, document::DocRequest::fromJson(params),
                                      writePage, &cancelled, planNames);
        } catch (...) {
            // Names of pages never written go back, so that a retry may use them.
            QStringList unused = claimed;
            for (const QString &location : std::as_const(written))
                unused.removeOne(location);
            names->release(unused);
            throw; // the queue fails (or cancels) the item with the message
        }
        ItemOutcome outcome;
        outcome.state = written.isEmpty() && skipped > 0 ? ItemState::Skipped : ItemState::Done;
        outcome.error = outcomeNote(claimed, written, skipped, plannedFirst);
        outcome.bytesIn = QFileInfo(item.source).size();
        outcome.bytesOut = bytesOut;
        return outcome;
    };
    return kind;
}

} // namespace ad::jobs
