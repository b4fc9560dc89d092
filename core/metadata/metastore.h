#pragma once

// The catalogue's side of file metadata: the text fields (title, caption, creator, rights, ...)
// beside the catalogue's own rating, label and tags, when each field last changed, what the
// files said when last read, and saved metadata templates. Its tables live in the catalogue
// file and are added when missing (nothing of the catalogue's own schema changes); they key on
// entries, so they follow moves and renames. Use from the catalogue's thread.
//
// Conflicts (a file changed by another program, the catalogue changed here) are settled field
// by field: the later writer wins. A file's time is the newer modification time of the file and
// its sidecar; a field's catalogue time is when it was last edited here or imported. A file
// that has not changed since it was last read or written is not read again; a field the file
// does not hold leaves the catalogue's value alone.

#include "metadata/metarecord.h"
#include "metadata/xmpfile.h"

#include <QDateTime>

namespace ad::catalog
{
class Catalog;
}

namespace ad::metadata
{

class MetaStore
{
public:
    explicit MetaStore(catalog::Catalog &catalog);

    // The catalogue's record for a file: its rating, label and tags, and the text fields.
    MetaRecord record(const QString &path) const;
    // Sets what `record` holds (its absent text fields are cleared), stamped `when`.
    void save(const QString &path, const MetaRecord &record,
              const QDateTime &when = QDateTime::currentDateTimeUtc());
    // Brings what a file says into the catalogue by the rule above; returns the fields where
    // the catalogue's newer value was kept ("title", "rating", "tags", ...).
    QStringList importFile(const QString &path, const FileMeta &file);
    // After writing a file's metadata: its new time, so the write is not read back as news.
    void markWritten(const QString &path, const QDateTime &fileChanged);
    std::optional<QDateTime> lastRead(const QString &path) const;
    // Rating, label, favourite and tags changed in the catalogue since their file was last read or
    // written (by the library panel, a shortcut, an undo), as the edit that carries them over.
    QList<QPair<QString, MetaEdit>> unwrittenLibraryFields() const;

    QStringList templateNames() const;
    MetaRecord metaTemplate(const QString &name) const;
    void saveTemplate(const QString &name, const MetaRecord &fields);
    void removeTemplate(const QString &name);

private:
    qint64 entryId(const QString &path);
    QDateTime changed(qint64 id, const QString &field) const;
    void stamp(qint64 id, const QString &field, const QDateTime &when);

    catalog::Catalog &m_catalog;
    QString m_connection;
};

// A template's fields as an edit: its text and rating/label set, its tags added.
MetaEdit templateEdit(const MetaRecord &fields);

} // namespace ad::metadata
