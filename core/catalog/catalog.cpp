#include "catalog/catalog.h"

#include "db/sqlite.h"
#include "metadata/xmpfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <limits>

namespace ad::catalog
{

namespace
{

QVariant msecs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMsecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

// A null QString binds as SQL NULL; columns here are NOT NULL text.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString quoteFts(const QString &word)
{
    QString w = word;
    w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + w + QLatin1Char('"');
}

QString likeEscape(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// The size and time the catalogue holds for each entry in the folders of `files` (and below),
// read with one range query per folder.
QHash<QString, QPair<qint64, qint64>> stampsIn(const QSqlDatabase &d,
                                               const QList<Catalog::FileFacts> &files)
{
    QSet<QString> folders;
    for (const Catalog::FileFacts &f : files)
        folders.insert(f.path.left(f.path.lastIndexOf(QLatin1Char('/')) + 1));
    QHash<QString, QPair<qint64, qint64>> stamps;
    for (const QString &folder : folders) {
        if (folder.isEmpty()) continue;
        // Paths under "dir/" sort between "dir/" and "dir0" ('0' follows '/').
        QString end = folder;
        end.back() = QLatin1Char('0');
        QSqlQuery q = db::exec(
            d,
            QStringLiteral("SELECT path, size, modified FROM entries WHERE path > ? AND path < ?"),
            {folder, end});
        while (q.next())
            stamps.insert(
                q.value(0).toString(),
                {q.value(1).toLongLong(), q.value(2).isNull() ? -1 : q.value(2).toLongLong()});
    }
    return stamps;
}

} // namespace

Catalog::Catalog(const QString &path)
    : m_connection(db::openSqlite(path, QCoreApplication::translate("ad::Error", "catalogue")))
{
    migrate();
}

Catalog::~Catalog()
{
    db::closeSqlite(m_connection);
}

template <typename Fn> void Catalog::transaction(Fn fn)
{
    QSqlDatabase d = QSqlDatabase::database(m_connection, false);
    // IMMEDIATE takes the write lock first, waiting for it: a worker records folders through
    // its own connection, and a transaction that read before writing would fail instead of
    // waiting once the other had committed in between (SQLite cannot move its snapshot).
    db::exec(d, QStringLiteral("BEGIN IMMEDIATE"));
    try {
        fn(d);
        db::commit(d);
    } catch (...) {
        d.rollback();
        throw;
    }
}

void Catalog::migrate()
{
    QSqlDatabase d = QSqlDatabase::database(m_connection, false);
    // Each step upgrades one schema version; user_version records where a file stands.
    if (db::userVersion(d) < 1) {
        transaction([](const QSqlDatabase &t) {
            db::exec(t,
                     QStringLiteral(
                         "CREATE TABLE entries(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, "
                         "name TEXT NOT NULL, ext TEXT NOT NULL, kind INTEGER NOT NULL, size "
                         "INTEGER NOT NULL "
                         "DEFAULT 0, modified INTEGER, taken INTEGER, rating INTEGER NOT NULL "
                         "DEFAULT 0, "
                         "favourite INTEGER NOT NULL DEFAULT 0, label INTEGER NOT NULL DEFAULT 0, "
                         "note TEXT NOT "
                         "NULL DEFAULT '')"));
            db::exec(t, QStringLiteral("CREATE TABLE tags(id INTEGER PRIMARY KEY, name TEXT NOT "
                                       "NULL UNIQUE COLLATE NOCASE)"));
            db::exec(t,
                     QStringLiteral(
                         "CREATE TABLE entry_tags(entry_id INTEGER NOT NULL REFERENCES entries(id) "
                         "ON DELETE "
                         "CASCADE, tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, "
                         "PRIMARY KEY(entry_id, tag_id))"));
            // Trigrams index every substring of three characters, which is what makes Chinese
            // names (written without spaces) searchable.
            db::exec(t, QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(name, note, tags, "
                                       "tokenize='trigram')"));
            db::exec(t, QStringLiteral("CREATE TRIGGER entries_gone AFTER DELETE ON entries BEGIN "
                                       "DELETE FROM search WHERE rowid = old.id; END"));
            db::exec(t, QStringLiteral("PRAGMA user_version=1"));
        });
    }
    if (db::userVersion(d) < 2) {
        transaction([](const QSqlDatabase &t) {
            db::exec(t, QStringLiteral("CREATE TABLE styles(name TEXT PRIMARY KEY, body TEXT NOT "
                                       "NULL, modified INTEGER NOT NULL)"));
            db::exec(t, QStringLiteral("PRAGMA user_version=2"));
        });
    }
    if (db::userVersion(d) < 3) {
        // Picture hashes for Find Duplicates (valid while size and mtime match) and
        // collections, whose members are entries so they follow moves and renames.
        transaction([](const QSqlDatabase &t) {
            db::exec(t, QStringLiteral(
                            "CREATE TABLE picture_hashes(entry_id INTEGER PRIMARY KEY REFERENCES "
                            "entries(id) ON DELETE CASCADE, size INTEGER NOT NULL, modified "
                            "INTEGER NOT NULL, content BLOB NOT NULL, phash INTEGER NOT NULL, "
                            "crops BLOB NOT NULL, width INTEGER NOT NULL, height INTEGER NOT "
                            "NULL)"));
            db::exec(t, QStringLiteral("CREATE TABLE collections(id INTEGER PRIMARY KEY, name TEXT "
                                       "NOT NULL, query TEXT)"));
            db::exec(t, QStringLiteral(
                            "CREATE TABLE collection_items(collection_id INTEGER NOT NULL "
                            "REFERENCES collections(id) ON DELETE CASCADE, entry_id INTEGER NOT "
                            "NULL REFERENCES entries(id) ON DELETE CASCADE, PRIMARY "
                            "KEY(collection_id, entry_id))"));
            db::exec(t, QStringLiteral("PRAGMA user_version=3"));
        });
    }
    if (db::userVersion(d) < 4) {
        // Clip facts for the Inspector and the duration and resolution filters; size and
        // mtime tell when they are stale. Width and height are upright.
        transaction([](const QSqlDatabase &t) {
            db::exec(t, QStringLiteral(
                            "CREATE TABLE video_facts(entry_id INTEGER PRIMARY KEY REFERENCES "
                            "entries(id) ON DELETE CASCADE, size INTEGER NOT NULL, modified "
                            "INTEGER, seconds REAL NOT NULL, width INTEGER NOT NULL, height "
                            "INTEGER NOT NULL, video_codec TEXT, audio_codec TEXT, fps REAL NOT "
                            "NULL, bitrate INTEGER NOT NULL, rotation INTEGER NOT NULL, created "
                            "INTEGER, latitude REAL, longitude REAL)"));
            db::exec(t, QStringLiteral("PRAGMA user_version=4"));
        });
    }
    if (db::userVersion(d) < 5) {
        // A clip's chosen cover (Set as Cover): the frame's time and, optionally, its size.
        transaction([](const QSqlDatabase &t) {
            db::exec(t, QStringLiteral("CREATE TABLE video_covers(entry_id INTEGER PRIMARY KEY "
                                       "REFERENCES entries(id) ON DELETE CASCADE, seconds REAL NOT "
                                       "NULL, width INTEGER NOT NULL, height INTEGER NOT NULL)"));
            db::exec(t, QStringLiteral("PRAGMA user_version=5"));
        });
    }
    // Entries by size and mtime, to find the one a file moved outside the app came from (an
    // index only: no schema step, so it adds to any version).
    db::exec(d, QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS entries_by_stamp ON entries(size, modified)"));
}

qint64 Catalog::ensure(const QString &path)
{
    QSqlDatabase d = QSqlDatabase::database(m_connection, false);
    QSqlQuery q = db::exec(d, QStringLiteral("SELECT id FROM entries WHERE path = ?"), {path});
    if (q.next()) return q.value(0).toLongLong();
    const QFileInfo info(path);
    q = db::exec(d, QStringLiteral("INSERT INTO entries(path, name, ext, kind) VALUES(?, ?, ?, ?)"),
                 {path, text(info.fileName()), text(info.suffix().toLower()),
                  int(assets::kindOfPath(path))});
    const qint64 id = q.lastInsertId().toLongLong();
    refreshIndex(id);
    return id;
}

qint64 Catalog::entryId(const QString &path)
{
    return ensure(path);
}

void Catalog::refreshIndex(qint64 id)
{
    QSqlDatabase d = QSqlDatabase::database(m_connection, false);
    QSqlQuery q =
        db::exec(d,
                 QStringLiteral(
                     "SELECT e.name, e.note, (SELECT group_concat(t.name, ' ') FROM entry_tags et "
                     "JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = e.id) FROM entries e "
                     "WHERE e.id = ?"),
                 {id});
    if (!q.next()) return;
    const QVariantList row{id, q.value(0), q.value(1), q.value(2).toString()};
    db::exec(d, QStringLiteral("DELETE FROM search WHERE rowid = ?"), {id});
    db::exec(d, QStringLiteral("INSERT INTO search(rowid, name, note, tags) VALUES(?, ?, ?, ?)"),
             row);
}

bool Catalog::relink(const QString &path, qint64 size, const QDateTime &modified)
{
    if (size <= 0 || !modified.isValid()) return false; // empty files are all alike
    QSqlDatabase d = QSqlDatabase::database(m_connection, false);
    if (db::exec(d, QStringLiteral("SELECT 1 FROM entries WHERE path = ?"), {path}).next())
        return false; // known already
    QSqlQuery q = db::exec(
        d,
        QStringLiteral("SELECT e.id, e.path, h.content, h.size = e.size AND h.modified = "
                       "e.modified FROM entries e LEFT JOIN picture_hashes h ON h.entry_id = e.id "
                       "WHERE e.size = ? AND e.modified = ?"),
        {size, msecs(modified)});
    struct Candidate {
        qint64 id;
        QString path;
        QByteArray content; // empty when no valid content hash is stored
    };
    QList<Candidate> gone;
    while (q.next()) {
        const QString old = q.value(1).toString();
        // A copy is not a move: its original is still there. Bucket objects never move here.
        if (QDir::isAbsolutePath(old) && !QFileInfo::exists(old))
            gone.append({q.value(0).toLongLong(), old,
                         q.value(3).toBool() ? q.value(2).toByteArray() : QByteArray()});
    }
    // The content hash decides where the catalogue has one (several files of that size and
    // time went missing, or the one that did is another picture); else the name, among several.
    const auto content = [&path] {
        QFile file(path);
        QCryptographicHash sha(QCryptographicHash::Sha256);
        return file.open(QIODevice::ReadOnly) && sha.addData(&file) ? sha.result() : QByteArray();
    };
    if (gone.size() == 1 && !gone.first().content.isEmpty() && gone.first().content != content())
        return false;
    if (gone.size() > 1) {
        const QByteArray mine = content();
        QList<Candidate> same;
        for (const Candidate &c : std::as_const(gone))
            if (!mine.isEmpty() && c.content == mine) same.append(c);
        if (same.isEmpty()) {
            const QString name = QFileInfo(path).fileName();
            for (const Candidate &c : std::as_const(gone))
                if (c.content.isEmpty() && QFileInfo(c.path).fileName() == name) same.append(c);
        }
        gone = same;
    }
    if (gone.size() != 1) return false; // none, or still unsure: a new entry is safer
    const QFileInfo target(path);
    db::exec(
        d, QStringLiteral("UPDATE entries SET path = ?, name = ?, ext = ?, kind = ? WHERE id = ?"),
        {path, text(target.fileName()), text(target.suffix().toLower()),
         int(assets::kindOfPath(path)), gone.first().id});
    refreshIndex(gone.first().id);
    return true;
}

void Catalog::record(const QString &path, qint64 size, const QDateTime &modified,
                     const QDateTime &taken)
{
    transaction([&](const QSqlDatabase &d) {
        relink(path, size, modified);
        const qint64 id = ensure(path);
        db::exec(d,
                 QStringLiteral("UPDATE entries SET size = ?, modified = ?, taken = COALESCE(?, "
                                "taken) WHERE id = ?"),
                 {size, msecs(modified), msecs(taken), id});
    });
}

bool Catalog::recordMany(const QList<FileFacts> &files, const std::atomic_bool *stop)
{
    constexpr qsizetype kChunk = 250;
    QSqlDatabase d = QSqlDatabase::database(m_connection, false);
    // A folder shown again is mostly unchanged: entries whose size and time already match are
    // skipped, instead of four statements per file (seconds for 20,000 files).
    const QHash<QString, QPair<qint64, qint64>> known = stampsIn(d, files);
    QList<FileFacts> changed;
    for (const FileFacts &f : files) {
        if (!f.taken.isValid() && f.modified.isValid()) {
            const auto it = known.constFind(f.path);
            if (it != known.cend() && it->first == f.size &&
                it->second == f.modified.toMSecsSinceEpoch())
                continue;
        }
        changed.append(f);
    }
    for (qsizetype start = 0; start < changed.size(); start += kChunk) {
        if (stop && *stop) return false;
        transaction([&](const QSqlDatabase &t) {
            for (const FileFacts &f : changed.mid(start, kChunk)) {
                relink(f.path, f.size, f.modified);
                const qint64 id = ensure(f.path);
                db::exec(t,
                         QStringLiteral("UPDATE entries SET size = ?, modified = ?, taken = "
                                        "COALESCE(?, taken) WHERE id = ?"),
                         {f.size, msecs(f.modified), msecs(f.taken), id});
            }
        });
    }
    return true;
}

QList<Catalog::FileFacts> Catalog::listFolder(const QString &folder)
{
    QList<FileFacts> files;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot)) {
        if (metadata::isSidecar(info.fileName())) continue;
        files.append({info.absoluteFilePath(), info.size(), info.lastModified(), {}});
    }
    return files;
}

QString Catalog::file() const
{
    return QSqlDatabase::database(m_connection, false).databaseName();
}

std::optional<Entry> Catalog::entry(const QString &path) const
{
    QSqlDatabase d = QSqlDatabase::database(m_connection, false);
    QSqlQuery q = db::exec(
        d,
        QStringLiteral(
            "SELECT id, kind, size, modified, taken, rating, favourite, label, note FROM entries "
            "WHERE path = ?"),
        {path});
    if (!q.next()) return std::nullopt;
    Entry e;
    e.path = path;
    e.kind = Kind(q.value(1).toInt());
    e.size = q.value(2).toLongLong();
    e.modified = fromMsecs(q.value(3));
    e.taken = fromMsecs(q.value(4));
    e.rating = q.value(5).toInt();
    e.favourite = q.value(6).toBool();
    e.label = q.value(7).toInt();
    e.note = q.value(8).toString();
    QSqlQuery tags = db::exec(
        d,
        QStringLiteral("SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE "
                       "et.entry_id = ? ORDER BY t.name"),
        {q.value(0)});
    while (tags.next())
        e.tags << tags.value(0).toString();
    return e;
}

namespace
{
// One UPDATE over a selection, inside the caller's transaction.
template <typename Ensure>
void updateEach(const QSqlDatabase &d, const QStringList &paths, const QString &assignment,
                const QVariant &value, Ensure ensure)
{
    for (const QString &path : paths)
        db::exec(d, QStringLiteral("UPDATE entries SET %1 = ? WHERE id = ?").arg(assignment),
                 {value, ensure(path)});
}
} // namespace

void Catalog::setRating(const QStringList &paths, int stars)
{
    transaction([&](const QSqlDatabase &d) {
        updateEach(d, paths, QStringLiteral("rating"), std::clamp(stars, 0, 5),
                   [this](const QString &p) { return ensure(p); });
    });
}

void Catalog::setFavourite(const QStringList &paths, bool favourite)
{
    transaction([&](const QSqlDatabase &d) {
        updateEach(d, paths, QStringLiteral("favourite"), int(favourite),
                   [this](const QString &p) { return ensure(p); });
    });
}

void Catalog::setLabel(const QStringList &paths, int label)
{
    transaction([&](const QSqlDatabase &d) {
        updateEach(d, paths, QStringLiteral("label"), std::max(0, label),
                   [this](const QString &p) { return ensure(p); });
    });
}

void Catalog::setNote(const QStringList &paths, const QString &note)
{
    transaction([&](const QSqlDatabase &d) {
        for (const QString &path : paths) {
            const qint64 id = ensure(path);
            db::exec(d, QStringLiteral("UPDATE entries SET note = ? WHERE id = ?"),
                     {text(note), id});
            refreshIndex(id);
        }
    });
}

void Catalog::addTags(const QStringList &paths, const QStringList &tags)
{
    transaction([&](const QSqlDatabase &d) {
        for (const QString &tag : tags) {
            if (!tag.trimmed().isEmpty())
                db::exec(d, QStringLiteral("INSERT OR IGNORE INTO tags(name) VALUES(?)"),
                         {tag.trimmed()});
        }
        for (const QString &path : paths) {
            const qint64 id = ensure(path);
            for (const QString &tag : tags)
                db::exec(d,
                         QStringLiteral("INSERT OR IGNORE INTO entry_tags(entry_id, tag_id) SELECT "
                                        "?, id FROM tags WHERE name = ?"),
                         {id, tag.trimmed()});
            refreshIndex(id);
        }
    });
}

void Catalog::removeTags(const QStringList &paths, const QStringList &tags)
{
    transaction([&](const QSqlDatabase &d) {
        for (const QString &path : paths) {
            const qint64 id = ensure(path);
            for (const QString &tag : tags)
                db::exec(d,
                         QStringLiteral("DELETE FROM entry_tags WHERE entry_id = ? AND tag_id IN "
                                        "(SELECT id FROM tags WHERE "
                                        "name = ?)"),
                         {id, tag});
            refreshIndex(id);
        }
        db::exec(
            d, QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)"));
    });
}

QStringList Catalog::allTags() const
{
    QStringList out;
    QSqlQuery q = db::exec(QSqlDatabase::database(m_connection, false),
                           QStringLiteral("SELECT name FROM tags ORDER BY name"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList Catalog::search(const Query &query) const
{
    QStringList where;
    QVariantList values;
    for (const QString &word : query.text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() >= 3) {
            where << QStringLiteral("e.id IN (SELECT rowid FROM search WHERE search MATCH ?)");
            values << quoteFts(word);
        } else {
            // Shorter than a trigram (two Chinese characters, say): a substring scan.
            where << QStringLiteral(
                "(e.name LIKE ? ESCAPE '\\' OR e.note LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM "
                "entry_tags et JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = e.id AND t.name "
                "LIKE "
                "? ESCAPE '\\'))");
            const QString like = QLatin1Char('%') + likeEscape(word) + QLatin1Char('%');
            values << like << like << like;
        }
    }
    if (!query.kinds.isEmpty()) {
        // Asking for pictures finds the animated ones too.
        QList<Kind> kinds = query.kinds;
        if (kinds.contains(Kind::Image) && !kinds.contains(Kind::AnimatedImage))
            kinds << Kind::AnimatedImage;
        where << QStringLiteral("e.kind IN (%1)").arg(placeholders(kinds.size()));
        for (Kind k : kinds)
            values << int(k);
    }
    if (!query.extensions.isEmpty()) {
        where << QStringLiteral("e.ext IN (%1)").arg(placeholders(query.extensions.size()));
        for (const QString &x : query.extensions)
            values << x.toLower();
    }
    const auto range = [&](const char *column, const auto &from, const auto &to) {
        if (from) {
            where << QStringLiteral("e.%1 >= ?").arg(QLatin1String(column));
            values << QVariant::fromValue(*from);
        }
        if (to) {
            where << QStringLiteral("e.%1 <= ?").arg(QLatin1String(column));
            values << QVariant::fromValue(*to);
        }
    };
    range("size", query.minSize, query.maxSize);
    const auto ms = [](const std::optional<QDateTime> &t) {
        return t ? std::optional<qint64>(t->toMSecsSinceEpoch()) : std::nullopt;
    };
    range("taken", ms(query.takenFrom), ms(query.takenTo));
    range("modified", ms(query.modifiedFrom), ms(query.modifiedTo));
    for (const QString &tag : query.tags) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM entry_tags et JOIN tags t ON t.id = "
                                "et.tag_id WHERE et.entry_id = e.id "
                                "AND t.name = ?)");
        values << tag;
    }
    if (query.minSeconds || query.maxSeconds || query.minShortSide || query.maxShortSide) {
        // Only entries whose clip facts are known can match.
        where << QStringLiteral("e.id IN (SELECT entry_id FROM video_facts v WHERE "
                                "v.seconds >= ? AND v.seconds <= ? AND "
                                "min(v.width, v.height) >= ? AND min(v.width, v.height) <= ?)");
        values << query.minSeconds.value_or(0) << query.maxSeconds.value_or(1e300)
               << query.minShortSide.value_or(0)
               << query.maxShortSide.value_or(std::numeric_limits<int>::max());
    }
    if (query.minRating > 0) {
        where << QStringLiteral("e.rating >= ?");
        values << query.minRating;
    }
    if (query.favouritesOnly) where << QStringLiteral("e.favourite = 1");
    if (query.label) {
        where << QStringLiteral("e.label = ?");
        values << *query.label;
    }
    if (!query.under.isEmpty()) {
        const QString folder =
            query.under.endsWith(QLatin1Char('/')) ? query.under : query.under + QLatin1Char('/');
        where << QStringLiteral("substr(e.path, 1, ?) = ?");
        values << folder.size() << folder;
    }
    const QString sql =
        QStringLiteral("SELECT e.path FROM entries e %1 ORDER BY e.name COLLATE NOCASE, e.path")
            .arg(where.isEmpty() ? QString()
                                 : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")));
    QSqlQuery q = db::exec(QSqlDatabase::database(m_connection, false), sql, values);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void Catalog::moved(const QString &from, const QString &to)
{
    transaction([&](const QSqlDatabase &d) {
        const QFileInfo target(to);
        QSqlQuery q = db::exec(d, QStringLiteral("SELECT id FROM entries WHERE path = ?"), {from});
        if (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            db::exec(d, QStringLiteral("DELETE FROM entries WHERE path = ?"),
                     {to}); // the move replaced it
            db::exec(d,
                     QStringLiteral("UPDATE entries SET path = ?, name = ?, ext = ? WHERE id = ?"),
                     {to, text(target.fileName()), text(target.suffix().toLower()), id});
            refreshIndex(id);
        }
        // Everything below a moved folder keeps its data under the new prefix.
        const QString prefix = from + QLatin1Char('/');
        db::exec(d,
                 QStringLiteral(
                     "UPDATE entries SET path = ? || substr(path, ?) WHERE substr(path, 1, ?) = ?"),
                 {to + QLatin1Char('/'), prefix.size() + 1, prefix.size(), prefix});
    });
}

void Catalog::removed(const QStringList &paths)
{
    transaction([&](const QSqlDatabase &d) {
        for (const QString &path : paths) {
            const QString prefix = path + QLatin1Char('/');
            db::exec(d,
                     QStringLiteral("DELETE FROM entries WHERE path = ? OR substr(path, 1, ?) = ?"),
                     {path, prefix.size(), prefix});
        }
        db::exec(
            d, QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)"));
    });
}

int Catalog::purgeMissing(const QString &folder)
{
    QStringList gone;
    // Album members stay: the file may have been moved outside the app, and its entry (and
    // its place in the album) is taken up again when its new folder is listed (relink).
    QSqlQuery q = db::exec(
        QSqlDatabase::database(m_connection, false),
        QStringLiteral("SELECT path FROM entries WHERE (path = ? OR substr(path, 1, ?) = ?) AND "
                       "id NOT IN (SELECT entry_id FROM collection_items)"),
        {folder, folder.size() + 1, folder + QLatin1Char('/')});
    while (q.next()) {
        if (!QFileInfo::exists(q.value(0).toString())) gone << q.value(0).toString();
    }
    if (!gone.isEmpty()) removed(gone);
    return int(gone.size());
}

void Catalog::setVideoFacts(const QString &path, qint64 size, const QDateTime &modified,
                            const media::VideoFacts &f)
{
    transaction([&](const QSqlDatabase &d) {
        const qint64 id = ensure(path);
        db::exec(d,
                 QStringLiteral("INSERT OR REPLACE INTO video_facts VALUES(?, ?, ?, ?, ?, ?, ?, "
                                "?, ?, ?, ?, ?, ?, ?)"),
                 {id, size, msecs(modified), f.seconds, f.size.width(), f.size.height(),
                  f.videoCodec, f.audioCodec, f.fps, f.bitrate, f.rotation, msecs(f.created),
                  f.latitude ? QVariant(*f.latitude) : QVariant(),
                  f.longitude ? QVariant(*f.longitude) : QVariant()});
        // A clip's creation time is its "date taken", so the date filters find it.
        if (f.created.isValid())
            db::exec(d,
                     QStringLiteral("UPDATE entries SET taken = COALESCE(taken, ?) WHERE id = ?"),
                     {msecs(f.created), id});
    });
}

std::optional<media::VideoFacts> Catalog::videoFacts(const QString &path) const
{
    QSqlQuery q = db::exec(
        QSqlDatabase::database(m_connection, false),
        QStringLiteral("SELECT v.seconds, v.width, v.height, v.video_codec, v.audio_codec, v.fps, "
                       "v.bitrate, v.rotation, v.created, v.latitude, v.longitude FROM "
                       "video_facts v JOIN entries e ON e.id = v.entry_id WHERE e.path = ?"),
        {path});
    if (!q.next()) return std::nullopt;
    media::VideoFacts f;
    f.seconds = q.value(0).toDouble();
    f.size = QSize(q.value(1).toInt(), q.value(2).toInt());
    f.videoCodec = q.value(3).toString();
    f.audioCodec = q.value(4).toString();
    f.fps = q.value(5).toDouble();
    f.bitrate = q.value(6).toLongLong();
    f.rotation = q.value(7).toInt();
    f.created = fromMsecs(q.value(8));
    if (!q.value(9).isNull() && !q.value(10).isNull()) {
        f.latitude = q.value(9).toDouble();
        f.longitude = q.value(10).toDouble();
    }
    return f;
}

void Catalog::setCover(const QString &path, const VideoCover &cover)
{
    transaction([&](const QSqlDatabase &d) {
        db::exec(d, QStringLiteral("INSERT OR REPLACE INTO video_covers VALUES(?, ?, ?, ?)"),
                 {ensure(path), cover.seconds, cover.size.width(), cover.size.height()});
    });
}

void Catalog::clearCover(const QString &path)
{
    db::exec(QSqlDatabase::database(m_connection, false),
             QStringLiteral("DELETE FROM video_covers WHERE entry_id = (SELECT id FROM entries "
                            "WHERE path = ?)"),
             {path});
}

std::optional<VideoCover> Catalog::cover(const QString &path) const
{
    QSqlQuery q = db::exec(QSqlDatabase::database(m_connection, false),
                           QStringLiteral("SELECT c.seconds, c.width, c.height FROM video_covers c "
                                          "JOIN entries e ON e.id = c.entry_id WHERE e.path = ?"),
                           {path});
    if (!q.next()) return std::nullopt;
    return VideoCover{q.value(0).toDouble(), QSize(q.value(1).toInt(), q.value(2).toInt())};
}

QStringList Catalog::videosWithoutFactsIn(const QString &folder) const
{
    QStringList paths;
    QSqlQuery q = db::exec(
        QSqlDatabase::database(m_connection, false),
        QStringLiteral("SELECT e.path FROM entries e LEFT JOIN video_facts v ON v.entry_id = e.id "
                       "WHERE e.kind = ? AND substr(e.path, 1, ?) = ? AND (v.entry_id IS NULL OR "
                       "v.size != e.size OR v.modified IS NOT e.modified) ORDER BY e.path"),
        {int(Kind::Video), folder.size() + 1, folder + QLatin1Char('/')});
    while (q.next()) {
        const QString path = q.value(0).toString();
        if (!path.mid(folder.size() + 1).contains(QLatin1Char('/'))) paths << path; // direct only
    }
    return paths;
}

QStringList Catalog::undatedImagesIn(const QString &folder) const
{
    QStringList paths;
    QSqlQuery q = db::exec(
        QSqlDatabase::database(m_connection, false),
        QStringLiteral("SELECT path FROM entries WHERE kind IN (?, ?) AND taken IS NULL "
                       "AND substr(path, 1, ?) = ?"),
        {int(Kind::Image), int(Kind::AnimatedImage), folder.size() + 1, folder + QLatin1Char('/')});
    while (q.next()) {
        const QString path = q.value(0).toString();
        if (!path.mid(folder.size() + 1).contains(QLatin1Char('/'))) paths << path; // direct only
    }
    return paths;
}

int Catalog::count() const
{
    QSqlQuery q = db::exec(QSqlDatabase::database(m_connection, false),
                           QStringLiteral("SELECT COUNT(*) FROM entries"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace ad::catalog
