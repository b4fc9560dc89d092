#include "style/parser.h"

#include "common/error.h"
#include "style/fonts.h"
#include "style/schema.h"
#include "style/values.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace ad::style
{

namespace
{

struct Token {
    QString text;
    int offset = 0;
    Span span() const { return {offset, int(text.size())}; }
};

[[noreturn]] void fail(ErrorCode code, const QString &message, const Token &token)
{
    throw ProcessingError(code, message, token.offset, int(token.text.size()));
}

[[noreturn]] void invalid(const QString &message, const Token &token)
{
    fail(ErrorCode::InvalidArgument, message, token);
}

// Reads the '/'-separated tokens of one stage.
class Reader
{
public:
    Reader(const QString &stage, int baseOffset)
    {
        int start = 0;
        for (int i = 0; i <= stage.size(); ++i) {
            if (i == stage.size() || stage[i] == QLatin1Char('/')) {
                m_tokens.push_back({stage.mid(start, i - start), baseOffset + start});
                start = i + 1;
            }
        }
    }
    bool atEnd() const { return m_pos >= m_tokens.size(); }
    const Token &next() { return m_tokens[m_pos++]; }
    const Token &last() const { return m_tokens[m_pos - 1]; }
    const Token &value(const Token &key)
    {
        if (atEnd())
            invalid(QCoreApplication::translate("ad::Error", "'%1' needs a value").arg(key.text),
                    key);
        const Token &v = next();
        if (v.text.isEmpty())
            invalid(
                QCoreApplication::translate("ad::Error", "'%1' has an empty value").arg(key.text),
                v);
        return v;
    }

private:
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
};

qint64 inRange(const Token &t, qint64 v, qint64 min, qint64 max, const QString &what)
{
    if (v < min || v > max)
        invalid(QCoreApplication::translate("ad::Error", "%1: %2 is outside %3..%4")
                    .arg(what, t.text)
                    .arg(min)
                    .arg(max),
                t);
    return v;
}

int toInt(const Token &t, int min, int max, const QString &what)
{
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,10}$"));
    if (!digits.match(t.text).hasMatch())
        invalid(QCoreApplication::translate("ad::Error", "%1: '%2' is not an integer")
                    .arg(what, t.text),
                t);
    return int(inRange(t, t.text.toLongLong(), min, max, what));
}

// An integer within the range the schema gives the parameter.
int toInt(const Token &t, const ParamSpec &p, const QString &what)
{
    return toInt(t, int(p.min), int(p.max), what);
}

bool toSwitch(const Token &t, const QString &what)
{
    return toInt(t, 0, 1, what) == 1;
}

// A parameter the parser reads by hand, as the schema describes it.
const ParamSpec &tableParam(QStringView op, QStringView key)
{
    const ParamSpec *p = specById(op)->param(key);
    Q_ASSERT(p);
    return *p;
}

Geometry thumbnailGeometry(const Token &t)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:!([0-9]+)p|!([0-9]+)px|!x([0-9]+)p|([0-9]+)x|x([0-9]+)|([0-9]+)x([0-9]+)([><!r]?)|"
        "!([0-9]+)x([0-9]+)r|([0-9]+)@)$"));
    const auto m = re.match(t.text);
    if (!m.hasMatch())
        invalid(QCoreApplication::translate("ad::Error", "thumbnail: '%1' is not a geometry")
                    .arg(t.text),
                t);
    Geometry g;
    const OpSpec &spec = *specById(u"thumbnail");
    auto side = [&](int group, QStringView key) {
        return toInt({m.captured(group), t.offset}, *spec.param(key), QStringLiteral("thumbnail"));
    };
    auto percent = [&](int group) {
        return toInt({m.captured(group), t.offset}, *spec.param(u"percent"),
                     QStringLiteral("thumbnail percent"));
    };
    // Errors inside the geometry name the whole geometry token.
    try {
        if (m.hasCaptured(1)) {
            g.kind = Geometry::Kind::Percent;
            g.percent = percent(1);
        } else if (m.hasCaptured(2)) {
            g.kind = Geometry::Kind::PercentWidth;
            g.percent = percent(2);
        } else if (m.hasCaptured(3)) {
            g.kind = Geometry::Kind::PercentHeight;
            g.percent = percent(3);
        } else if (m.hasCaptured(4)) {
            g.kind = Geometry::Kind::Width;
            g.width = side(4, u"width");
        } else if (m.hasCaptured(5)) {
            g.kind = Geometry::Kind::Height;
            g.height = side(5, u"height");
        } else if (m.hasCaptured(6)) {
            g.width = side(6, u"width");
            g.height = side(7, u"height");
            const QString suffix = m.captured(8);
            g.kind = suffix == QLatin1String(">")   ? Geometry::Kind::ShrinkOnly
                     : suffix == QLatin1String("<") ? Geometry::Kind::EnlargeOnly
                     : suffix == QLatin1String("!") ? Geometry::Kind::Exact
                     : suffix == QLatin1String("r") ? Geometry::Kind::Cover
                                                    : Geometry::Kind::Fit;
        } else if (m.hasCaptured(9)) {
            g.kind = Geometry::Kind::Cover;
            g.width = side(9, u"width");
            g.height = side(10, u"height");
        } else {
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,12}$"));
            const QString a = m.captured(11);
            const ParamSpec &area = *spec.param(u"area");
            if (!digits.match(a).hasMatch() || a.toLongLong() < area.min)
                throw ProcessingError(ErrorCode::InvalidArgument, QString());
            // Only a lower bound (up to 12 digits): a size-limit stage may allow sides up to
            // 50000, and the output's own limits apply when it is made. The table's maximum is
            // what the editor's field can hold.
            g.kind = Geometry::Kind::Area;
            g.area = a.toLongLong();
        }
    } catch (const ProcessingError &e) {
        // The inner message's "<what>: " prefix, which translations keep, is dropped.
        invalid(QCoreApplication::translate("ad::Error", "thumbnail: '%1' is out of range (%2)")
                    .arg(t.text, e.error().message.section(QLatin1String(": "), 1)),
                t);
    }
    return g;
}

