#include "catalog/entryreader.h"

#include "common/error.h"
#include "common/workerpriority.h"

namespace ad::catalog
{

EntryReader::EntryReader()
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // the thread, and so the connection on it, stays
}

EntryReader::~EntryReader()
{
    m_thread.start([connection = m_connection] { connection->catalog.reset(); });
    m_thread.waitForDone();
}

void EntryReader::read(const QString &catalogFile, const QStringList &paths,
                       std::function<void(const QList<Entry> &)> done)
{
    m_thread.start([connection = m_connection, catalogFile, paths, done = std::move(done)] {
        workers::lowerCurrentThread();
        QList<Entry> read;
        try {
            if (!connection->catalog || connection->file != catalogFile) {
                connection->catalog.reset();
                connection->catalog = std::make_unique<Catalog>(catalogFile);
                connection->file = catalogFile;
            }
            for (const QString &path : paths)
                read << connection->catalog->entry(path).value_or(Entry{});
        } catch (const ProcessingError &e) {
            qWarning("Reading %s: %s", qPrintable(catalogFile), e.what());
            read = QList<Entry>(paths.size());
        }
        done(read);
    });
}

} // namespace ad::catalog
