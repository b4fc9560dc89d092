#pragma once

// Office and text documents to PDF through LibreOffice, run as a subprocess per conversion
// from a pool of workers. Each worker owns a private profile (LibreOffice locks a profile, so
// two conversions never share one, not even across processes: a lock file guards each) with
// macros disabled, and converts in a folder of its own
// (outputs never collide by base name). A conversion that overruns its timeout is killed with
// its whole process group, and so is one whose caller dies (even by SIGKILL); scratch folders
// of dead callers go when the next converter starts. Results are cached by content hash.

#include "document/docformats.h"

#include <QLockFile>
#include <QMutex>
#include <QString>
#include <QWaitCondition>
#include <atomic>
#include <memory>

namespace ad::document
{

class OfficeConverter
{
public:
    // workDir holds the profiles, scratch folders and the cache.
    OfficeConverter(const QString &workDir, int workers, int timeoutMs);

    // The process-wide converter: <cache>/libreoffice, 2 workers, 120 s timeout.
    static OfficeConverter &shared();

    // The path of a PDF made from `path` (in the cache; do not modify it). Throws
    // ProcessingError(DocConversionFailed) on failure, timeout or cancellation.
    // A password (for protected documents) goes through LibreOffice's UNO API (python3-uno),
    // since `soffice --convert-to` cannot pass one; without it a protected document gives
    // ProcessingError(DocEncrypted).
    QString toPdf(const QString &path, DocKind kind, const std::atomic<bool> *cancelled = nullptr,
                  const QString &password = {});
    // The UNO helper: ASSETDESK_UNO_SCRIPT, else installed beside the binaries, else the source.
    static QString unoScript();

    QString cacheDir() const;
    int conversions() const { return m_conversions; } // LibreOffice runs so far (cache misses)

private:
    struct Worker {
        int index = 0;
        std::unique_ptr<QLockFile> lock; // held while LibreOffice uses the profile
    };
    Worker acquireWorker();
    void releaseWorker(Worker &worker);
    QString profileDir(int worker) const;
    void prepareProfile(int worker) const;
    void pruneCache() const;
    void removeStaleScratch() const;

    QString m_workDir;
    int m_timeoutMs;
    QMutex m_mutex;
    QWaitCondition m_freed;
    QList<int> m_free;
    std::atomic<int> m_conversions{0};
};

} // namespace ad::document