// <W>x<H> with either side left out; the ranges are those of `op` (crop or scrop).
Crop cropGeometry(const Token &t, QStringView op)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]*)x([0-9]*)$"));
    const auto m = re.match(t.text);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        invalid(QCoreApplication::translate("ad::Error", "crop: '%1' is not <W>x, x<H> or <W>x<H>")
                    .arg(t.text),
                t);
    Crop c;
    if (!m.captured(1).isEmpty())
        c.width = toInt({m.captured(1), t.offset}, tableParam(op, u"width"),
                        QStringLiteral("crop width"));
    if (!m.captured(2).isEmpty())
        c.height = toInt({m.captured(2), t.offset}, tableParam(op, u"height"),
                         QStringLiteral("crop height"));
    return c;
}

Cut cutGeometry(const Token &t)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+)x([0-9]+)x([0-9]+)x([0-9]+)$"));
    const auto m = re.match(t.text);
    if (!m.hasMatch())
        invalid(QCoreApplication::translate("ad::Error", "cut: '%1' is not <W>x<H>x<dx>x<dy>")
                    .arg(t.text),
                t);
    auto num = [&](int group, QStringView key) {
        const ParamSpec &p = tableParam(u"cut", key);
        const qint64 v = m.captured(group).toLongLong();
        if (m.captured(group).size() > 6 || v < p.min || v > p.max)
            invalid(QCoreApplication::translate("ad::Error", "cut: '%1' has a value out of range")
                        .arg(t.text),
                    t);
        return int(v);
    };
    return Cut{num(1, u"width"), num(2, u"height"), num(3, u"dx"), num(4, u"dy")};
}

