#include "imaging/encoder.h"

#include "common/error.h"
#include "imaging/colourprofile.h"
#include "imaging/vipsutil.h"
#include "style/values.h"

#include <QCoreApplication>
#include <cmath>

namespace ad::imaging
{

using style::ImageFormat;
using vips::VImage;

void EncodeSettings::collect(const style::MogrOp &op)
{
    if (const auto *f = std::get_if<style::Format>(&op))
        format = f->format;
    else if (const auto *q = std::get_if<style::Quality>(&op))
        quality = *q;
    else if (const auto *i = std::get_if<style::Interlace>(&op))
        interlace = i->on;
    else if (std::holds_alternative<style::Strip>(op))
        strip = true;
    else if (const auto *s = std::get_if<style::SizeLimit>(&op))
        sizeLimit = *s;
    else if (const auto *c = std::get_if<style::CGif>(&op))
        cgif = c->frames;
}

int effectiveQuality(const std::optional<style::Quality> &q, int original)
{
    if (!q) return original;
    int v = original;
    switch (q->kind) {
    case style::Quality::Kind::Absolute:
        v = q->forced ? q->value : std::min(original, q->value);
        break;
    case style::Quality::Kind::Relative:
        v = int((qint64(original) * q->value * 2 + 100) / 200);
        break;
    case style::Quality::Kind::Floor:
        v = std::max(original, q->value);
        break;
    }
    return std::clamp(v, 1, 100);
}

bool qualityApplies(ImageFormat f)
{
    return f == ImageFormat::Jpeg || f == ImageFormat::Webp || f == ImageFormat::Avif ||
           f == ImageFormat::Heif;
}

QString mimeFor(ImageFormat f)
{
    switch (f) {
    case ImageFormat::Jpeg:
        return QStringLiteral("image/jpeg");
    case ImageFormat::Png:
        return QStringLiteral("image/png");
    case ImageFormat::Webp:
        return QStringLiteral("image/webp");
    case ImageFormat::Gif:
        return QStringLiteral("image/gif");
    case ImageFormat::Bmp:
        ensureVipsModules();
        return QStringLiteral("image/bmp");
    case ImageFormat::Heif:
        return QStringLiteral("image/heif");
    case ImageFormat::Avif:
        return QStringLiteral("image/avif");
    default:
        return QStringLiteral("application/octet-stream");
    }
}

QString extensionFor(ImageFormat f)
{
    return f == ImageFormat::Heif ? QStringLiteral("heic") : style::formatName(f);
}

namespace
{

bool animatedFormat(ImageFormat f)
{
    return f == ImageFormat::Gif || f == ImageFormat::Webp;
}

// cgif (D16): N=1 keeps the first 30 frames; otherwise N frames sampled evenly, delays merged.
VImage reduceFrames(const VImage &image, int n)
{
    const int h = frameHeight(image);
    const int count = image.height() / h;
    const bool truncate = n == 1;
    const int keep = truncate ? std::min(30, count) : std::min(n, count);
    if (keep >= count) return image;
    std::vector<int> delays;
    if (image.get_typeof("delay") != 0) delays = image.get_array_int("delay");
    delays.resize(size_t(count), delays.empty() ? 100 : delays.back());
    std::vector<VImage> frames;
    std::vector<int> newDelays;
    for (int i = 0; i < keep; ++i) {
        const int first = truncate ? i : int(qint64(i) * count / keep);
        const int last = truncate ? i + 1 : int(qint64(i + 1) * count / keep);
        frames.push_back(image.crop(0, first * h, image.width(), h));
        int sum = 0;
        for (int j = first; j < last; ++j)
            sum += delays[size_t(j)];
        newDelays.push_back(sum);
    }
    VImage out = VImage::arrayjoin(frames, VImage::option()->set("across", 1)).copy();
    out.set("page-height", h);
    out.set("delay", newDelays);
    return out;
}

QByteArray save(const VImage &in, ImageFormat f, int q, const EncodeSettings &s)
{
    switch (f) {
    case ImageFormat::Jpeg:
        return takeBlob(in.jpegsave_buffer(
            VImage::option()->set("Q", q)->set("interlace", s.interlace)->set("strip", s.strip)));
    case ImageFormat::Png:
        return takeBlob(in.pngsave_buffer(VImage::option()->set("strip", s.strip)));
    case ImageFormat::Webp:
        return takeBlob(in.webpsave_buffer(VImage::option()->set("Q", q)->set("strip", s.strip)));
    case ImageFormat::Gif:
        return takeBlob(in.gifsave_buffer(VImage::option()->set("strip", s.strip)));
    case ImageFormat::Bmp:
        ensureVipsModules();
        return takeBlob(
            in.magicksave_buffer(VImage::option()->set("format", "bmp")->set("strip", true)));
    case ImageFormat::Heif:
    case ImageFormat::Avif:
        ensureVipsModules();
        return takeBlob(in.heifsave_buffer(
            VImage::option()
                ->set("Q", q)
                ->set("strip", s.strip)
                ->set("compression", f == ImageFormat::Avif ? VIPS_FOREIGN_HEIF_COMPRESSION_AV1
                                                            : VIPS_FOREIGN_HEIF_COMPRESSION_HEVC)));
    default:
        throw ProcessingError(
            ErrorCode::UnsupportedLocally,
            QCoreApplication::translate("ad::Error", "format '%1' exists only in the cloud")
                .arg(style::formatName(f)));
    }
}

} // namespace

Encoded encode(const VImage &image, const EncodeSettings &s, const SourceFacts &source)
{
    const ImageFormat f = s.format.value_or(source.format);
    if (style::isCloudOnly(f))
        throw ProcessingError(
            ErrorCode::UnsupportedLocally,
            QCoreApplication::translate("ad::Error",
                                        "format '%1' exists only in the cloud; choose jpg, png, "
                                        "webp, gif, bmp, heif or avif")
                .arg(style::formatName(f)));
    if (s.sizeLimit && f != ImageFormat::Jpeg)
        throw ProcessingError(
            ErrorCode::UnsupportedFormat,
            QCoreApplication::translate("ad::Error", "size-limit works only for jpg output, not %1")
                .arg(style::formatName(f)));
    Encoded out;
    out.format = f;
    // Stripping drops the profile, so the numbers must be sRGB's first to keep their colours.
    VImage img = toSrgb(s.strip ? toSrgbByProfile(image) : image);
    if (s.cgif && source.format == ImageFormat::Gif) img = reduceFrames(img, *s.cgif);
    if (!animatedFormat(f) && frameCount(img) > 1)
        img = img.crop(0, 0, img.width(), frameHeight(img)).copy(); // static formats keep frame 1
    if (f == ImageFormat::Jpeg || f == ImageFormat::Bmp)
        img = flattenOnto(img, qRgb(255, 255, 255));
    out.frames = frameCount(img);
    out.size = QSize(img.width(), frameHeight(img));

    const int q = qualityApplies(f) ? effectiveQuality(s.quality, source.quality) : 100;
    try {
        if (!s.sizeLimit) {
            out.data = save(img, f, q, s);
            return out;
        }
        // D20: the highest quality whose encoding fits, by binary search.
        const qint64 limit = s.sizeLimit->bytes();
        const VImage ready = img.copy_memory();
        int lo = 1, hi = q;
        QByteArray best;
        while (lo <= hi) {
            const int mid = (lo + hi) / 2;
            QByteArray candidate = save(ready, f, mid, s);
            if (candidate.size() <= limit) {
                best = std::move(candidate);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best.isEmpty()) {
            best = save(ready, f, 1, s);
            out.warnings << QStringLiteral(
                                "size-limit %1%2 cannot be met; smallest result is %3 bytes")
                                .arg(s.sizeLimit->amount)
                                .arg(QLatin1Char(s.sizeLimit->unit))
                                .arg(best.size());
        }
        if (s.sizeLimit->keepSmaller && best.size() >= source.bytes.size()) {
            out.data = source.bytes;
            out.format = source.format;
            out.warnings << QCoreApplication::translate(
                "ad::Error", "processed result is not smaller; original returned");
            return out;
        }
        out.data = std::move(best);
    } catch (const vips::VError &e) {
        rethrowVips(e);
    }
    return out;
}

} // namespace ad::imaging
