#include "catalog/folderrecording.h"

#include "common/background.h"
#include "common/error.h"
#include "imaging/metadata.h"

namespace ad::catalog
{

namespace
{

template <class Work> auto onFolderThread(Work work)
{
    // One folder's work after another, in the order asked.
    static QThreadPool &folders = background::newPool("folders", 1);
    return background::runOn(folders, std::move(work));
}

} // namespace

QFuture<FileFactsList> recordFolderAsync(const QString &folder, const QString &catalogFile,
                                         std::shared_ptr<std::atomic_bool> stop)
{
    return onFolderThread([folder, catalogFile, stop] {
        FileFactsList facts = Catalog::listFolder(folder);
        if (catalogFile == QLatin1String(":memory:") || *stop) return facts;
        try {
            Catalog(catalogFile).recordMany(facts, stop.get());
        } catch (const ProcessingError &e) {
            qWarning("Recording %s in the catalogue: %s", qPrintable(folder), e.what());
        }
        return FileFactsList{};
    });
}

QFuture<FileFactsList> readCaptureDatesAsync(const QStringList &pictures)
{
    return onFolderThread([pictures] {
        FileFactsList dated;
        for (const QString &path : pictures) {
            const QDateTime taken = imaging::readPhotoMetadata(path).taken;
            const QFileInfo info(path);
            if (taken.isValid()) dated.append({path, info.size(), info.lastModified(), taken});
        }
        return dated;
    });
}

QFuture<ClipFacts> readClipFactsAsync(const QStringList &clips)
{
    return onFolderThread([clips] {
        ClipFacts read;
        for (const QString &path : clips)
            if (const media::VideoFacts f = media::readVideoFacts(path); !f.isNull())
                read.append({QFileInfo(path), f});
        return read;
    });
}

} // namespace ad::catalog