// <Q>, or <Q>! where allowForce; the range is that of the parameter `op`.`key`.
Quality qualityValue(const Token &t, Quality::Kind kind, const QString &what, bool allowForce,
                     QStringView op, QStringView key)
{
    Quality q;
    q.kind = kind;
    QString text = t.text;
    if (allowForce && text.endsWith(QLatin1Char('!'))) {
        q.forced = true;
        text.chop(1);
    }
    q.value = toInt({text, t.offset}, tableParam(op, key), what);
    return q;
}

Gravity gravityValue(const Token &t)
{
    const auto g = gravityFromName(t.text);
    if (!g)
        invalid(
            QCoreApplication::translate("ad::Error", "gravity: '%1' is not a nine-grid position")
                .arg(t.text),
            t);
    return *g;
}

QRgb colorValue(const Token &t, const QString &what)
{
    const auto bytes = decodeBase64Param(t.text);
    const auto color = bytes ? colorFromText(QString::fromUtf8(*bytes)) : std::nullopt;
    if (!color)
        invalid(QCoreApplication::translate("ad::Error",
                                            "%1: '%2' is not a Base64-encoded #RRGGBB colour")
                    .arg(what, t.text),
                t);
    return *color;
}

QString textValue(const Token &t, const QString &what)
{
    const auto bytes = decodeBase64Param(t.text);
    if (!bytes || bytes->isEmpty())
        invalid(QCoreApplication::translate("ad::Error", "%1: '%2' is not URL-safe Base64")
                    .arg(what, t.text),
                t);
    return QString::fromUtf8(*bytes);
}

// The text of a text watermark: what the renderer can draw on one line.
QString watermarkText(const Token &t)
{
    const auto bytes = decodeBase64Param(t.text);
    if (!bytes || bytes->isEmpty())
        invalid(QCoreApplication::translate("ad::Error", "text: '%1' is not URL-safe Base64")
                    .arg(t.text),
                t);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(*bytes);
    if (utf8.hasError())
        invalid(
            QCoreApplication::translate("ad::Error", "text: '%1' is not UTF-8 text").arg(t.text),
            t);
    const QList<uint> chars = text.toUcs4();
    if (chars.size() > kMaxWatermarkText)
        invalid(
            QCoreApplication::translate("ad::Error", "text: %1 characters; at most %2 are allowed")
                .arg(chars.size())
                .arg(kMaxWatermarkText),
            t);
    for (const uint c : chars)
        if (QChar::category(c) == QChar::Other_Control || c == 0x2028 || c == 0x2029)
            invalid(QCoreApplication::translate(
                        "ad::Error", "text: U+%1 is a control character; the text must be one "
                                     "line of printable characters")
                        .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0'))),
                    t);
    return text;
}

SizeLimit sizeLimitValue(const Token &t)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,6})([kKmM])(!?)$"));
    const auto m = re.match(t.text);
    const ParamSpec &amount = tableParam(u"size-limit", u"amount");
    if (!m.hasMatch() || m.captured(1).toInt() < amount.min || m.captured(1).toInt() > amount.max)
        invalid(QCoreApplication::translate(
                    "ad::Error", "size-limit: '%1' is not <N>k or <N>m, optionally with !")
                    .arg(t.text),
                t);
    SizeLimit s;
    s.amount = m.captured(1).toInt();
    s.unit = m.captured(2).toLower() == QLatin1String("m") ? 'm' : 'k';
    s.keepSmaller = !m.captured(3).isEmpty();
    return s;
}

Blur blurValue(const Token &t)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+)x([0-9]+(?:\\.[0-9]+)?)$"));
    const auto m = re.match(t.text);
    if (!m.hasMatch())
        invalid(QCoreApplication::translate("ad::Error", "blur: '%1' is not <radius>x<sigma>")
                    .arg(t.text),
                t);
    const OpSpec &spec = *specById(u"blur");
    const ParamSpec &radius = *spec.param(u"radius"), &sigma = *spec.param(u"sigma");
    Blur b;
    b.radius = m.captured(1).size() <= 2 ? m.captured(1).toInt() : 0;
    if (b.radius < radius.min || b.radius > radius.max)
        invalid(QCoreApplication::translate("ad::Error", "blur: radius %1 is outside 1..50")
                    .arg(m.captured(1)),
                t);
    b.sigma = m.captured(2).toDouble();
    if (b.sigma <= sigma.min || b.sigma > sigma.max)
        invalid(QCoreApplication::translate("ad::Error", "blur: sigma %1 is outside (0, 50]")
                    .arg(m.captured(2)),
                t);
    return b;
}

