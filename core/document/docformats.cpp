#include "document/docformats.h"

#include <QHash>

namespace ad::document
{

namespace
{

const QHash<QString, DocKind> &table()
{
    static const QHash<QString, DocKind> kinds = [] {
        QHash<QString, DocKind> t;
        const auto add = [&t](DocKind k, const char *list) {
            for (const QString &s : QString::fromLatin1(list).split(QLatin1Char(' ')))
                t.insert(s, k);
        };
        add(DocKind::Slides, "pptx ppt pot potx pps ppsx dps dpt pptm potm ppsm odp");
        add(DocKind::Word, "doc dot wps wpt docx dotx docm dotm odt rtf htm html");
        add(DocKind::Sheet, "xls xlt et ett xlsx xltx csv xlsb xlsm xltm ets ods");
        add(DocKind::Text, "lrc c cpp h asm s java asp bat bas prg cmd txt log xml");
        add(DocKind::Pdf, "pdf");
        return t;
    }();
    return kinds;
}

} // namespace

DocKind docKind(const QString &suffix)
{
    return table().value(suffix.toLower(), DocKind::Unsupported);
}

QStringList docSuffixes()
{
    QStringList list = table().keys();
    list.sort();
    return list;
}

} // namespace ad::document
