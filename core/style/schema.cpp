#include "style/schema.h"

#include "style/fonts.h"
#include "style/values.h"

#include <QCoreApplication>

namespace ad::style
{

namespace
{

template <class T, class V> struct IsAlternative;
template <class T, class... Ts>
struct IsAlternative<T, std::variant<Ts...>> : std::bool_constant<(std::is_same_v<T, Ts> || ...)> {
};
template <class T> constexpr bool kIsMogr = IsAlternative<T, MogrOp>::value;

template <class T> bool holds(const EditOp &op)
{
    if constexpr (kIsMogr<T>) {
        const auto *m = std::get_if<MogrOp>(&op);
        return m && std::holds_alternative<T>(*m);
    } else {
        return std::holds_alternative<T>(op);
    }
}

template <class T> const T &as(const EditOp &op)
{
    if constexpr (kIsMogr<T>)
        return std::get<T>(std::get<MogrOp>(op));
    else
        return std::get<T>(op);
}

template <class T> T &as(EditOp &op)
{
    if constexpr (kIsMogr<T>)
        return std::get<T>(std::get<MogrOp>(op));
    else
        return std::get<T>(op);
}

template <class T> EditOp wrap(T value)
{
    if constexpr (kIsMogr<T>)
        return MogrOp{std::move(value)};
    else
        return value;
}

// A parameter whose accessors work on the operation type T.
template <class T, class Get, class Set> ParamSpec param(ParamSpec spec, Get get, Set set)
{
    spec.get = [get](const EditOp &op) { return QVariant(get(as<T>(op))); };
    spec.set = [set](EditOp &op, const QVariant &v) { set(as<T>(op), v); };
    return spec;
}

template <class V> QVariant variantOf(const V &v)
{
    return QVariant::fromValue(v);
}

template <class V> QVariant variantOf(const std::optional<V> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

template <class V> void assign(V &field, const QVariant &v)
{
    field = v.value<V>();
}

template <class V> void assign(std::optional<V> &field, const QVariant &v)
{
    field = v.isValid() ? std::optional<V>(v.value<V>()) : std::nullopt;
}

// A parameter kept in a member of the operation type T, reached through `path` (&T::place,
// &WatermarkPlacement::dx); unset is an empty optional.
template <class T, class M, class... Ms> ParamSpec member(ParamSpec spec, M T::*first, Ms... path)
{
    spec.get = [first, path...](const EditOp &op) {
        return variantOf(((as<T>(op).*first).*....*path));
    };
    spec.set = [first, path...](EditOp &op, const QVariant &v) {
        assign(((as<T>(op).*first).*....*path), v);
    };
    return spec;
}

template <class T, class When> ParamSpec only(ParamSpec spec, When when)
{
    spec.applies = [when](const EditOp &op) { return when(as<T>(op)); };
    return spec;
}

QVariant optColor(const std::optional<QRgb> &c)
{
    return c ? QVariant(colorText(*c)) : QVariant();
}

std::optional<QRgb> colorOf(const QVariant &v)
{
    return v.isValid() ? colorFromText(v.toString()) : std::nullopt;
}

QVariant optGravity(const std::optional<Gravity> &g)
{
    return g ? QVariant(gravityName(*g)) : QVariant();
}

std::optional<Gravity> gravityOf(const QVariant &v)
{
    return v.isValid() ? gravityFromName(v.toString()) : std::nullopt;
}

QStringList formatChoices()
{
    QStringList names;
    for (ImageFormat f : {ImageFormat::Jpeg, ImageFormat::Png, ImageFormat::Webp, ImageFormat::Gif,
                          ImageFormat::Bmp, ImageFormat::Heif, ImageFormat::Avif, ImageFormat::Tpg,
                          ImageFormat::YJpeg, ImageFormat::Svgc})
        names << formatName(f);
    return names;
}

ImageFormat formatOf(const QVariant &v)
{
    return formatFromName(v.toString()).value_or(ImageFormat::Jpeg);
}

ParamSpec asKeyed(ParamSpec spec)
{
    spec.syntax = Syntax::Keyed;
    return spec;
}

ParamSpec asValue(ParamSpec spec)
{
    spec.syntax = Syntax::Value;
    return spec;
}

ParamSpec intSpec(const char *key, const char *label, int min, int max, bool optional = false)
{
    ParamSpec s;
    s.key = QString::fromLatin1(key);
    s.label = label;
    s.type = ParamType::Int;
    s.min = min;
    s.max = max;
    s.optional = optional;
    return s;
}

ParamSpec typedSpec(const char *key, const char *label, ParamType type, bool optional = false)
{
    ParamSpec s;
    s.key = QString::fromLatin1(key);
    s.label = label;
    s.type = type;
    s.optional = optional;
    return s;
}

// An optional parameter that stands for `value` when it is left out.
ParamSpec defaulting(ParamSpec spec, const QVariant &value)
{
    spec.fallback = [value](const EditOp &) { return value; };
    return spec;
}

ParamSpec choiceSpec(const char *key, const char *label, QStringList choices, bool optional = false)
{
    ParamSpec s = typedSpec(key, label, ParamType::Choice, optional);
    s.choices = std::move(choices);
    return s;
}

// Format names are read in any case and with their aliases (jpeg, heic).
ParamSpec formatSpec(bool optional)
{
    ParamSpec s =
        choiceSpec("format", QT_TRANSLATE_NOOP("StyleSchema", "Format"), formatChoices(), optional);
    s.readChoice = [](const QString &text) {
        const auto f = formatFromName(text);
        return f ? formatName(*f) : QString();
    };
    s.badChoice = QT_TRANSLATE_NOOP("ad::Error", "format: '%1' is not a known format");
    return s;
}

template <class T>
OpSpec op(const char *id, const char *category, const char *label, T value,
          std::vector<ParamSpec> params = {})
{
    OpSpec spec;
    spec.params = std::move(params);
    spec.id = QString::fromLatin1(id);
    spec.category = category;
    spec.label = label;
    spec.mogr = kIsMogr<T>;
    spec.make = [value] { return wrap(value); };
    spec.matches = [](const EditOp &o) { return holds<T>(o); };
    return spec;
}

// --- Geometry of thumbnail -------------------------------------------------------------------

using GK = Geometry::Kind;
const QList<QPair<GK, QString>> &geometryKinds()
{
    static const QList<QPair<GK, QString>> kinds{
        {GK::Fit, QStringLiteral("fit")},
        {GK::Width, QStringLiteral("width")},
        {GK::Height, QStringLiteral("height")},
        {GK::ShrinkOnly, QStringLiteral("shrink")},
        {GK::EnlargeOnly, QStringLiteral("enlarge")},
        {GK::Cover, QStringLiteral("cover")},
        {GK::Exact, QStringLiteral("exact")},
        {GK::Percent, QStringLiteral("percent")},
        {GK::PercentWidth, QStringLiteral("percent-width")},
        {GK::PercentHeight, QStringLiteral("percent-height")},
        {GK::Area, QStringLiteral("area")},
    };
    return kinds;
}

bool usesWidth(GK k)
{
    return k == GK::Fit || k == GK::Width || k == GK::ShrinkOnly || k == GK::EnlargeOnly ||
           k == GK::Cover || k == GK::Exact;
}
bool usesHeight(GK k)
{
    return k == GK::Fit || k == GK::Height || k == GK::ShrinkOnly || k == GK::EnlargeOnly ||
           k == GK::Cover || k == GK::Exact;
}
bool usesPercent(GK k)
{
    return k == GK::Percent || k == GK::PercentWidth || k == GK::PercentHeight;
}

void setGeometryKind(Geometry &g, const QString &name)
{
    for (const auto &[kind, id] : geometryKinds()) {
        if (id != name) continue;
        g.kind = kind;
        // A newly relevant field gets a usable value rather than 0.
        if (usesWidth(kind) && g.width <= 0) g.width = 800;
        if (usesHeight(kind) && g.height <= 0) g.height = 800;
        if (usesPercent(kind) && g.percent <= 0) g.percent = 50;
        if (kind == GK::Area && g.area <= 0) g.area = 250000;
    }
}

QString geometryKindName(GK kind)
{
    for (const auto &[k, id] : geometryKinds())
        if (k == kind) return id;
    return {};
}

OpSpec thumbnailSpec()
{
    Thumbnail t;
    t.geometry.kind = GK::Width;
    t.geometry.width = 800;
    OpSpec s = op("thumbnail", QT_TRANSLATE_NOOP("StyleSchema", "Resize"),
                  QT_TRANSLATE_NOOP("StyleSchema", "Thumbnail"), t);
    QStringList kinds;
    for (const auto &k : geometryKinds())
        kinds << k.second;
    ParamSpec mode = choiceSpec("mode", QT_TRANSLATE_NOOP("StyleSchema", "Mode"), kinds);
    mode.choiceLabels = {QT_TRANSLATE_NOOP("StyleSchema", "Fit inside W × H"),
                         QT_TRANSLATE_NOOP("StyleSchema", "Width W, height in proportion"),
                         QT_TRANSLATE_NOOP("StyleSchema", "Height H, width in proportion"),
                         QT_TRANSLATE_NOOP("StyleSchema", "Shrink only, to fit W × H"),
                         QT_TRANSLATE_NOOP("StyleSchema", "Enlarge only, to fit W × H"),
                         QT_TRANSLATE_NOOP("StyleSchema", "Cover W × H"),
                         QT_TRANSLATE_NOOP("StyleSchema", "Exactly W × H (distorts)"),
                         QT_TRANSLATE_NOOP("StyleSchema", "Percent of both sides"),
                         QT_TRANSLATE_NOOP("StyleSchema", "Percent of the width"),
                         QT_TRANSLATE_NOOP("StyleSchema", "Percent of the height"),
                         QT_TRANSLATE_NOOP("StyleSchema", "At most N pixels in all")};
    s.params.push_back(param<Thumbnail>(
        mode, [](const Thumbnail &t) { return geometryKindName(t.geometry.kind); },
        [](Thumbnail &t, const QVariant &v) { setGeometryKind(t.geometry, v.toString()); }));
    s.params.push_back(only<Thumbnail>(
        member(intSpec("width", QT_TRANSLATE_NOOP("StyleSchema", "Width (px)"), 1, 9999),
               &Thumbnail::geometry, &Geometry::width),
        [](const Thumbnail &t) { return usesWidth(t.geometry.kind); }));
    s.params.push_back(only<Thumbnail>(
        member(intSpec("height", QT_TRANSLATE_NOOP("StyleSchema", "Height (px)"), 1, 9999),
               &Thumbnail::geometry, &Geometry::height),
        [](const Thumbnail &t) { return usesHeight(t.geometry.kind); }));
    s.params.push_back(only<Thumbnail>(
        member(intSpec("percent", QT_TRANSLATE_NOOP("StyleSchema", "Percent"), 1, 1000),
               &Thumbnail::geometry, &Geometry::percent),
        [](const Thumbnail &t) { return usesPercent(t.geometry.kind); }));
    s.params.push_back(only<Thumbnail>(
        param<Thumbnail>(
            intSpec("area", QT_TRANSLATE_NOOP("StyleSchema", "Pixels"), 1, 99980001),
            [](const Thumbnail &t) { return int(t.geometry.area); },
            [](Thumbnail &t, const QVariant &v) { t.geometry.area = v.toLongLong(); }),
        [](const Thumbnail &t) { return t.geometry.kind == GK::Area; }));
    s.params.push_back(only<Thumbnail>(
        member(asKeyed(defaulting(typedSpec("pad", QT_TRANSLATE_NOOP("StyleSchema", "Pad to size"),
                                            ParamType::Bool, true),
                                  false)),
               &Thumbnail::pad),
        [](const Thumbnail &t) { return t.geometry.kind == GK::Fit; }));
    s.params.push_back(only<Thumbnail>(
        param<Thumbnail>(
            asKeyed(defaulting(typedSpec("color", QT_TRANSLATE_NOOP("StyleSchema", "Pad colour"),
                                         ParamType::Color, true),
                               colorText(kDefaultPadColor))),
            [](const Thumbnail &t) { return optColor(t.color); },
            [](Thumbnail &t, const QVariant &v) { t.color = colorOf(v); }),
        [](const Thumbnail &t) { return t.geometry.kind == GK::Fit; }));
    return s;
}

// --- Watermark placement, shared by image and text watermarks ---------------------------------

template <class T> void addPlacement(OpSpec &s)
{
    s.params.push_back(param<T>(
        asKeyed(defaulting(typedSpec("gravity", QT_TRANSLATE_NOOP("StyleSchema", "Position"),
                                     ParamType::Gravity, true),
                           gravityName(kDefaultMarkGravity))),
        [](const T &w) { return optGravity(w.place.gravity); },
        [](T &w, const QVariant &v) { w.place.gravity = gravityOf(v); }));
    // A margin left out is 0; tiles are spaced by half the mark, which depends on the mark.
    const auto margin = [](ParamSpec spec) {
        spec.fallback = [](const EditOp &op) {
            return as<T>(op).place.batch.value_or(false) ? QVariant() : QVariant(0);
        };
        return asKeyed(spec);
    };
    s.params.push_back(member(
        margin(intSpec("dx", QT_TRANSLATE_NOOP("StyleSchema", "Horizontal margin"), 0, 9999, true)),
        &T::place, &WatermarkPlacement::dx));
    s.params.push_back(member(
        margin(intSpec("dy", QT_TRANSLATE_NOOP("StyleSchema", "Vertical margin"), 0, 9999, true)),
        &T::place, &WatermarkPlacement::dy));
    s.params.push_back(
        member(asKeyed(defaulting(
                   intSpec("dissolve", QT_TRANSLATE_NOOP("StyleSchema", "Opacity %"), 1, 100, true),
                   kDefaultDissolve)),
               &T::place, &WatermarkPlacement::dissolve));
    s.params.push_back(
        member(asKeyed(defaulting(
                   typedSpec("batch", QT_TRANSLATE_NOOP("StyleSchema", "Tile over the picture"),
                             ParamType::Bool, true),
                   false)),
               &T::place, &WatermarkPlacement::batch));
    s.params.push_back(only<T>(
        member(asKeyed(defaulting(
                   intSpec("degree", QT_TRANSLATE_NOOP("StyleSchema", "Tile angle"), 0, 360, true),
                   0)),
               &T::place, &WatermarkPlacement::degree),
        [](const T &w) { return w.place.batch.value_or(false); }));
}

ParamSpec blindTypes()
{
    ParamSpec s = choiceSpec("type", QT_TRANSLATE_NOOP("StyleSchema", "Type"),
                             {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    s.choiceLabels = {QT_TRANSLATE_NOOP("StyleSchema", "1: image, read back with the original"),
                      QT_TRANSLATE_NOOP("StyleSchema", "2: image, read back blind"),
                      QT_TRANSLATE_NOOP("StyleSchema", "3: text")};
    return s;
}

// --- The table ---------------------------------------------------------------------------------

std::vector<OpSpec> buildOperations()
{
    const char *crop = QT_TRANSLATE_NOOP("StyleSchema", "Crop");
    const char *rotate = QT_TRANSLATE_NOOP("StyleSchema", "Rotate");
    const char *adjust = QT_TRANSLATE_NOOP("StyleSchema", "Adjust");
    const char *output = QT_TRANSLATE_NOOP("StyleSchema", "Output");
    const char *mark = QT_TRANSLATE_NOOP("StyleSchema", "Watermark");
    const char *blind = QT_TRANSLATE_NOOP("StyleSchema", "Blind watermark");
    const char *other = QT_TRANSLATE_NOOP("StyleSchema", "Information and styles");
    std::vector<OpSpec> ops;

    ops.push_back(thumbnailSpec());
    {
        OpSpec s = op("imageView2", QT_TRANSLATE_NOOP("StyleSchema", "Resize"),
                      QT_TRANSLATE_NOOP("StyleSchema", "Scale (imageView2)"),
                      ImageView2{2, 800, 800, {}, {}, {}, {}});
        s.params.push_back(
            member(asValue(intSpec("mode", QT_TRANSLATE_NOOP("StyleSchema", "Mode"), 1, 5)),
                   &ImageView2::mode));
        s.params.push_back(member(
            asKeyed(intSpec("w", QT_TRANSLATE_NOOP("StyleSchema", "Width (px)"), 1, 9999, true)),
            &ImageView2::width));
        s.params.push_back(member(
            asKeyed(intSpec("h", QT_TRANSLATE_NOOP("StyleSchema", "Height (px)"), 1, 9999, true)),
            &ImageView2::height));
        s.params.push_back(param<ImageView2>(
            asKeyed(formatSpec(true)),
            [](const ImageView2 &v) {
                return v.format ? QVariant(formatName(*v.format)) : QVariant();
            },
            [](ImageView2 &v, const QVariant &x) {
                v.format = x.isValid() ? std::optional(formatOf(x)) : std::nullopt;
            }));
        const auto quality = [](const char *key, const char *label,
                                std::optional<Quality> ImageView2::*field, Quality::Kind kind) {
            return param<ImageView2>(
                intSpec(key, label, 0, 100, true),
                [field](const ImageView2 &v) {
                    return (v.*field) ? QVariant((v.*field)->value) : QVariant();
                },
                [field, kind](ImageView2 &v, const QVariant &x) {
                    if (!x.isValid()) {
                        v.*field = std::nullopt;
                        return;
                    }
                    Quality q = (v.*field).value_or(Quality{kind, 0, false});
                    q.value = x.toInt();
                    v.*field = q;
                });
        };
        s.params.push_back(quality("q", QT_TRANSLATE_NOOP("StyleSchema", "Quality"),
                                   &ImageView2::quality, Quality::Kind::Absolute));
        s.params.push_back(quality("rq", QT_TRANSLATE_NOOP("StyleSchema", "Relative quality"),
                                   &ImageView2::rquality, Quality::Kind::Relative));
        s.params.push_back(quality("lq", QT_TRANSLATE_NOOP("StyleSchema", "Minimum quality"),
                                   &ImageView2::lquality, Quality::Kind::Floor));
        ops.push_back(std::move(s));
    }
    {
        OpSpec s =
            op("cut", crop, QT_TRANSLATE_NOOP("StyleSchema", "Cut region"), Cut{300, 300, 0, 0});
        const auto field = [](const char *key, const char *label, int min, int Cut::*m) {
            return member(intSpec(key, label, min, 30000), m);
        };
        s.params.push_back(
            field("width", QT_TRANSLATE_NOOP("StyleSchema", "Width (px)"), 1, &Cut::width));
        s.params.push_back(
            field("height", QT_TRANSLATE_NOOP("StyleSchema", "Height (px)"), 1, &Cut::height));
        s.params.push_back(field("dx", QT_TRANSLATE_NOOP("StyleSchema", "Left (px)"), 0, &Cut::dx));
        s.params.push_back(field("dy", QT_TRANSLATE_NOOP("StyleSchema", "Top (px)"), 0, &Cut::dy));
        ops.push_back(std::move(s));
    }
    {
        OpSpec s = op("crop", crop, QT_TRANSLATE_NOOP("StyleSchema", "Crop"),
                      Crop{600, 600, Gravity::Center, {}, {}});
        s.params.push_back(param<Crop>(
            intSpec("width", QT_TRANSLATE_NOOP("StyleSchema", "Width (px)"), 1, 30000, true),
            [](const Crop &c) { return c.width ? QVariant(c.width) : QVariant(); },
            [](Crop &c, const QVariant &v) { c.width = v.isValid() ? v.toInt() : 0; }));
        s.params.push_back(param<Crop>(
            intSpec("height", QT_TRANSLATE_NOOP("StyleSchema", "Height (px)"), 1, 30000, true),
            [](const Crop &c) { return c.height ? QVariant(c.height) : QVariant(); },
            [](Crop &c, const QVariant &v) { c.height = v.isValid() ? v.toInt() : 0; }));
        s.params.push_back(param<Crop>(
            asKeyed(defaulting(typedSpec("gravity", QT_TRANSLATE_NOOP("StyleSchema", "Anchor"),
                                         ParamType::Gravity, true),
                               gravityName(kDefaultCropGravity))),
            [](const Crop &c) { return optGravity(c.gravity); },
            [](Crop &c, const QVariant &v) { c.gravity = gravityOf(v); }));
        s.params.push_back(member(
            asKeyed(defaulting(intSpec("dx", QT_TRANSLATE_NOOP("StyleSchema", "Horizontal offset"),
                                       -30000, 30000, true),
                               0)),
            &Crop::dx));
        s.params.push_back(member(
            asKeyed(defaulting(intSpec("dy", QT_TRANSLATE_NOOP("StyleSchema", "Vertical offset"),
                                       -30000, 30000, true),
                               0)),
            &Crop::dy));
        ops.push_back(std::move(s));
    }
    ops.push_back(
        op("iradius", crop, QT_TRANSLATE_NOOP("StyleSchema", "Circle"), IRadius{200},
           {member(asValue(intSpec("radius", QT_TRANSLATE_NOOP("StyleSchema", "Radius"), 1, 15000)),
                   &IRadius::radius)}));
    ops.push_back(
        op("rradius", crop, QT_TRANSLATE_NOOP("StyleSchema", "Rounded corners"), RRadius{40},
           {member(asValue(intSpec("radius", QT_TRANSLATE_NOOP("StyleSchema", "Radius"), 1, 15000)),
                   &RRadius::radius)}));
    {
        OpSpec s =
            op("scrop", crop, QT_TRANSLATE_NOOP("StyleSchema", "Smart crop"), SCrop{600, 600});
        s.params.push_back(
            member(intSpec("width", QT_TRANSLATE_NOOP("StyleSchema", "Width (px)"), 1, 30000),
                   &SCrop::width));
        s.params.push_back(
            member(intSpec("height", QT_TRANSLATE_NOOP("StyleSchema", "Height (px)"), 1, 30000),
                   &SCrop::height));
        ops.push_back(std::move(s));
    }
    ops.push_back(
        op("rotate", rotate, QT_TRANSLATE_NOOP("StyleSchema", "Rotate"), Rotate{90},
           {member(asValue(intSpec("degrees", QT_TRANSLATE_NOOP("StyleSchema", "Degrees"), 0, 360)),
                   &Rotate::degrees)}));
    ops.push_back(
        op("auto-orient", rotate, QT_TRANSLATE_NOOP("StyleSchema", "Auto-orient"), AutoOrient{}));
    {
        OpSpec s = op("flip", rotate, QT_TRANSLATE_NOOP("StyleSchema", "Flip"), Flip{false});
        ParamSpec direction =
            asValue(choiceSpec("direction", QT_TRANSLATE_NOOP("StyleSchema", "Direction"),
                               {QStringLiteral("horizontal"), QStringLiteral("vertical")}));
        direction.badChoice =
            QT_TRANSLATE_NOOP("ad::Error", "flip: '%1' is not vertical or horizontal");
        s.params.push_back(param<Flip>(
            direction,
            [](const Flip &f) {
                return f.vertical ? QStringLiteral("vertical") : QStringLiteral("horizontal");
            },
            [](Flip &f, const QVariant &v) { f.vertical = v.toString() == u"vertical"; }));
        ops.push_back(std::move(s));
    }
    {
        OpSpec s = op("blur", adjust, QT_TRANSLATE_NOOP("StyleSchema", "Blur"), Blur{8, 5.0});
        s.params.push_back(member(
            intSpec("radius", QT_TRANSLATE_NOOP("StyleSchema", "Radius"), 1, 50), &Blur::radius));
        ParamSpec sigma =
            typedSpec("sigma", QT_TRANSLATE_NOOP("StyleSchema", "Sigma"), ParamType::Real);
        sigma.max = 50;
        s.params.push_back(member(sigma, &Blur::sigma));
        ops.push_back(std::move(s));
    }
    const auto level = [&](const char *id, const char *label, auto value, int min, int max) {
        using T = decltype(value);
        OpSpec s = op(id, adjust, label, value);
        s.params.push_back(
            member(asValue(intSpec("value", QT_TRANSLATE_NOOP("StyleSchema", "Amount"), min, max)),
                   &T::value));
        return s;
    };
    ops.push_back(
        level("bright", QT_TRANSLATE_NOOP("StyleSchema", "Brightness"), Bright{20}, -100, 100));
    ops.push_back(
        level("contrast", QT_TRANSLATE_NOOP("StyleSchema", "Contrast"), Contrast{20}, -100, 100));
    ops.push_back(
        level("sharpen", QT_TRANSLATE_NOOP("StyleSchema", "Sharpen"), Sharpen{70}, 10, 300));
    ops.push_back(op(
        "grayscale", adjust, QT_TRANSLATE_NOOP("StyleSchema", "Greyscale"), Grayscale{true},
        {member(asValue(typedSpec("on", QT_TRANSLATE_NOOP("StyleSchema", "On"), ParamType::Bool)),
                &Grayscale::on)}));
    ops.push_back(
        op("format", output, QT_TRANSLATE_NOOP("StyleSchema", "Format"), Format{ImageFormat::Webp},
           {param<Format>(
               asValue(formatSpec(false)), [](const Format &f) { return formatName(f.format); },
               [](Format &f, const QVariant &v) { f.format = formatOf(v); })}));
    {
        OpSpec s = op("quality", output, QT_TRANSLATE_NOOP("StyleSchema", "Quality"),
                      Quality{Quality::Kind::Absolute, 80, false});
        s.params.push_back(param<Quality>(
            choiceSpec("kind", QT_TRANSLATE_NOOP("StyleSchema", "Kind"),
                       {QStringLiteral("quality"), QStringLiteral("rquality"),
                        QStringLiteral("lquality")}),
            [](const Quality &q) {
                return q.kind == Quality::Kind::Absolute   ? QStringLiteral("quality")
                       : q.kind == Quality::Kind::Relative ? QStringLiteral("rquality")
                                                           : QStringLiteral("lquality");
            },
            [](Quality &q, const QVariant &v) {
                const QString k = v.toString();
                q.kind = k == u"rquality"   ? Quality::Kind::Relative
                         : k == u"lquality" ? Quality::Kind::Floor
                                            : Quality::Kind::Absolute;
                if (q.kind != Quality::Kind::Absolute) q.forced = false;
            }));
        s.params.push_back(
            member(intSpec("value", QT_TRANSLATE_NOOP("StyleSchema", "Quality"), 0, 100),
                   &Quality::value));
        s.params.push_back(
            only<Quality>(member(typedSpec("forced",
                                           QT_TRANSLATE_NOOP("StyleSchema", "Even if higher "
                                                                            "than the original"),
                                           ParamType::Bool),
                                 &Quality::forced),
                          [](const Quality &q) { return q.kind == Quality::Kind::Absolute; }));
        ops.push_back(std::move(s));
    }
    ops.push_back(
        op("cgif", output, QT_TRANSLATE_NOOP("StyleSchema", "GIF frames"), CGif{10},
           {member(asValue(intSpec("frames", QT_TRANSLATE_NOOP("StyleSchema", "Frames"), 1, 100)),
                   &CGif::frames)}));
    ops.push_back(op(
        "interlace", output, QT_TRANSLATE_NOOP("StyleSchema", "Progressive"), Interlace{true},
        {member(asValue(typedSpec("on", QT_TRANSLATE_NOOP("StyleSchema", "On"), ParamType::Bool)),
                &Interlace::on)}));
    ops.push_back(op("strip", output, QT_TRANSLATE_NOOP("StyleSchema", "Strip metadata"), Strip{}));
    {
        OpSpec s = op("size-limit", output, QT_TRANSLATE_NOOP("StyleSchema", "Size limit"),
                      SizeLimit{100, 'k', false});
        s.params.push_back(
            member(intSpec("amount", QT_TRANSLATE_NOOP("StyleSchema", "At most"), 1, 999999),
                   &SizeLimit::amount));
        s.params.push_back(param<SizeLimit>(
            choiceSpec("unit", QT_TRANSLATE_NOOP("StyleSchema", "Unit"),
                       {QStringLiteral("k"), QStringLiteral("m")}),
            [](const SizeLimit &l) { return QString(QLatin1Char(l.unit)); },
            [](SizeLimit &l, const QVariant &v) { l.unit = v.toString() == u"m" ? 'm' : 'k'; }));
        s.params.push_back(member(
            typedSpec("keep", QT_TRANSLATE_NOOP("StyleSchema", "Keep the original if smaller"),
                      ParamType::Bool),
            &SizeLimit::keepSmaller));
        ops.push_back(std::move(s));
    }
    ops.push_back(op("ignore-error", output,
                     QT_TRANSLATE_NOOP("StyleSchema", "Pass through on limit errors"),
                     IgnoreError{}));
    {
        OpSpec s = op("watermark/1", mark, QT_TRANSLATE_NOOP("StyleSchema", "Image watermark"),
                      ImageWatermark{{}, {Gravity::SouthEast, 20, 20, {}, {}, {}}, {}, {}, {}});
        s.params.push_back(member(
            asKeyed(typedSpec("image", QT_TRANSLATE_NOOP("StyleSchema", "Image"), ParamType::File)),
            &ImageWatermark::image));
        addPlacement<ImageWatermark>(s);
        s.params.push_back(member(
            asKeyed(intSpec("blogo", QT_TRANSLATE_NOOP("StyleSchema", "Fit into the picture"), 1, 2,
                            true)),
            &ImageWatermark::blogo));
        s.params.push_back(
            member(asKeyed(intSpec("scatype", QT_TRANSLATE_NOOP("StyleSchema", "Scale relative to"),
                                   1, 3, true)),
                   &ImageWatermark::scatype));
        s.params.push_back(only<ImageWatermark>(
            member(asKeyed(intSpec("spcent", QT_TRANSLATE_NOOP("StyleSchema", "Scale (per mille)"),
                                   1, 1000, true)),
                   &ImageWatermark::spcent),
            [](const ImageWatermark &w) { return w.scatype.has_value(); }));
        ops.push_back(std::move(s));
    }
    {
        TextWatermark t;
        t.text = QStringLiteral("AssetDesk");
        t.place = {Gravity::SouthEast, 20, 20, {}, {}, {}};
        OpSpec s = op("watermark/2", mark, QT_TRANSLATE_NOOP("StyleSchema", "Text watermark"), t);
        s.params.push_back(member(
            asKeyed(typedSpec("text", QT_TRANSLATE_NOOP("StyleSchema", "Text"), ParamType::Text)),
            &TextWatermark::text));
        s.params.push_back(
            member(asKeyed(defaulting(typedSpec("font", QT_TRANSLATE_NOOP("StyleSchema", "Font"),
                                                ParamType::Font, true),
                                      defaultFontName())),
                   &TextWatermark::font));
        s.params.push_back(member(
            asKeyed(defaulting(
                intSpec("fontsize", QT_TRANSLATE_NOOP("StyleSchema", "Size (px)"), 1, 1000, true),
                kDefaultTextSize)),
            &TextWatermark::fontSize));
        s.params.push_back(param<TextWatermark>(
            asKeyed(defaulting(typedSpec("fill", QT_TRANSLATE_NOOP("StyleSchema", "Colour"),
                                         ParamType::Color, true),
                               colorText(kDefaultTextFill))),
            [](const TextWatermark &w) { return optColor(w.fill); },
            [](TextWatermark &w, const QVariant &v) { w.fill = colorOf(v); }));
        addPlacement<TextWatermark>(s);
        s.params.push_back(member(
            asKeyed(defaulting(
                intSpec("shadow", QT_TRANSLATE_NOOP("StyleSchema", "Shadow %"), 0, 100, true),
                kDefaultShadow)),
            &TextWatermark::shadow));
        ops.push_back(std::move(s));
    }
    {
        BlindEmbed b;
        b.type = 3;
        b.text = QStringLiteral("AssetDesk");
        OpSpec s =
            op("watermark/3", blind, QT_TRANSLATE_NOOP("StyleSchema", "Embed blind mark"), b);
        s.params.push_back(param<BlindEmbed>(
            blindTypes(), [](const BlindEmbed &w) { return QString::number(w.type); },
            [](BlindEmbed &w, const QVariant &v) {
                w.type = v.toString().toInt();
                if (w.type == 3) {
                    w.image.clear();
                    w.level.reset();
                    if (w.text.isEmpty()) w.text = QStringLiteral("AssetDesk");
                } else {
                    w.text.clear();
                    if (w.type != 2) w.level.reset();
                }
            }));
        s.params.push_back(only<BlindEmbed>(
            member(
                typedSpec("image", QT_TRANSLATE_NOOP("StyleSchema", "Mark image"), ParamType::File),
                &BlindEmbed::image),
            [](const BlindEmbed &w) { return w.type != 3; }));
        s.params.push_back(only<BlindEmbed>(
            member(typedSpec("text", QT_TRANSLATE_NOOP("StyleSchema", "Text"), ParamType::Text),
                   &BlindEmbed::text),
            [](const BlindEmbed &w) { return w.type == 3; }));
        s.params.push_back(only<BlindEmbed>(
            member(defaulting(
                       intSpec("level", QT_TRANSLATE_NOOP("StyleSchema", "Strength"), 1, 3, true),
                       kDefaultBlindLevel),
                   &BlindEmbed::level),
            [](const BlindEmbed &w) { return w.type == 2; }));
        ops.push_back(std::move(s));
    }
    {
        OpSpec s = op("watermark/4", blind, QT_TRANSLATE_NOOP("StyleSchema", "Extract blind mark"),
                      BlindExtract{3, {}});
        s.params.push_back(param<BlindExtract>(
            blindTypes(), [](const BlindExtract &w) { return QString::number(w.type); },
            [](BlindExtract &w, const QVariant &v) {
                w.type = v.toString().toInt();
                if (w.type == 3) w.image.clear();
            }));
        s.params.push_back(only<BlindExtract>(
            member(typedSpec("image", QT_TRANSLATE_NOOP("StyleSchema", "Original or mark"),
                             ParamType::File),
                   &BlindExtract::image),
            [](const BlindExtract &w) { return w.type != 3; }));
        ops.push_back(std::move(s));
    }
    ops.push_back(op("info", other, QT_TRANSLATE_NOOP("StyleSchema", "Image information"),
                     InfoQuery{InfoQuery::Kind::ImageInfo},
                     {param<InfoQuery>(
                         choiceSpec("kind", QT_TRANSLATE_NOOP("StyleSchema", "Answer"),
                                    {QStringLiteral("imageInfo"), QStringLiteral("exif"),
                                     QStringLiteral("imageAve")}),
                         [](const InfoQuery &q) {
                             return q.kind == InfoQuery::Kind::ImageInfo
                                        ? QStringLiteral("imageInfo")
                                    : q.kind == InfoQuery::Kind::Exif ? QStringLiteral("exif")
                                                                      : QStringLiteral("imageAve");
                         },
                         [](InfoQuery &q, const QVariant &v) {
                             const QString k = v.toString();
                             q.kind = k == u"exif"       ? InfoQuery::Kind::Exif
                                      : k == u"imageAve" ? InfoQuery::Kind::ImageAve
                                                         : InfoQuery::Kind::ImageInfo;
                         })}));
    ops.push_back(op(
        "style", other, QT_TRANSLATE_NOOP("StyleSchema", "Saved style"),
        StyleRef{QStringLiteral("thumbnail")},
        {member(typedSpec("name", QT_TRANSLATE_NOOP("StyleSchema", "Style name"), ParamType::Text),
                &StyleRef::name)}));
    return ops;
}

} // namespace

const std::vector<OpSpec> &operations()
{
    static const std::vector<OpSpec> ops = buildOperations();
    return ops;
}

const OpSpec &specOf(const EditOp &op)
{
    for (const OpSpec &s : operations())
        if (s.matches(op)) return s;
    Q_UNREACHABLE();
}

const OpSpec *specById(QStringView id)
{
    for (const OpSpec &s : operations())
        if (s.id == id) return &s;
    return nullptr;
}

const OpSpec *mogrSpec(QStringView key)
{
    const OpSpec *s = specById(key);
    return s && s->mogr ? s : nullptr;
}

const ParamSpec *OpSpec::param(QStringView key) const
{
    for (const ParamSpec &p : params)
        if (p.key == key) return &p;
    return nullptr;
}

const ParamSpec *OpSpec::keyed(QStringView key) const
{
    const ParamSpec *p = param(key);
    return p && p->syntax == Syntax::Keyed ? p : nullptr;
}

const ParamSpec *OpSpec::value() const
{
    for (const ParamSpec &p : params)
        if (p.syntax == Syntax::Value) return &p;
    return nullptr;
}

QStringList categories()
{
    QStringList names;
    for (const OpSpec &s : operations())
        if (!names.contains(QLatin1String(s.category))) names << QLatin1String(s.category);
    return names;
}

} // namespace ad::style
