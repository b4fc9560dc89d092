#pragma once

// What an inspector shows about a selection beyond name and size, read in one pass from the
// files: for one file its header, photo metadata, a clip's stream facts and a document's page
// count; for several, the first one's header and whether the others differ from it. Reads the
// disk and may convert a document, so callers use the async forms (the core's background pool).

#include "imaging/metadata.h"
#include "imaging/preview.h"
#include "media/videofacts.h"

#include <QFuture>
#include <QJsonObject>
#include <QStringList>

namespace ad::assets
{

struct AssetDetails {
    imaging::ImageProbe probe; // several files: the first one's
    imaging::PhotoMetadata metadata;
    QJsonObject media;       // videos and sounds: videoinfo's Format and Stream
    media::VideoFacts video; // rotation, creation time and place, from the same file
    int pages = 0;           // documents
    bool several = false, mixedFormat = false, mixedSize = false;
};

// Never throws: what cannot be read stays empty.
AssetDetails readAssetDetails(const QString &path);
// Headers only, so a large selection stays cheap.
AssetDetails readCommonDetails(const QStringList &paths);

QFuture<AssetDetails> readAssetDetailsAsync(const QString &path);
QFuture<AssetDetails> readCommonDetailsAsync(const QStringList &paths);

} // namespace ad::assets
