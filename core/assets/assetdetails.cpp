#include "assets/assetdetails.h"

#include "assets/assetkind.h"
#include "common/background.h"
#include "common/error.h"
#include "document/docpreview.h"
#include "media/decoder.h"

namespace ad::assets
{

AssetDetails readAssetDetails(const QString &path)
{
    AssetDetails details;
    details.probe = imaging::probeImage(path);
    details.metadata = imaging::readPhotoMetadata(path);
    const Kind kind = kindOfPath(path);
    if (kind == Kind::Video || kind == Kind::Audio) {
        if (const media::Decoder *d = media::decoder()) {
            details.media = d->mediaInfo(path, nullptr);
            if (!details.media.isEmpty())
                details.video = media::videoFactsOf(details.media, d->tags(path, nullptr));
        }
    } else if (details.probe.format == QLatin1String("pdf")) {
        details.pages = details.probe.frames; // the probe has counted them already
    } else if (kind == Kind::Document) {
        try {
            details.pages = document::documentPageCount(path);
        } catch (const ProcessingError &) {
            // Protected or broken: the preview says why.
        }
    }
    return details;
}

AssetDetails readCommonDetails(const QStringList &paths)
{
    AssetDetails details;
    if (paths.isEmpty()) return details;
    details.several = true;
    details.probe = imaging::probeImage(paths.first());
    for (qsizetype i = 1; i < paths.size(); ++i) {
        const imaging::ImageProbe probe = imaging::probeImage(paths[i]);
        details.mixedFormat |= probe.ok != details.probe.ok || probe.format != details.probe.format;
        details.mixedSize |= probe.ok != details.probe.ok || probe.size != details.probe.size;
    }
    return details;
}

QFuture<AssetDetails> readAssetDetailsAsync(const QString &path)
{
    return background::run([path] { return readAssetDetails(path); });
}

QFuture<AssetDetails> readCommonDetailsAsync(const QStringList &paths)
{
    return background::run([paths] { return readCommonDetails(paths); });
}

} // namespace ad::assets
