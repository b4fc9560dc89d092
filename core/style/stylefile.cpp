#include "style/stylefile.h"

#include "common/error.h"
#include "files/regularfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ad::style
{

namespace
{

// The problem with one entry, or nullopt when it is a usable style.
std::optional<StyleFileProblem> problemWith(const QString &name, const QString &body,
                                            const QString &where)
{
    if (!isValidStyleName(name) || body.isEmpty())
        return StyleFileProblem{ErrorCode::InvalidStyleName,
                                QCoreApplication::translate(
                                    "ad::Error", "%1: '%2' is not a style name (1-64 of letters, "
                                                 "digits, _ - .) with a processing string")
                                    .arg(where, name),
                                name, body};
    try {
        parse(body);
    } catch (const ProcessingError &e) {
        return StyleFileProblem{ErrorCode::InvalidArgument,
                                QCoreApplication::translate("ad::Error", "%1: style '%2': %3")
                                    .arg(where, name, e.error().message),
                                name, body};
    }
    return std::nullopt;
}

void take(StyleFileContents &into, const QString &name, const QString &body, const QString &where)
{
    if (auto problem = problemWith(name, body, where))
        into.problems.append(*std::move(problem));
    else
        into.styles.insert(name, body);
}

StyleFileContents parseListText(const QByteArray &text, const QString &origin)
{
    StyleFileContents contents;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        const QString where = QStringLiteral("%1:%2").arg(origin).arg(i + 1);
        if (!line.contains(QLatin1Char('\t'))) {
            contents.problems.append(
                {ErrorCode::InvalidStyleName,
                 QCoreApplication::translate("ad::Error", "%1: expected name<TAB>processing")
                     .arg(where),
                 {},
                 line});
            continue;
        }
        take(contents, line.section(QLatin1Char('\t'), 0, 0).trimmed(),
             line.section(QLatin1Char('\t'), 1).trimmed(), where);
    }
    return contents;
}

StyleFileContents parseJsonText(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate("ad::Error", "%1: not JSON (%2)")
                                  .arg(origin, error.errorString()));
    const QJsonArray list = doc.isArray() ? doc.array()
                            : doc.object().contains(QStringLiteral("styles"))
                                ? doc.object().value(QStringLiteral("styles")).toArray()
                                : doc.object().value(QStringLiteral("StyleList")).toArray();
    StyleFileContents contents;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list[i].toObject();
        const QString name = o.contains(QStringLiteral("name"))
                                 ? o.value(QStringLiteral("name")).toString()
                                 : o.value(QStringLiteral("StyleName")).toString();
        const QString body = o.contains(QStringLiteral("body"))
                                 ? o.value(QStringLiteral("body")).toString()
                                 : o.value(QStringLiteral("StyleBody")).toString();
        take(contents, name, body, QStringLiteral("%1: style %2").arg(origin).arg(i + 1));
    }
    return contents;
}

// Every problem in one error, so a user fixes the file in one pass.
QMap<QString, QString> strict(const StyleFileContents &contents)
{
    if (contents.problems.isEmpty()) return contents.styles;
    QStringList messages;
    for (const StyleFileProblem &p : contents.problems)
        messages << p.message;
    throw ProcessingError(contents.problems.first().code, messages.join(QStringLiteral("; ")));
}

} // namespace

StyleFileContents parseStyleFile(const QByteArray &text, const QString &origin)
{
    // Either form: a style name cannot start with '{' or '[', so these mark JSON.
    const QByteArray start = text.trimmed().left(1);
    if (start == "{" || start == "[") return parseJsonText(text, origin);
    return parseListText(text, origin);
}

StyleFileContents readStyleFile(const QString &path)
{
    return parseStyleFile(files::readRegularFile(path, kMaxStyleFileBytes), path);
}

QMap<QString, QString> parseStyleList(const QByteArray &text, const QString &origin)
{
    return strict(parseListText(text, origin));
}

QMap<QString, QString> readStyleList(const QString &path)
{
    return strict(readStyleFile(path));
}

QMap<QString, QString> parseStyleJson(const QByteArray &json, const QString &origin)
{
    return strict(parseJsonText(json, origin));
}

QByteArray styleListText(const QMap<QString, QString> &styles)
{
    QByteArray out;
    for (auto it = styles.cbegin(); it != styles.cend(); ++it)
        out += it.key().toUtf8() + '\t' + it.value().toUtf8() + '\n';
    return out;
}

QByteArray updatedStyleListText(const QByteArray &existing, const QMap<QString, QString> &styles)
{
    QByteArray out;
    QSet<QString> written;
    QList<QByteArray> lines = existing.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) lines.removeLast();
    for (const QByteArray &raw : std::as_const(lines)) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || !line.contains(u'\t')) {
            out += raw + '\n'; // comments and blank lines stay where the author put them
            continue;
        }
        const QString name = line.section(QLatin1Char('\t'), 0, 0).trimmed();
        const auto it = styles.constFind(name);
        if (it == styles.cend() || written.contains(name)) continue;
        out += name.toUtf8() + '\t' + it.value().toUtf8() + '\n';
        written.insert(name);
    }
    for (auto it = styles.cbegin(); it != styles.cend(); ++it)
        if (!written.contains(it.key()))
            out += it.key().toUtf8() + '\t' + it.value().toUtf8() + '\n';
    return out;
}

QByteArray styleJson(const QMap<QString, QString> &styles)
{
    QJsonArray list;
    for (auto it = styles.cbegin(); it != styles.cend(); ++it)
        list.append(
            QJsonObject{{QStringLiteral("name"), it.key()}, {QStringLiteral("body"), it.value()}});
    return QJsonDocument(QJsonObject{{QStringLiteral("styles"), list}}).toJson();
}

StyleLookup lookupIn(const QMap<QString, QString> &styles)
{
    return [styles](const QString &name) -> std::optional<QString> {
        const auto it = styles.constFind(name);
        if (it == styles.constEnd()) return std::nullopt;
        return *it;
    };
}

StyleLookup lookupIn(const StyleFileContents &contents)
{
    QMap<QString, StyleFileProblem> bad;
    for (const StyleFileProblem &p : contents.problems)
        if (!p.name.isEmpty() && !contents.styles.contains(p.name)) bad.insert(p.name, p);
    return [styles = contents.styles, bad](const QString &name) -> std::optional<QString> {
        if (const auto it = styles.constFind(name); it != styles.constEnd()) return *it;
        if (const auto it = bad.constFind(name); it != bad.constEnd())
            throw ProcessingError(
                it->code, QCoreApplication::translate("ad::Error", "style '%1' cannot be used: %2")
                              .arg(name, it->message));
        return std::nullopt;
    };
}

} // namespace ad::style
