#include "jobs/docjob.h"

#include "document/docformats.h"
#include "storage/storage.h"
#include "style/error.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>

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

JobSpec planDocJob(const QStringList &documents, const QString &destination,
                   const document::DocRequest &request, const QString &pattern)
{
    if (documents.isEmpty())
        throw ProcessingError(ErrorCode::InvalidArgument, QStringLiteral("no documents chosen"));
    if (destination.trimmed().isEmpty())
        throw ProcessingError(ErrorCode::InvalidArgument, QStringLiteral("no destination chosen"));
    JobSpec spec;
    spec.kind = kDocPreviewKind;
    // In the interface's language when a window plans the job.
    spec.title = documents.size() == 1
                     ? QCoreApplication::translate("ad::jobs", "Pages of %1")
                           .arg(QFileInfo(documents.first()).fileName())
                     : QCoreApplication::translate("ad::jobs", "Pages of %n document(s)", nullptr,
                                                   int(documents.size()));
    spec.params = request.toJson();
    spec.output = destination;
    for (const QString &doc : documents) {
        ItemPlan item;
        item.source = doc;
        item.target = destination;
        item.variant = pattern.isEmpty() ? document::defaultPattern(doc, request) : pattern;
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
        ItemOutcome outcome;
        std::atomic<qint64> written{0};
        const std::shared_ptr<storage::Storage> target = storage::storageFor(item.target);
        // Every output is written whole (temp + rename, or one PUT); a re-run after a crash
        // simply writes the same names again. Errors reach the queue as exceptions.
        document::convertDocument(
            item.source, document::DocRequest::fromJson(params),
            [&](const document::DocPage &page) {
                target->write(
                    storage::joinLocation(item.target, document::outputName(item.variant, page)),
                    page.bytes);
                written += page.bytes.size();
            },
            &cancelled);
        outcome.bytesIn = QFileInfo(item.source).size();
        outcome.bytesOut = written;
        return outcome;
    };
    return kind;
}

} // namespace ad::jobs
