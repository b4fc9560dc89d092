#include "browser/querytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace ad::ui
{

// The words' translation context.
class QueryText
{
    Q_DECLARE_TR_FUNCTIONS(ad::ui::QueryText)
public:
    static QString of(const catalog::Query &q);

private:
    static QString kindName(catalog::Kind kind);
    static QString labelName(int label);
    static QString range(const QString &from, const QString &below);
    static QString dates(const std::optional<QDateTime> &from, const std::optional<QDateTime> &to);
};

QString QueryText::kindName(catalog::Kind kind)
{
    switch (kind) {
    case catalog::Kind::Image:
    case catalog::Kind::AnimatedImage:
        return tr("images");
    case catalog::Kind::Video:
        return tr("videos");
    case catalog::Kind::Document:
        return tr("documents");
    case catalog::Kind::Audio:
        return tr("audio");
    case catalog::Kind::Folder:
        return tr("folders");
    case catalog::Kind::Other:
        break;
    }
    return tr("other files");
}

QString QueryText::labelName(int label)
{
    const QStringList names{tr("no colour label"), tr("red label"),   tr("orange label"),
                            tr("yellow label"),    tr("green label"), tr("blue label"),
                            tr("purple label")};
    return names.value(label, names.first());
}

// "from – to", "from or more", "under to": the filter bar's upper bounds are exclusive.
QString QueryText::range(const QString &from, const QString &below)
{
    if (!from.isEmpty() && !below.isEmpty()) return tr("%1 – %2").arg(from, below);
    return from.isEmpty() ? tr("under %1").arg(below) : tr("%1 or more").arg(from);
}

QString QueryText::dates(const std::optional<QDateTime> &from, const std::optional<QDateTime> &to)
{
    const QLocale locale;
    const QString a = from ? locale.toString(from->date(), QLocale::ShortFormat) : QString();
    const QString b = to ? locale.toString(to->date(), QLocale::ShortFormat) : QString();
    if (!a.isEmpty() && !b.isEmpty()) return tr("%1 – %2").arg(a, b);
    return a.isEmpty() ? tr("before %1").arg(b) : tr("since %1").arg(a);
}

QString QueryText::of(const catalog::Query &q)
{
    const QLocale locale;
    QStringList parts;
    if (!q.text.trimmed().isEmpty()) parts << tr("words “%1”").arg(q.text.trimmed());
    if (!q.kinds.isEmpty()) {
        QStringList kinds;
        for (const catalog::Kind kind : q.kinds)
            if (!kinds.contains(kindName(kind))) kinds << kindName(kind);
        parts << kinds.join(QStringLiteral(", "));
    }
    if (!q.extensions.isEmpty()) parts << tr("extensions %1").arg(q.extensions.join(u' '));
    if (q.minSize || q.maxSize)
        parts << tr("size %1").arg(
            range(q.minSize ? locale.formattedDataSize(*q.minSize) : QString(),
                  q.maxSize ? locale.formattedDataSize(*q.maxSize + 1) : QString()));
    if (q.modifiedFrom || q.modifiedTo)
        parts << tr("modified %1").arg(dates(q.modifiedFrom, q.modifiedTo));
    if (q.takenFrom || q.takenTo) parts << tr("taken %1").arg(dates(q.takenFrom, q.takenTo));
    if (q.minSeconds || q.maxSeconds)
        parts << tr("length %1")
                     .arg(range(q.minSeconds ? tr("%1 s").arg(qRound(*q.minSeconds)) : QString(),
                                q.maxSeconds ? tr("%1 s").arg(qRound(*q.maxSeconds)) : QString()));
    if (q.minShortSide || q.maxShortSide)
        parts << tr("resolution %1")
                     .arg(range(q.minShortSide ? tr("%1p").arg(*q.minShortSide) : QString(),
                                q.maxShortSide ? tr("%1p").arg(*q.maxShortSide + 1) : QString()));
    if (q.minRating > 0) parts << tr("%1 or more").arg(QString(q.minRating, QChar(0x2605)));
    if (q.favouritesOnly) parts << tr("favourites");
    if (q.label) parts << labelName(*q.label);
    if (!q.tags.isEmpty()) parts << tr("tagged %1").arg(q.tags.join(QStringLiteral(", ")));
    if (!q.under.isEmpty()) parts << tr("in %1").arg(q.under);
    return parts.isEmpty() ? tr("everything in the catalogue") : parts.join(QStringLiteral("; "));
}

QString queryText(const catalog::Query &query)
{
    return QueryText::of(query);
}

} // namespace ad::ui
