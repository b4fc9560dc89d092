#pragma once

// An error as the window shows it: the error class in the interface language, then the detail
// and the cloud's X-ErrNo. Without a translator this is exactly Error::toString(), which the
// CLI prints and the logs keep.

#include "common/error.h"

namespace ad
{

QString localizedText(const Error &error);
QString localizedCodeName(ErrorCode code); // "InvalidArgument", or its translation

} // namespace ad
