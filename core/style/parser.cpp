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

int toInt(const Token &t, int min, int max, const QString &what)
{
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,10}$"));
    if (!digits.match(t.text).hasMatch())
        invalid(QCoreApplication::translate("ad::Error", "%1: '%2' is not an integer")
                    .arg(what, t.text),
                t);
    const qint64 v = t.text.toLongLong();
    if (v < min || v > max)
        invalid(QCoreApplication::translate("ad::Error", "%1: %2 is outside %3..%4")
                    .arg(what, t.text)
                    .arg(min)
                    .arg(max),
                t);
    return int(v);
}

bool toSwitch(const Token &t, const QString &what)
{
    return toInt(t, 0, 1, what) == 1;
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
    auto side = [&](int group) {
        return toInt({m.captured(group), t.offset}, 1, kMaxOutputSide, QStringLiteral("thumbnail"));
    };
    auto percent = [&](int group) {
        return toInt({m.captured(group), t.offset}, 1, 1000, QStringLiteral("thumbnail percent"));
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
            g.width = side(4);
        } else if (m.hasCaptured(5)) {
            g.kind = Geometry::Kind::Height;
            g.height = side(5);
        } else if (m.hasCaptured(6)) {
            g.width = side(6);
            g.height = side(7);
            const QString suffix = m.captured(8);
            g.kind = suffix == QLatin1String(">")   ? Geometry::Kind::ShrinkOnly
                     : suffix == QLatin1String("<") ? Geometry::Kind::EnlargeOnly
                     : suffix == QLatin1String("!") ? Geometry::Kind::Exact
                     : suffix == QLatin1String("r") ? Geometry::Kind::Cover
                                                    : Geometry::Kind::Fit;
        } else if (m.hasCaptured(9)) {
            g.kind = Geometry::Kind::Cover;
            g.width = side(9);
            g.height = side(10);
        } else {
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,12}$"));
            const QString a = m.captured(11);
            if (!digits.match(a).hasMatch() || a.toLongLong() < 1)
                throw ProcessingError(ErrorCode::InvalidArgument, QString());
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

Crop cropGeometry(const Token &t)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]*)x([0-9]*)$"));
    const auto m = re.match(t.text);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        invalid(QCoreApplication::translate("ad::Error", "crop: '%1' is not <W>x, x<H> or <W>x<H>")
                    .arg(t.text),
                t);
    Crop c;
    if (!m.captured(1).isEmpty())
        c.width = toInt({m.captured(1), t.offset}, 1, 30000, QStringLiteral("crop width"));
    if (!m.captured(2).isEmpty())
        c.height = toInt({m.captured(2), t.offset}, 1, 30000, QStringLiteral("crop height"));
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
    auto num = [&](int group, int min) {
        const qint64 v = m.captured(group).toLongLong();
        if (m.captured(group).size() > 6 || v < min || v > 30000)
            invalid(QCoreApplication::translate("ad::Error", "cut: '%1' has a value out of range")
                        .arg(t.text),
                    t);
        return int(v);
    };
    return Cut{num(1, 1), num(2, 1), num(3, 0), num(4, 0)};
}

Quality qualityValue(const Token &t, Quality::Kind kind, const QString &what, bool allowForce)
{
    Quality q;
    q.kind = kind;
    QString text = t.text;
    if (allowForce && text.endsWith(QLatin1Char('!'))) {
        q.forced = true;
        text.chop(1);
    }
    q.value = toInt({text, t.offset}, 0, 100, what);
    return q;
}

ImageFormat formatValue(const Token &t)
{
    const auto f = formatFromName(t.text);
    if (!f)
        invalid(QCoreApplication::translate("ad::Error", "format: '%1' is not a known format")
                    .arg(t.text),
                t);
    return *f;
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
    if (!m.hasMatch() || m.captured(1).toInt() < 1)
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
    Blur b;
    b.radius = m.captured(1).size() <= 2 ? m.captured(1).toInt() : 0;
    if (b.radius < 1 || b.radius > 50)
        invalid(QCoreApplication::translate("ad::Error", "blur: radius %1 is outside 1..50")
                    .arg(m.captured(1)),
                t);
    b.sigma = m.captured(2).toDouble();
    if (b.sigma <= 0 || b.sigma > 50)
        invalid(QCoreApplication::translate("ad::Error", "blur: sigma %1 is outside (0, 50]")
                    .arg(m.captured(2)),
                t);
    return b;
}

template <typename T> T *lastStepAs(MogrStage &stage)
{
    return stage.steps.empty() ? nullptr : std::get_if<T>(&stage.steps.back().op);
}

