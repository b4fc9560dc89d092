#include "style/fonts.h"

namespace ad::style
{

QString defaultFontName()
{
    return QStringLiteral("tahoma.ttf");
}

const QList<FontMapping> &knownFonts()
{
    static const QString serifCjk = QStringLiteral("Noto Serif CJK SC");
    static const QString sansCjk = QStringLiteral("Noto Sans CJK SC");
    static const QString sans = QStringLiteral("DejaVu Sans");
    static const QList<FontMapping> fonts = {
        {QStringLiteral("simfang仿宋.ttf"), serifCjk},
        {QStringLiteral("simhei黑体.ttf"), sansCjk},
        {QStringLiteral("simkai楷体.ttf"), serifCjk},
        {QStringLiteral("simsun宋体.ttc"), serifCjk},
        {QStringLiteral("STHeiti Light华文黑体.ttc"), sansCjk},
        {QStringLiteral("STHeiti Medium.ttc"), sansCjk},
        {QStringLiteral("幼圆.TTF"), sansCjk},
        {QStringLiteral("ahronbd.ttf"), sans},
        {QStringLiteral("arial.ttf"), sans},
        {QStringLiteral("ariblk.ttf"), sans},
        {QStringLiteral("Helvetica.dfont"), sans},
        {QStringLiteral("HelveticaNeue.dfont"), sans},
        {QStringLiteral("tahoma.ttf"), sans},
        {QStringLiteral("微软雅黑.ttf"), sansCjk},
        {QStringLiteral("苹方.ttf"), sansCjk},
    };
    return fonts;
}

std::optional<FontMapping> fontFor(const QString &ciName)
{
    const QString normal = ciName.normalized(QString::NormalizationForm_KC);
    for (const auto &font : knownFonts()) {
        if (font.ciName == normal) return font;
    }
    return std::nullopt;
}

} // namespace ad::style
