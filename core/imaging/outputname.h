#pragma once

// An output's name must not contradict its bytes: "d.png" holding a JPEG misleads every
// program that trusts extensions. The format comes from the style (as in the cloud), so a
// contradicting name is refused rather than silently converted.

#include "style/ast.h"

#include <QString>
#include <optional>

namespace ad::imaging
{

// The image format a file name's extension names (jpg, jpeg, jpe, png, webp, gif, bmp, heic,
// heif, avif); nullopt for no extension or another one (".out", ".json": the user's choice).
std::optional<style::ImageFormat> formatOfName(const QString &name);

// Throws ProcessingError InvalidArgument when `name`'s extension names an image format other
// than `format`, saying how to fix it.
void checkOutputName(const QString &name, style::ImageFormat format);

} // namespace ad::imaging
