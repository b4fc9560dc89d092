#include "style/printer.h"

#include "style/values.h"

#include <QStringList>

namespace ad::style
{

namespace
{

template <class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

QString num(qint64 v)
{
    return QString::number(v);
}

QString b64(const QString &plain)
{
    return encodeBase64Param(plain.toUtf8());
}

QString qualityText(const Quality &q)
{
    return num(q.value) + (q.forced ? QStringLiteral("!") : QString());
}

void add(QStringList &parts, const char *key, const QString &value)
{
    parts << QString::fromLatin1(key) << value;
}

void addPlacement(QStringList &parts, const WatermarkPlacement &p)
{
    if (p.gravity) add(parts, "gravity", gravityName(*p.gravity));
    if (p.dx) add(parts, "dx", num(*p.dx));
    if (p.dy) add(parts, "dy", num(*p.dy));
    if (p.dissolve) add(parts, "dissolve", num(*p.dissolve));
    if (p.batch) add(parts, "batch", num(*p.batch));
    if (p.degree) add(parts, "degree", num(*p.degree));
}

} // namespace

QString print(const Geometry &g)
{
    using K = Geometry::Kind;
    const QString wh = num(g.width) + QLatin1Char('x') + num(g.height);
    switch (g.kind) {
    case K::Percent:
        return QStringLiteral("!%1p").arg(g.percent);
    case K::PercentWidth:
        return QStringLiteral("!%1px").arg(g.percent);
    case K::PercentHeight:
        return QStringLiteral("!x%1p").arg(g.percent);
    case K::Width:
        return num(g.width) + QLatin1Char('x');
    case K::Height:
        return QLatin1Char('x') + num(g.height);
    case K::Fit:
        return wh;
    case K::ShrinkOnly:
        return wh + QLatin1Char('>');
    case K::EnlargeOnly:
        return wh + QLatin1Char('<');
    case K::Cover:
        return QLatin1Char('!') + wh + QLatin1Char('r');
    case K::Exact:
        return wh + QLatin1Char('!');
    case K::Area:
        return num(g.area) + QLatin1Char('@');
    }
    return {};
}

QString print(const MogrOp &op)
{
    QStringList parts;
    std::visit(
        Overloaded{
            [&](const Thumbnail &t) {
                add(parts, "thumbnail", print(t.geometry));
                if (t.pad) add(parts, "pad", num(*t.pad));
                if (t.color) add(parts, "color", b64(colorText(*t.color)));
            },
            [&](const Cut &c) {
                add(parts, "cut",
                    QStringLiteral("%1x%2x%3x%4").arg(c.width).arg(c.height).arg(c.dx).arg(c.dy));
            },
            [&](const Crop &c) {
                add(parts, "crop",
                    (c.width ? num(c.width) : QString()) + QLatin1Char('x') +
                        (c.height ? num(c.height) : QString()));
                if (c.gravity) add(parts, "gravity", gravityName(*c.gravity));
                if (c.dx) add(parts, "dx", num(*c.dx));
                if (c.dy) add(parts, "dy", num(*c.dy));
            },
            [&](const IRadius &r) { add(parts, "iradius", num(r.radius)); },
            [&](const RRadius &r) { add(parts, "rradius", num(r.radius)); },
            [&](const SCrop &s) {
                add(parts, "scrop", num(s.width) + QLatin1Char('x') + num(s.height));
            },
            [&](const Rotate &r) { add(parts, "rotate", num(r.degrees)); },
            [&](const AutoOrient &) { parts << QStringLiteral("auto-orient"); },
            [&](const Flip &f) {
                add(parts, "flip",
                    f.vertical ? QStringLiteral("vertical") : QStringLiteral("horizontal"));
            },
            [&](const Blur &b) {
                add(parts, "blur",
                    num(b.radius) + QLatin1Char('x') + QString::number(b.sigma, 'g', 10));
            },
            [&](const Bright &b) { add(parts, "bright", num(b.value)); },
            [&](const Contrast &c) { add(parts, "contrast", num(c.value)); },
            [&](const Sharpen &s) { add(parts, "sharpen", num(s.value)); },
            [&](const Grayscale &g) { add(parts, "grayscale", num(g.on)); },
            [&](const Format &f) { add(parts, "format", formatName(f.format)); },
            [&](const CGif &c) { add(parts, "cgif", num(c.frames)); },
            [&](const Interlace &i) { add(parts, "interlace", num(i.on)); },
            [&](const Quality &q) {
                const char *key = q.kind == Quality::Kind::Absolute   ? "quality"
                                  : q.kind == Quality::Kind::Relative ? "rquality"
                                                                      : "lquality";
                add(parts, key, qualityText(q));
            },
            [&](const Strip &) { parts << QStringLiteral("strip"); },
            [&](const SizeLimit &s) {
                add(parts, "size-limit",
                    num(s.amount) + QLatin1Char(s.unit) +
                        (s.keepSmaller ? QStringLiteral("!") : QString()));
            },
            [&](const IgnoreError &) { add(parts, "ignore-error", QStringLiteral("1")); },
        },
        op);
    return parts.join(QLatin1Char('/'));
}

QString print(const Stage &stage)
{
    QStringList parts;
    std::visit(Overloaded{
                   [&](const MogrStage &m) {
                       parts << QStringLiteral("imageMogr2");
                       for (const MogrStep &s : m.steps)
                           parts << print(s.op);
                   },
                   [&](const ImageView2 &v) {
                       parts << QStringLiteral("imageView2") << num(v.mode);
                       if (v.width) add(parts, "w", num(*v.width));
                       if (v.height) add(parts, "h", num(*v.height));
                       if (v.format) add(parts, "format", formatName(*v.format));
                       if (v.quality) add(parts, "q", qualityText(*v.quality));
                       if (v.rquality) add(parts, "rq", qualityText(*v.rquality));
                       if (v.lquality) add(parts, "lq", qualityText(*v.lquality));
                   },
                   [&](const ImageWatermark &w) {
                       parts << QStringLiteral("watermark/1");
                       add(parts, "image", b64(w.image));
                       addPlacement(parts, w.place);
                       if (w.blogo) add(parts, "blogo", num(*w.blogo));
                       if (w.scatype) add(parts, "scatype", num(*w.scatype));
                       if (w.spcent) add(parts, "spcent", num(*w.spcent));
                   },
                   [&](const TextWatermark &w) {
                       parts << QStringLiteral("watermark/2");
                       add(parts, "text", b64(w.text));
                       if (w.font) add(parts, "font", b64(*w.font));
                       if (w.fontSize) add(parts, "fontsize", num(*w.fontSize));
                       if (w.fill) add(parts, "fill", b64(colorText(*w.fill)));
                       addPlacement(parts, w.place);
                       if (w.shadow) add(parts, "shadow", num(*w.shadow));
                   },
                   [&](const BlindEmbed &w) {
                       parts << QStringLiteral("watermark/3");
                       add(parts, "type", num(w.type));
                       if (!w.image.isEmpty()) add(parts, "image", b64(w.image));
                       if (!w.text.isEmpty()) add(parts, "text", b64(w.text));
                       if (w.level) add(parts, "level", num(*w.level));
                   },
                   [&](const BlindExtract &w) {
                       parts << QStringLiteral("watermark/4");
                       add(parts, "type", num(w.type));
                       if (!w.image.isEmpty()) add(parts, "image", b64(w.image));
                   },
                   [&](const InfoQuery &q) {
                       parts << (q.kind == InfoQuery::Kind::ImageInfo ? QStringLiteral("imageInfo")
                                 : q.kind == InfoQuery::Kind::Exif    ? QStringLiteral("exif")
                                                                      : QStringLiteral("imageAve"));
                   },
                   [&](const StyleRef &s) { parts << QStringLiteral("style") << s.name; },
               },
               stage.op);
    return parts.join(QLatin1Char('/'));
}

QString print(const Pipeline &pipeline)
{
    QStringList stages;
    for (const Stage &s : pipeline.stages)
        stages << print(s);
    return stages.join(QLatin1Char('|'));
}

} // namespace ad::style
