#pragma once

// Style libraries as files: plain lists, one "name<TAB>processing" per line ('#' starts a
// comment), and JSON {"styles": [{"name": ..., "body": ...}]} (the cloud's StyleName/StyleBody
// keys are read too). Reading checks names (D21) and that every body parses.

#include "style/parser.h"

#include <QMap>

namespace ad::style
{

// A style file is read whole; a hundred styles (the cloud's limit) need far less.
constexpr qint64 kMaxStyleFileBytes = 4 << 20;

// Throw ProcessingError (InvalidStyleName, InvalidArgument) naming the line or style; reading
// also NotFound, IoError (not a regular file) or FileTooLarge. readStyleList takes either form.
QMap<QString, QString> readStyleList(const QString &path);
QMap<QString, QString> parseStyleList(const QByteArray &text, const QString &origin);
QMap<QString, QString> parseStyleJson(const QByteArray &json, const QString &origin);

QByteArray styleListText(const QMap<QString, QString> &styles);
// `existing` list text holding `styles`: comments, blank lines and the order kept, bodies
// updated in place, styles no longer in `styles` left out, new ones appended in name order.
QByteArray updatedStyleListText(const QByteArray &existing, const QMap<QString, QString> &styles);
QByteArray styleJson(const QMap<QString, QString> &styles);

StyleLookup lookupIn(const QMap<QString, QString> &styles);

} // namespace ad::style
