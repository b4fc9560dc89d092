// Parser, printer and style expansion of the CI processing grammar.

#include "common/error.h"
#include "imaging/executor.h"
#include "style/errorreport.h"
#include "style/parser.h"
#include "style/printer.h"
#include "style/schema.h"
#include "style/values.h"
#include "support/styleparams.h"
#include "support/testimages.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::style;

class StyleParserTest : public QObject
{
    Q_OBJECT

private:
    static Error errorOf(const QString &text)
    {
        try {
            parse(text);
        } catch (const ProcessingError &e) {
            return e.error();
        }
        return Error{ErrorCode::InvalidArgument, QStringLiteral("no error"), -2, 0};
    }

    static QString printOne(const EditOp &op)
    {
        EditItem item;
        item.op = op;
        return printItems({item});
    }

    // The operation made with other parameters set so that `p` applies (a thumbnail's height
    // needs a mode with a height, a tile angle needs tiling, a blind strength type 2).
    static std::optional<EditOp> whereApplies(const OpSpec &spec, const ParamSpec &p)
    {
        std::vector<EditOp> variants{spec.make()};
        for (const ParamSpec &q : spec.params) {
            QVariantList values;
            if (q.type == ParamType::Choice)
                for (const QString &c : q.choices)
                    values << c;
            if (q.type == ParamType::Bool) values << true;
            if (q.type == ParamType::Int && q.optional) values << int(q.min);
            for (const QVariant &v : values) {
                EditOp op = spec.make();
                q.set(op, v);
                variants.push_back(op);
            }
        }
        for (EditOp &op : variants) {
            test::fillRequiredImages(spec, op);
            if (p.appliesTo(op)) return op;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList canonical = {
            "imageMogr2/thumbnail/!50p",
            "imageMogr2/thumbnail/!50px",
            "imageMogr2/thumbnail/!x50p",
            "imageMogr2/thumbnail/800x",
            "imageMogr2/thumbnail/x600",
            "imageMogr2/thumbnail/800x600",
            "imageMogr2/thumbnail/800x600>",
            "imageMogr2/thumbnail/800x600<",
            "imageMogr2/thumbnail/!800x600r",
            "imageMogr2/thumbnail/800x600!",
            "imageMogr2/thumbnail/250000@",
            "imageMogr2/thumbnail/600x600/pad/1/color/I0ZGMDAwMA",
            "imageMogr2/cut/600x300x10x0",
            "imageMogr2/crop/300x",
            "imageMogr2/crop/x200",
            "imageMogr2/crop/300x200/gravity/southeast/dx/10/dy/5",
            "imageMogr2/iradius/100",
            "imageMogr2/rradius/30",
            "imageMogr2/scrop/200x200",
            "imageMogr2/rotate/90/auto-orient",
            "imageMogr2/auto-orient/flip/vertical",
            "imageMogr2/flip/horizontal",
            "imageMogr2/format/webp/cgif/20/interlace/1",
            "imageMogr2/format/heif",
            "imageMogr2/format/avif/quality/60",
            "imageMogr2/quality/60",
            "imageMogr2/quality/90!",
            "imageMogr2/rquality/80",
            "imageMogr2/lquality/80",
            "imageMogr2/blur/8x5",
            "imageMogr2/blur/3x1.5",
            "imageMogr2/bright/-30/contrast/40/sharpen/70/grayscale/1",
            "imageMogr2/strip/format/jpg/size-limit/15k!",
            "imageMogr2/size-limit/2m",
            "imageMogr2/thumbnail/800x/ignore-error/1",
            "imageView2/1/w/400/h/600/q/85",
            "imageView2/2/w/500/format/webp/q/70!/rq/80/lq/50",
            "imageView2/5/h/300",
            "watermark/1/image/"
            "aHR0cDovL2V4YW1wbGVidWNrZXQtMTI1MDAwMDAwMC5jb3MuYXAtc2hhbmdoYWkubXlxY2xvdWQuY29tL3NodW"
            "l5aW5fMi5wbmc/gravity/northwest/dx/10/dy/20/dissolve/50/batch/1/degree/45/scatype/1/"
            "spcent/200",
            "watermark/1/image/bG9nby5wbmc/blogo/1",
            "watermark/2/text/5pWw5o2u5LiH6LGh/font/c2ltaGVp6buR5L2TLnR0Zg/fontsize/28/fill/"
            "IzNEM0QzRA/gravity/center/dissolve/80/shadow/50",
            "imageMogr2/thumbnail/!50p|watermark/2/text/5pWw5o2u5LiH6LGh",
            "imageInfo",
            "exif",
            "imageAve",
            "imageMogr2/thumbnail/400x|imageInfo",
            "style/thumb-small",
            "watermark/3/type/3/text/QXNzZXREZXNrMjAyNg",
            "watermark/3/type/2/image/"
            "aHR0cDovL2V4YW1wbGVidWNrZXQtMTI1MDAwMDAwMC5jb3MuYXAtc2hhbmdoYWkubXlxY2xvdWQuY29tL21hcm"
            "sucG5n/level/3",
            "watermark/3/type/1/image/"
            "aHR0cDovL2V4YW1wbGVidWNrZXQtMTI1MDAwMDAwMC5jb3MuYXAtc2hhbmdoYWkubXlxY2xvdWQuY29tL21hcm"
            "sucG5n",
            "imageMogr2/thumbnail/800x|watermark/4/type/2/image/"
            "aHR0cDovL2V4YW1wbGVidWNrZXQtMTI1MDAwMDAwMC5jb3MuYXAtc2hhbmdoYWkubXlxY2xvdWQuY29tL21hcm"
            "sucG5n",
            "watermark/4/type/3",
        };
        for (const QString &s : canonical)
            QTest::newRow(qPrintable(s.left(60))) << s;
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        const Pipeline p = parse(text);
        QCOMPARE(print(p), text);
        QCOMPARE(print(parse(print(p))), text);
    }

    void normalisesEquivalentSpellings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("cover without !") << "imageMogr2/thumbnail/800x600r"
                                         << "imageMogr2/thumbnail/!800x600r";
        QTest::newRow("padded base64") << "imageMogr2/thumbnail/600x600/pad/1/color/I0ZGMDAwMA=="
                                       << "imageMogr2/thumbnail/600x600/pad/1/color/I0ZGMDAwMA";
        QTest::newRow("colour without #") << "imageMogr2/thumbnail/6x6/pad/1/color/RkYwMDAw"
                                          << "imageMogr2/thumbnail/6x6/pad/1/color/I0ZGMDAwMA";
        QTest::newRow("percent-encoded >") << "imageMogr2/thumbnail/800x600%3E"
                                           << "imageMogr2/thumbnail/800x600>";
        QTest::newRow("leading ?") << "?imageMogr2/quality/60"
                                   << "imageMogr2/quality/60";
        QTest::newRow("gravity case") << "imageMogr2/crop/3x2/gravity/SouthEast"
                                      << "imageMogr2/crop/3x2/gravity/southeast";
        QTest::newRow("jpeg alias") << "imageMogr2/format/jpeg"
                                    << "imageMogr2/format/jpg";
        QTest::newRow("font in Kangxi radicals")
            << "watermark/2/text/YQ/font/" +
                   encodeBase64Param(QStringLiteral("simhei\u2FCA体.ttf").toUtf8())
            << "watermark/2/text/YQ/font/" +
                   encodeBase64Param(QStringLiteral("simhei黑体.ttf").toUtf8());
    }

