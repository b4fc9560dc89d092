#pragma once

// Scalar vocabularies of the grammar: gravity names, format names, Base64 and colours.

#include "style/ast.h"

#include <QByteArray>
#include <optional>

namespace ad::style
{

std::optional<Gravity> gravityFromName(const QString &name); // case-insensitive (D15)
QString gravityName(Gravity g);                              // lower case, as printed

std::optional<ImageFormat> formatFromName(const QString &name);
QString formatName(ImageFormat f); // as written in processing strings: jpg, png, ...
bool isCloudOnly(ImageFormat f);   // tpg, yjpeg, svgc (D11)
bool formatHasAlpha(ImageFormat f);

// URL-safe or standard alphabet, with or without padding (D18). nullopt if not Base64.
std::optional<QByteArray> decodeBase64Param(const QString &token);
QString encodeBase64Param(const QByteArray &plain); // URL-safe, no padding

// "#RRGGBB" or "RRGGBB" (D18).
std::optional<QRgb> colorFromText(const QString &text);
QString colorText(QRgb color); // "#RRGGBB"

} // namespace ad::style
