#pragma once

// One folder's entries as the browser shows them, made off the GUI thread: read (readdir and
// stat), filtered (hidden files, XMP sidecars, a search's names) and sorted (folders first, A to
// Z, then files by the column), and the difference from what was shown before as rows removed
// and inserted. A folder of 100,000 files takes about a second here and nothing on the GUI
// thread, which only takes the result in.

#include <QCollator>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace ad::files
{

struct FolderEntry {
    QString name;
    qint64 size = 0;
    qint64 modifiedMs = 0; // since the epoch
    bool dir = false;      // a folder, or a link to one
    bool symlink = false;
    bool operator==(const FolderEntry &) const = default;
};

// The entries of `folder` without ".", "..", hidden files, broken links and XMP sidecars of
// files (a folder named like one stays). Unsorted; empty when it cannot be read.
QList<FolderEntry> readFolder(const QString &folder);

// The columns the listing sorts by, numbered as the browser's.
enum class FolderColumn { Name = 0, Size = 1, Type = 2, Modified = 3 };

// Folders first in either direction and by name A to Z (most columns say nothing of them);
// files by the column in `order`, then by name. Names compare naturally ("img2" before "img10"),
// ignoring case, in the default locale's collation, as file managers list them.
void sortEntries(QList<FolderEntry> &entries, FolderColumn column, Qt::SortOrder order);

// The words a file's type sorts by: its MIME type's description as its name gives it.
QString typeByName(const QString &name);
// Names as people count: "img2" before "img10", case aside. In the interface language; the C
// locale of a bare system has no collation of its own and would put "img10" first, so it
// collates as English, the language it reads.
QCollator naturalCollator();

// How to go from `before` to `after` (both sorted the same way) with the fewest rows moved:
// rows of `before` to remove (ascending), then rows of `after` to insert (ascending); the rows
// kept in place whose facts changed. A file whose place changed is removed and inserted.
struct FolderChange {
    QList<int> removed;
    QList<int> inserted;
    QList<int> changed; // rows of `after`
    // Contiguous runs among removed and inserted: what applying it costs the views.
    int runs() const;
};
FolderChange compareListings(const QList<FolderEntry> &before, const QList<FolderEntry> &after);

struct FolderRequest {
    QString folder;
    FolderColumn column = FolderColumn::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::optional<QSet<QString>> only; // a search's names: other entries are left out
    // Read the folder again, or sort and filter `all` (the last listing) only.
    bool read = true;
    QList<FolderEntry> all;
    QList<FolderEntry> shown; // what the view holds now, to compare with
};

struct FolderListing {
    QList<FolderEntry> all;    // every entry, sorted
    QList<FolderEntry> shown;  // those `only` lets through, sorted
    QHash<QString, int> rowOf; // the row of each name in `shown`
    FolderChange change;       // from the request's `shown`
};

FolderListing makeListing(FolderRequest request);
// The same on the core's folder-listing thread (one, so listings finish in the order asked).
QFuture<FolderListing> makeListingAsync(FolderRequest request);

} // namespace ad::files
