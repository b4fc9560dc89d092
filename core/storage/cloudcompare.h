#pragma once

// A style run both ways on one original: the cloud's answer to GET <key>?<processing> and the
// local executor's result on the same bytes, compared (imaging/fidelity). A local picture goes
// to a scratch key first, so the cloud has something to process, and is removed afterwards.

#include "imaging/fidelity.h"
#include "imaging/rendercancel.h"
#include "storage/objectclient.h"
#include "style/parser.h"

#include <atomic>
#include <memory>

namespace ad::storage
{

// "PSNR at least N dB" passes; 40 dB is beyond what the eye tells apart on photographs.
constexpr double kDefaultMinPsnr = 40.0;
inline const QString kDefaultScratchPrefix = QStringLiteral("assetdesk-compare/");

// Stops a comparison from another thread: the transfer in flight and the local render.
struct CompareCancel {
    std::atomic<bool> requested{false};
    std::shared_ptr<imaging::RenderCancel> render = std::make_shared<imaging::RenderCancel>();
    void cancel()
    {
        requested = true;
        render->cancel();
    }
};

struct CloudCompareRequest {
    QString bucket;
    QString key;        // the original in the bucket; unused with localFile
    QString processing; // as typed: the cloud resolves style/NAME from its styles, we from ours
    QString localFile;  // set: uploaded below scratchPrefix first, removed afterwards
    QString scratchPrefix = kDefaultScratchPrefix;
    style::StyleLookup styles;
};

struct CloudComparison {
    QString key; // the object the cloud processed (a scratch key for a local file)
    QByteArray original;
    QByteArray localResult;
    QByteArray cloudResult;
    imaging::Fidelity fidelity;
    QStringList warnings; // the local executor's
};

// Throws ProcessingError: the client's (HTTP status, the service's code), the executor's, or
// InvalidImage when an answer is not a picture (an imageInfo processing answers JSON).
CloudComparison compareWithCloud(const Endpoint &endpoint, const CloudCompareRequest &request,
                                 CompareCancel *cancel = nullptr);

// For the GUI, which names objects by location: `location` is cos://[profile@]bucket/key, or
// with request.localFile the bucket (cos://[profile@]bucket/); its bucket and key fill the
// request. Throws InvalidArgument for other locations and what compareWithCloud throws.
CloudComparison compareAtLocation(const QString &location, CloudCompareRequest request,
                                  CompareCancel *cancel = nullptr);

// A COS connection to compare through: a saved COS profile, or COS credentials in the
// environment.
bool hasCosConnection();

// Both sides for an original already downloaded; `client` fetches the cloud's answer.
CloudComparison compareOriginal(ObjectClient &client, const QString &bucket, const QString &key,
                                const QByteArray &original, const QString &processing,
                                const style::StyleLookup &styles, CompareCancel *cancel = nullptr);

// A fresh key below prefix ('/' added when missing) ending in the file's name.
QString scratchKey(const QString &prefix, const QString &fileName);

bool passes(const imaging::Fidelity &fidelity, double minPsnr);

} // namespace ad::storage
