#pragma once

// File transfers between a local disk and a bucket: single PUT for small files, multipart with
// several parts in flight for large ones, resumable after a kill (a checkpoint names the upload
// id; parts the server already holds with the right size and MD5 are skipped), integrity
// checked (MD5/ETag, CRC-64 on COS), and downloads written atomically.

#include "storage/objectclient.h"
#include "storage/ratelimit.h"
#include "style/cloudcheck.h"

#include <memory>

#include <functional>

namespace ad::storage
{

struct TransferOptions {
    qint64 multipartThreshold = 16LL << 20;
    qint64 partSize = 0; // 0: adaptive (8 MB, more for files that would need over 10000 parts)
    int partsInFlight = 4;
    QString checkpointDir; // empty: no resumption across runs
    const std::atomic<bool> *cancelled = nullptr;
    std::function<void(qint64 done, qint64 total)> progress; // called from worker threads
    std::function<void(int part)> partUploaded;              // for tests and logs
    // Shared by every file of a run; null for no limit.
    std::shared_ptr<RateLimiter> limiter;
    // Uploads to COS: processing on upload, sent as Pic-Operations on the single PUT or on
    // Complete Multipart Upload (also of a resumed upload). Empty: a plain upload.
    QList<style::PicRule> picRules;
};

// Refuses, before anything is sent, rules an upload of `key` cannot carry: a destination that
// is not COS, more than 5 rules, a rule that does not parse, a fileid that names no file or the
// original itself. Throws InvalidArgument (or the parser's error, naming the rule).
void checkPicRules(const Endpoint &endpoint, const QString &key,
                   const QList<style::PicRule> &rules);

qint64 choosePartSize(qint64 fileSize, qint64 requested);

// With options.picRules, `processed` (when given) receives the cloud's UploadResult.
ObjectInfo uploadFile(const Endpoint &endpoint, const QString &localPath, const QString &bucket,
                      const QString &key, const TransferOptions &options = {},
                      UploadResult *processed = nullptr);
void downloadFile(const Endpoint &endpoint, const QString &bucket, const QString &key,
                  const QString &localPath, const TransferOptions &options = {});

// The local path for an object key under root; throws for keys that would leave root
// ("..", absolute paths, empty segments that resolve outside).
QString localPathForKey(const QString &root, const QString &key);

} // namespace ad::storage
