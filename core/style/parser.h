#pragma once

#include "style/ast.h"

#include <functional>

namespace ad::style
{

constexpr int kMaxStages = 10;
constexpr int kMaxOutputSide = 9999;
// style/<name> inside a style body nests; the cloud states no limit, so ours is its pipeline
// depth: a reference written in the processing string is level 1, at most 10 levels.
constexpr int kMaxStyleDepth = 10;
// Text watermarks: the cloud states no length limit. Ours: at most 1000 characters, and
// characters x font size at most 25000 px (a glyph is at most about 1 em wide), so the one line
// the renderer draws stays under its 32767 px surface limit.
constexpr int kMaxWatermarkText = 1000;
constexpr int kMaxTextLineWidth = 25000;

// The text parse() reads, which error offsets count in: trimmed and percent-decoded.
QString decodedProcessing(const QString &processing);

// Parses a processing string ("imageMogr2/thumbnail/800x|watermark/2/text/...").
// Throws ad::ProcessingError whose offset/length point at the offending token.
Pipeline parse(const QString &processing);

// Looks up the body of a named style; nullopt when the library has no such style.
using StyleLookup = std::function<std::optional<QString>(const QString &name)>;

// Replaces style/<name> stages by their bodies, level by level without recursion. Throws
// StyleNotFound, InvalidArgument (a style that refers to itself) and TooManyStages (over
// kMaxStages stages or kMaxStyleDepth levels) as soon as a level breaks a limit.
Pipeline expandStyles(const Pipeline &pipeline, const StyleLookup &lookup);

bool isValidStyleName(const QString &name); // D21
// Blind watermark text: the cloud allows digits and ASCII letters only; the length limit is ours
// (the cloud states none).
constexpr int kMaxBlindText = 40;
bool blindTextAllowed(const QString &text);

} // namespace ad::style
