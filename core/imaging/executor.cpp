#include "imaging/executor.h"

#include "common/error.h"
#include "files/regularfile.h"
#include "imaging/blind/blindresult.h"
#include "imaging/blind/blindwatermark.h"
#include "imaging/info.h"
#include "imaging/jpegquality.h"
#include "imaging/limits.h"
#include "imaging/pixelops.h"
#include "imaging/sizing.h"
#include "imaging/vipsutil.h"
#include "imaging/watermark.h"
#include "style/values.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <list>

namespace ad::imaging
{

using style::ImageFormat;
using vips::VImage;

namespace
{

void throwIfCancelled(RenderCancel &cancel)
{
    if (!cancel.isCancelled()) return;
    cancel.detach();
    throw ProcessingError(ErrorCode::IoError,
                          QCoreApplication::translate("ad::Error", "cancelled"));
}

template <class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

std::optional<ImageFormat> formatOfLoader(const QString &loader, const VImage &header)
{
    if (loader.startsWith(QLatin1String("jpegload"))) return ImageFormat::Jpeg;
    if (loader.startsWith(QLatin1String("pngload"))) return ImageFormat::Png;
    if (loader.startsWith(QLatin1String("webpload"))) return ImageFormat::Webp;
    if (loader.startsWith(QLatin1String("gifload"))) return ImageFormat::Gif;
    if (loader.startsWith(QLatin1String("heifload"))) {
        const bool av1 =
            header.get_typeof("heif-compression") &&
            QString::fromUtf8(header.get_string("heif-compression")) == QLatin1String("av1");
        return av1 ? ImageFormat::Avif : ImageFormat::Heif;
    }
    if (loader.startsWith(QLatin1String("tiffload")))
        return ImageFormat::Png; // accepted locally; written as PNG unless a format is given
    return std::nullopt;
}

bool isLimitError(ErrorCode c)
{
    return c == ErrorCode::FileTooLarge || c == ErrorCode::ImageTooLarge ||
           c == ErrorCode::OutputTooLarge || c == ErrorCode::InvalidArgument;
}

bool usesSizeLimit(const style::Pipeline &p)
{
    for (const auto &stage : p.stages) {
        if (const auto *m = std::get_if<style::MogrStage>(&stage.op)) {
            for (const auto &step : m->steps) {
                if (std::holds_alternative<style::SizeLimit>(step.op)) return true;
            }
        }
    }
    return false;
}

bool stageIgnoresErrors(const style::Stage &stage)
{
    if (const auto *m = std::get_if<style::MogrStage>(&stage.op)) {
        for (const auto &step : m->steps) {
            if (std::holds_alternative<style::IgnoreError>(step.op)) return true;
        }
    }
    return false;
}

// The output format the whole pipeline asks for, so shape operations know whether the result
// can hold transparency before the encoder runs.
std::optional<ImageFormat> lastFormat(const style::Pipeline &p)
{
    std::optional<ImageFormat> format;
    for (const auto &stage : p.stages) {
        if (const auto *m = std::get_if<style::MogrStage>(&stage.op)) {
            for (const auto &step : m->steps) {
                if (const auto *f = std::get_if<style::Format>(&step.op)) format = f->format;
            }
        } else if (const auto *v = std::get_if<style::ImageView2>(&stage.op); v && v->format) {
            format = v->format;
        }
    }
    return format;
}

class Run
{
public:
    Run(const ImageSource &source, const style::Pipeline &pipeline, const ProcessOptions &options)
        : m_pipeline(pipeline), m_options(options)
    {
        if (source.bytes.isEmpty()) {
            // Mapped, not copied: a copy costs as much as decoding a large JPEG's thumbnail.
            m_source.bytes = files::mapRegularFile(m_file, source.path, Limits::maxFileBytes);
        } else {
            m_source.bytes = source.bytes;
        }
        if (m_options.resourceRoot.isEmpty() && !source.path.isEmpty())
            m_options.resourceRoot = QFileInfo(source.path).absolutePath();
        m_maxSide = usesSizeLimit(pipeline) ? Limits::maxSideSizeLimit : Limits::maxSide;
        m_finalFormat = lastFormat(pipeline);
    }

