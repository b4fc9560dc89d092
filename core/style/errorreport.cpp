#include "style/errorreport.h"

#include "style/parser.h"

#include <QList>
#include <glib.h>

namespace ad::style
{

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
