#pragma once

// What `cp`/`mv` mean between local paths and object URLs, shared by assetdesk-cli and the
// transfer job: a plan of single-file (single-object) transfers, and running one of them.

#include "storage/objecturl.h"
#include "storage/transfer.h"

#include <QList>
#include <QString>

namespace ad::storage
{

struct TransferItem {
    QString source; // a local path or an object URL (s3://bucket/key, cos://...)
    QString target;
};

enum class TransferDirection { Local, Upload, Download, ServerCopy };
TransferDirection directionOf(const TransferItem &item);

// Folders and prefixes need `recursive`. A destination that is a folder or ends in '/' receives
// the source's name; object keys that would escape a local destination are refused.
// Throws ProcessingError (NotFound, InvalidArgument).
QList<TransferItem> planTransfers(const QString &from, const QString &to, bool recursive);

// Copies one item (multipart, resumable, verified; see transfer.h) and, for a move, then
// deletes the source. Returns the cloud's UploadResult of an upload with options.picRules.
// Throws ProcessingError.
std::optional<UploadResult> runTransfer(const TransferItem &item, bool move,
                                        const TransferOptions &options = {});

// Every object below a prefix, all pages (for recursive copies and deletes).
QList<ObjectEntry> listAllObjects(ObjectClient &client, const QString &bucket,
                                  const QString &prefix);

// The text for a location: the URL as given, or the local path.
QString describe(const ObjectUrl &url, const QString &key);

} // namespace ad::storage