    ProcessResult execute()
    {
        try {
            inspectSource();
        } catch (const ProcessingError &e) {
            // ignore-error/1 on the first stage hands the original back for an oversized input.
            if (!m_pipeline.stages.empty() && stageIgnoresErrors(m_pipeline.stages.front()) &&
                (e.error().code == ErrorCode::FileTooLarge ||
                 e.error().code == ErrorCode::ImageTooLarge))
                return original(e.error().message);
            throw;
        }
        for (const style::Stage &stage : m_pipeline.stages) {
            if (const auto *info = std::get_if<style::InfoQuery>(&stage.op)) return answer(*info);
            if (const auto *x = std::get_if<style::BlindExtract>(&stage.op)) {
                try {
                    return extractBlind(*x);
                } catch (const ProcessingError &e) {
                    throw located(e, stage.span);
                }
            }
            watch();
            runStage(stage);
        }
        current(); // the source itself when no stage made an image
        watch();
        const Encoded encoded = encode(current(), m_encode, m_source);
        m_options.cancel->detach();
        ProcessResult r;
        r.data = encoded.data;
        r.format = encoded.format;
        r.size = encoded.size;
        r.frames = encoded.frames;
        r.warnings = m_warnings + encoded.warnings;
        return r;
    }

private:
    // Stops here when cancelled, else lets a cancel from now on kill the image made so far.
    // process() always gives a run a cancel: its deadline works through it. The source is not
    // decoded for this, so the first stage can still shrink it while loading.
    void watch()
    {
        throwIfCancelled(*m_options.cancel);
        if (m_image) m_options.cancel->watch(m_image->get_image());
    }

    void inspectSource()
    {
        const QByteArray &b = m_source.bytes;
        if (b.size() > Limits::maxFileBytes)
            throw ProcessingError(
                ErrorCode::FileTooLarge,
                QCoreApplication::translate("ad::Error", "input is %1 bytes; the limit is 32 MB")
                    .arg(b.size()));
        const char *loader = findLoader(b);
        if (!loader) throwNotAnImage();
        // The answer is a GType name; its nickname ("jpegload_buffer") is the stable vocabulary.
        const char *nick = vips_nickname_find(g_type_from_name(loader));
        m_loader = QString::fromLatin1(nick ? nick : loader);
        if (m_loader.startsWith(QLatin1String("magickload")) && b.startsWith("BM")) m_isBmp = true;
        // ImageMagick claims many byte streams (a video's first bytes read as TGA) and only its
        // BMP is taken: refused here, before its decoder's own words can reach the user.
        if (m_loader.startsWith(QLatin1String("magickload")) && !m_isBmp) throwNotAnImage();
        m_paged = m_loader.startsWith(QLatin1String("gifload")) ||
                  m_loader.startsWith(QLatin1String("webpload"));
        const VImage header = load();
        const auto format =
            m_isBmp ? std::optional(ImageFormat::Bmp) : formatOfLoader(m_loader, header);
        if (!format)
            throw ProcessingError(ErrorCode::InvalidImage,
                                  QCoreApplication::translate(
                                      "ad::Error", "input format (%1) is not one CI processes")
                                      .arg(m_loader));
        m_source.format = *format;
        if (*format == ImageFormat::Jpeg) m_source.quality = estimateJpegQuality(b).value_or(100);
        m_frames = frameCount(header);
        m_size = QSize(header.width(), frameHeight(header));
        if (header.get_typeof("orientation") == G_TYPE_INT)
            m_orientation = header.get_int("orientation");
        const qint64 pixels = qint64(m_size.width()) * m_size.height();
        if (m_size.width() > m_maxSide || m_size.height() > m_maxSide)
            throw ProcessingError(ErrorCode::ImageTooLarge,
                                  QCoreApplication::translate(
                                      "ad::Error", "input is %1x%2; each side must be at most %3")
                                      .arg(m_size.width())
                                      .arg(m_size.height())
                                      .arg(m_maxSide));
        if (pixels > Limits::maxPixels || pixels * m_frames > Limits::maxPixels)
            throw ProcessingError(
                ErrorCode::ImageTooLarge,
                QCoreApplication::translate(
                    "ad::Error", "input has %1 pixels in %2 frame(s); the limit is 250000000")
                    .arg(pixels)
                    .arg(m_frames));
        if (*format == ImageFormat::Gif && m_frames > Limits::maxGifFrames)
            throw ProcessingError(
                ErrorCode::ImageTooLarge,
                QCoreApplication::translate("ad::Error", "GIF has %1 frames; the limit is 300")
                    .arg(m_frames));
    }

