#pragma once

// Writing a file so that readers (and a crash) only ever see the old file or the complete new
// one: the bytes go to a temporary file beside the target, are flushed to disk, then renamed.

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

namespace ad::storage
{

// The temporary name used for target; tag makes it unique per writer (e.g. job and item).
QString partialPathFor(const QString &target, const QString &tag);
bool isPartialPath(const QString &path);

// Why a write failed, from its errno, in words a user can act on ("no space left on device").
QString writeErrorText(int errnum);

// Throws ad::ProcessingError (IoError) naming target and the cause (a full disk, a missing or
// read-only folder); nothing is left behind at target or beside it.
void writeFileAtomically(const QString &target, const QByteArray &data, const QString &tag = {});

// Many outputs made durable together (a document's pages): write() puts each in its temporary
// file at once, from any thread, and starts writing it to disk; commit() syncs the file system
// once and renames them all.
// Same guarantee as writeFileAtomically, one sync instead of one per file. Whatever was not
// committed is removed when the batch goes.
class AtomicBatch
{
public:
    AtomicBatch() = default;
    AtomicBatch(const AtomicBatch &) = delete;
    AtomicBatch &operator=(const AtomicBatch &) = delete;
    ~AtomicBatch();
    void write(const QString &target, const QByteArray &data); // throws IoError
    void commit();                                             // throws IoError

private:
    QMutex m_mutex;
    QList<QPair<QString, QString>> m_pending; // temporary, target
};

} // namespace ad::storage
