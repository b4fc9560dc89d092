#include "style/stylefile.h"

#include "style/error.h"

#include <QFile>
#include <QTextStream>

namespace ad::style
{

QMap<QString, QString> readStyleList(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw ProcessingError(ErrorCode::IoError,
                              QStringLiteral("cannot read style list '%1'").arg(path));
    QMap<QString, QString> styles;
    QTextStream in(&f);
    int lineNo = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNo;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#'))) continue;
        const QString name = line.section(QLatin1Char('\t'), 0, 0).trimmed();
        const QString body = line.section(QLatin1Char('\t'), 1).trimmed();
        if (!isValidStyleName(name) || body.isEmpty())
            throw ProcessingError(
                ErrorCode::InvalidStyleName,
                QStringLiteral("%1:%2: expected name<TAB>processing").arg(path).arg(lineNo));
        styles.insert(name, body);
    }
    return styles;
}

StyleLookup lookupIn(const QMap<QString, QString> &styles)
{
    return [styles](const QString &name) -> std::optional<QString> {
        const auto it = styles.constFind(name);
        if (it == styles.constEnd()) return std::nullopt;
        return *it;
    };
}

} // namespace ad::style
