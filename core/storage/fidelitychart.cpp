#include "storage/fidelitychart.h"

#include "imaging/vipsutil.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>
#include <cmath>
#include <functional>

namespace ad::storage
{

namespace
{

constexpr int kMargin = 16;
constexpr int kLeft = 70;  // room for the axis labels
constexpr int kTop = 50;   // the title
constexpr int kPlot = 300; // plot height: 0..100 dB
constexpr int kColumn = 120;
constexpr int kFont = 12;
constexpr int kTitleFont = 15;
constexpr int kKeyLine = 18;
constexpr double kTopDb = 100; // the identical cap (99 dB) still fits

double yOf(double db)
{
    return kTop + kPlot * (1 - std::clamp(db, 0.0, kTopDb) / kTopDb);
}

QString n(double v)
{
    return QString::number(v, 'f', 1);
}

// Width in pixels of text set in the sans font at `px`, by Pango as librsvg renders it
// (72 dpi: a point is a pixel).
double textWidth(const QString &text, int px)
{
    if (text.isEmpty()) return 0;
    imaging::ensureVipsModules();
    try {
        return vips::VImage::text(
                   text.toHtmlEscaped().toUtf8().constData(),
                   vips::VImage::option()
                       ->set("font", QStringLiteral("sans %1").arg(px).toUtf8().constData())
                       ->set("dpi", 72))
            .width();
    } catch (const vips::VError &) {
        vips_error_clear();
        return 0.6 * px * double(text.size()); // a wide average glyph
    }
}

enum class Anchor { Start, Middle, End };

// The chart as drawn: texts with their boxes, bars, lines and dots, in drawing order.
struct Canvas {
    FidelityChartLayout layout;
    QList<std::function<void(QXmlStreamWriter &)>> draw;