MogrStage parseMogr(Reader &r)
{
    MogrStage stage;
    while (!r.atEnd()) {
        const Token &key = r.next();
        const QString &k = key.text;
        MogrStep step;
        step.span = key.span();
        if (k == QLatin1String("auto-orient")) {
            step.op = AutoOrient{};
        } else if (k == QLatin1String("strip")) {
            step.op = Strip{};
        } else if (k == QLatin1String("pad") || k == QLatin1String("color")) {
            auto *thumb = lastStepAs<Thumbnail>(stage);
            const Token &v = r.value(key);
            if (!thumb)
                invalid(
                    QCoreApplication::translate("ad::Error", "'%1' must follow thumbnail").arg(k),
                    key);
            if (k == QLatin1String("pad")) {
                thumb->pad = toSwitch(v, QStringLiteral("pad"));
                if (*thumb->pad && thumb->geometry.kind != Geometry::Kind::Fit) // D19
                    invalid(QCoreApplication::translate("ad::Error",
                                                        "pad works only with the <W>x<H> geometry"),
                            key);
            } else
                thumb->color = colorValue(v, QStringLiteral("color"));
            stage.steps.back().span.length =
                v.offset + int(v.text.size()) - stage.steps.back().span.offset;
            continue;
        } else if (k == QLatin1String("gravity") || k == QLatin1String("dx") ||
                   k == QLatin1String("dy")) {
            auto *crop = lastStepAs<Crop>(stage);
            const Token &v = r.value(key);
            if (!crop)
                invalid(QCoreApplication::translate("ad::Error", "'%1' must follow crop").arg(k),
                        key);
            if (k == QLatin1String("gravity"))
                crop->gravity = gravityValue(v);
            else if (k == QLatin1String("dx"))
                crop->dx = toInt(v, -30000, 30000, QStringLiteral("dx"));
            else
                crop->dy = toInt(v, -30000, 30000, QStringLiteral("dy"));
            stage.steps.back().span.length =
                v.offset + int(v.text.size()) - stage.steps.back().span.offset;
            continue;
        } else {
            const Token &v = r.value(key);
            step.span.length = v.offset + int(v.text.size()) - key.offset;
            if (k == QLatin1String("thumbnail"))
                step.op = Thumbnail{thumbnailGeometry(v), {}, {}};
            else if (k == QLatin1String("cut"))
                step.op = cutGeometry(v);
            else if (k == QLatin1String("crop"))
                step.op = cropGeometry(v);
            else if (k == QLatin1String("iradius"))
                step.op = IRadius{toInt(v, 1, 15000, k)};
            else if (k == QLatin1String("rradius"))
                step.op = RRadius{toInt(v, 1, 15000, k)};
            else if (k == QLatin1String("scrop")) {
                const Crop c = cropGeometry(v);
                if (!c.width || !c.height)
                    invalid(QCoreApplication::translate("ad::Error", "scrop: '%1' is not <W>x<H>")
                                .arg(v.text),
                            v);
                step.op = SCrop{c.width, c.height};
            } else if (k == QLatin1String("rotate"))
                step.op = Rotate{toInt(v, 0, 360, k)};
            else if (k == QLatin1String("flip")) {
                if (v.text != QLatin1String("vertical") && v.text != QLatin1String("horizontal"))
                    invalid(QCoreApplication::translate("ad::Error",
                                                        "flip: '%1' is not vertical or horizontal")
                                .arg(v.text),
                            v);
                step.op = Flip{v.text == QLatin1String("vertical")};
            } else if (k == QLatin1String("blur"))
                step.op = blurValue(v);
            else if (k == QLatin1String("bright"))
                step.op = Bright{toInt(v, -100, 100, k)};
            else if (k == QLatin1String("contrast"))
                step.op = Contrast{toInt(v, -100, 100, k)};
            else if (k == QLatin1String("sharpen"))
                step.op = Sharpen{toInt(v, 10, 300, k)};
            else if (k == QLatin1String("grayscale"))
                step.op = Grayscale{toSwitch(v, k)};
            else if (k == QLatin1String("format"))
                step.op = Format{formatValue(v)};
            else if (k == QLatin1String("cgif"))
                step.op = CGif{toInt(v, 1, 100, k)};
            else if (k == QLatin1String("interlace"))
                step.op = Interlace{toSwitch(v, k)};
            else if (k == QLatin1String("quality"))
                step.op = qualityValue(v, Quality::Kind::Absolute, k, true);
            else if (k == QLatin1String("rquality"))
                step.op = qualityValue(v, Quality::Kind::Relative, k, false);
            else if (k == QLatin1String("lquality"))
                step.op = qualityValue(v, Quality::Kind::Floor, k, false);
            else if (k == QLatin1String("size-limit"))
                step.op = sizeLimitValue(v);
            else if (k == QLatin1String("ignore-error")) {
                if (v.text != QLatin1String("1"))
                    invalid(QCoreApplication::translate("ad::Error",
                                                        "ignore-error: only 1 is defined, got '%1'")
                                .arg(v.text),
                            v);
                step.op = IgnoreError{};
            } else
                fail(ErrorCode::UnknownOperation,
                     QCoreApplication::translate("ad::Error", "imageMogr2: unknown operation '%1'")
                         .arg(k),
                     key);
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
    ImageView2 v;
    if (r.atEnd())
        invalid(QCoreApplication::translate("ad::Error", "imageView2 needs a mode 1-5"), head);
    v.mode = toInt(r.next(), 1, 5, QStringLiteral("imageView2 mode"));
    while (!r.atEnd()) {
        const Token &key = r.next();
        const Token &val = r.value(key);
        const QString &k = key.text;
        if (k == QLatin1String("w"))
            v.width = toInt(val, 1, kMaxOutputSide, QStringLiteral("imageView2 w"));
        else if (k == QLatin1String("h"))
            v.height = toInt(val, 1, kMaxOutputSide, QStringLiteral("imageView2 h"));
        else if (k == QLatin1String("format")) {
            v.format = formatValue(val);
        } else if (k == QLatin1String("q"))
            v.quality = qualityValue(val, Quality::Kind::Absolute, k, true);
        else if (k == QLatin1String("rq"))
            v.rquality = qualityValue(val, Quality::Kind::Relative, k, false);
        else if (k == QLatin1String("lq"))
            v.lquality = qualityValue(val, Quality::Kind::Floor, k, false);
        else
            fail(ErrorCode::UnknownOperation,
                 QCoreApplication::translate("ad::Error", "imageView2: unknown parameter '%1'")
                     .arg(k),
                 key);
    }
    if (!v.width && !v.height)
        invalid(QCoreApplication::translate("ad::Error", "imageView2 needs w or h"), head);
    return v;
}

bool parsePlacement(const QString &k, const Token &val, WatermarkPlacement &p)
{
    if (k == QLatin1String("gravity"))
        p.gravity = gravityValue(val);
    else if (k == QLatin1String("dx"))
        p.dx = toInt(val, 0, kMaxOutputSide, k);
    else if (k == QLatin1String("dy"))
        p.dy = toInt(val, 0, kMaxOutputSide, k);
    else if (k == QLatin1String("dissolve"))
        p.dissolve = toInt(val, 1, 100, k);
    else if (k == QLatin1String("batch"))
        p.batch = toSwitch(val, k);
    else if (k == QLatin1String("degree"))
        p.degree = toInt(val, 0, 360, k);
    else
        return false;
    return true;
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
            level = toInt(val, 1, 3, k);
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
    ImageWatermark image;
    TextWatermark text;
    const Token *textToken = nullptr;
    bool haveSource = false;
    while (!r.atEnd()) {
        const Token &key = r.next();
        const Token &val = r.value(key);
        const QString &k = key.text;
        if (parsePlacement(k, val, type == 1 ? image.place : text.place)) continue;
        if (type == 1 && k == QLatin1String("image")) {
            image.image = textValue(val, k);
            haveSource = true;
        } else if (type == 1 && k == QLatin1String("blogo"))
            image.blogo = toInt(val, 1, 2, k);
        else if (type == 1 && k == QLatin1String("scatype"))
            image.scatype = toInt(val, 1, 3, k);
        else if (type == 1 && k == QLatin1String("spcent"))
            image.spcent = toInt(val, 1, 1000, k);
        else if (type == 2 && k == QLatin1String("text")) {
            text.text = watermarkText(val);
            textToken = &val;
            haveSource = true;
        } else if (type == 2 && k == QLatin1String("font")) {
            const QString name = textValue(val, k).normalized(QString::NormalizationForm_KC);
            if (!fontFor(name))
                invalid(
                    QCoreApplication::translate("ad::Error", "font: '%1' is not a supported font")
                        .arg(name),
                    val);
            text.font = name;
        } else if (type == 2 && k == QLatin1String("fontsize"))
            text.fontSize = toInt(val, 1, 1000, k);
        else if (type == 2 && k == QLatin1String("fill"))
            text.fill = colorValue(val, k);
        else if (type == 2 && k == QLatin1String("shadow"))
            text.shadow = toInt(val, 0, 100, k);
        else
            fail(ErrorCode::UnknownOperation,
                 QCoreApplication::translate("ad::Error", "watermark/%1: unknown parameter '%2'")
                     .arg(type)
                     .arg(k),
                 key);
    }
    if (!haveSource)
        invalid(QCoreApplication::translate("ad::Error", "watermark/%1 needs %2")
                    .arg(type)
                    .arg(type == 1 ? "image" : "text"),
                head);
    if (type == 1) {
        if (image.spcent && !image.scatype)
            invalid(QCoreApplication::translate("ad::Error", "spcent needs scatype"), head);
        if (image.scatype == 3 && image.spcent && *image.spcent > 250)
            invalid(QCoreApplication::translate("ad::Error",
                                                "spcent: %1 is outside 1..250 for scatype 3")
                        .arg(*image.spcent),
                    head);
        return image;
    }
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
