#pragma once

// Object operations as the window offers them, on locations (s3://profile@bucket/key):
// delete objects and whole folders (1000 keys a request), new folder, share links, and an
// object's properties. Blocking: call from a worker thread.

#include "storage/objectclient.h"

#include <QStringList>
#include <QUrl>

namespace ad::storage
{

// Deletes objects, and folders (locations ending in '/') with everything below them.
// Returns the number of objects deleted; throws ProcessingError naming the first key the
// store refused.
int removeLocations(const QStringList &locations);

// Creates `name` as a folder under the folder location `parent`; returns its location.
QString makeFolderAt(const QString &parent, const QString &name);

// A presigned GET link valid for `seconds`.
QUrl shareLink(const QString &location, int seconds);
// The unsigned https address of an object, to which a processing string can be appended.
QUrl publicUrl(const QString &location);

// Size, ETag, dates, type, CRC-64 and user metadata (one HEAD), and the tags.
ObjectInfo objectProperties(const QString &location);

} // namespace ad::storage
