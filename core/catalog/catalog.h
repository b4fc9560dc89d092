#pragma once

// The library catalogue in SQLite: tags on files and folders, favourites, star ratings,
// colour labels and notes, with full-text search over names, notes and tags that works for
// Chinese names (trigram index, with a substring fallback for one- and two-character queries).
// Entries follow moves and renames made in the application, and those made outside it when the
// file shows up again elsewhere (same size and mtime); they are purged on rescan when the
// files are gone, so the catalogue does not grow without bound. Use from one thread.

#include "assets/assetkind.h"
#include "media/videofacts.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <optional>

namespace ad::catalog
{

using Kind = assets::Kind; // decided by assets::kindOfPath when an entry is made

struct Entry {
    QString path;
    Kind kind = Kind::Other;
    qint64 size = 0;
    QDateTime modified;
    QDateTime taken; // capture time, when known
    int rating = 0;  // 0-5 stars
    bool favourite = false;
    int label = 0; // colour label, 0 = none
    QString note;
    QStringList tags;
};

// A clip's chosen cover (SMH cover semantics): the frame at `seconds`, and the size it is
// wanted at (invalid: the thumbnail's own).
struct VideoCover {
    double seconds = 0;
    QSize size;
};

struct Query {
    QString text; // words in names, notes or tags
    QList<Kind> kinds;
    QStringList extensions; // lower case, without the dot
    std::optional<qint64> minSize, maxSize;
    std::optional<QDateTime> takenFrom, takenTo, modifiedFrom, modifiedTo;
    QStringList tags; // all of them
    int minRating = 0;
    bool favouritesOnly = false;
    std::optional<int> label;
    QString under; // only entries below this folder
    // Clips by duration (seconds) and resolution (the picture's shorter side, 1080 for Full
    // HD); only entries with clip facts (setVideoFacts) match these.
    std::optional<double> minSeconds, maxSeconds;
    std::optional<int> minShortSide, maxShortSide;
};

class Catalog
{
public:
    static constexpr int kSchemaVersion = 5;
    explicit Catalog(const QString &path); // ":memory:" for a throw-away catalogue
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    // Records what the file system says about a file or folder (keeps user data). A file new
    // to the catalogue that was moved or renamed outside the application takes over the entry
    // it left (see relink), so its ratings, tags and album places follow it.
    void record(const QString &path, qint64 size, const QDateTime &modified,
                const QDateTime &taken = {});
    struct FileFacts {
        QString path;
        qint64 size = 0;
        QDateTime modified;
        QDateTime taken; // invalid: keep what the catalogue knows
    };
    // A folder as listed, say: entries whose size and time already match are skipped, the rest
    // written a few hundred per transaction, so another connection's writes (the window's,
    // while a worker records a folder) wait for one of them at most. Stops between
    // transactions once *stop is set, returning false.
    bool recordMany(const QList<FileFacts> &files, const std::atomic_bool *stop = nullptr);
    // The files directly in `folder` as the file system has them now, XMP sidecars left out.
    static QList<FileFacts> listFolder(const QString &folder);
    std::optional<Entry> entry(const QString &path) const;
    // The entry's id, made when missing; it stays the same across moves and renames.
    qint64 entryId(const QString &path);

    // Batch edits: one transaction for the whole selection.
    void setRating(const QStringList &paths, int stars);
    void setFavourite(const QStringList &paths, bool favourite);
    void setLabel(const QStringList &paths, int label);
    void setNote(const QStringList &paths, const QString &note);
    void addTags(const QStringList &paths, const QStringList &tags);
    void removeTags(const QStringList &paths, const QStringList &tags);
    QStringList allTags() const;

    QStringList search(const Query &query) const; // paths, by name

    // A move or rename made in the application; a folder carries everything below it.
    void moved(const QString &from, const QString &to);
    void removed(const QStringList &paths);
    // Drops entries below folder whose files no longer exist, except album members (their file
    // may show up elsewhere); returns how many.
    int purgeMissing(const QString &folder);
    // A clip's facts as read from `path` when it had this size and mtime; its creation time
    // becomes the entry's date taken when it has none.
    void setVideoFacts(const QString &path, qint64 size, const QDateTime &modified,
                       const media::VideoFacts &facts);
    std::optional<media::VideoFacts> videoFacts(const QString &path) const;
    // Set as Cover: kept per entry, so it follows moves and renames; clearing returns the
    // clip to its default cover.
    void setCover(const QString &path, const VideoCover &cover);
    void clearCover(const QString &path);
    std::optional<VideoCover> cover(const QString &path) const;
    // Videos directly in `folder` whose facts are missing or stale (for a background pass).
    QStringList videosWithoutFactsIn(const QString &folder) const;
    // Photos directly in `folder` without a capture date yet (for a background EXIF pass).
    QStringList undatedImagesIn(const QString &folder) const;
    int count() const;

    // The SQLite connection, for stores that keep their own tables in the catalogue file.
    QString connectionName() const { return m_connection; }
    // The file it was opened on; ":memory:" is seen by this connection only.
    QString file() const;
    // Whether another connection (another thread's) can open this catalogue file.
    static bool shareable(const QString &file) { return file != QLatin1String(":memory:"); }

private:
    // Gives a path the catalogue does not know the entry of a file that went missing with the
    // same size and mtime (a move keeps both); among several, the one with the same content
    // hash, else the same name. False when none, or still ambiguous.
    bool relink(const QString &path, qint64 size, const QDateTime &modified);
    void migrate();
    qint64 ensure(const QString &path);
    void refreshIndex(qint64 id);
    template <typename Fn> void transaction(Fn fn);

    QString m_connection;
};

} // namespace ad::catalog
