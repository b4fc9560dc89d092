#pragma once

// The blind watermark in the cloud: embedding (watermark/3) and extraction (watermark/4) run by
// COS on an object through POST key?image_process. Local pictures and marks are uploaded first,
// since the cloud reads both from the bucket. The cloud's marks are its own: a picture marked
// here is not read by the local extractor, nor a locally marked one by the cloud.

#include "storage/objectclient.h"
#include "storage/s3xml.h"

#include <atomic>
#include <functional>

namespace ad::storage
{

// Where the work happens: a COS connection, the bucket, and the prefix local files go to.
struct CloudPlace {
    Endpoint endpoint;
    QString bucket;
    QString uploadPrefix = QStringLiteral("assetdesk-scratch/");
};

struct CloudMark {
    int type = 3;  // 1 semi-blind, 2 blind, 3 text
    QString text;  // type 3 embedding
    QString image; // types 1, 2: a local file or cos://bucket/key. Embedding and type 2
                   // extraction: the mark; type 1 extraction: the unmarked original
    int level = 1; // type 2 embedding, 1-3
};

// The http:// address of an object in its bucket's own host, as watermark rules name marks.
QString cloudMarkUrl(const Endpoint &endpoint, const QString &bucket, const QString &key);
// watermark/3/... and watermark/4/... with the mark's address (ignored for type 3).
QString cloudEmbedRule(const CloudMark &mark, const QString &markUrl);
QString cloudExtractRule(const CloudMark &mark, const QString &markUrl);

// Each step's words ("Uploading kite.jpg…"), for progress lines. Called on the worker thread.
using CloudStep = std::function<void(const QString &)>;

struct CloudEmbedding {
    QString sourceKey;   // the picture in the bucket (uploaded or as given)
    PicProcessed marked; // the marked object the cloud wrote
    QString savedTo;     // the local copy, when one was asked for
};

// Marks `picture` (a local file or cos://bucket/key) into resultKey in the same bucket. A
// result key that exists or is the picture's own is refused (InvalidArgument): nothing is
// replaced. saveTo, when set, receives a copy of the marked object (written atomically).
CloudEmbedding embedInCloud(const CloudPlace &place, const QString &picture, const CloudMark &mark,
                            const QString &resultKey, const QString &saveTo = {},
                            const std::atomic<bool> *cancel = nullptr, const CloudStep &step = {});

struct CloudExtraction {
    QString suspectKey;
    std::optional<int> status;   // WatermarkStatus, type 2
    std::optional<QString> text; // type 3, when the service reports it as <Text>
    QString resultKey;           // what the cloud stored: the recovered mark, empty when nothing
    QByteArray result;           // that object, downloaded (it is small)
};

// Reads the mark of `suspect` (a local file or cos://bucket/key). What the cloud writes goes
// under the upload prefix, "extracted/".
CloudExtraction extractInCloud(const CloudPlace &place, const QString &suspect,
                               const CloudMark &mark, const std::atomic<bool> *cancel = nullptr,
                               const CloudStep &step = {});

// The key a location names in the place's bucket: a cos:// location must be in that bucket
// (InvalidArgument otherwise); a local file is uploaded under the prefix, named by its content
// so the same file is sent once.
QString cloudKeyOf(ObjectClient &client, const CloudPlace &place, const QString &location,
                   const CloudStep &step = {});

} // namespace ad::storage
