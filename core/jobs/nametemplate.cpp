#include "jobs/nametemplate.h"

#include "style/error.h"

#include <QDir>
#include <QRegularExpression>

namespace ad::jobs
{

QString expandNameTemplate(const QString &pattern, const NameFields &f)
{
    static const QRegularExpression field(QStringLiteral("\\{([a-z]+)\\}"));
    if (QDir::isAbsolutePath(pattern))
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QStringLiteral("name template: '%1' must be relative to the destination").arg(pattern));
    QString out;
    qsizetype last = 0;
    for (auto it = field.globalMatch(pattern); it.hasNext();) {
        const auto m = it.next();
        out += pattern.mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        if (key == QLatin1String("name"))
            out += f.name;
        else if (key == QLatin1String("ext"))
            out += f.ext;
        else if (key == QLatin1String("style"))
            out += f.style;
        else if (key == QLatin1String("index"))
            out += QString::number(f.index);
        else if (key == QLatin1String("date"))
            out += f.date.toString(QStringLiteral("yyyyMMdd"));
        else if (key == QLatin1String("dir"))
            out += f.dir;
        else
            throw ProcessingError(
                ErrorCode::InvalidArgument,
                QStringLiteral(
                    "name template: unknown field {%1}; use {name} {ext} {style} {index} "
                    "{date} {dir}")
                    .arg(key));
        last = m.capturedEnd();
    }
    out += pattern.mid(last);
    out = QDir::cleanPath(out);
    while (out.startsWith(QLatin1Char('/'))) // an empty {dir} at the front
        out.remove(0, 1);
    if (out.isEmpty() || QDir::isAbsolutePath(out) || out == QLatin1String("..") ||
        out.startsWith(QLatin1String("../")) || out == QLatin1String("."))
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QStringLiteral(
                "name template: '%1' gives '%2', which is not a name inside the destination")
                .arg(pattern, out));
    return out;
}

QString styleLabel(const QString &processing)
{
    static const QRegularExpression named(QStringLiteral("^style/([A-Za-z0-9_.\\-]{1,64})$"));
    if (const auto m = named.match(processing); m.hasMatch()) return m.captured(1);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    QString slug = processing;
    slug.replace(QLatin1String("imageMogr2/"), QString()).replace(unsafe, QStringLiteral("-"));
    slug = slug.left(48);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("style") : slug;
}

} // namespace ad::jobs