// A value as the schema describes it; `what` names it in errors.
QVariant tableValue(const ParamSpec &p, const Token &t, const QString &what)
{
    switch (p.type) {
    case ParamType::Int:
        return toInt(t, p, what);
    case ParamType::Bool:
        return toSwitch(t, what);
    case ParamType::Choice: {
        const QString choice = p.readChoice                 ? p.readChoice(t.text)
                               : p.choices.contains(t.text) ? t.text
                                                            : QString();
        if (choice.isEmpty())
            invalid(QCoreApplication::translate("ad::Error", p.badChoice).arg(t.text), t);
        return choice;
    }
    case ParamType::Gravity:
        return gravityName(gravityValue(t));
    case ParamType::Color:
        return colorText(colorValue(t, what));
    case ParamType::Font: {
        const QString name = textValue(t, what).normalized(QString::NormalizationForm_KC);
        if (!fontFor(name))
            invalid(QCoreApplication::translate("ad::Error", "font: '%1' is not a supported font")
                        .arg(name),
                    t);
        return name;
    }
    case ParamType::File:
    case ParamType::Text:
        return textValue(t, what);
    case ParamType::Real:
        break; // only blur's sigma, read by hand
    }
    Q_UNREACHABLE();
    return {};
}

// Reads a Keyed parameter of `spec` into `op`; false when the key is not one of them.
bool readKeyed(const OpSpec &spec, const Token &key, const Token &val, EditOp &op,
               const QString &what)
{
    const ParamSpec *p = spec.keyed(key.text);
    if (!p) return false;
    p->set(op, tableValue(*p, val, what));
    return true;
}

// A key such as crop's gravity written without the operation it qualifies. The two owners of
// such keys have a message each, as translations have them.
[[noreturn]] void mustFollow(const OpSpec &owner, const Token &key)
{
    if (owner.id == u"thumbnail")
        invalid(
            QCoreApplication::translate("ad::Error", "'%1' must follow thumbnail").arg(key.text),
            key);
    invalid(QCoreApplication::translate("ad::Error", "'%1' must follow crop").arg(key.text), key);
}

// The imageMogr2 operation that has `key` as a Keyed parameter.
const OpSpec *keyOwner(QStringView key)
{
    for (const OpSpec &s : operations())
        if (s.mogr && s.keyed(key)) return &s;
    return nullptr;
}

// Operations whose value the table cannot describe: geometries, <radius>x<sigma>, quality's "!",
// size-limit's unit and ignore-error's fixed 1. nullopt for the other keys.
std::optional<MogrOp> handValue(const QString &k, const Token &v)
{
    if (k == QLatin1String("thumbnail")) return Thumbnail{thumbnailGeometry(v), {}, {}};
    if (k == QLatin1String("cut")) return cutGeometry(v);
    if (k == QLatin1String("crop")) return cropGeometry(v, u"crop");
    if (k == QLatin1String("scrop")) {
        const Crop c = cropGeometry(v, u"scrop");
        if (!c.width || !c.height)
            invalid(
                QCoreApplication::translate("ad::Error", "scrop: '%1' is not <W>x<H>").arg(v.text),
                v);
        return SCrop{c.width, c.height};
    }
    if (k == QLatin1String("blur")) return blurValue(v);
    if (k == QLatin1String("quality"))
        return qualityValue(v, Quality::Kind::Absolute, k, true, u"quality", u"value");
    if (k == QLatin1String("rquality"))
        return qualityValue(v, Quality::Kind::Relative, k, false, u"quality", u"value");
    if (k == QLatin1String("lquality"))
        return qualityValue(v, Quality::Kind::Floor, k, false, u"quality", u"value");
    if (k == QLatin1String("size-limit")) return sizeLimitValue(v);
    if (k == QLatin1String("ignore-error")) {
        if (v.text != QLatin1String("1"))
            invalid(QCoreApplication::translate("ad::Error",
                                                "ignore-error: only 1 is defined, got '%1'")
                        .arg(v.text),
                    v);
        return IgnoreError{};
    }
    return std::nullopt;
}