    void text(const QString &t, double x, double baseline, Anchor anchor, int px = kFont,
              const QString &fill = QStringLiteral("black"))
    {
        const double w = textWidth(t, px);
        const double left = anchor == Anchor::Start    ? x
                            : anchor == Anchor::Middle ? x - w / 2
                                                       : x - w;
        layout.labels.append({t, QRectF(left, baseline - px, w, px * 1.25)});
        const char *a = anchor == Anchor::Start    ? "start"
                        : anchor == Anchor::Middle ? "middle"
                                                   : "end";
        draw << [=](QXmlStreamWriter &w) {
            w.writeStartElement(QStringLiteral("text"));
            w.writeAttribute(QStringLiteral("x"), n(x));
            w.writeAttribute(QStringLiteral("y"), n(baseline));
            w.writeAttribute(QStringLiteral("font-size"), QString::number(px));
            w.writeAttribute(QStringLiteral("text-anchor"), QLatin1String(a));
            w.writeAttribute(QStringLiteral("fill"), fill);
            w.writeCharacters(t);
            w.writeEndElement();
        };
    }
    void shape(const char *name, const QList<std::pair<const char *, QString>> &attributes)
    {
        draw << [=](QXmlStreamWriter &w) {
            w.writeStartElement(QLatin1String(name));
            for (const auto &[key, value] : attributes)
                w.writeAttribute(QLatin1String(key), value);
            w.writeEndElement();
        };
    }
    void line(double x1, double y1, double x2, double y2, const QString &stroke,
              const QString &extra = {})
    {
        QList<std::pair<const char *, QString>> a{
            {"x1", n(x1)}, {"y1", n(y1)}, {"x2", n(x2)}, {"y2", n(y2)}, {"stroke", stroke}};
        if (!extra.isEmpty()) a.append({"stroke-dasharray", extra});
        shape("line", a);
    }
};

Canvas layOut(const FidelityReport &report)
{
    const QList<StyleSummary> styles = summarise(report);
    const int plotRight = kLeft + kColumn * int(std::max<qsizetype>(1, styles.size()));
    const int plotBottom = kTop + kPlot;
    Canvas c;
    double right = plotRight;
    const auto extend = [&] {
        for (const auto &l : c.layout.labels)
            right = std::max(right, l.box.right());
    };
    c.text(
        QCoreApplication::translate("FidelityChart", "PSNR of local against cloud (dB), %1 pairs")
            .arg(report.rows.size()),
        kLeft, 24, Anchor::Start, kTitleFont);
    for (int db = 0; db <= int(kTopDb); db += 20) {
        c.line(kLeft, yOf(db), plotRight, yOf(db), QStringLiteral("#dddddd"));
        c.text(QString::number(db), kLeft - 8, yOf(db) + 4, Anchor::End);
    }
    for (int i = 0; i < styles.size(); ++i) {
        const StyleSummary &s = styles[i];
        const double centre = kLeft + kColumn * (i + 0.5);
        if (s.meanPsnr) {
            const bool pass = *s.minPsnr >= report.minPsnr;
            const QRectF bar(centre - 30, yOf(*s.meanPsnr), 60, yOf(0) - yOf(*s.meanPsnr));
            c.layout.bars << bar;
            c.shape("rect",
                    {{"x", n(bar.x())},
                     {"y", n(bar.y())},
                     {"width", n(bar.width())},
                     {"height", n(bar.height())},
                     {"fill", pass ? QStringLiteral("#6aa84f") : QStringLiteral("#e06666")}});
            c.shape("line", {{"x1", n(centre)},
                             {"x2", n(centre)},
                             {"y1", n(yOf(*s.minPsnr))},
                             {"y2", n(yOf(*s.maxPsnr))},
                             {"stroke", QStringLiteral("black")},
                             {"stroke-width", QStringLiteral("2")}});
            for (const FidelityRow &row : report.rows)
                if (row.style == s.style && row.fidelity && row.fidelity->psnr)
                    c.shape("circle", {{"cx", n(centre + 14)},
                                       {"cy", n(yOf(*row.fidelity->psnr))},
                                       {"r", QStringLiteral("3")},
                                       {"fill", QStringLiteral("#1f4e79")}});
            // Above the bar, and above the range line's top when that is higher.
            c.text(n(*s.meanPsnr), centre, std::min(bar.top(), yOf(*s.maxPsnr)) - 6,
                   Anchor::Middle);
        }
        c.text(QStringLiteral("%1").arg(i + 1), centre, plotBottom + 18, Anchor::Middle);
        c.text(
            QCoreApplication::translate("FidelityChart", "%1/%2 pass").arg(s.passed).arg(s.pairs),
            centre, plotBottom + 34, Anchor::Middle, kFont, QStringLiteral("#555555"));
    }
    // The threshold's label in the right margin, clear of every bar.
    c.line(kLeft, yOf(report.minPsnr), plotRight, yOf(report.minPsnr), QStringLiteral("#cc0000"),
           QStringLiteral("6 4"));
    c.text(QCoreApplication::translate("FidelityChart", "pass: %1 dB").arg(n(report.minPsnr)),
           plotRight + 6, yOf(report.minPsnr) + 4, Anchor::Start, kFont, QStringLiteral("#cc0000"));
    // The key: each number's full style name, then what the marks mean.
    double y = plotBottom + 60;
    for (int i = 0; i < styles.size(); ++i, y += kKeyLine) {
        const StyleSummary &s = styles[i];
        c.text(QCoreApplication::translate("FidelityChart", "%1: %2 (mean %3 dB)")
                   .arg(i + 1)
                   .arg(s.style, s.meanPsnr ? n(*s.meanPsnr) : QStringLiteral("-")),
               kLeft, y, Anchor::Start);
    }
    c.text(QCoreApplication::translate("FidelityChart",
                                       "bar: mean PSNR; black line: lowest to highest; dot: one "
                                       "picture; green: all pass, red: some fail"),
           kLeft, y + 6, Anchor::Start, kFont, QStringLiteral("#555555"));
    extend();
    c.layout.width = int(std::ceil(right)) + kMargin;
    c.layout.height = int(y) + 6 + kMargin;
    return c;
}

} // namespace

FidelityChartLayout fidelityChartLayout(const FidelityReport &report)
{
    return layOut(report).layout;
}

QByteArray fidelityChartSvg(const FidelityReport &report)
{
    const Canvas c = layOut(report);
    QByteArray svg;
    QXmlStreamWriter w(&svg);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("svg"));
    w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    w.writeAttribute(QStringLiteral("width"), QString::number(c.layout.width));
    w.writeAttribute(QStringLiteral("height"), QString::number(c.layout.height));
    w.writeAttribute(QStringLiteral("font-family"), QStringLiteral("sans-serif"));
    w.writeEmptyElement(QStringLiteral("rect"));
    w.writeAttribute(QStringLiteral("width"), QString::number(c.layout.width));
    w.writeAttribute(QStringLiteral("height"), QString::number(c.layout.height));
    w.writeAttribute(QStringLiteral("fill"), QStringLiteral("white"));
    for (const auto &draw : c.draw)
        draw(w);
    w.writeEndElement();
    w.writeEndDocument();
    return svg;
}

QByteArray fidelityChartPng(const FidelityReport &report)
{
    imaging::ensureVipsModules();
    const QByteArray svg = fidelityChartSvg(report);
    try {
        const vips::VImage chart =
            vips::VImage::new_from_buffer(svg.constData(), size_t(svg.size()), "");
        return imaging::takeBlob(chart
                                     .flatten(vips::VImage::option()->set(
                                         "background", std::vector<double>{255, 255, 255}))
                                     .cast(VIPS_FORMAT_UCHAR)
                                     .pngsave_buffer());
    } catch (const vips::VError &e) {
        imaging::rethrowVips(e);
    }
}

} // namespace ad::storage
