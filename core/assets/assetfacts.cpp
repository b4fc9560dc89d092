#include "assets/assetfacts.h"

#include "common/error.h"
#include "document/docpreview.h"
#include "imaging/metadata.h"
#include "imaging/preview.h"
#include "media/decoder.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ad::assets
{

namespace
{
void readMedia(const QString &path, AssetFacts &facts)
{
    const media::Decoder *decoder = media::decoder();
    if (!decoder) return;
    const QJsonObject info = decoder->mediaInfo(path, nullptr);
    facts.seconds = info.value(QStringLiteral("Format"))
                        .toObject()
                        .value(QStringLiteral("Duration"))
                        .toString()
                        .toDouble();
    const QJsonValue video =
        info.value(QStringLiteral("Stream")).toObject().value(QStringLiteral("Video"));
    const QJsonObject stream =
        video.isArray() ? video.toArray().first().toObject() : video.toObject();
    const QSize size(stream.value(QStringLiteral("Width")).toString().toInt(),
                     stream.value(QStringLiteral("Height")).toString().toInt());
    if (!size.isEmpty()) facts.size = size;
}
} // namespace

AssetFacts readAssetFacts(const QString &path)
{
    AssetFacts facts;
    facts.kind = kindOfPath(path);
    switch (facts.kind) {
    case Kind::Image:
    case Kind::AnimatedImage: {
        const imaging::ImageProbe probe = imaging::probeImage(path);
        if (probe.ok) facts.size = probe.size;
        const imaging::PhotoMetadata metadata = imaging::readPhotoMetadata(path);
        facts.taken = metadata.taken;
        facts.camera = metadata.camera();
        break;
    }
    case Kind::Video:
    case Kind::Audio:
        readMedia(path, facts);
        break;
    case Kind::Document: {
        // A PDF's pages are counted by its header probe; other formats need their conversion.
        const imaging::ImageProbe probe = imaging::probeImage(path);
        if (probe.ok && probe.format == QLatin1String("pdf")) {
            facts.pages = probe.frames;
            facts.pageSize = probe.size; // libvips reads PDFs at 72 dpi: points
            break;
        }
        try {
            facts.pages = document::documentPageCount(path);
        } catch (const ProcessingError &) {
            // Protected or broken: the count stays unknown.
        }
        break;
    }
    case Kind::Folder:
    case Kind::Other:
        break;
    }
    return facts;
}

} // namespace ad::assets