MogrStage parseMogr(Reader &r)
{
    MogrStage stage;
    while (!r.atEnd()) {
        const Token &key = r.next();
        const QString &k = key.text;
        MogrStep step;
        step.span = key.span();
        const OpSpec *spec = mogrSpec(k);
        if (spec && spec->params.empty() && k != QLatin1String("ignore-error")) {
            // Written without a value; ignore-error has no parameter but a fixed value, 1.
            step.op = std::get<MogrOp>(spec->make());
        } else if (const OpSpec *owner = keyOwner(k)) {
            const Token &v = r.value(key);
            if (stage.steps.empty() || !owner->matches(stage.steps.back().op))
                mustFollow(*owner, key);
            MogrStep &last = stage.steps.back();
            EditOp op = last.op;
            readKeyed(*owner, key, v, op, k);
            last.op = std::get<MogrOp>(op);
            const auto *thumb = std::get_if<Thumbnail>(&last.op);
            if (thumb && k == QLatin1String("pad") && *thumb->pad &&
                thumb->geometry.kind != Geometry::Kind::Fit) // D19
                invalid(QCoreApplication::translate("ad::Error",
                                                    "pad works only with the <W>x<H> geometry"),
                        key);
            last.span.length = v.offset + int(v.text.size()) - last.span.offset;
            continue;
        } else {
            const Token &v = r.value(key);
            step.span.length = v.offset + int(v.text.size()) - key.offset;
            if (auto op = handValue(k, v)) {
                step.op = std::move(*op);
            } else if (spec && spec->value()) {
                EditOp op = spec->make();
                spec->value()->set(op, tableValue(*spec->value(), v, k));
                step.op = std::get<MogrOp>(op);
            } else {
                fail(ErrorCode::UnknownOperation,
                     QCoreApplication::translate("ad::Error", "imageMogr2: unknown operation '%1'")
                         .arg(k),
                     key);
            }
        }
        stage.steps.push_back(std::move(step));
    }
    if (stage.steps.empty())
        invalid(QCoreApplication::translate("ad::Error", "imageMogr2 needs at least one operation"),
                r.last());
    return stage;
}

ImageView2 parseView(Reader &r, const Token &head)
{
    const OpSpec &spec = *specById(u"imageView2");
    EditOp op = ImageView2{};
    if (r.atEnd())
        invalid(QCoreApplication::translate("ad::Error", "imageView2 needs a mode 1-5"), head);
    spec.value()->set(op, tableValue(*spec.value(), r.next(), QStringLiteral("imageView2 mode")));
    ImageView2 &v = std::get<ImageView2>(op);
    while (!r.atEnd()) {
        const Token &key = r.next();
        const Token &val = r.value(key);
        const QString &k = key.text;
        if (k == QLatin1String("q"))
            v.quality = qualityValue(val, Quality::Kind::Absolute, k, true, u"imageView2", k);
        else if (k == QLatin1String("rq"))
            v.rquality = qualityValue(val, Quality::Kind::Relative, k, false, u"imageView2", k);
        else if (k == QLatin1String("lq"))
            v.lquality = qualityValue(val, Quality::Kind::Floor, k, false, u"imageView2", k);
        else if (!readKeyed(spec, key, val, op, QStringLiteral("imageView2 ") + k))
            fail(ErrorCode::UnknownOperation,
                 QCoreApplication::translate("ad::Error", "imageView2: unknown parameter '%1'")
                     .arg(k),
                 key);
    }
    if (!v.width && !v.height)
        invalid(QCoreApplication::translate("ad::Error", "imageView2 needs w or h"), head);
    return v;
}

