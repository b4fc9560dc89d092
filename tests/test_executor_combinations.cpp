// Pairs (and a sample of triples) of operations over inputs that exercise the decoder's paths:
// sizes at the shrink-on-load boundaries, EXIF orientations, alpha, 16 bit, CMYK and animation,
// in one imageMogr2 stage and split across '|'. Each run must either give the size, frame
// count and format the sizing model predicts, or fail with the CI error the model predicts;
// a library error (a message from libvips, "out of order read", ...) is always a failure.

#include "common/error.h"
#include "imaging/executor.h"
#include "imaging/sizing.h"
#include "imaging/vipsutil.h"
#include "style/parser.h"
#include "style/values.h"
#include "support/testimages.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace ad;
using namespace ad::imaging;
using style::ImageFormat;
using vips::VImage;

namespace
{

// The requested width of the thumbnail operations. Inputs are 25 times taller than wide, so
// that even the smallest is taller than libvips' sequential read-behind window.
constexpr int kTarget = 30;
constexpr int kAspect = 25;

struct Input {
    QString name;
    QByteArray bytes;
    ImageFormat format = ImageFormat::Jpeg;
    QSize size; // stored (not upright) frame size
    int frames = 1;
    int orientation = 1;
};

struct Op {
    QString text;
    bool ownStage = false; // a whole stage (imageView2, watermark); else an imageMogr2 step
};

struct Outcome {
    std::optional<ErrorCode> error;
    QSize size;
    int frames = 1;
    ImageFormat format = ImageFormat::Jpeg;
    bool upright = false; // auto-orient applied: the output must carry no orientation
};

QByteArray save(const VImage &image, const char *suffix)
{
    void *buf = nullptr;
    size_t len = 0;
    image.write_to_buffer(suffix, &buf, &len);
    QByteArray out(static_cast<const char *>(buf), qsizetype(len));
    g_free(buf);
    return out;
}

VImage gradient(QSize size)
{
    const QByteArray png = test::makeImage(size.width(), size.height(), "png");
    return VImage::new_from_buffer(png.constData(), size_t(png.size()), "").copy_memory();
}

VImage animated(QSize frame, int frames)
{
    std::vector<VImage> list;
    for (int i = 0; i < frames; ++i)
        list.push_back(gradient(frame) * std::vector<double>{1.0, 1.0 - 0.2 * i, 1.0});
    VImage all = VImage::arrayjoin(list, VImage::option()->set("across", 1))
                     .cast(VIPS_FORMAT_UCHAR)
                     .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
    all.set("page-height", frame.height());
    all.set("delay", std::vector<int>(size_t(frames), 100));
    return all;
}

QList<Input> makeInputs()
{
    QList<Input> inputs;
    // The thumbnail operations ask for kTarget px wide: 1x, 1.33x, 2x, 2.67x and 8x that, for
    // JPEG (shrink-on-load by 2, 4, 8) and WebP (any factor).
    const QList<std::pair<QString, double>> factors = {
        {"1x", 1.0}, {"1.33x", 4.0 / 3}, {"2x", 2.0}, {"2.67x", 8.0 / 3}, {"8x", 8.0}};
    for (const auto &[label, k] : factors) {
        const QSize s(qRound(kTarget * k), qRound(kTarget * k) * kAspect);
        inputs.append({"jpeg " + label, test::makeImage(s.width(), s.height(), "jpg", 85),
                       ImageFormat::Jpeg, s});
    }
    const QSize s(21, 21 * kAspect);
    const QSize webp(43, 43 * kAspect);
    inputs.append({"webp 2.67x", save(gradient(webp), ".webp"), ImageFormat::Webp, webp});
    const VImage base = gradient(s);
    for (int o = 1; o <= 8; ++o) {
        VImage tagged = base.copy();
        tagged.set("orientation", o);
        inputs.append({QStringLiteral("jpeg orientation %1").arg(o), save(tagged, ".jpg"),
                       ImageFormat::Jpeg, s, 1, o});
    }
    const VImage alpha = base.bandjoin((base.extract_band(1) * 0.5 + 64).cast(VIPS_FORMAT_UCHAR));
    inputs.append({"png alpha", save(alpha, ".png"), ImageFormat::Png, s});
    const VImage deep =
        (base.cast(VIPS_FORMAT_USHORT) * 257)
            .cast(VIPS_FORMAT_USHORT)
            .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_RGB16));
    inputs.append({"png 16 bit", save(deep, ".png"), ImageFormat::Png, s});
    const VImage cmyk =
        base.bandjoin((base.extract_band(0) * 0.3).cast(VIPS_FORMAT_UCHAR))
            .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_CMYK));
    inputs.append({"jpeg cmyk", save(cmyk, ".jpg"), ImageFormat::Jpeg, s});
    const VImage frames = animated(s, 3);
    inputs.append({"gif animated", save(frames, ".gif"), ImageFormat::Gif, s, 3});
    inputs.append({"webp animated", save(frames, ".webp"), ImageFormat::Webp, s, 3});
    return inputs;
}

