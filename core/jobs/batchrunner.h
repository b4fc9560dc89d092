#pragma once

// The job kind that applies a processing string to one source and writes the result
// atomically to its planned target.

#include "jobs/jobqueue.h"
#include "style/parser.h"

namespace ad::jobs
{

JobKind batchStyleKind(style::StyleLookup styles = {});
QString partialTagFor(const ItemRecord &item); // the temporary file's tag for this item

} // namespace ad::jobs
