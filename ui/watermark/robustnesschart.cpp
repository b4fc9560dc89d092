#include "watermark/robustnesschart.h"

#include <QPainter>

#include <algorithm>
#include <map>

namespace ad::ui
{

namespace
{
constexpr int kTitleHeight = 40; // the title line and margins
constexpr int kLegendLines = 2;  // over the bars: what the colours say, then the axis's values
constexpr int kMinBar = 100;     // the shortest room a bar keeps
constexpr int kMinRow = 14;      // a bar and a small line of text
constexpr int kMargins = 20;     // left and right together
const QString kValueSample = QStringLiteral("100.0 %  99/99"); // the widest value
// Bars: the mark read whole from every picture, some, none; or no result at all.
const QColor kAll(58, 157, 93), kSome(230, 160, 40), kNone(200, 60, 50), kFailed(150, 150, 150);
} // namespace

RobustnessChart::RobustnessChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("robustnessChart"));
    // What a bar and its numbers are, for whoever hovers over them.
    setToolTip(tr("Each bar: the share of the mark's bits read right after that attack, averaged "
                  "over the pictures. Beside it: that average, and how many of the pictures gave "
                  "the mark back whole (3/3: all three). The table's Worst case is the lowest "
                  "picture."));
    setMinimumHeight(160);
    // Narrower, names and bars would have no room: the pane scrolls sideways instead.
    setMinimumWidth(260);
}

void RobustnessChart::setReports(const std::vector<imaging::blind::Report> &reports)
{
    m_bars.clear();
    std::map<QString, size_t> index;
    double psnrSum = 0;
    for (const auto &report : reports) {
        psnrSum += report.embedPsnr;
        for (const auto &row : report.rows) {
            auto [it, added] = index.try_emplace(row.attackId, m_bars.size());
            if (added) m_bars.push_back({row.attack});
            Bar &bar = m_bars[it->second];
            // A picture the attack failed on counts as one the mark did not come back from: a
            // bar said "5/5", green, over six pictures. Its accuracy is not averaged in.
            ++bar.total;
            if (!row.error.isEmpty()) continue;
            bar.accuracy = (bar.accuracy * bar.measured + row.bitAccuracy) / (bar.measured + 1);
            ++bar.measured;
            bar.recovered += row.decoded;
        }
    }
    m_title = reports.empty() ? QString()
                              : tr("%n picture(s), marked at %1 dB PSNR on average", nullptr,
                                   int(reports.size()))
                                    .arg(psnrSum / double(reports.size()), 0, 'f', 1);
    // Every bar keeps a readable row: the splitter or scroll area gives room rather than the
    // chart dropping the last attacks.
    setMinimumHeight(
        std::max(160, kTitleHeight + legendHeight(fontMetrics()) + kMinRow * int(m_bars.size())));
    updateGeometry();
    update();
}

void RobustnessChart::setRunning(bool running)
{
    m_running = running;
    update();
}

QString RobustnessChart::emptyText() const
{
    return m_running ? tr("Marking and attacking: each picture's bars appear when it is done.")
                     : tr("Run the report to see how the mark holds up.");
}

QSize RobustnessChart::sizeHint() const
{
    return {520, kTitleHeight + legendHeight(fontMetrics()) +
                     22 * int(std::max<size_t>(m_bars.size(), 6))};
}

QImage RobustnessChart::render(QSize size) const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::black);
    p.setBackground(Qt::white);
    draw(p, image.rect(), 0);
    return image;
}

// Scrolled, the chart moves inside its viewport: the header is drawn anew where the view starts.
void RobustnessChart::moveEvent(QMoveEvent *)
{
    update();
}

void RobustnessChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    p.setBackground(palette().base());
    p.setPen(palette().text().color());
    draw(p, rect(), visibleRegion().boundingRect().top());
}

// The values beside the bars need this much room; narrower, they are left to the table.
int RobustnessChart::valueWidth(const QFontMetrics &fm, int innerWidth)
{
    const int w = fm.horizontalAdvance(kValueSample);
    return innerWidth >= w + 2 * kMinBar ? w : 0;
}

// In a narrow window the labels give way, to half the width at most, so that bars keep some
// length and nothing is drawn over the values.
int RobustnessChart::labelWidth(const QFontMetrics &fm, int innerWidth) const
{
    int widest = 0;
    for (const Bar &b : m_bars)
        widest = std::max(widest, fm.horizontalAdvance(b.label) + 2); // eliding's own rounding
    const int room =
        std::min(innerWidth / 2, innerWidth - valueWidth(fm, innerWidth) - 16 - kMinBar);
    return std::clamp(room, std::min(widest, 60), widest);
}

int RobustnessChart::legendHeight(const QFontMetrics &fm)
{
    return kLegendLines * fm.height() + 8;
}

QStringList RobustnessChart::shownLabels(const QFontMetrics &fm, int width) const
{
    const int w = labelWidth(fm, width - kMargins);
    QStringList labels;
    for (const Bar &b : m_bars)
        labels << fm.elidedText(b.label, Qt::ElideMiddle, w);
    return labels;
}

RobustnessChart::Layout RobustnessChart::layout(const QFontMetrics &fm, const QRect &inner) const
{
    Layout l;
    l.labelWidth = labelWidth(fm, inner.width());
    l.valueWidth = valueWidth(fm, inner.width());
    l.left = inner.left() + l.labelWidth + 8;
    l.right = inner.right() - (l.valueWidth ? l.valueWidth + 8 : 0);
    return l;
}

// Bars start at 50 %: below that is chance.
int RobustnessChart::Layout::xFor(double accuracy) const
{
    return left + int((std::clamp(accuracy, 0.5, 1.0) - 0.5) / 0.5 * (right - left));
}

