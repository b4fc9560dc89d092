#pragma once

// Output names for batch results: {name} {ext} {style} {index} {date} {dir}; and the names a
// job hands out, so that no two of its outputs, and no file there before, share one.

#include <QDate>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

namespace ad::jobs
{

struct NameFields {
    QString name;  // source base name without extension
    QString ext;   // output extension, without the dot
    QString style; // style name, or a slug of the processing string
    int index = 1; // 1-based position of the source in the batch
    QDate date;    // the day the batch was planned
    QString dir;   // source folder relative to the scanned root ("" at the root)
};

// Throws ProcessingError(InvalidArgument) for an unknown field, an absolute result or "..".
QString expandNameTemplate(const QString &pattern, const NameFields &fields);

// A file-name-safe label for a processing string: style/<name> gives the name.
QString styleLabel(const QString &processing);

// `location` with the counter n (n >= 1) put in its file name: before the extension
// ("a.jpg" -> "a (1).jpg"), or before the "_" or "-" that leads into a doc-preview field
// ("report_${Page}.jpg" -> "report (1)_${Page}.jpg", so a document's pages keep one stem). A
// counter already there is raised, not repeated ("a (1).jpg" -> "a (2).jpg" for n = 1). Plain
// string work, so bucket locations and name patterns work as well as paths.
QString withCounter(const QString &location, int n);

// The names a job hands out. Each claim takes a set of names (a document's pages, or one
// output) whole: the first of set(0), set(1), ... of which no name was claimed before and none
// is `unavailable` (e.g. exists, when existing files must not be replaced). Thread-safe, so
// items of a job running at once can share one.
class NameReservation
{
public:
    using Unavailable = std::function<bool(const QString &name)>;
    using Candidates = std::function<QStringList(int n)>; // n = 0: the names as planned

    // Throws ProcessingError(IoError) when no free set is found within 10,000 counters.
    QStringList claim(const Candidates &candidates, const Unavailable &unavailable = {});
    // One name; counters from withCounter.
    QString claim(const QString &name, const Unavailable &unavailable = {});
    // Gives names back (their output was never written), so that a retry may claim them.
    void release(const QStringList &names);

private:
    QMutex m_mutex;
    QSet<QString> m_claimed;
};

} // namespace ad::jobs