QString base64(const QByteArray &text)
{
    return QString::fromLatin1(
        text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QList<Op> makeOps(const QString &markPath)
{
    QList<Op> ops;
    // Sized for the 16 px target: some fit every input, some fail on a scaled-down one.
    for (const char *step : {"thumbnail/16x",
                             "thumbnail/16x16!",
                             "thumbnail/!16x16r",
                             "thumbnail/16x16/pad/1",
                             "thumbnail/!75p",
                             "thumbnail/32x800>",
                             "thumbnail/3000@",
                             "cut/10x300x3x10",
                             "crop/12x400/gravity/center",
                             "iradius/5",
                             "rradius/4",
                             "rotate/90",
                             "rotate/10",
                             "auto-orient",
                             "flip/vertical",
                             "flip/horizontal",
                             "blur/3x2",
                             "bright/20",
                             "sharpen/70",
                             "grayscale/1",
                             "format/png"})
        ops.append({QString::fromLatin1(step)});
    for (const char *stage :
         {"imageView2/1/w/16/h/16", "imageView2/2/w/16", "imageView2/5/w/900/h/12"})
        ops.append({QString::fromLatin1(stage), true});
    ops.append({"watermark/2/text/" + base64("AD") + "/fontsize/10", true});
    ops.append({"watermark/1/image/" + base64(markPath.toUtf8()) + "/gravity/center", true});
    return ops;
}

QString stageOf(const Op &op)
{
    return op.ownStage ? op.text : "imageMogr2/" + op.text;
}

// All operations in one imageMogr2 stage where they can share one; each its own stage if split.
QString processing(const QList<Op> &ops, bool split)
{
    QStringList stages;
    for (const Op &op : ops) {
        if (!split && !op.ownStage && !stages.isEmpty() && stages.last().startsWith("imageMogr2/"))
            stages.last() += "/" + op.text;
        else
            stages.append(stageOf(op));
    }
    return stages.join('|');
}

bool animatedFormat(ImageFormat f)
{
    return f == ImageFormat::Gif || f == ImageFormat::Webp;
}

// The model: sizes from imaging/sizing, and the documented rules for everything else.
Outcome failure(ErrorCode code)
{
    Outcome out;
    out.error = code;
    return out;
}

Outcome predict(const Input &in, const style::Pipeline &pipeline)
{
    Outcome out;
    QSize s = in.size;
    int orientation = in.orientation;
    ImageFormat format = in.format;
    auto radiusAllowed = [&](int r) -> std::optional<ErrorCode> {
        if (in.format == ImageFormat::Gif) return ErrorCode::UnsupportedFormat;
        if (2 * r >= std::min(s.width(), s.height())) return ErrorCode::InvalidArgument;
        return std::nullopt;
    };
    try {
        for (const style::Stage &stage : pipeline.stages) {
            if (const auto *v = std::get_if<style::ImageView2>(&stage.op)) {
                s = imageView2Plan(*v, s).crop.size();
                if (v->format) format = *v->format;
            }
            const auto *m = std::get_if<style::MogrStage>(&stage.op);
            for (const style::MogrStep &step : m ? m->steps : std::vector<style::MogrStep>{}) {
                const style::MogrOp &op = step.op;
                if (const auto *t = std::get_if<style::Thumbnail>(&op)) {
                    s = t->pad.value_or(false) ? QSize(t->geometry.width, t->geometry.height)
                                               : thumbnailSize(t->geometry, s);
                } else if (const auto *c = std::get_if<style::Cut>(&op)) {
                    s = cutRect(*c, s).size();
                } else if (const auto *c = std::get_if<style::Crop>(&op)) {
                    s = cropRect(*c, s).size();
                } else if (const auto *r = std::get_if<style::IRadius>(&op)) {
                    if (const auto e = radiusAllowed(r->radius)) return failure(*e);
                    s = QSize(2 * r->radius, 2 * r->radius);
                } else if (const auto *r = std::get_if<style::RRadius>(&op)) {
                    if (const auto e = radiusAllowed(r->radius)) return failure(*e);
                } else if (const auto *r = std::get_if<style::Rotate>(&op)) {
                    s = rotatedSize(s, r->degrees);
                } else if (std::holds_alternative<style::AutoOrient>(op)) {
                    if (orientation >= 5) s.transpose();
                    orientation = 1;
                    out.upright = true;
                } else if (const auto *f = std::get_if<style::Format>(&op)) {
                    format = f->format;
                }
            }
        }
    } catch (const ProcessingError &e) {
        return failure(e.error().code);
    }
    out.size = s;
    out.format = format;
    out.frames = animatedFormat(format) ? in.frames : 1;
    return out;
}

struct Decoded {
    QString loader;
    QSize size;
    int frames = 1;
    int orientation = 1;
};

Decoded decodeOutput(const QByteArray &bytes)
{
    Decoded d;
    const char *loader = findLoader(bytes);
    if (!loader) return d;
    d.loader = QString::fromLatin1(vips_nickname_find(g_type_from_name(loader)));
    const bool paged = d.loader.startsWith("gif") || d.loader.startsWith("webp");
    const VImage image = VImage::new_from_buffer(bytes.constData(), size_t(bytes.size()), "",
                                                 paged ? VImage::option()->set("n", -1) : nullptr);
    d.size = QSize(image.width(), frameHeight(image));
    d.frames = frameCount(image);
    if (image.get_typeof("orientation") == G_TYPE_INT) d.orientation = image.get_int("orientation");
    return d;
}

QString loaderFor(ImageFormat f)
{
    return style::formatName(f).replace("jpg", "jpeg") + "load_buffer";
}

QString sizeText(QSize s)
{
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

// Compares one run with the model; an empty string when it agrees.
QString check(const Input &in, const QString &processing)
{
    const QString where = in.name + " '" + processing + "': ";
    Outcome expected;
    try {
        expected = predict(in, style::parse(processing));
    } catch (const ProcessingError &e) {
        return where + "does not parse: " + e.error().message;
    }
    ProcessResult r;
    try {
        r = process({QString(), in.bytes}, processing);
    } catch (const ProcessingError &e) {
        const QString message = e.error().toString();
        static const QStringList leaks = {
            "vips",  "out of order", "libjpeg", "cairo",
            "pango", "glib",         "gobject", "cannot process image"};
        for (const QString &leak : leaks) {
            if (message.contains(leak, Qt::CaseInsensitive))
                return where + "library error leaked: " + message;
        }
        if (expected.error == e.error().code) return {};
        return where + "failed with " + message +
               (expected.error ? QString(" but the model expects another error")
                               : " but the model expects " + sizeText(expected.size));
    } catch (const std::exception &e) {
        return where + "threw " + QString::fromUtf8(e.what());
    }
    if (expected.error) return where + "succeeded but the model expects an error";
    const Decoded d = decodeOutput(r.data);
    QStringList wrong;
    if (d.size != expected.size || r.size != expected.size)
        wrong << "size " + sizeText(d.size) + " (reported " + sizeText(r.size) + "), expected " +
                     sizeText(expected.size);
    if (d.frames != expected.frames || r.frames != expected.frames)
        wrong << QStringLiteral("%1 frames (reported %2), expected %3")
                     .arg(d.frames)
                     .arg(r.frames)
                     .arg(expected.frames);
    if (d.loader != loaderFor(expected.format))
        wrong << "decoded by " + d.loader + ", expected " + loaderFor(expected.format);
    if (expected.upright && d.orientation != 1)
        wrong << QStringLiteral("orientation %1 kept after auto-orient").arg(d.orientation);
    return wrong.isEmpty() ? QString() : where + wrong.join("; ");
}

} // namespace

class ExecutorCombinationsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<Input> m_inputs;
    QList<Op> m_ops;

    // Every pair runs on every fifth input (the stride shifts from input to input, so five
    // neighbouring inputs share out all pairs, alternating one stage and two): about 2600 runs,
    // some 40 s of CPU. Under the sanitizers each run costs several times more, so the stride
    // is wider. The sample is the same on every run.
#if defined(ASSETDESK_SANITIZE) || defined(__SANITIZE_ADDRESS__)
    static constexpr int kStride = 29;
    static constexpr int kTriples = 60;
#else
    static constexpr int kStride = 5;
    static constexpr int kTriples = 400;
#endif

    static void report(const QStringList &failures, int runs)
    {
        qInfo("%d runs, %lld disagree with the model", runs, qint64(failures.size()));
        for (const QString &f : failures.mid(0, 25))
            qWarning("%s", qPrintable(f));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ensureVips();
        m_inputs = makeInputs();
        const QString mark = test::writeTemp(m_dir, "mark.png", test::makeImage(8, 6, "png"));
        m_ops = makeOps(mark);
    }

    // Issue 17's reproducer: a JPEG scaled by less than 2x, then turned, in one stage or two.
    void scaledThenTurnedJpeg_data()
    {
        QTest::addColumn<QString>("processing");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("rotate 90") << "imageMogr2/thumbnail/600x/rotate/90" << QSize(750, 600);
        QTest::newRow("flip vertical")
            << "imageMogr2/thumbnail/600x/flip/vertical" << QSize(600, 750);
        QTest::newRow("rotate 45") << "imageMogr2/thumbnail/600x/rotate/45" << QSize(955, 955);
        QTest::newRow("split") << "imageMogr2/thumbnail/600x|imageMogr2/rotate/90"
                               << QSize(750, 600);
        QTest::newRow("2.67x") << "imageMogr2/thumbnail/300x/rotate/270" << QSize(375, 300);
    }

    void scaledThenTurnedJpeg()
    {
        QFETCH(QString, processing);
        QFETCH(QSize, expected);
        static const QByteArray jpeg = test::makeImage(800, 1000, "jpg", 85);
        const ProcessResult r = process({QString(), jpeg}, processing);
        QCOMPARE(test::sizeOf(r.data), expected);
        QCOMPARE(test::loaderOf(r.data), QStringLiteral("jpegload_buffer"));
    }

    void everyPair()
    {
        QElapsedTimer timer;
        timer.start();
        QStringList failures;
        int runs = 0, index = 0;
        for (const Input &in : std::as_const(m_inputs)) {
            ++index; // each pair alternates between one stage and two from input to input
            for (const Op &a : std::as_const(m_ops)) {
                for (const Op &b : std::as_const(m_ops)) {
                    if (index++ % kStride) continue;
                    ++runs;
                    const QString failure = check(in, processing({a, b}, index % 2));
                    if (!failure.isEmpty()) failures << failure;
                }
            }
        }
        qInfo("pairs took %lld ms", timer.elapsed());
        report(failures, runs);
    }

    void sampledTriples()
    {
        QRandomGenerator random(17); // the same sample on every run
        QStringList failures;
        const int runs = kTriples;
        for (int i = 0; i < runs; ++i) {
            const Input &in = m_inputs.at(random.bounded(int(m_inputs.size())));
            QList<Op> ops;
            for (int k = 0; k < 3; ++k)
                ops.append(m_ops.at(random.bounded(int(m_ops.size()))));
            const QString failure = check(in, processing(ops, random.bounded(2)));
            if (!failure.isEmpty()) failures << failure;
        }
        report(failures, runs);
    }
};

QTEST_GUILESS_MAIN(ExecutorCombinationsTest)
#include "test_executor_combinations.moc"