// The title, what the colours say, then the axis's name and its values over its marks, from
// y = top; returns its height. Without a painter it only measures.
int RobustnessChart::header(QPainter *p, const QFontMetrics &lm, const QRect &inner,
                            const Layout &l, int top) const
{
    const int line = lm.height();
    int y = top;
    if (p)
        p->drawText(inner.left(), y + lm.ascent(),
                    lm.elidedText(m_title, Qt::ElideRight, inner.width()));
    y += line + 4;
    int x = inner.left();
    for (const auto &[colour, words] :
         {std::pair{kAll, tr("mark read from every picture")}, std::pair{kSome, tr("from some")},
          std::pair{kNone, tr("from none")}}) {
        const int swatch = line - 4;
        // An item that does not fit after another goes to the next line.
        if (x > inner.left() && x + swatch + 4 + lm.horizontalAdvance(words) > inner.right())
            x = inner.left(), y += line;
        if (p) p->fillRect(QRect(x, y + 2, swatch, swatch), colour);
        x += swatch + 4;
        const QString shown = lm.elidedText(words, Qt::ElideRight, std::max(0, inner.right() - x));
        if (p) p->drawText(QRect(x, y, inner.right() - x, line), Qt::AlignVCenter, shown);
        x += lm.horizontalAdvance(shown) + 12;
    }
    y += line + 2;
    if (p) {
        // The axis's values over its marks, inside the chart and apart (the first says what
        // 50 % means where there is room), and its name before them.
        const QString chance = tr("50 % = chance");
        const bool roomy = lm.horizontalAdvance(chance) / 2 +
                               lm.horizontalAdvance(QStringLiteral("75 %")) / 2 + 8 <=
                           l.xFor(0.75) - l.xFor(0.5);
        int firstValue = inner.right();
        int lastEnd = inner.left() - 4;
        for (double a : {0.5, 0.75, 1.0}) {
            const QString value = a == 0.5 && roomy ? chance : QStringLiteral("%1 %").arg(a * 100);
            const int w = lm.horizontalAdvance(value);
            const int at = std::clamp(l.xFor(a) - w / 2, inner.left(), inner.right() - w);
            if (at < lastEnd + 4) continue;
            p->drawText(QRect(at, y, w, line), Qt::AlignCenter, value);
            firstValue = std::min(firstValue, at);
            lastEnd = at + w;
        }
        const int room = firstValue - 8 - inner.left();
        p->drawText(QRect(inner.left(), y, room, line), Qt::AlignVCenter | Qt::AlignRight,
                    lm.elidedText(tr("Bits read right"), Qt::ElideRight, room));
    }
    return y + line + 4 - top;
}

void RobustnessChart::draw(QPainter &p, const QRect &area, int visibleTop) const
{
    const QRect inner = area.adjusted(kMargins / 2, 8, -kMargins / 2, -8);
    if (m_bars.empty()) {
        p.drawText(inner, Qt::AlignCenter | Qt::TextWordWrap, emptyText());
        return;
    }
    const QColor text = p.pen().color();
    const QFontMetrics lm = p.fontMetrics();
    const Layout l = layout(lm, inner);
    const int headerHeight = header(nullptr, lm, inner, l, inner.top());
    const int top = inner.top() + headerHeight;
    // All bars share the height there is; the text shrinks with the rows when it is short.
    const int rowHeight = std::max(1, (inner.bottom() - top) / int(m_bars.size()));
    const QFont font = p.font();
    if (lm.height() + 4 > rowHeight) {
        QFont small = font;
        small.setPixelSize(std::max(6, rowHeight - 4));
        p.setFont(small);
    }
    const QFontMetrics fm = p.fontMetrics();
    for (size_t i = 0; i < m_bars.size(); ++i) {
        const Bar &b = m_bars[i];
        const int rowTop = top + int(i) * rowHeight;
        p.setPen(text);
        p.drawText(QRect(inner.left(), rowTop, l.labelWidth, rowHeight),
                   Qt::AlignVCenter | Qt::AlignRight,
                   fm.elidedText(b.label, Qt::ElideMiddle, l.labelWidth));
        const QColor colour = b.measured == 0          ? kFailed
                              : b.recovered == b.total ? kAll
                              : b.recovered > 0        ? kSome
                                                       : kNone;
        const int gap = std::min(3, rowHeight / 5);
        const QRect bar(l.left, rowTop + gap, std::max(2, l.xFor(b.accuracy) - l.left),
                        std::max(1, rowHeight - 2 * gap));
        p.fillRect(bar, colour);
        if (!l.valueWidth) continue;
        const QString value = b.measured == 0 ? tr("failed")
                                              : QStringLiteral("%1 %  %2/%3")
                                                    .arg(b.accuracy * 100, 0, 'f', 1)
                                                    .arg(b.recovered)
                                                    .arg(b.total);
        p.drawText(QRect(l.right + 8, rowTop, l.valueWidth, rowHeight), Qt::AlignVCenter, value);
    }
    // Axis marks at 50, 75 and 100 % bit accuracy.
    p.setPen(QPen(text, 1, Qt::DotLine));
    const int bottom = top + int(m_bars.size()) * rowHeight;
    for (double a : {0.5, 0.75, 1.0})
        p.drawLine(l.xFor(a), top, l.xFor(a), bottom);
    // The header stays in view over the bars scrolled under it, like a table's: without it the
    // legend and the axis scrolled away with a long list of attacks.
    p.setFont(font);
    p.setPen(text);
    const int headerTop = std::max(inner.top(), visibleTop + 8);
    if (headerTop > inner.top())
        p.fillRect(QRect(area.left(), headerTop - 8, area.width(), headerHeight + 8),
                   p.background());
    header(&p, lm, inner, l, headerTop);
}

} // namespace ad::ui
