#include "watermark/robustnesschart.h"

#include <QPainter>

#include <algorithm>
#include <map>

namespace ad::ui
{

namespace
{
constexpr int kTitleHeight = 40; // the title line and margins
constexpr int kLegendLines = 2;  // under the bars: the axis's values, then what the colours say
constexpr int kMinRow = 14;      // a bar and a small line of text
constexpr int kMargins = 20;     // left and right together
const QString kValueSample = QStringLiteral("100.0 %  99/99"); // the widest value
// Bars: the mark read whole from every picture, some, none; or no result at all.
const QColor kAll(58, 157, 93), kSome(230, 160, 40), kNone(200, 60, 50), kFailed(150, 150, 150);
} // namespace

RobustnessChart::RobustnessChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("robustnessChart"));
    setMinimumHeight(160);
    // Narrower, names and bars would have no room: the pane scrolls sideways instead.
    setMinimumWidth(420);
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
            if (!row.error.isEmpty()) continue;
            bar.accuracy = (bar.accuracy * bar.total + row.bitAccuracy) / (bar.total + 1);
            ++bar.total;
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
    draw(p, image.rect());
    return image;
}

void RobustnessChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().text().color());
    draw(p, rect());
}

// In a narrow window the labels give way so that bars keep some length and nothing is drawn
// over the values.
int RobustnessChart::labelWidth(const QFontMetrics &fm, int innerWidth) const
{
    constexpr int kMinBar = 100;
    int widest = 0;
    for (const Bar &b : m_bars)
        widest = std::max(widest, fm.horizontalAdvance(b.label) + 2); // eliding's own rounding
    const int room = innerWidth - fm.horizontalAdvance(kValueSample) - 16 - kMinBar;
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

void RobustnessChart::draw(QPainter &p, const QRect &area) const
{
    const QRect inner = area.adjusted(kMargins / 2, 8, -kMargins / 2, -8);
    if (m_bars.empty()) {
        p.drawText(inner, Qt::AlignCenter, tr("Run the report to see how the mark holds up."));
        return;
    }
    p.drawText(inner.left(), inner.top() + p.fontMetrics().ascent(), m_title);
    const int top = inner.top() + p.fontMetrics().height() + 6;
    const QFont legendFont = p.font();
    const int legend = legendHeight(p.fontMetrics());
    // All bars share the height there is; the text shrinks with the rows when it is short.
    const int rowHeight = std::max(1, (inner.bottom() - legend - top) / int(m_bars.size()));
    if (p.fontMetrics().height() + 4 > rowHeight) {
        QFont small = p.font();
        small.setPixelSize(std::max(6, rowHeight - 4));
        p.setFont(small);
    }
    const QFontMetrics fm = p.fontMetrics();
    const int labelWidth = this->labelWidth(fm, inner.width());
    const int valueWidth = fm.horizontalAdvance(kValueSample);
    const int left = inner.left() + labelWidth + 8;
    const int right = inner.right() - valueWidth - 8;
    // Bars start at 50 %: below that is chance.
    auto xFor = [&](double accuracy) {
        return left + int((std::clamp(accuracy, 0.5, 1.0) - 0.5) / 0.5 * (right - left));
    };
    const QColor text = p.pen().color();
    for (size_t i = 0; i < m_bars.size(); ++i) {
        const Bar &b = m_bars[i];
        const int y = top + int(i) * rowHeight;
        const QRect label(inner.left(), y, labelWidth, rowHeight);
        p.setPen(text);
        p.drawText(label, Qt::AlignVCenter | Qt::AlignRight,
                   fm.elidedText(b.label, Qt::ElideMiddle, labelWidth));
        const QColor colour = b.total == 0             ? kFailed
                              : b.recovered == b.total ? kAll
                              : b.recovered > 0        ? kSome
                                                       : kNone;
        const int gap = std::min(3, rowHeight / 5);
        const QRect bar(left, y + gap, std::max(2, xFor(b.accuracy) - left),
                        std::max(1, rowHeight - 2 * gap));
        p.fillRect(bar, colour);
        const QString value = b.total == 0 ? tr("failed")
                                           : QStringLiteral("%1 %  %2/%3")
                                                 .arg(b.accuracy * 100, 0, 'f', 1)
                                                 .arg(b.recovered)
                                                 .arg(b.total);
        p.drawText(QRect(right + 8, y, valueWidth, rowHeight), Qt::AlignVCenter, value);
    }
    // Axis marks at 50, 75 and 100 % bit accuracy.
    p.setPen(QPen(text, 1, Qt::DotLine));
    const int bottom = top + int(m_bars.size()) * rowHeight;
    for (double a : {0.5, 0.75, 1.0})
        p.drawLine(xFor(a), top, xFor(a), bottom);
    // The legend: what the length measures, with its values under the marks, and what the
    // colours say.
    p.setFont(legendFont);
    p.setPen(text);
    const QFontMetrics lm = p.fontMetrics();
    const int line = lm.height();
    // The axis's name ends before its first value, centred on the bars' start.
    const int room = left - lm.horizontalAdvance(QStringLiteral("50 %")) / 2 - 8 - inner.left();
    p.drawText(QRect(inner.left(), bottom + 2, room, line), Qt::AlignVCenter | Qt::AlignRight,
               lm.elidedText(tr("Bits read right (50 %: chance)"), Qt::ElideRight, room));
    for (double a : {0.5, 0.75, 1.0}) {
        const QString value = QStringLiteral("%1 %").arg(a * 100);
        const int w = lm.horizontalAdvance(value);
        p.drawText(QRect(xFor(a) - w / 2, bottom + 2, w, line), Qt::AlignCenter, value);
    }
    int x = inner.left();
    const int y = bottom + 4 + line;
    for (const auto &[colour, words] :
         {std::pair{kAll, tr("mark read from every picture")}, std::pair{kSome, tr("from some")},
          std::pair{kNone, tr("from none")}}) {
        const int swatch = line - 4;
        p.fillRect(QRect(x, y + 2, swatch, swatch), colour);
        x += swatch + 4;
        p.drawText(QRect(x, y, inner.right() - x, line), Qt::AlignVCenter, words);
        x += lm.horizontalAdvance(words) + 12;
    }
}

} // namespace ad::ui
