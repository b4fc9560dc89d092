#pragma once

// Style libraries as files: plain lists, one "name<TAB>processing" per line ('#' starts a
// comment), and JSON {"styles": [{"name": ..., "body": ...}]} (the cloud's StyleName/StyleBody
// keys are read too). Reading checks names (D21) and that every body parses.

#include "style/parser.h"

#include <QMap>

namespace ad::style
{

// Throw ProcessingError (InvalidStyleName, InvalidArgument, IoError) naming the line or style.
QMap<QString, QString> readStyleList(const QString &path);
QMap<QString, QString> parseStyleList(const QByteArray &text, const QString &origin);
QMap<QString, QString> parseStyleJson(const QByteArray &json, const QString &origin);

QByteArray styleListText(const QMap<QString, QString> &styles);
QByteArray styleJson(const QMap<QString, QString> &styles);

StyleLookup lookupIn(const QMap<QString, QString> &styles);

} // namespace ad::style
