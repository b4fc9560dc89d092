#pragma once

#include "style/ast.h"

#include <functional>

namespace ad::style
{

constexpr int kMaxStages = 10;
constexpr int kMaxOutputSide = 9999;

// Parses a processing string ("imageMogr2/thumbnail/800x|watermark/2/text/...").
// Throws ad::ProcessingError whose offset/length point at the offending token.
Pipeline parse(const QString &processing);

// Looks up the body of a named style; nullopt when the library has no such style.
using StyleLookup = std::function<std::optional<QString>(const QString &name)>;

// Replaces style/<name> stages by their bodies (recursively) and checks the stage count.
Pipeline expandStyles(const Pipeline &pipeline, const StyleLookup &lookup);

bool isValidStyleName(const QString &name); // D21
// Blind watermark text: the cloud allows digits and ASCII letters only; the length limit is ours
// (the cloud states none).
constexpr int kMaxBlindText = 40;
bool blindTextAllowed(const QString &text);

} // namespace ad::style
