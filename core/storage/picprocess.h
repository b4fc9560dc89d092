#pragma once

// Persistent processing of an object already in a COS bucket: POST /<key>?image_process with
// a Pic-Operations header. The cloud reads the original, runs each rule and stores the results
// next to it (or where fileid says); only the small UploadResult crosses the network.

#include "storage/objectclient.h"
#include "style/cloudcheck.h"

namespace ad::storage
{

// Throws InvalidArgument for more rules than one request takes (5), and the client's errors
// (the HTTP status and the service's code, e.g. "HTTP 400 InvalidArgument") otherwise. A body
// that is not an UploadResult throws IoError.
UploadResult processStored(ObjectClient &client, const QString &bucket, const QString &key,
                           const QList<style::PicRule> &rules, bool picInfo = false);

// The Pic-Operations request header for rules, ready for Pairs of a PUT or a Complete
// Multipart Upload.
QPair<QString, QString> picOperationsHeader(const QList<style::PicRule> &rules,
                                            bool picInfo = false);

// An UploadResult from a reply body, or IoError naming what answered it.
UploadResult uploadResultFrom(const HttpReply &reply, const QString &what);

} // namespace ad::storage
