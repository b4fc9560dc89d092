#pragma once

// The style editor's view of a pipeline: a flat list of operations, each an imageMogr2 step or a
// whole stage of another kind, that can be disabled without being lost. Printing the enabled
// items gives the processing string back; stage breaks between imageMogr2 steps are kept.

#include "style/ast.h"

#include <vector>

namespace ad::style
{

using EditOp = std::variant<MogrOp, ImageView2, ImageWatermark, TextWatermark, BlindEmbed,
                            BlindExtract, InfoQuery, StyleRef>;

struct EditItem {
    EditOp op;
    bool enabled = true;
    bool newStage = false; // an imageMogr2 step that starts its own stage after another one
    Span span;             // where the parsed string wrote it
};

std::vector<EditItem> itemsOf(const Pipeline &pipeline);
Pipeline pipelineOf(const std::vector<EditItem> &items); // the enabled items
QString printItems(const std::vector<EditItem> &items);  // "" when nothing is enabled

} // namespace ad::style
