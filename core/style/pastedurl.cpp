#include "style/pastedurl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace ad::style
{

namespace
{

// The first word of a processing string, before '/', '|' or the end.
bool startsWithVerb(QStringView text)
{
    static const QStringList verbs{QStringLiteral("imageMogr2"), QStringLiteral("imageView2"),
                                   QStringLiteral("watermark"),  QStringLiteral("imageInfo"),
                                   QStringLiteral("exif"),       QStringLiteral("imageAve"),
                                   QStringLiteral("style")};
    qsizetype end = 0;
    while (end < text.size() && text[end] != u'/' && text[end] != u'|')
        ++end;
    return verbs.contains(text.left(end));
}

// Text with no scheme, no query and no dotted first segment ("imageMogr3/thumbnail/100x",
// "garbage") is a processing string with a typo, not a key: the validator says what is wrong.
bool looksLikeProcessing(const QString &text)
{
    if (text.contains(QLatin1String("://")) || text.contains(u'?') || text.startsWith(u'/'))
        return false;
    qsizetype end = 0;
    while (end < text.size() && text[end] != u'/' && text[end] != u'|')
        ++end;
    return !text.left(end).contains(u'.');
}

QString decoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// <bucket>.cos.<region>.myqcloud.com, the .pic. (CI) and website hosts, tencentcos.cn.
void readHost(PastedUrl &p)
{
    static const QRegularExpression virtualHost(QStringLiteral(
        R"(^(.+)\.(?:cos|pic|ci|cos-website)\.([a-z0-9-]+)\.(?:myqcloud\.com|tencentcos\.cn)$)"));
    QString name = p.host;
    if (const qsizetype colon = name.lastIndexOf(u':'); colon > name.lastIndexOf(u']'))
        name.truncate(colon);
    if (const QRegularExpressionMatch m = virtualHost.match(name); m.hasMatch()) {
        p.bucket = m.captured(1);
        if (m.captured(2) != QLatin1String("accelerate")) p.region = m.captured(2);
    }
}

// The rightmost separator whose suffix names a style: one the library has; else after '!';
// else after another separator when the key before it ends in a file extension and the name
// has none (photo.jpg-small, not my-photo.jpg).
void splitStyle(PastedUrl &p, const StyleLookup &styles, const QString &separators)
{
    static const QRegularExpression extension(QStringLiteral(R"(\.[A-Za-z][A-Za-z0-9]{1,4}$)"));
    const QString &key = p.key;
    const qsizetype first = std::max<qsizetype>(1, key.size() - 65); // names have 64 at most
    qsizetype chosen = -1;
    std::optional<QString> body;
    for (int pass = 0; pass < 3 && chosen < 0; ++pass) {
        for (qsizetype i = key.size() - 2; i >= first && chosen < 0; --i) {
            if (!separators.contains(key[i])) continue;
            const QString name = key.mid(i + 1);
            if (!isValidStyleName(name)) continue;
            if (pass == 0) {
                if (styles && (body = styles(name))) chosen = i;
            } else if (pass == 1) {
                if (key[i] == u'!') chosen = i;
            } else if (!name.contains(u'.') && extension.match(key.left(i)).hasMatch()) {
                chosen = i;
            }
        }
    }
    if (chosen < 0) return;
    p.style = key.mid(chosen + 1);
    p.key.truncate(chosen);
    if (body) {
        p.processing = *body;
    } else {
        p.processing = QStringLiteral("style/") + p.style;
        p.warnings << QCoreApplication::translate(
                          "ad::style::PastedUrl",
                          "The library has no style “%1”; kept as style/%1.")
                          .arg(p.style);
    }
}

} // namespace

PastedUrl parsePastedUrl(const QString &text, const StyleLookup &styles, const QString &separators)
{
    PastedUrl p;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || startsWithVerb(trimmed) || looksLikeProcessing(trimmed)) {
        p.processing = trimmed;
        return p;
    }
    p.isUrl = true;
    // A URL wrapped over lines in a mail or chat is still one URL.
    QString rest = trimmed;
    rest.remove(QRegularExpression(QStringLiteral("[\\r\\n\\t]")));
    const qsizetype hash = rest.indexOf(u'#');
    if (hash >= 0) rest.truncate(hash);
    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }

    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):(//)?"));
    static const QRegularExpression bareHost(
        QStringLiteral(R"(^[A-Za-z0-9.-]+\.(?:myqcloud\.com|tencentcos\.cn)(?::\d+)?(?:/|$))"));
    bool hasAuthority = false;
    QString schemeName;
    if (const QRegularExpressionMatch m = scheme.match(rest); m.hasMatch() && m.hasCaptured(2)) {
        schemeName = m.captured(1).toLower();
        rest.remove(0, m.capturedLength());
        hasAuthority = true;
    } else if (rest.startsWith(QLatin1String("//"))) {
        rest.remove(0, 2);
        hasAuthority = true;
    } else if (bareHost.match(rest).hasMatch()) {
        hasAuthority = true;
    }
    if (hasAuthority) {
        qsizetype slash = rest.indexOf(u'/');
        if (slash < 0) slash = rest.size();
        QString authority = rest.left(slash);
        rest.remove(0, slash);
        if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) authority.remove(0, at + 1);
        if (schemeName == QLatin1String("cos") || schemeName == QLatin1String("s3")) {
            p.bucket = authority; // cos://bucket/key as the rest of AssetDesk writes it
        } else {
            p.host = authority.toLower();
            readHost(p);
        }
    }
    while (rest.startsWith(u'/'))
        rest.remove(0, 1);
    p.key = decoded(rest);
    splitStyle(p, styles, separators);

    QStringList fromQuery;
    for (const QString &part : query.split(u'&', Qt::SkipEmptyParts)) {
        const QString value = decoded(part);
        // A step without '=' is processing even when its verb is mistyped ("imageMogr3/..."),
        // so the validator names the typo instead of the step being dropped in silence.
        if (startsWithVerb(value) || (!value.contains(u'=') && value.contains(u'/'))) {
            fromQuery << value;
            continue;
        }
        const QString name = value.section(u'=', 0, 0);
        if (!name.isEmpty() && !p.dropped.contains(name)) p.dropped << name;
    }
    if (hash >= 0) p.dropped << QStringLiteral("#fragment"); // last, as in the URL
    if (fromQuery.size() > 1)
        p.warnings << QCoreApplication::translate(
                          "ad::style::PastedUrl",
                          "The URL carries %1 processing strings; they run one after another.")
                          .arg(fromQuery.size());
    if (!p.processing.isEmpty()) fromQuery.prepend(p.processing);
    p.processing = fromQuery.join(u'|');
    if (p.processing.isEmpty())
        p.warnings << QCoreApplication::translate("ad::style::PastedUrl",
                                                  "The URL carries no processing.");
    return p;
}

} // namespace ad::style
