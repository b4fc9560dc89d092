#pragma once

// Where edits to a file's metadata (rating, label, tags, title) may be written, as the user
// chose in Preferences: nowhere but the catalogue, an XMP sidecar only, or the file itself and
// its sidecar. The desktop stores the choice; whatever writes XMP reads it here.

#include <QString>
#include <optional>

namespace ad::catalog
{

enum class MetadataWritePolicy { Never, SidecarOnly, FileAndSidecar };

// The saved choice; sidecar only when none was made (the original stays untouched).
MetadataWritePolicy metadataWritePolicy();
void setMetadataWritePolicy(MetadataWritePolicy policy);
// "never", "sidecar", "file-and-sidecar".
QString policyName(MetadataWritePolicy policy);
std::optional<MetadataWritePolicy> policyFromName(const QString &name);

} // namespace ad::catalog