// The image of a blind watermark: a URL of the same source (http:// as the cloud requires, or
// an object URL) or, locally, a path. https:// is refused as the cloud refuses it.
QString blindImageValue(const Token &val)
{
    const QString url = textValue(val, QStringLiteral("image"));
    if (url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        invalid(QCoreApplication::translate(
                    "ad::Error", "image: '%1' must begin with http:// (https is not accepted)")
                    .arg(url),
                val);
    return url;
}

StageOp parseBlind(Reader &r, const Token &head, int mode)
{
    std::optional<int> type, level;
    QString image, text;
    while (!r.atEnd()) {
        const Token &key = r.next();
        const Token &val = r.value(key);
        const QString &k = key.text;
        if (k == QLatin1String("type"))
            type = toInt(val, 1, 3, k);
        else if (k == QLatin1String("image")) {
            image = blindImageValue(val);
        } else if (mode == 3 && k == QLatin1String("text")) {
            text = textValue(val, k);
            if (!blindTextAllowed(text))
                invalid(QCoreApplication::translate(
                            "ad::Error", "text: '%1' must be 1-%2 characters of 0-9, A-Z, a-z")
                            .arg(text)
                            .arg(kMaxBlindText),
                        val);
        } else if (mode == 3 && k == QLatin1String("level"))
            level = toInt(val, tableParam(u"watermark/3", k), k);
        else
            fail(ErrorCode::UnknownOperation,
                 QCoreApplication::translate("ad::Error", "watermark/%1: unknown parameter '%2'")
                     .arg(mode)
                     .arg(k),
                 key);
    }
    if (!type)
        invalid(QCoreApplication::translate("ad::Error", "watermark/%1 needs type (1, 2 or 3)")
                    .arg(mode),
                head);
    if (*type != 3 && image.isEmpty())
        invalid(QCoreApplication::translate("ad::Error", "watermark/%1 type %2 needs image")
                    .arg(mode)
                    .arg(*type),
                head);
    if (mode == 3 && *type == 3 && text.isEmpty())
        invalid(QCoreApplication::translate("ad::Error", "watermark/3 type 3 needs text"), head);
    if (mode == 4) return BlindExtract{*type, *type == 3 ? QString() : image};
    return BlindEmbed{*type, *type == 3 ? QString() : image, *type == 3 ? text : QString(),
                      *type == 2 ? level : std::nullopt};
}

StageOp parseWatermark(Reader &r, const Token &head)
{
    if (r.atEnd())
        invalid(
            QCoreApplication::translate("ad::Error", "watermark needs a type (1 image, 2 text)"),
            head);
    const Token &typeToken = r.next();
    const int type = toInt(typeToken, 1, 4, QStringLiteral("watermark type"));
    if (type > 2) return parseBlind(r, head, type);
    const OpSpec &spec = *specById(QStringLiteral("watermark/%1").arg(type));
    EditOp op = type == 1 ? EditOp(ImageWatermark{}) : EditOp(TextWatermark{});
    const Token *textToken = nullptr;
    while (!r.atEnd()) {
        const Token &key = r.next();
        const Token &val = r.value(key);
        const QString &k = key.text;
        if (type == 2 && k == QLatin1String("text")) {
            std::get<TextWatermark>(op).text = watermarkText(val);
            textToken = &val;
        } else if (!readKeyed(spec, key, val, op, k)) {
            fail(ErrorCode::UnknownOperation,
                 QCoreApplication::translate("ad::Error", "watermark/%1: unknown parameter '%2'")
                     .arg(type)
                     .arg(k),
                 key);
        }
    }
    if (type == 1 ? std::get<ImageWatermark>(op).image.isEmpty() : !textToken)
        invalid(QCoreApplication::translate("ad::Error", "watermark/%1 needs %2")
                    .arg(type)
                    .arg(type == 1 ? "image" : "text"),
                head);
    if (type == 1) {
        const ImageWatermark &image = std::get<ImageWatermark>(op);
        if (image.spcent && !image.scatype)
            invalid(QCoreApplication::translate("ad::Error", "spcent needs scatype"), head);
        if (image.scatype == 3 && image.spcent && *image.spcent > 250)
            invalid(QCoreApplication::translate("ad::Error",
                                                "spcent: %1 is outside 1..250 for scatype 3")
                        .arg(*image.spcent),
                    head);
        return image;
    }
    const TextWatermark &text = std::get<TextWatermark>(op);
    const qsizetype length = text.text.toUcs4().size();
    const int size = text.fontSize.value_or(kDefaultTextSize);
    if (length * size > kMaxTextLineWidth)
        invalid(QCoreApplication::translate(
                    "ad::Error", "text: %1 characters at %2 px make a line wider than %3 px; "
                                 "shorten the text or the font size")
                    .arg(length)
                    .arg(size)
                    .arg(kMaxTextLineWidth),
                *textToken);
    return text;
}

Stage parseStage(const QString &text, int offset)
{
    Reader r(text, offset);
    const Token &head = r.next();
    Stage stage;
    stage.span = {offset, int(text.size())};
    const QString &h = head.text;
    if (h == QLatin1String("imageMogr2")) {
        stage.op = parseMogr(r);
    } else if (h == QLatin1String("imageView2")) {
        stage.op = parseView(r, head);
    } else if (h == QLatin1String("watermark")) {
        stage.op = parseWatermark(r, head);
    } else if (h == QLatin1String("imageInfo") || h == QLatin1String("exif") ||
               h == QLatin1String("imageAve")) {
        if (!r.atEnd())
            invalid(QCoreApplication::translate("ad::Error", "'%1' takes no parameters").arg(h),
                    r.next());
        stage.op = InfoQuery{h == QLatin1String("imageInfo") ? InfoQuery::Kind::ImageInfo
                             : h == QLatin1String("exif")    ? InfoQuery::Kind::Exif
                                                             : InfoQuery::Kind::ImageAve};
    } else if (h == QLatin1String("style")) {
        if (r.atEnd())
            invalid(QCoreApplication::translate("ad::Error", "style needs a name"), head);
        const Token &name = r.next();
        if (!isValidStyleName(name.text) || !r.atEnd())
            fail(ErrorCode::InvalidStyleName,
                 QCoreApplication::translate("ad::Error", "style: '%1' is not a valid style name")
                     .arg(name.text),
                 name);
        stage.op = StyleRef{name.text};
    } else if (h.isEmpty()) {
        invalid(QCoreApplication::translate("ad::Error", "empty stage"), head);
    } else {
        fail(ErrorCode::UnknownOperation,
             QCoreApplication::translate("ad::Error", "unknown processing '%1'").arg(h), head);
    }
    return stage;
}

void checkPipeline(const Pipeline &p, const Span &where)
{
    if (int(p.stages.size()) > kMaxStages)
        throw ProcessingError(
            ErrorCode::TooManyStages,
            QCoreApplication::translate("ad::Error", "%1 stages; at most %2 are allowed")
                .arg(p.stages.size())
                .arg(kMaxStages),
            where.offset, where.length);
    for (size_t i = 0; i < p.stages.size(); ++i) {
        const Stage &s = p.stages[i];
        if (std::holds_alternative<InfoQuery>(s.op) && i + 1 != p.stages.size())
            throw ProcessingError(ErrorCode::InvalidArgument,
                                  QCoreApplication::translate(
                                      "ad::Error", "an information query must be the last stage"),
                                  s.span.offset, s.span.length);
        if (std::holds_alternative<BlindExtract>(s.op) && i + 1 != p.stages.size())
            throw ProcessingError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("ad::Error",
                                            "watermark/4 (extraction) must be the last stage"),
                s.span.offset, s.span.length);
    }
}

} // namespace