    VImage load(VipsAccess access = VIPS_ACCESS_RANDOM) const
    {
        auto *opts = VImage::option()->set("fail_on", VIPS_FAIL_ON_ERROR)->set("access", access);
        if (m_paged) opts->set("n", -1);
        // No copy: the bytes outlive every image derived from them within this run.
        return VImage::new_from_buffer(m_source.bytes.constData(), size_t(m_source.bytes.size()),
                                       "", opts);
    }

    ProcessResult original(const QString &why) const
    {
        ProcessResult r;
        r.data = m_source.bytes;
        r.format = m_source.format;
        r.warnings << QCoreApplication::translate("ad::Error",
                                                  "ignore-error: %1; original returned")
                          .arg(why);
        return r;
    }

    QSize currentSize() const
    {
        if (m_image) return {m_image->width(), frameHeight(*m_image)};
        const bool swapped = m_pendingOrient && m_orientation >= 5 && m_orientation <= 8;
        return swapped ? m_size.transposed() : m_size;
    }

    VImage current()
    {
        if (!m_image) {
            VImage image = load();
            if (m_pendingOrient) image = image.autorot();
            m_pendingOrient = false;
            m_image = image;
        }
        return *m_image;
    }

    // The current image, readable in any order. A shrink-on-load decode is sequential (libvips
    // reads the file once, top to bottom), so an operation that reads rows out of order (rot,
    // vertical flip, EXIF orientation) would fail with "out of order read": such operations get
    // the pixels kept in memory first, as vips_thumbnail itself does before it rotates. The
    // sequential decode stays for everything else.
    VImage randomAccess()
    {
        if (m_sequential) {
            m_image = current().copy_memory();
            m_sequential = false;
        }
        return current();
    }

    void checkOutputSize(QSize s) const
    {
        const int cap = m_maxSide == Limits::maxSideSizeLimit ? Limits::maxSideSizeLimit
                                                              : Limits::maxOutputSide;
        if (s.width() > cap || s.height() > cap)
            throw ProcessingError(
                ErrorCode::OutputTooLarge,
                QCoreApplication::translate("ad::Error",
                                            "result would be %1x%2; each side must be at most %3")
                    .arg(s.width())
                    .arg(s.height())
                    .arg(cap));
        checkFramePixels(s, m_image ? frameCount(*m_image) : m_frames);
    }

    // Scales to an exact size; before any pixel work this decodes with shrink-on-load.
    void scaleTo(QSize size)
    {
        checkOutputSize(size);
        if (m_image) {
            m_image = resizeTo(*m_image, size);
            return;
        }
        m_image = thumbnailOfSource(size);
    }

    // Decodes straight to the target size, so JPEG and WebP shrink on load.
    VImage thumbnailOfSource(QSize size)
    {
        VipsBlob *blob = borrowBlob(m_source.bytes);
        auto *opts = VImage::option()
                         ->set("height", size.height())
                         ->set("size", VIPS_SIZE_FORCE)
                         ->set("no_rotate", !m_pendingOrient)
                         ->set("option_string", m_paged ? "fail_on=error,n=-1" : "fail_on=error");
        VImage image = VImage::thumbnail_buffer(blob, size.width(), opts);
        vips_area_unref(reinterpret_cast<VipsArea *>(blob));
        m_pendingOrient = false;
        m_sequential = true;
        return image;
    }

    bool alphaTarget() const
    {
        return style::formatHasAlpha(m_finalFormat.value_or(m_source.format));
    }

