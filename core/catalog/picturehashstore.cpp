#include "catalog/picturehashstore.h"

#include "catalog/catalog.h"
#include "db/sqlite.h"

#include <cstring>

namespace ad::catalog
{

PictureHashStore::PictureHashStore(Catalog &catalog) : m_catalog(catalog) {}

QHash<QString, imaging::PictureHashes> PictureHashStore::cached(const QList<FileStamp> &files) const
{
    // One scan of the table beats one query per file for the tens of thousands a scan asks for.
    QHash<QString, const FileStamp *> wanted;
    wanted.reserve(files.size());
    for (const FileStamp &f : files)
        wanted.insert(f.path, &f);
    QHash<QString, imaging::PictureHashes> found;
    QSqlQuery q = db::exec(QSqlDatabase::database(m_catalog.connectionName(), false),
                           QStringLiteral("SELECT e.path, h.size, h.modified, h.content, h.phash, "
                                          "h.width, h.height, h.crops FROM picture_hashes h JOIN "
                                          "entries e ON e.id = h.entry_id"));
    while (q.next()) {
        const auto it = wanted.constFind(q.value(0).toString());
        if (it == wanted.constEnd()) continue;
        const FileStamp &f = **it;
        if (q.value(1).toLongLong() != f.size ||
            q.value(2).toLongLong() != f.modified.toMSecsSinceEpoch())
            continue; // changed since it was hashed
        imaging::PictureHashes h;
        h.content = q.value(3).toByteArray();
        h.phash = quint64(q.value(4).toLongLong());
        h.width = q.value(5).toInt();
        h.height = q.value(6).toInt();
        const QByteArray crops = q.value(7).toByteArray();
        if (crops.size() != qsizetype(sizeof h.crops)) continue; // damaged: hashed again
        std::memcpy(h.crops.data(), crops.constData(), sizeof h.crops);
        found.insert(f.path, h);
    }
    return found;
}

void PictureHashStore::store(const QList<HashedPicture> &pictures)
{
    QSqlDatabase d = QSqlDatabase::database(m_catalog.connectionName(), false);
    db::transaction(d, [&](const QSqlDatabase &t) {
        for (const HashedPicture &p : pictures) {
            const qint64 id = m_catalog.entryId(p.file.path);
            db::exec(t,
                     QStringLiteral("INSERT OR REPLACE INTO picture_hashes(entry_id, size, "
                                    "modified, content, phash, crops, width, height) VALUES(?, ?, "
                                    "?, ?, ?, ?, ?, ?)"),
                     {id, p.file.size, p.file.modified.toMSecsSinceEpoch(), p.hashes.content,
                      qint64(p.hashes.phash),
                      QByteArray(reinterpret_cast<const char *>(p.hashes.crops.data()),
                                 sizeof p.hashes.crops),
                      p.hashes.width, p.hashes.height});
        }
    });
}

} // namespace ad::catalog
