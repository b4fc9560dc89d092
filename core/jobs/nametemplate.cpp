#include "jobs/nametemplate.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <algorithm>

namespace ad::jobs
{

QString expandNameTemplate(const QString &pattern, const NameFields &f)
{
    static const QRegularExpression field(QStringLiteral("\\{([a-z]+)\\}"));
    if (QDir::isAbsolutePath(pattern))
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error",
                                        "name template: '%1' must be relative to the destination")
                .arg(pattern));
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
                QCoreApplication::translate(
                    "ad::Error",
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
            QCoreApplication::translate(
                "ad::Error",
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

QString withCounter(const QString &location, int n)
{
    const qsizetype slash = location.lastIndexOf(QLatin1Char('/'));
    const QString folder = location.left(slash + 1);
    const QString name = location.mid(slash + 1);
    qsizetype at = -1;
    if (const qsizetype field = name.indexOf(QLatin1String("${")); field > 0) {
        at = std::max(name.lastIndexOf(QLatin1Char('_'), field),
                      name.lastIndexOf(QLatin1Char('-'), field));
        if (at < 0) at = field;
    }
    if (at <= 0) { // no field, or one that starts the name: before the extension
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        at = dot > 0 ? dot : name.size();
    }
    QString stem = name.left(at);
    static const QRegularExpression counter(QStringLiteral(" \\((\\d{1,6})\\)$"));
    int base = 0;
    if (const auto m = counter.match(stem); m.hasMatch()) {
        base = m.captured(1).toInt();
        stem.chop(m.capturedLength());
    }
    return folder + stem + QStringLiteral(" (%1)").arg(base + n) + name.mid(at);
}

QStringList NameReservation::claim(const Candidates &candidates, const Unavailable &unavailable)
{
    constexpr int maxCounter = 10000;
    const QMutexLocker lock(&m_mutex);
    for (int n = 0; n <= maxCounter; ++n) {
        const QStringList names = candidates(n);
        const bool free = std::none_of(names.begin(), names.end(), [&](const QString &name) {
            return m_claimed.contains(name) || (unavailable && unavailable(name));
        });
        if (!free) continue;
        for (const QString &name : names)
            m_claimed.insert(name);
        return names;
    }
    const QStringList planned = candidates(0);
    throw ProcessingError(
        ErrorCode::IoError,
        QCoreApplication::translate("ad::Error", "no free name for '%1' after %2 tries")
            .arg(planned.value(0))
            .arg(maxCounter));
}

QString NameReservation::claim(const QString &name, const Unavailable &unavailable)
{
    return claim([&](int n) { return QStringList{n == 0 ? name : withCounter(name, n)}; },
                 unavailable)
        .first();
}

void NameReservation::release(const QStringList &names)
{
    const QMutexLocker lock(&m_mutex);
    for (const QString &name : names)
        m_claimed.remove(name);
}

} // namespace ad::jobs