    void runStage(const style::Stage &stage)
    {
        const std::optional<VImage> before = m_image;
        const bool pendingBefore = m_pendingOrient;
        const bool sequentialBefore = m_sequential;
        const EncodeSettings encodeBefore = m_encode;
        try {
            std::visit(Overloaded{
                           [&](const style::MogrStage &m) { runMogr(m); },
                           [&](const style::ImageView2 &v) { runView(v); },
                           [&](const style::ImageWatermark &w) {
                               m_image = applyImageWatermark(current(), w, loadMark(w.image));
                           },
                           [&](const style::TextWatermark &w) {
                               m_image = applyTextWatermark(current(), w);
                           },
                           [&](const style::BlindEmbed &w) { embedBlind(w); },
                           [&](const style::BlindExtract &) {}, // answered in execute()
                           [&](const style::InfoQuery &) {},
                           [&](const style::StyleRef &ref) {
                               throw ProcessingError(ErrorCode::StyleNotFound,
                                                     QCoreApplication::translate(
                                                         "ad::Error", "style '%1' was not expanded")
                                                         .arg(ref.name));
                           },
                       },
                       stage.op);
            checkOutputSize(currentSize());
        } catch (const ProcessingError &e) {
            if (!stageIgnoresErrors(stage) || !isLimitError(e.error().code))
                throw located(e, stage.span);
            // D25: the stage passes its input through unchanged.
            m_image = before;
            m_pendingOrient = pendingBefore;
            m_sequential = sequentialBefore;
            m_encode = encodeBefore;
            m_warnings << QCoreApplication::translate("ad::Error",
                                                      "ignore-error: %1; stage skipped")
                              .arg(e.error().message);
        }
    }

    static ProcessingError located(const ProcessingError &e, const style::Span &span)
    {
        if (e.error().offset >= 0) return e;
        Error err = e.error();
        err.offset = span.offset;
        err.length = span.length;
        return ProcessingError(err);
    }

    void runMogr(const style::MogrStage &stage)
    {
        // Encoder settings apply at encode time wherever they are written (D22).
        for (const auto &step : stage.steps)
            m_encode.collect(step.op);
        for (const auto &step : stage.steps) {
            try {
                runStep(step.op);
            } catch (const ProcessingError &e) {
                throw located(e, step.span);
            }
        }
    }

    void runStep(const style::MogrOp &op)
    {
        std::visit(Overloaded{
                       [&](const style::Thumbnail &t) {
                           // The parser allows pad only with <W>x<H> (D19).
                           const bool pad = t.pad.value_or(false);
                           scaleTo(thumbnailSize(t.geometry, currentSize()));
                           if (pad)
                               m_image = padTo(*m_image, {t.geometry.width, t.geometry.height},
                                               t.color.value_or(qRgb(255, 255, 255)), false);
                       },
                       [&](const style::Cut &c) {
                           m_image = cropTo(current(), cutRect(c, currentSize()));
                       },
                       [&](const style::Crop &c) {
                           m_image = cropTo(current(), cropRect(c, currentSize()));
                       },
                       [&](const style::IRadius &r) {
                           checkRadius(r.radius, QStringLiteral("iradius"));
                           m_image = circle(current(), r.radius, alphaTarget());
                       },
                       [&](const style::RRadius &r) {
                           checkRadius(r.radius, QStringLiteral("rradius"));
                           m_image = roundCorners(current(), r.radius, alphaTarget());
                       },
                       [&](const style::SCrop &) {
                           // The cloud returns the original when it finds no face; no detector runs
                           // here.
                           m_warnings << QStringLiteral(
                               "scrop: no face detector runs locally; image unchanged");
                       },
                       [&](const style::Rotate &r) {
                           m_image = rotate(randomAccess(), r.degrees, alphaTarget());
                       },
                       [&](const style::AutoOrient &) {
                           if (m_image)
                               m_image = randomAccess().autorot();
                           else
                               m_pendingOrient = true;
                       },
                       [&](const style::Flip &f) {
                           m_image = flip(f.vertical ? randomAccess() : current(), f.vertical);
                       },
                       [&](const style::Blur &b) { m_image = blur(current(), b); },
                       [&](const style::Bright &b) {
                           m_image = brightnessContrast(current(), b.value, 0);
                       },
                       [&](const style::Contrast &c) {
                           m_image = brightnessContrast(current(), 0, c.value);
                       },
                       [&](const style::Sharpen &s) { m_image = sharpen(current(), s.value); },
                       [&](const style::Grayscale &g) {
                           if (g.on) m_image = grayscale(current());
                       },
                       [&](const auto &) {}, // encoder settings, collected in runMogr
                   },
                   op);
    }

