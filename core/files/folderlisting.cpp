#include "files/folderlisting.h"

#include "common/background.h"
#include "metadata/xmpfile.h"

#include <QCollator>
#include <QFile>
#include <QLocale>
#include <QMimeDatabase>
#include <algorithm>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace ad::files
{

QList<FolderEntry> readFolder(const QString &folder)
{
    QList<FolderEntry> entries;
    DIR *dir = opendir(QFile::encodeName(folder).constData());
    if (!dir) return entries;
    const int at = dirfd(dir);
    while (const dirent *e = readdir(dir)) {
        if (e->d_name[0] == '.') continue; // ".", ".." and hidden files
        struct stat target {
        };
        // The link's target decides folder or file, as a file manager shows it; a broken link
        // is left out, as QDir leaves it out without QDir::System.
        if (fstatat(at, e->d_name, &target, 0) != 0) continue;
        FolderEntry entry;
        entry.name = QFile::decodeName(e->d_name);
        entry.dir = S_ISDIR(target.st_mode);
        if (e->d_type == DT_LNK) {
            entry.symlink = true;
        } else if (e->d_type == DT_UNKNOWN) {
            struct stat own {
            };
            entry.symlink =
                fstatat(at, e->d_name, &own, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(own.st_mode);
        }
        if (!entry.dir && metadata::isSidecar(entry.name)) continue; // described beside it
        entry.size = entry.dir ? 0 : qint64(target.st_size);
        entry.modifiedMs = qint64(target.st_mtim.tv_sec) * 1000 + target.st_mtim.tv_nsec / 1000000;
        entries << std::move(entry);
    }
    closedir(dir);
    return entries;
}

QString typeByName(const QString &name)
{
    static const QMimeDatabase mimes; // thread-safe, as QMimeDatabase documents
    const QMimeType type = mimes.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    return type.comment().isEmpty() ? type.name() : type.comment();
}

QCollator naturalCollator()
{
    const QLocale shown;
    QCollator collator(shown.language() == QLocale::C ? QLocale(QLocale::English) : shown);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

void sortEntries(QList<FolderEntry> &entries, FolderColumn column, Qt::SortOrder order)
{
    const QList<FolderEntry> &in = entries; // read without detaching a list shared with the view
    const QCollator collator = naturalCollator();
    // Sort keys made once per name rather than a collator compare per comparison.
    std::vector<QCollatorSortKey> keys;
    keys.reserve(entries.size());
    for (const FolderEntry &e : in)
        keys.push_back(collator.sortKey(e.name));
    QList<QString> types;
    if (column == FolderColumn::Type) {
        QHash<QString, QString> bySuffix; // one lookup per suffix, not per file
        types.reserve(entries.size());
        for (const FolderEntry &e : in) {
            const QString suffix = e.name.section(QLatin1Char('.'), -1).toLower();
            auto it = bySuffix.find(suffix);
            if (it == bySuffix.end()) it = bySuffix.insert(suffix, typeByName(e.name));
            types << *it;
        }
    }
    const auto byName = [&](int a, int b) {
        const int order = keys[a].compare(keys[b]);
        return order != 0 ? order < 0 : in[a].name < in[b].name;
    };
    const auto fileLess = [&](int a, int b) {
        const FolderEntry &x = in[a], &y = in[b];
        switch (column) {
        case FolderColumn::Size:
            if (x.size != y.size) return x.size < y.size;
            break;
        case FolderColumn::Modified:
            if (x.modifiedMs != y.modifiedMs) return x.modifiedMs < y.modifiedMs;
            break;
        case FolderColumn::Type:
            if (const int c = types[a].compare(types[b], Qt::CaseInsensitive)) return c < 0;
            break;
        case FolderColumn::Name:
            break;
        }
        return byName(a, b);
    };
    const bool ascending = order == Qt::AscendingOrder;
    std::vector<int> rows(entries.size());
    for (int i = 0; i < int(rows.size()); ++i)
        rows[i] = i;
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        if (in[a].dir != in[b].dir) return in[a].dir;
        if (in[a].dir) return byName(a, b);
        return ascending ? fileLess(a, b) : fileLess(b, a);
    });
    QList<FolderEntry> sorted;
    sorted.reserve(entries.size());
    for (const int row : rows)
        sorted << in[row]; // shares each name; the old list goes at once
    entries = std::move(sorted);
}

int FolderChange::runs() const
{
    const auto count = [](const QList<int> &rows) {
        int runs = 0;
        for (qsizetype i = 0; i < rows.size(); ++i)
            runs += i == 0 || rows[i] != rows[i - 1] + 1;
        return runs;
    };
    return count(removed) + count(inserted);
}

FolderChange compareListings(const QList<FolderEntry> &before, const QList<FolderEntry> &after)
{
    QHash<QString, int> oldRow;
    oldRow.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        oldRow.insert(before[i].name, i);
    // The names in both, in the new order, with their old rows: those kept in place are the
    // longest run of increasing old rows (patience sorting); every other row moves.
    std::vector<int> newRows, olds;
    for (int j = 0; j < after.size(); ++j) {
        const auto it = oldRow.constFind(after[j].name);
        if (it == oldRow.cend()) continue;
        newRows.push_back(j);
        olds.push_back(*it);
    }
    std::vector<int> tails, tailAt, previous(olds.size(), -1);
    for (int i = 0; i < int(olds.size()); ++i) {
        const auto pos = std::lower_bound(tails.begin(), tails.end(), olds[i]) - tails.begin();
        if (pos > 0) previous[i] = tailAt[pos - 1];
        if (pos == qsizetype(tails.size())) {
            tails.push_back(olds[i]);
            tailAt.push_back(i);
        } else {
            tails[pos] = olds[i];
            tailAt[pos] = i;
        }
    }
    std::vector<bool> oldKept(before.size()), newKept(after.size());
    FolderChange change;
    for (int i = tailAt.empty() ? -1 : tailAt.back(); i >= 0; i = previous[i]) {
        oldKept[olds[i]] = true;
        newKept[newRows[i]] = true;
        if (!(before[olds[i]] == after[newRows[i]])) change.changed << newRows[i];
    }
    std::reverse(change.changed.begin(), change.changed.end()); // walked from the end
    for (int i = 0; i < before.size(); ++i)
        if (!oldKept[i]) change.removed << i;
    for (int j = 0; j < after.size(); ++j)
        if (!newKept[j]) change.inserted << j;
    return change;
}

FolderListing makeListing(FolderRequest request)
{
    FolderListing listing;
    listing.all = request.read ? readFolder(request.folder) : std::move(request.all);
    sortEntries(listing.all, request.column, request.order);
    if (request.only) {
        for (const FolderEntry &e : std::as_const(listing.all))
            if (request.only->contains(e.name)) listing.shown << e;
    } else {
        listing.shown = listing.all; // shared, not copied
    }
    listing.rowOf.reserve(listing.shown.size());
    for (int i = 0; i < listing.shown.size(); ++i)
        listing.rowOf.insert(listing.shown.at(i).name, i);
    listing.change = compareListings(request.shown, listing.shown);
    return listing;
}

QFuture<FolderListing> makeListingAsync(FolderRequest request)
{
    static QThreadPool &pool = background::newPool("folder listing", 1);
    return background::runOn(
        pool, [request = std::move(request)]() mutable { return makeListing(std::move(request)); });
}

} // namespace ad::files
