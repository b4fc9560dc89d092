#include "storage/fidelitychart.h"

#include "imaging/vipsutil.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace ad::storage
{

namespace
{

constexpr int kLeft = 70;   // room for the axis labels
constexpr int kTop = 50;    // the title
constexpr int kPlot = 300;  // plot height: 0..100 dB
constexpr int kBottom = 90; // style names
constexpr int kColumn = 120;
constexpr int kRight = 100;    // the threshold's label   // one style
constexpr double kTopDb = 100; // the identical cap (99 dB) still fits

double yOf(double db)
{
    return kTop + kPlot * (1 - std::clamp(db, 0.0, kTopDb) / kTopDb);
}

QString shortened(const QString &style)
{
    return style.size() <= 18 ? style : style.left(17) + QChar(0x2026);
}

void element(QXmlStreamWriter &w, const char *name,
             const std::initializer_list<std::pair<const char *, QString>> &attributes,
             const QString &text = {})
{
    w.writeStartElement(QLatin1String(name));
    for (const auto &[key, value] : attributes)
        w.writeAttribute(QLatin1String(key), value);
    if (!text.isEmpty()) w.writeCharacters(text);
    w.writeEndElement();
}

QString n(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

QByteArray fidelityChartSvg(const FidelityReport &report)
{
    const QList<StyleSummary> styles = summarise(report);
    const int plotRight = kLeft + kColumn * int(std::max<qsizetype>(1, styles.size()));
    const int width = std::max(plotRight + kRight, 480); // the title fits
    const int height = kTop + kPlot + kBottom;
    QByteArray svg;
    QXmlStreamWriter w(&svg);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("svg"));
    w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    w.writeAttribute(QStringLiteral("width"), QString::number(width));
    w.writeAttribute(QStringLiteral("height"), QString::number(height));
    w.writeAttribute(QStringLiteral("font-family"), QStringLiteral("sans-serif"));
    w.writeAttribute(QStringLiteral("font-size"), QStringLiteral("12"));
    element(w, "rect",
            {{"width", QString::number(width)},
             {"height", QString::number(height)},
             {"fill", QStringLiteral("white")}});
    element(
        w, "text",
        {{"x", QString::number(kLeft)},
         {"y", QStringLiteral("24")},
         {"font-size", QStringLiteral("15")}},
        QCoreApplication::translate("FidelityChart", "PSNR of local against cloud (dB), %1 pairs")
            .arg(report.rows.size()));
    for (int db = 0; db <= int(kTopDb); db += 20) {
        element(w, "line",
                {{"x1", QString::number(kLeft)},
                 {"x2", QString::number(plotRight)},
                 {"y1", n(yOf(db))},
                 {"y2", n(yOf(db))},
                 {"stroke", QStringLiteral("#dddddd")}});
        element(w, "text",
                {{"x", QString::number(kLeft - 8)},
                 {"y", n(yOf(db) + 4)},
                 {"text-anchor", QStringLiteral("end")}},
                QString::number(db));
    }
    for (int i = 0; i < styles.size(); ++i) {
        const StyleSummary &s = styles[i];
        const double centre = kLeft + kColumn * (i + 0.5);
        if (s.meanPsnr) {
            const bool pass = *s.minPsnr >= report.minPsnr;
            element(w, "rect",
                    {{"x", n(centre - 30)},
                     {"y", n(yOf(*s.meanPsnr))},
                     {"width", QStringLiteral("60")},
                     {"height", n(yOf(0) - yOf(*s.meanPsnr))},
                     {"fill", pass ? QStringLiteral("#6aa84f") : QStringLiteral("#e06666")}});
            element(w, "line",
                    {{"x1", n(centre)},
                     {"x2", n(centre)},
                     {"y1", n(yOf(*s.minPsnr))},
                     {"y2", n(yOf(*s.maxPsnr))},
                     {"stroke", QStringLiteral("black")},
                     {"stroke-width", QStringLiteral("2")}});
            for (const FidelityRow &row : report.rows)
                if (row.style == s.style && row.fidelity && row.fidelity->psnr)
                    element(w, "circle",
                            {{"cx", n(centre + 14)},
                             {"cy", n(yOf(*row.fidelity->psnr))},
                             {"r", QStringLiteral("3")},
                             {"fill", QStringLiteral("#1f4e79")}});
            element(w, "text",
                    {{"x", n(centre)},
                     {"y", n(yOf(*s.meanPsnr) - 6)},
                     {"text-anchor", QStringLiteral("middle")}},
                    n(*s.meanPsnr));
        }
        element(w, "text",
                {{"x", n(centre)},
                 {"y", QString::number(kTop + kPlot + 18)},
                 {"text-anchor", QStringLiteral("middle")}},
                shortened(s.style));
        element(
            w, "text",
            {{"x", n(centre)},
             {"y", QString::number(kTop + kPlot + 34)},
             {"text-anchor", QStringLiteral("middle")},
             {"fill", QStringLiteral("#555555")}},
            QCoreApplication::translate("FidelityChart", "%1/%2 pass").arg(s.passed).arg(s.pairs));
    }
    element(w, "line",
            {{"x1", QString::number(kLeft)},
             {"x2", QString::number(plotRight)},
             {"y1", n(yOf(report.minPsnr))},
             {"y2", n(yOf(report.minPsnr))},
             {"stroke", QStringLiteral("#cc0000")},
             {"stroke-dasharray", QStringLiteral("6 4")}});
    element(w, "text",
            {{"x", QString::number(plotRight + 6)},
             {"y", n(yOf(report.minPsnr) + 4)},
             {"fill", QStringLiteral("#cc0000")}},
            QCoreApplication::translate("FidelityChart", "pass: %1 dB").arg(n(report.minPsnr)));
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
