#include "watermark/matchgauge.h"

#include "imaging/blind/blindresult.h"

#include <QPainter>

#include <algorithm>

namespace ad::ui
{

namespace
{
constexpr int kScaleHeight = 12;
constexpr int kNeedleOver = 4; // the needle stands out above and below the band
} // namespace

MatchGauge::MatchGauge(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("matchGauge"));
    // Long enough to read the bands at a glance; across a maximised window it would not be.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMaximumWidth(560);
}

QColor MatchGauge::colourFor(int status)
{
    const QString band = imaging::blind::verdictFor(status);
    return band == QLatin1String("present")     ? QColor(40, 140, 70)
           : band == QLatin1String("suspected") ? QColor(200, 130, 20)
                                                : QColor(180, 50, 40);
}

void MatchGauge::setValue(int status)
{
    m_value = std::clamp(status, 0, 100);
    setAccessibleName(words(m_value));
    update();
}

QString MatchGauge::words(int status)
{
    return tr("Match %1 of 100").arg(status);
}

QSize MatchGauge::sizeHint() const
{
    return {360, minimumSizeHint().height()};
}

QSize MatchGauge::minimumSizeHint() const
{
    // The band with its needle, and one line of text under it.
    return {220, kScaleHeight + 2 * kNeedleOver + fontMetrics().height() + 4};
}

QRect MatchGauge::scale() const
{
    QFont bold = font();
    bold.setBold(true);
    const int beside = QFontMetrics(bold).horizontalAdvance(words(100)) + 12;
    return {kNeedleOver, kNeedleOver, std::max(40, width() - beside - 2 * kNeedleOver),
            kScaleHeight};
}

int MatchGauge::needleXFor(int status) const
{
    const QRect s = scale();
    return s.left() + (s.width() - 1) * status / 100;
}

void MatchGauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect s = scale();
    const QColor absent = colourFor(0);
    const QColor suspected = colourFor(kSuspectedFrom);
    const QColor present = colourFor(100);
    // The bands pale, so that the needle in full colour is what the eye finds.
    auto pale = [](QColor c) {
        c.setAlpha(90);
        return c;
    };
    const int a = needleXFor(kSuspectedFrom), b = needleXFor(kPresentAbove);
    p.fillRect(QRect(QPoint(s.left(), s.top()), QPoint(a - 1, s.bottom())), pale(absent));
    p.fillRect(QRect(QPoint(a, s.top()), QPoint(b, s.bottom())), pale(suspected));
    p.fillRect(QRect(QPoint(b + 1, s.top()), QPoint(s.right(), s.bottom())), pale(present));
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(s.adjusted(0, 0, -1, -1));
    // Under the band, what it is measured against: its edges' values, and the outer bands'
    // verdicts where they fit (a new user read the bare band as a finished progress bar).
    const QFontMetrics fm = fontMetrics();
    const int textTop = s.bottom() + kNeedleOver + 2;
    p.setPen(palette().color(QPalette::WindowText));
    int leftEnd = s.left(), rightStart = s.right();
    for (const int edge : {kSuspectedFrom, kPresentAbove}) {
        const QString n = QString::number(edge);
        const int w = fm.horizontalAdvance(n);
        const int at = needleXFor(edge) - w / 2;
        p.drawText(QRect(at, textTop, w, fm.height()), Qt::AlignCenter, n);
        if (edge == kSuspectedFrom)
            leftEnd = at - 8;
        else
            rightStart = at + w + 8;
    }
    const QString absentWords = tr("not found"), presentWords = tr("present");
    if (fm.horizontalAdvance(absentWords) <= leftEnd - s.left())
        p.drawText(QRect(s.left(), textTop, leftEnd - s.left(), fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, absentWords);
    if (fm.horizontalAdvance(presentWords) <= s.right() - rightStart)
        p.drawText(QRect(rightStart, textTop, s.right() - rightStart, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, presentWords);
    // The needle, in the verdict's colour, and the value beside the band.
    const QColor colour = colourFor(m_value);
    const int x = needleX();
    p.fillRect(QRect(x - 1, 0, 3, s.height() + 2 * kNeedleOver), colour);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(colour);
    p.drawText(QRect(s.right() + 10, s.top() - kNeedleOver, width() - s.right() - 10,
                     s.height() + 2 * kNeedleOver),
               Qt::AlignVCenter | Qt::AlignLeft, words(m_value));
}

} // namespace ad::ui
