#pragma once

// Collections: albums the user fills by hand and smart collections that are a saved filter
// (the filter bar's fields and the search words). Album members are catalogue entries, not
// paths, so they follow moves and renames made in the application; a file or bucket object
// can be in many. Kept in the catalogue file. Use from the catalogue's thread.

#include "catalog/catalog.h"
#include "files/fileops.h"

#include <QList>
#include <optional>

namespace ad::catalog
{

struct Collection {
    qint64 id = 0;
    QString name;
    std::optional<Query> query; // set for a smart collection
    bool smart() const { return query.has_value(); }
};

class CollectionStore
{
public:
    explicit CollectionStore(Catalog &catalog);

    QList<Collection> all() const; // by name
    std::optional<Collection> collection(qint64 id) const;
    qint64 createAlbum(const QString &name);
    qint64 createSmart(const QString &name, const Query &query);
    void rename(qint64 id, const QString &name);
    void remove(qint64 id); // the collection only, never its files
    // Album members by path (files or bucket locations); smart collections refuse them.
    void add(qint64 id, const QStringList &paths);
    void removeFrom(qint64 id, const QStringList &paths);
    QStringList members(qint64 id) const; // an album's, or what the saved filter finds now
    Catalog &catalog() const { return m_catalog; }

private:
    Catalog &m_catalog;
};

// The filter as stored (JSON), and back; an unreadable text gives an empty query.
QString queryToText(const Query &query);
Query queryFromText(const QString &text);

enum class ExportMode { Links, Copies };
// Puts a collection's local files into a folder as symbolic links or copies (" (n)" on a name
// clash). Bucket members are left out: they are listed in `skipped`.
struct ExportResult {
    files::Moves written; // source, what was made
    QStringList skipped;
};
ExportResult exportMembers(const QStringList &members, const QString &folder, ExportMode mode);

} // namespace ad::catalog