bool blindTextAllowed(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z]{1,%1}$").arg(kMaxBlindText));
    return re.match(text).hasMatch();
}

bool isValidStyleName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.\\-]{1,64}$"));
    return re.match(name).hasMatch();
}

QString decodedProcessing(const QString &processing)
{
    return QUrl::fromPercentEncoding(processing.trimmed().toUtf8());
}

Pipeline parse(const QString &processing)
{
    QString text = decodedProcessing(processing);
    int base = 0;
    if (text.startsWith(QLatin1Char('?'))) {
        text.remove(0, 1);
        base = 1;
    }
    if (text.isEmpty())
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate("ad::Error", "empty processing string"),
                              0, 0);
    Pipeline p;
    int start = 0;
    for (int i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == QLatin1Char('|')) {
            p.stages.push_back(parseStage(text.mid(start, i - start), base + start));
            start = i + 1;
        }
    }
    checkPipeline(p, {base, int(text.size())});
    return p;
}

Pipeline expandStyles(const Pipeline &pipeline, const StyleLookup &lookup)
{
    Span all{0, 0};
    if (!pipeline.stages.empty())
        all = {pipeline.stages.front().span.offset, pipeline.stages.back().span.offset +
                                                        pipeline.stages.back().span.length -
                                                        pipeline.stages.front().span.offset};
    // Each round replaces every reference by its body. A body has at least one stage, so the
    // count never falls: a round over kMaxStages stages has failed already, and a chain stops
    // after kMaxStyleDepth rounds. Memory stays at a few dozen stages, whatever the library.
    struct Item {
        Stage stage;
        QStringList chain; // the styles this stage came from, outermost first
    };
    std::vector<Item> items;
    for (const Stage &s : pipeline.stages)
        items.push_back({s, {}});
    for (int depth = 0;; ++depth) {
        std::vector<Item> next;
        bool expanded = false;
        for (size_t i = 0; i < items.size(); ++i) {
            Item &item = items[i];
            const auto *ref = std::get_if<StyleRef>(&item.stage.op);
            if (!ref) {
                next.push_back(std::move(item));
                continue;
            }
            expanded = true;
            // Errors inside expanded stages point at the reference written in the string.
            const Span where = item.stage.span;
            if (item.chain.contains(ref->name))
                throw ProcessingError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("ad::Error", "style '%1' refers to itself")
                        .arg(ref->name),
                    where.offset, where.length);
            if (depth == kMaxStyleDepth)
                throw ProcessingError(
                    ErrorCode::TooManyStages,
                    QCoreApplication::translate("ad::Error",
                                                "style '%1': references nest deeper than %2 levels")
                        .arg(item.chain.constFirst())
                        .arg(kMaxStyleDepth),
                    where.offset, where.length);
            const auto body = lookup ? lookup(ref->name) : std::nullopt;
            if (!body)
                throw ProcessingError(
                    ErrorCode::StyleNotFound,
                    QCoreApplication::translate("ad::Error", "style '%1' does not exist")
                        .arg(ref->name),
                    where.offset, where.length);
            Pipeline inner;
            try {
                inner = parse(*body);
            } catch (const ProcessingError &e) {
                throw ProcessingError(e.error().code,
                                      QCoreApplication::translate("ad::Error", "in style '%1': %2")
                                          .arg(ref->name, e.error().message),
                                      where.offset, where.length);
            }
            const size_t atLeast = next.size() + inner.stages.size() + (items.size() - i - 1);
            if (atLeast > size_t(kMaxStages))
                throw ProcessingError(ErrorCode::TooManyStages,
                                      QCoreApplication::translate(
                                          "ad::Error", "over %1 stages once style '%2' is expanded")
                                          .arg(kMaxStages)
                                          .arg(ref->name),
                                      where.offset, where.length);
            QStringList chain = item.chain;
            chain << ref->name;
            for (Stage &s : inner.stages) {
                s.span = where;
                next.push_back({std::move(s), chain});
            }
        }
        items = std::move(next);
        if (!expanded) break;
    }
    Pipeline out;
    for (Item &item : items)
        out.stages.push_back(std::move(item.stage));
    checkPipeline(out, all);
    return out;
}

} // namespace ad::style
