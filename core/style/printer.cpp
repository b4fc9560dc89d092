#include "style/printer.h"

#include "style/schema.h"
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

// A value as the schema describes it.
QString tableText(const ParamSpec &p, const QVariant &v)
{
    switch (p.type) {
    case ParamType::Int:
        return num(v.toLongLong());
    case ParamType::Bool:
        return num(v.toBool());
    case ParamType::Real:
        return QString::number(v.toDouble(), 'g', 10);
    case ParamType::Choice:
    case ParamType::Gravity:
        return v.toString();
    case ParamType::Color:
    case ParamType::Font:
    case ParamType::File:
    case ParamType::Text:
        return b64(v.toString());
    }
    return {};
}

// The Keyed parameters that are set, in the table's order.
void addKeyed(QStringList &parts, const EditOp &op)
{
    for (const ParamSpec &p : specOf(op).params) {
        if (p.syntax != Syntax::Keyed) continue;
        const QVariant v = p.get(op);
        if (v.isValid()) parts << p.key << tableText(p, v);
    }
}

// The operation's id, its Value parameter and its Keyed parameters.
void addFromTable(QStringList &parts, const EditOp &op)
{
    const OpSpec &spec = specOf(op);
    parts << spec.id;
    if (const ParamSpec *p = spec.value()) parts << tableText(*p, p->get(op));
    addKeyed(parts, op);
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
                addKeyed(parts, op);
            },
            [&](const Cut &c) {
                add(parts, "cut",
                    QStringLiteral("%1x%2x%3x%4").arg(c.width).arg(c.height).arg(c.dx).arg(c.dy));
            },
            [&](const Crop &c) {
                add(parts, "crop",
                    (c.width ? num(c.width) : QString()) + QLatin1Char('x') +
                        (c.height ? num(c.height) : QString()));
                addKeyed(parts, op);
            },
            [&](const SCrop &s) {
                add(parts, "scrop", num(s.width) + QLatin1Char('x') + num(s.height));
            },
            [&](const Blur &b) {
                add(parts, "blur",
                    num(b.radius) + QLatin1Char('x') + QString::number(b.sigma, 'g', 10));
            },
            [&](const Quality &q) {
                const char *key = q.kind == Quality::Kind::Absolute   ? "quality"
                                  : q.kind == Quality::Kind::Relative ? "rquality"
                                                                      : "lquality";
                add(parts, key, qualityText(q));
            },
            [&](const SizeLimit &s) {
                add(parts, "size-limit",
                    num(s.amount) + QLatin1Char(s.unit) +
                        (s.keepSmaller ? QStringLiteral("!") : QString()));
            },
            [&](const IgnoreError &) { add(parts, "ignore-error", QStringLiteral("1")); },
            [&](const auto &) { addFromTable(parts, op); },
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
                       addFromTable(parts, v);
                       if (v.quality) add(parts, "q", qualityText(*v.quality));
                       if (v.rquality) add(parts, "rq", qualityText(*v.rquality));
                       if (v.lquality) add(parts, "lq", qualityText(*v.lquality));
                   },
                   [&](const ImageWatermark &w) { addFromTable(parts, w); },
                   [&](const TextWatermark &w) { addFromTable(parts, w); },
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
