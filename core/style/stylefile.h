#pragma once

// Style libraries as files: plain lists, one "name<TAB>processing" per line ('#' starts a
// comment), and JSON {"styles": [{"name": ..., "body": ...}]} (the cloud's StyleName/StyleBody
// keys are read too). Reading checks names (D21) and that every body parses.

#include "common/error.h"
#include "style/parser.h"

#include <QMap>

namespace ad::style
{

// A style file is read whole; a hundred styles (the cloud's limit) need far less.
constexpr qint64 kMaxStyleFileBytes = 4 << 20;

// An entry of a style file that cannot be used: a bad name, a body that does not parse, or a
// line that is not name<TAB>processing.
struct StyleFileProblem {
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message; // "file:line: reason" (JSON: "file: style N: reason")
    QString name;    // as written; empty when the line has none
    QString body;    // as written
};

// A file read whole, its usable styles and every entry that is not; callers that do not need a
// bad style can go on without it.
struct StyleFileContents {
    QMap<QString, QString> styles;
    QList<StyleFileProblem> problems;
};
StyleFileContents parseStyleFile(const QByteArray &text, const QString &origin);
// Either form; throws only when the file as a whole cannot be read: NotFound, IoError (not a
// regular file), FileTooLarge, or InvalidArgument (JSON that does not parse).
StyleFileContents readStyleFile(const QString &path);

// The strict forms: throw ProcessingError naming every bad line (the first one's code:
// InvalidStyleName or InvalidArgument); reading also as readStyleFile.
QMap<QString, QString> readStyleList(const QString &path);
QMap<QString, QString> parseStyleList(const QByteArray &text, const QString &origin);
QMap<QString, QString> parseStyleJson(const QByteArray &json, const QString &origin);

QByteArray styleListText(const QMap<QString, QString> &styles);
// `existing` list text holding `styles`: comments, blank lines and the order kept, bodies
// updated in place, styles no longer in `styles` left out, new ones appended in name order.
QByteArray updatedStyleListText(const QByteArray &existing, const QMap<QString, QString> &styles);
QByteArray styleJson(const QMap<QString, QString> &styles);

StyleLookup lookupIn(const QMap<QString, QString> &styles);
// The usable styles of a file read leniently; looking up one of its bad entries throws that
// entry's ProcessingError ("style 'x' cannot be used: file:line: reason"), so only a command
// that uses a bad style fails, naming it.
StyleLookup lookupIn(const StyleFileContents &contents);

} // namespace ad::style
