#include "style/errorreport.h"

#include "style/parser.h"

#include <QList>
#include <glib.h>

namespace ad::style
{

namespace
{

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (c == '\n')
            out += QLatin1String("\\n");
        else if (c == '\r')
            out += QLatin1String("\\r");
        else if (c == '\t')
            out += QLatin1String("\\t");
        else if (c < 0x20 || c == 0x7F)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (QChar::category(c) == QChar::Other_Control || c == 0x2028 || c == 0x2029 ||
                 isBidiControl(c))
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const gunichar c : text.toUcs4())
        width += g_unichar_iszerowidth(c) ? 0 : g_unichar_iswide(c) ? 2 : 1;
    return width;
}

QString errorReport(const Error &error, const QString &processing)
{
    QString out = QStringLiteral("ERROR ") + escapeControls(error.toString()) + QLatin1Char('\n');
    const QString text = decodedProcessing(processing);
    if (error.offset < 0 || text.isEmpty() || error.offset > text.size()) return out;
    const int column = displayWidth(escapeControls(text.left(error.offset)));
    const int width = displayWidth(escapeControls(text.mid(error.offset, error.length)));
    out += QStringLiteral("  ") + escapeControls(text) + QLatin1Char('\n');
    out += QStringLiteral("  ") + QString(column, QLatin1Char(' ')) +
           QString(std::max(1, width), QLatin1Char('^')) + QLatin1Char('\n');
    return out;
}

} // namespace ad::style