    void checkRadius(int r, const QString &what)
    {
        if (m_source.format == ImageFormat::Gif)
            throw ProcessingError(
                ErrorCode::UnsupportedFormat,
                QCoreApplication::translate("ad::Error", "%1 is not supported for GIF").arg(what));
        const QSize s = currentSize();
        if (2 * r >= std::min(s.width(), s.height()))
            throw ProcessingError(ErrorCode::InvalidArgument,
                                  QCoreApplication::translate(
                                      "ad::Error", "%1: radius %2 must be below half of %3x%4")
                                      .arg(what)
                                      .arg(r)
                                      .arg(s.width())
                                      .arg(s.height()));
    }

    void runView(const style::ImageView2 &v)
    {
        if (v.format) m_encode.format = v.format;
        for (const auto &q : {v.quality, v.rquality, v.lquality}) {
            if (q) m_encode.quality = q;
        }
        const ViewPlan plan = imageView2Plan(v, currentSize());
        checkOutputSize(plan.crop.size());
        if (plan.scaled.width() > Limits::maxSide || plan.scaled.height() > Limits::maxSide)
            throw ProcessingError(
                ErrorCode::OutputTooLarge,
                QCoreApplication::translate("ad::Error", "imageView2 would scale beyond 30000 px"));
        if (m_image) {
            m_image = resizeTo(*m_image, plan.scaled);
        } else {
            m_image = thumbnailOfSource(plan.scaled);
        }
        if (plan.crop != QRect(QPoint(0, 0), plan.scaled)) m_image = cropTo(*m_image, plan.crop);
    }

    VImage loadMark(const QString &reference)
    {
        // A URL names an object of the source's bucket: its key, like a relative path, is
        // looked up below the resource root. A local absolute path stays what it says.
        const bool url = reference.startsWith(QLatin1String("http://")) ||
                         reference.startsWith(QLatin1String("https://")) ||
                         reference.startsWith(QLatin1String("cos://")) ||
                         reference.startsWith(QLatin1String("s3://"));
        QString path = url ? QUrl(reference).path().mid(1) : reference;
        if (QDir::isRelativePath(path)) path = QDir(m_options.resourceRoot).filePath(path);
        const QByteArray bytes = files::readRegularFile(path, Limits::maxFileBytes);
        m_markBytes.push_back(bytes); // the decoded image borrows these bytes until encoding
        if (!findLoader(bytes))
            throw ProcessingError(ErrorCode::InvalidImage,
                                  QCoreApplication::translate(
                                      "ad::Error", "watermark image %1 is not a supported image")
                                      .arg(reference));
        return VImage::new_from_buffer(m_markBytes.back().constData(), size_t(bytes.size()), "",
                                       VImage::option()->set("fail_on", VIPS_FAIL_ON_ERROR));
    }

    void checkBlindSource() const
    {
        if (m_source.format == ImageFormat::Gif || m_frames > 1)
            throw ProcessingError(ErrorCode::UnsupportedFormat,
                                  QCoreApplication::translate(
                                      "ad::Error", "blind watermarks are not supported for GIF or "
                                                   "animated images"));
        const QSize s = currentSize();
        blind::requireMarkableSize(s.width(), s.height());
    }