    void normalisesEquivalentSpellings()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        QCOMPARE(print(parse(input)), canonical);
    }

    void typedValues()
    {
        const Pipeline p = parse(QStringLiteral(
            "imageMogr2/thumbnail/!800x600r/crop/300x200/gravity/center/quality/85!"));
        const auto &m = std::get<MogrStage>(p.stages.at(0).op);
        QCOMPARE(m.steps.size(), size_t(3));
        const auto &t = std::get<Thumbnail>(m.steps[0].op);
        QCOMPARE(t.geometry.kind, Geometry::Kind::Cover);
        QCOMPARE(t.geometry.width, 800);
        QCOMPARE(t.geometry.height, 600);
        const auto &c = std::get<Crop>(m.steps[1].op);
        QCOMPARE(*c.gravity, Gravity::Center);
        const auto &q = std::get<Quality>(m.steps[2].op);
        QVERIFY(q.forced);
        QCOMPARE(q.value, 85);

        const auto text = std::get<TextWatermark>(
            parse(QStringLiteral("watermark/2/text/5pWw5o2u5LiH6LGh/fill/I0ZGMDAwMA"))
                .stages[0]
                .op);
        QCOMPARE(text.text, QStringLiteral("数据万象"));
        QCOMPARE(*text.fill, qRgb(255, 0, 0));
        const auto sl = std::get<SizeLimit>(
            std::get<MogrStage>(parse(QStringLiteral("imageMogr2/size-limit/15k!")).stages[0].op)
                .steps[0]
                .op);
        QCOMPARE(sl.bytes(), 15 * 1024);
        QVERIFY(sl.keepSmaller);
    }

    void base64ReferenceEncodings()
    {
        // The reference table of grammar 0.5.
        QCOMPARE(encodeBase64Param(QByteArray("#FFFFFF")), QStringLiteral("I0ZGRkZGRg"));
        QCOMPARE(encodeBase64Param(QStringLiteral("simfang仿宋.ttf").toUtf8()),
                 QStringLiteral("c2ltZmFuZ-S7v-Wuiy50dGY"));
        QCOMPARE(decodeBase64Param(QStringLiteral("c2ltZmFuZ-S7v-Wuiy50dGY=")).value(),
                 QStringLiteral("simfang仿宋.ttf").toUtf8());
        QCOMPARE(decodeBase64Param(QStringLiteral("c2ltZmFuZ+S7v+Wuiy50dGY")).value(),
                 QStringLiteral("simfang仿宋.ttf").toUtf8());
        QVERIFY(!decodeBase64Param(QStringLiteral("not*base64")));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("token"); // the text the error points at
        auto row = [](const char *name, const QString &t, ErrorCode c, const QString &token) {
            QTest::newRow(name) << t << int(c) << token;
        };
        row("bad geometry", "imageMogr2/thumbnail/abc", ErrorCode::InvalidArgument, "abc");
        row("percent 0", "imageMogr2/thumbnail/!0p", ErrorCode::InvalidArgument, "!0p");
        row("percent 1001", "imageMogr2/thumbnail/!1001p", ErrorCode::InvalidArgument, "!1001p");
        row("side > 9999", "imageMogr2/thumbnail/10000x", ErrorCode::InvalidArgument, "10000x");
        row("area 0", "imageMogr2/thumbnail/0@", ErrorCode::InvalidArgument, "0@");
        row("missing value", "imageMogr2/thumbnail", ErrorCode::InvalidArgument, "thumbnail");
        row("empty value", "imageMogr2/rotate//format/png", ErrorCode::InvalidArgument, "");
        row("rotate 361", "imageMogr2/rotate/361", ErrorCode::InvalidArgument, "361");
        row("bright 101", "imageMogr2/bright/101", ErrorCode::InvalidArgument, "101");
        row("sharpen 9", "imageMogr2/sharpen/9", ErrorCode::InvalidArgument, "9");
        row("blur radius 51", "imageMogr2/blur/51x2", ErrorCode::InvalidArgument, "51x2");
        row("blur sigma 0", "imageMogr2/blur/5x0", ErrorCode::InvalidArgument, "5x0");
        row("quality 101", "imageMogr2/quality/101", ErrorCode::InvalidArgument, "101");
        row("rquality !", "imageMogr2/rquality/80!", ErrorCode::InvalidArgument, "80!");
        row("cgif 0", "imageMogr2/cgif/0", ErrorCode::InvalidArgument, "0");
        row("format", "imageMogr2/format/tiff", ErrorCode::InvalidArgument, "tiff");
        row("flip", "imageMogr2/flip/diagonal", ErrorCode::InvalidArgument, "diagonal");
        row("gravity", "imageMogr2/crop/3x3/gravity/up", ErrorCode::InvalidArgument, "up");
        row("pad without thumbnail", "imageMogr2/pad/1", ErrorCode::InvalidArgument, "pad");
        row("pad with cover", "imageMogr2/thumbnail/!80x60r/pad/1", ErrorCode::InvalidArgument,
            "pad");
        row("gravity without crop", "imageMogr2/rotate/90/gravity/north",
            ErrorCode::InvalidArgument, "gravity");
        row("size-limit unit", "imageMogr2/size-limit/15g", ErrorCode::InvalidArgument, "15g");
        row("size-limit bare", "imageMogr2/strip/size-limit", ErrorCode::InvalidArgument,
            "size-limit");
        row("ignore-error 2", "imageMogr2/ignore-error/2", ErrorCode::InvalidArgument, "2");
        row("colour", "imageMogr2/thumbnail/4x4/pad/1/color/eHl6", ErrorCode::InvalidArgument,
            "eHl6");
        row("view mode 6", "imageView2/6/w/10", ErrorCode::InvalidArgument, "6");
        row("view no size", "imageView2/2/format/png", ErrorCode::InvalidArgument, "imageView2");
        row("text not base64", "watermark/2/text/@@", ErrorCode::InvalidArgument, "@@");
        row("unknown font", "watermark/2/text/YQ/font/Y29taWMudHRm", ErrorCode::InvalidArgument,
            "Y29taWMudHRm");
        row("dissolve 0", "watermark/2/text/YQ/dissolve/0", ErrorCode::InvalidArgument, "0");
        row("spcent without scatype", "watermark/1/image/YS5wbmc/spcent/10",
            ErrorCode::InvalidArgument, "watermark");
        row("spcent area 251", "watermark/1/image/YS5wbmc/scatype/3/spcent/251",
            ErrorCode::InvalidArgument, "watermark");
        row("no text", "watermark/2/fontsize/20", ErrorCode::InvalidArgument, "watermark");
        row("info not last", "imageInfo|imageMogr2/rotate/90", ErrorCode::InvalidArgument,
            "imageInfo");
        row("info with args", "imageInfo/1", ErrorCode::InvalidArgument, "1");
        row("empty", "", ErrorCode::InvalidArgument, "");
        row("empty stage", "imageMogr2/rotate/90||imageInfo", ErrorCode::InvalidArgument, "");
        row("unknown op", "imageMogr2/sepia/30", ErrorCode::UnknownOperation, "sepia");
        row("unknown stage", "imageSlim", ErrorCode::UnknownOperation, "imageSlim");
        row("unknown wm param", "watermark/2/text/YQ/colour/1", ErrorCode::UnknownOperation,
            "colour");
        row("blind text alphabet", "watermark/3/type/3/text/YSBi", ErrorCode::InvalidArgument,
            "YSBi");
        row("blind https image",
            "watermark/3/type/2/image/"
            "aHR0cHM6Ly9leGFtcGxlYnVja2V0LTEyNTAwMDAwMDAuY29zLmFwLXNoYW5naGFpLm15cWNsb3VkLmNvbS9tYX"
            "JrLnBuZw",
            ErrorCode::InvalidArgument,
            "aHR0cHM6Ly9leGFtcGxlYnVja2V0LTEyNTAwMDAwMDAuY29zLmFwLXNoYW5naGFpLm15cWNsb3VkLmNvbS9tYX"
            "JrLnBuZw");
        row("blind without type", "watermark/3/text/QUJD", ErrorCode::InvalidArgument, "watermark");
        row("blind type 4", "watermark/3/type/4/text/QUJD", ErrorCode::InvalidArgument, "4");
        row("blind level 4",
            "watermark/3/type/2/image/"
            "aHR0cDovL2V4YW1wbGVidWNrZXQtMTI1MDAwMDAwMC5jb3MuYXAtc2hhbmdoYWkubXlxY2xvdWQuY29tL21hcm"
            "sucG5n/level/4",
            ErrorCode::InvalidArgument, "4");
        row("blind needs image", "watermark/4/type/1", ErrorCode::InvalidArgument, "watermark");
        row("extraction not last", "watermark/4/type/3|imageMogr2/rotate/90",
            ErrorCode::InvalidArgument, "watermark/4/type/3");
        row("style name", "style/bad$name", ErrorCode::InvalidStyleName, "bad$name");
        QString eleven = QStringLiteral("imageMogr2/rotate/90");
        for (int i = 0; i < 10; ++i)
            eleven += QStringLiteral("|imageMogr2/rotate/90");
        row("11 stages", eleven, ErrorCode::TooManyStages, eleven);
        QString marks = QStringLiteral("watermark/1/image/YS5wbmc");
        for (int i = 0; i < 10; ++i)
            marks += QStringLiteral("|watermark/1/image/YS5wbmc");
        row("11 image watermarks", marks, ErrorCode::TooManyStages, marks);
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(QString, token);
        const Error e = errorOf(text);
        QVERIFY2(e.offset != -2, "expected an error");
        QCOMPARE(int(e.code), code);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(e.errNo() < 0);
        QCOMPARE(text.mid(e.offset, e.length), token);
    }

    // Every Int and Real parameter of the schema, at its bounds and one step past them, is
    // printed and parsed: the bounds are accepted and read back, a step past is refused at the
    // operation with the table's bounds in the message. Reals are above min and at most max.
    void parserEnforcesTheTableRanges()
    {
        // Refusals that name the syntax instead of the range (digit counts, a bare "0@").
        const QStringList namesSyntax = {"cut.width below",
                                         "cut.width above",
                                         "cut.height below",
                                         "cut.height above",
                                         "cut.dx below",
                                         "cut.dx above",
                                         "cut.dy below",
                                         "cut.dy above",
                                         "size-limit.amount below",
                                         "size-limit.amount above",
                                         "thumbnail.area below"};
        QStringList failures, unwritable;
        int ranges = 0;
        for (const OpSpec &spec : operations()) {
            for (const ParamSpec &p : spec.params) {
                if (p.type != ParamType::Int && p.type != ParamType::Real) continue;
                const QString name = spec.id + QLatin1Char('.') + p.key;
                const auto made = whereApplies(spec, p);
                if (!made) {
                    failures << name + QStringLiteral(": no operation where it applies");
                    continue;
                }
                ++ranges;
                const bool real = p.type == ParamType::Real;
                const auto valueOf = [&](double v) {
                    return real ? QVariant(v) : QVariant(int(v));
                };
                const double step = real ? 0.01 : 1;
                for (const double v : {real ? p.min + step : p.min, p.max}) {
                    EditOp op = *made;
                    p.set(op, valueOf(v));
                    const QString text = printOne(op);
                    const Error e = errorOf(text);
                    if (e.offset != -2)
                        failures << QStringLiteral("%1 = %2 refused: %3 (%4)")
                                        .arg(name, QString::number(v), e.message, text);
                    else if (p.get(itemsOf(parse(text)).front().op) != valueOf(v))
                        failures << QStringLiteral("%1 = %2 read back as %3 (%4)")
                                        .arg(name, QString::number(v),
                                             p.get(itemsOf(parse(text)).front().op).toString(),
                                             text);
                }
                const std::pair<double, const char *> past[] = {
                    {real ? p.min : p.min - step, "below"}, {p.max + step, "above"}};
                for (const auto &[v, side] : past) {
                    EditOp op = *made;
                    p.set(op, valueOf(v));
                    if (p.get(op) != valueOf(v)) { // the AST cannot hold it: never written
                        unwritable << name + u' ' + QLatin1String(side);
                        continue;
                    }
                    const QString text = printOne(op);
                    const Error e = errorOf(text);
                    const QString bounds =
                        real ? QStringLiteral("(%1, %2]").arg(p.min).arg(p.max)
                             : QStringLiteral("%1..%2").arg(qint64(p.min)).arg(qint64(p.max));
                    const int opStart = text.indexOf(QLatin1Char('/')) + 1;
                    if (e.offset == -2)
                        failures << QStringLiteral("%1 = %2 accepted (%3)")
                                        .arg(name, QString::number(v), text);
                    else if (e.code != ErrorCode::InvalidArgument || e.length <= 0 ||
                             e.offset < opStart || e.offset + e.length > text.size())
                        failures << QStringLiteral("%1 = %2: %3 at %4+%5 (%6)")
                                        .arg(name, QString::number(v), e.toString())
                                        .arg(e.offset)
                                        .arg(e.length)
                                        .arg(text);
                    else if (!namesSyntax.contains(name + u' ' + QLatin1String(side)) &&
                             !e.message.contains(bounds))
                        failures << QStringLiteral("%1 = %2: '%3' does not name %4")
                                        .arg(name, QString::number(v), e.message, bounds);
                }
            }
        }
        // An area has no upper bound in the string (up to 12 digits); the table's maximum is
        // the editor field's.
        QCOMPARE(failures.filter(QStringLiteral("thumbnail.area")),
                 QStringList{QStringLiteral("thumbnail.area = 9.998e+07 accepted "
                                            "(imageMogr2/thumbnail/99980002@)")});
        failures.removeAll(failures.filter(QStringLiteral("thumbnail.area")).value(0));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY2(ranges >= 45, qPrintable(QString::number(ranges))); // the table's today
        // A crop's side of 0 is "the source's", so one below the minimum cannot be written.
        QCOMPARE(unwritable, QStringList({"crop.width below", "crop.height below"}));
    }

    void tenImageWatermarksAreAllowed()
    {
        QString text = QStringLiteral("watermark/1/image/YS5wbmc");
        for (int i = 0; i < 9; ++i)
            text += QStringLiteral("|watermark/1/image/YS5wbmc");
        QVERIFY(errorOf(text).offset == -2); // ten is fine
        const Pipeline p = parse(text);
        const auto lookup = [](const QString &) {
            return std::optional<QString>(QStringLiteral("watermark/1/image/YS5wbmc"));
        };
        Pipeline withStyle = p;
        withStyle.stages.pop_back();
        withStyle.stages.push_back(parse(QStringLiteral("style/a")).stages[0]);
        QCOMPARE(expandStyles(withStyle, lookup).stages.size(), size_t(10));
    }

    void styleExpansion()
    {
        const auto lookup = [](const QString &name) -> std::optional<QString> {
            if (name == QLatin1String("small"))
                return QStringLiteral("imageMogr2/thumbnail/!50p|imageMogr2/format/webp");
            if (name == QLatin1String("nested"))
                return QStringLiteral("style/small|imageMogr2/rotate/90");
            if (name == QLatin1String("loop")) return QStringLiteral("style/loop");
            if (name == QLatin1String("deep"))
                return QStringLiteral(
                    "imageMogr2/rotate/1|imageMogr2/rotate/2|imageMogr2/rotate/3|imageMogr2/rotate/"
                    "4|imageMogr2/rotate/5|imageMogr2/rotate/6");
            return std::nullopt;
        };
        QCOMPARE(
            print(expandStyles(parse(QStringLiteral("style/nested|imageInfo")), lookup)),
            QStringLiteral(
                "imageMogr2/thumbnail/!50p|imageMogr2/format/webp|imageMogr2/rotate/90|imageInfo"));
        auto code = [&](const QString &text) {
            try {
                expandStyles(parse(text), lookup);
            } catch (const ProcessingError &e) {
                return e.error().code;
            }
            return ErrorCode::IoError;
        };
        QCOMPARE(code(QStringLiteral("style/missing")), ErrorCode::StyleNotFound);
        QCOMPARE(code(QStringLiteral("style/loop")), ErrorCode::InvalidArgument);
        // Six stages from the style plus five written: eleven after expansion.
        QCOMPARE(
            code(QStringLiteral("style/deep|imageMogr2/rotate/9|imageMogr2/rotate/9|imageMogr2/"
                                "rotate/9|imageMogr2/rotate/9|imageMogr2/rotate/9")),
            ErrorCode::TooManyStages);
    }

    void watermarkTextValidatedAsDrawn_data()
    {
        QTest::addColumn<QByteArray>("text"); // UTF-8, before Base64
        QTest::addColumn<int>("fontSize");    // 0: the default, 13 px
        QTest::addColumn<bool>("valid");
        auto row = [](const char *name, const QByteArray &text, int size, bool valid) {
            QTest::newRow(name) << text << size << valid;
        };
        row("NUL", QByteArray("a\0b", 3), 0, false);
        row("ESC sequence", "\x1b[31mred", 0, false);
        row("newline", "two\nlines", 0, false);
        row("tab", "a\tb", 0, false);
        row("DEL", "a\x7f", 0, false);
        row("C1 NEL", "a\302\205b", 0, false); // octal: a hex escape would swallow the b
        row("line separator", "a\342\200\250b", 0, false);
        row("not UTF-8", "a\377\376b", 0, false);
        row("20000 characters", QByteArray(20000, 'a'), 0, false);
        row("1001 characters", QByteArray(1001, 'a'), 0, false);
        row("1000 characters", QByteArray(1000, 'a'), 0, true);
        row("CJK", "\xe6\x95\xb0\xe6\x8d\xae\xe4\xb8\x87\xe8\xb1\xa1", 0, true);
        row("25 W at 1000 px", QByteArray(25, 'W'), 1000, true);
        row("26 W at 1000 px", QByteArray(26, 'W'), 1000, false);
        row("25 CJK at 1000 px", QByteArray("\xe4\xb8\x87").repeated(25), 1000, true);
    }

    void watermarkTextValidatedAsDrawn()
    {
        // validate (the parser) and process (the renderer) must agree: text the parser accepts is
        // drawn, and text the renderer cannot draw is refused with an InvalidArgument naming it.
        QFETCH(QByteArray, text);
        QFETCH(int, fontSize);
        QFETCH(bool, valid);
        const QString token = encodeBase64Param(text);
        QString processing = QStringLiteral("watermark/2/text/") + token;
        if (fontSize) processing += QStringLiteral("/fontsize/%1").arg(fontSize);
        const Error validated = errorOf(processing);
        QCOMPARE(validated.offset == -2, valid);
        if (!valid) {
            QCOMPARE(validated.code, ErrorCode::InvalidArgument);
            QCOMPARE(processing.mid(validated.offset, validated.length), token);
        }
        QTemporaryDir dir;
        const QString input =
            test::writeTemp(dir, QStringLiteral("in.png"), test::makeImage(64, 48, "png"));
        try {
            const imaging::ProcessResult r = imaging::process({input, {}}, processing);
            QVERIFY2(valid, "process drew what validate refuses");
            QCOMPARE(test::sizeOf(r.data), QSize(64, 48));
        } catch (const ProcessingError &e) {
            QVERIFY2(!valid, qPrintable(e.error().toString()));
            QCOMPARE(e.error().code, validated.code);
            QCOMPARE(e.error().message, validated.message);
        }
    }

    void errorReportEscapesEchoedTokens()
    {
        // %0A is a newline once decoded: the message, the echo and the caret stay on their lines.
        QCOMPARE(errorReport(errorOf(QStringLiteral("imageMogr2/sepia%0A/30")),
                             QStringLiteral("imageMogr2/sepia%0A/30")),
                 QStringLiteral("ERROR UnknownOperation: imageMogr2: unknown operation "
                                "'sepia\\n' (X-ErrNo -60998)\n"
                                "  imageMogr2/sepia\\n/30\n"
                                "             ^^^^^^^\n"));
        // An escape sequence and a carriage return never reach the terminal raw.
        const QString hostile = QStringLiteral("imageMogr2/rot\x1b[2J\rate/90");
        // The message itself is escaped where it is made, so journals and windows get it so too.
        QCOMPARE(errorOf(hostile).message,
                 QStringLiteral("imageMogr2: unknown operation 'rot\\x1b[2J\\rate'"));
        const QString report = errorReport(errorOf(hostile), hostile);
        QVERIFY(!report.contains(QChar(0x1b)));
        QVERIFY(!report.contains(QLatin1Char('\r')));
        QCOMPARE(report.count(QLatin1Char('\n')), 3);
        QVERIFY(report.contains(QStringLiteral("'rot\\x1b[2J\\rate'")));
        QVERIFY(report.endsWith(QStringLiteral("\n             ^^^^^^^^^^^^^^^\n")));
        QCOMPARE(escapeControls(QStringLiteral("a\u0000\u0085\u202e\\n")),
                 QStringLiteral("a\\x00\\u0085\\u202e\\n"));
        QCOMPARE(escapeControls(escapeControls(hostile)), escapeControls(hostile));
    }

    void errorReportCaretCountsDisplayColumns()
    {
        // CJK characters take two terminal columns each; combining marks none.
        QCOMPARE(displayWidth(QStringLiteral("\u7F29\u7565\u56FE")), 6);
        QCOMPARE(displayWidth(QStringLiteral("e\u0301x")), 2);
        QCOMPARE(displayWidth(QStringLiteral("\uFF11\uFF10x")), 5); // fullwidth digits
        const QString cjk =
            QStringLiteral("imageMogr2/\u7F29\u7565\u56FE/800x|imageMogr2/rotate/90");
        QCOMPARE(errorReport(errorOf(cjk), cjk),
                 QStringLiteral("ERROR UnknownOperation: imageMogr2: unknown operation "
                                "'\u7F29\u7565\u56FE' (X-ErrNo -60998)\n"
                                "  %1\n"
                                "             ^^^^^^\n")
                     .arg(cjk));
        // Offsets count in the decoded string, so a percent-encoded token is echoed decoded.
        const QString encoded =
            QStringLiteral("imageMogr2/thumbnail/%EF%BC%91%EF%BC%90x/rotate/%E4%B9%9D%E5%8D%81");
        QCOMPARE(errorReport(errorOf(encoded), encoded).section(QLatin1Char('\n'), 1),
                 QStringLiteral("  imageMogr2/thumbnail/\uFF11\uFF10x/rotate/\u4E5D\u5341\n"
                                "                       ^^^^^\n"));
    }

    void neverCrashesOnMutations()
    {
        // Every prefix and every single-character corruption of a rich string either parses or
        // yields a located error; the offset always lies inside the text.
        const QString base = QStringLiteral(
            "imageMogr2/thumbnail/!800x600r/crop/300x200/gravity/center/quality/85!|"
            "watermark/2/text/5pWw5o2u5LiH6LGh/fill/I0ZGMDAwMA/dissolve/80|imageInfo");
        const QString junk = QStringLiteral("/|!x@<>%0a-_=");
        for (int i = 0; i <= base.size(); ++i) {
            for (const QString &candidate :
                 {base.left(i), QString(base).insert(i, junk[i % junk.size()])}) {
                try {
                    parse(candidate);
                } catch (const ProcessingError &e) {
                    QVERIFY(e.error().offset >= -1);
                    QVERIFY(e.error().offset <= candidate.size());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(StyleParserTest)
#include "test_style_parser.moc"
