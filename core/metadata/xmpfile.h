#pragma once

// Reading and writing a file's MetaRecord through exiv2: XMP first, then the IPTC IIM datasets
// and the EXIF GPS tags older tools write, and an .xmp sidecar over what the file holds.
// Writes change only these fields: every other metadata block and every pixel byte stay as
// they were. Each write goes to a copy beside the target, is read back and compared, and only
// then renamed over it, so a failure leaves the original byte-identical.

#include "catalog/metadatapolicy.h"
#include "metadata/metarecord.h"
#include "metadata/metasettings.h"

#include <QDateTime>

namespace ad::metadata
{

using WritePolicy = catalog::MetadataWritePolicy;

// Sets up exiv2 once per process (BMFF for HEIC/AVIF, XMP toolkit with a lock for threads).
void initExiv2();

QString sidecarPath(const QString &path, SidecarNaming naming);
// An XMP sidecar describes the file beside it; browsing and the catalogue do not list it.
bool isSidecar(const QString &path);
// exiv2 0.27 can write XMP into this file's format (JPEG, PNG, WebP, TIFF; not HEIC or AVIF).
bool canWriteInto(const QString &path);

struct FileMeta {
    MetaRecord record;
    QDateTime changed; // the newer modification time of the file and its sidecar
    QString sidecar;   // the sidecar read, if there was one
};
// Never throws: a file exiv2 cannot read gives what its sidecar says, or nothing. Thread-safe.
FileMeta readFileMeta(const QString &path, SidecarNaming naming);

// Writes `record`'s fields (an absent or empty field is removed) where `policy` says; returns
// the paths written. Throws ProcessingError: NotFound, UnsupportedFormat (a file exiv2 cannot
// open for writing), IoError (the copy could not be written, or did not read back the same).
QStringList writeFileMeta(const QString &path, const MetaRecord &record, WritePolicy policy,
                          SidecarNaming naming);
// Reads what `path` says, applies `edit` and writes it per `policy` (nothing when Never); returns
// what the file says afterwards, with its new time. Throws as writeFileMeta.
FileMeta updateFileMeta(const QString &path, const MetaEdit &edit, WritePolicy policy,
                        SidecarNaming naming);

} // namespace ad::metadata