    void embedBlind(const style::BlindEmbed &w)
    {
        checkBlindSource();
        blind::Payload payload;
        if (w.type == 3) {
            const QSize s = currentSize();
            const int capacity = blind::textCapacity(s.width(), s.height());
            if (w.text.size() > capacity)
                throw ProcessingError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "ad::Error", "blind watermark text has %1 characters; a %2x%3 picture "
                                     "holds at most %4 (%5 px or more on the shorter side: %6)")
                        .arg(w.text.size())
                        .arg(s.width())
                        .arg(s.height())
                        .arg(capacity)
                        .arg(blind::kFullCapacitySide)
                        .arg(blind::kMaxTextLength));
            payload = blind::textPayload(w.text);
        } else {
            const VImage mark = loadMark(w.image);
            const QSize s = currentSize();
            if (!blind::markFits(mark.width(), mark.height(), s.width(), s.height()))
                throw ProcessingError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "ad::Error", "watermark image is %1x%2; each side must be at most 1/8 of "
                                     "the picture's %3x%4")
                        .arg(mark.width())
                        .arg(mark.height())
                        .arg(s.width())
                        .arg(s.height()));
            payload = blind::markPayload(mark);
        }
        m_image = blind::embed(randomAccess(), w.type, payload, w.level.value_or(1));
    }

    ProcessResult extractBlind(const style::BlindExtract &x)
    {
        checkBlindSource();
        std::optional<VImage> original;
        std::optional<blind::Payload> expected;
        if (x.type == 1) original = loadMark(x.image);
        if (x.type == 2) expected = blind::markPayload(loadMark(x.image));
        // Extraction reads the picture once, in order: a random-access decode of one over
        // libvips' 100 MB threshold goes to a temporary file read back a window at a time (a 50
        // Mpx JPEG took 12 s, most of it unmapping windows).
        const VImage suspect =
            m_image || m_pendingOrient ? randomAccess() : load(VIPS_ACCESS_SEQUENTIAL);
        const blind::Extraction e = blind::extract(suspect, x.type, original, expected);
        ProcessResult r;
        r.isJson = true;
        r.data = blindResultJson(x.type, e);
        // Types 1 and 2 answer with the mark's picture, as the cloud does. A type-2 seal holds
        // only whether the mark given is there: that mark is drawn when it is, nothing when not.
        const bool drawn = e.format == blind::kSealFormat ? e.decoded : e.synced;
        if (x.type != 3 && drawn)
            r.extractedMark = takeBlob(blind::markPicture(e.payload, 128).pngsave_buffer());
        return r;
    }

    ProcessResult answer(const style::InfoQuery &q)
    {
        ProcessResult r;
        r.isJson = true;
        const bool processed = m_image.has_value() || m_encode.format || m_pendingOrient;
        if (q.kind == style::InfoQuery::Kind::ImageAve) {
            r.data = imageAveJson(current());
            return r;
        }
        QByteArray bytes = m_source.bytes;
        ImageFormat format = m_source.format;
        QSize size = m_size;
        int frames = m_frames;
        if (processed) {
            const Encoded e = encode(current(), m_encode, m_source);
            bytes = e.data;
            format = e.format;
            size = e.size;
            frames = e.frames;
        }
        r.data = q.kind == style::InfoQuery::Kind::Exif
                     ? exifJson(bytes)
                     : imageInfoJson(bytes, format, size, frames);
        return r;
    }

    QFile m_file; // first: it must outlive every image that reads its mapped bytes
    const style::Pipeline &m_pipeline;
    ProcessOptions m_options;
    SourceFacts m_source;
    QString m_loader;
    bool m_isBmp = false;
    bool m_paged = false;
    QSize m_size;
    int m_frames = 1;
    int m_orientation = 1;
    int m_maxSide = Limits::maxSide;
    std::optional<VImage> m_image;
    bool m_pendingOrient = false;
    bool m_sequential = false; // m_image is a shrink-on-load decode, readable only in order
    std::optional<ImageFormat> m_finalFormat;
    EncodeSettings m_encode;
    QStringList m_warnings;
    std::list<QByteArray> m_markBytes;
};

} // namespace

ProcessResult process(const ImageSource &source, const style::Pipeline &pipeline,
                      const ProcessOptions &options)
{
    ensureVips();
    ProcessOptions bounded = options;
    if (!bounded.cancel) bounded.cancel = std::make_shared<RenderCancel>();
    RenderCancel &cancel = *bounded.cancel;
    const Deadline deadline(bounded.deadline, bounded.cancel);
    try {
        Run run(source, pipeline, bounded);
        ProcessResult result = run.execute();
        result.data.detach(); // may be the mapped input itself, which goes with the run
        return result;
    } catch (const vips::VError &e) {
        deadline.throwIfExpired(); // "killed" means out of time or cancelled
        throwIfCancelled(cancel);
        rethrowVips(e);
    } catch (const ProcessingError &) {
        deadline.throwIfExpired();
        throwIfCancelled(cancel);
        throw;
    }
}

ProcessResult process(const ImageSource &source, const QString &processing,
                      const ProcessOptions &options)
{
    const style::Pipeline parsed = style::parse(processing);
    return process(source, style::expandStyles(parsed, options.styles), options);
}

} // namespace ad::imaging
