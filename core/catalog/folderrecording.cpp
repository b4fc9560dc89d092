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
        if (!Catalog::shareable(catalogFile) || *stop) return facts;
        try {
            Catalog(catalogFile).recordMany(facts, stop.get());
        } catch (const ProcessingError &e) {
            qWarning("Recording %s in the catalogue: %s", qPrintable(folder), e.what());
        }
        return FileFactsList{};
    });
}

namespace
{
FileFactsList readCaptureDates(const QStringList &pictures, const std::atomic_bool *stop = nullptr)
{
    FileFactsList dated;
    for (const QString &path : pictures) {
        if (stop && *stop) break;
        const QDateTime taken = imaging::readPhotoMetadata(path).taken;
        const QFileInfo info(path);
        if (taken.isValid()) dated.append({path, info.size(), info.lastModified(), taken});
    }
    return dated;
}
} // namespace

QFuture<FileFactsList> dateFolderAsync(const Catalog &catalog, const QString &folder,
                                       std::shared_ptr<std::atomic_bool> stop)
{
    const QString file = catalog.file();
    if (!Catalog::shareable(file)) {
        const QStringList pictures = catalog.undatedImagesIn(folder);
        return onFolderThread([pictures] { return readCaptureDates(pictures); });
    }
    return onFolderThread([folder, file, stop] {
        try {
            Catalog own(file);
            own.recordMany(readCaptureDates(own.undatedImagesIn(folder), stop.get()), stop.get());
        } catch (const ProcessingError &e) {
            qWarning("Capture dates of %s in the catalogue: %s", qPrintable(folder), e.what());
        }
        return FileFactsList{};
    });
}

namespace
{
ClipFacts readClipFacts(const QStringList &clips, const std::atomic_bool *stop = nullptr)
{
    ClipFacts read;
    for (const QString &path : clips) {
        if (stop && *stop) break;
        if (const media::VideoFacts f = media::readVideoFacts(path); !f.isNull())
            read.append({QFileInfo(path), f});
    }
    return read;
}
} // namespace

QFuture<FolderClips> clipFactsOfFolderAsync(const Catalog &catalog, const QString &folder,
                                            std::shared_ptr<std::atomic_bool> stop)
{
    const QString file = catalog.file();
    if (!Catalog::shareable(file)) {
        const QStringList clips = catalog.videosWithoutFactsIn(folder);
        return onFolderThread([clips] { return FolderClips{readClipFacts(clips), false}; });
    }
    return onFolderThread([folder, file, stop] {
        FolderClips clips{{}, true};
        try {
            Catalog own(file);
            clips.read = readClipFacts(own.videosWithoutFactsIn(folder), stop.get());
            for (const auto &[info, f] : std::as_const(clips.read))
                own.setVideoFacts(info.absoluteFilePath(), info.size(), info.lastModified(), f);
        } catch (const ProcessingError &e) {
            qWarning("Clip facts of %s in the catalogue: %s", qPrintable(folder), e.what());
        }
        return clips;
    });
}

} // namespace ad::catalog
