#pragma once

// Catalogue entries read off the caller's thread, for views that show many files' ratings,
// labels and favourites at once: through a connection of the reader's own on the catalogue's
// file (SQLite WAL), on one thread that keeps it open, since a connection belongs to the thread
// that opened it. The caller's connection then never waits on a query per painted file.

#include "catalog/catalog.h"

#include <QThreadPool>
#include <functional>
#include <memory>

namespace ad::catalog
{

class EntryReader
{
public:
    EntryReader();
    ~EntryReader(); // waits for reads under way, then closes the connection on its thread
    EntryReader(const EntryReader &) = delete;
    EntryReader &operator=(const EntryReader &) = delete;

    // `done` runs on the reader's thread with one entry per path, in order: an empty entry for a
    // file the catalogue does not know, and for every path when the file cannot be read.
    void read(const QString &catalogFile, const QStringList &paths,
              std::function<void(const QList<Entry> &)> done);

private:
    struct Connection {
        QString file;
        std::unique_ptr<Catalog> catalog;
    };
    std::shared_ptr<Connection> m_connection = std::make_shared<Connection>();
    QThreadPool m_thread;
};

} // namespace ad::catalog
