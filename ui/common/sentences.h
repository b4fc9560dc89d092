#pragma once

// Sentences of a status line joined as each language writes them.

#include <QString>

namespace ad::ui
{

// A space after an English full stop; none after a Chinese or Japanese one, which carries its
// own ("已比较 2 张图片。1 组重复项。", not "。 1").
inline QString joinSentences(const QString &first, const QString &second)
{
    static const QString fullWidth = QStringLiteral("。！？）");
    return first.isEmpty() || fullWidth.contains(first.back()) ? first + second
                                                               : first + QLatin1Char(' ') + second;
}

} // namespace ad::ui
