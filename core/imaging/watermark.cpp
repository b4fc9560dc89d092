#include "imaging/watermark.h"

#include "common/error.h"
#include "imaging/sizing.h"
#include "imaging/vipsutil.h"
#include "style/fonts.h"
#include "style/schema.h"

#include <QCoreApplication>
#include <cmath>

namespace ad::imaging
{

using vips::VImage;

namespace
{

const std::vector<double> kClear{0, 0, 0, 0};

VImage scaleAlpha(const VImage &rgba, int percent)
{
    if (percent >= 100) return rgba;
    return rgba.linear({1, 1, 1, percent / 100.0}, {0, 0, 0, 0}).cast(VIPS_FORMAT_UCHAR);
}

// Tiles the layer over the canvas (batch/1), rotated by degree, with dx/dy as spacing.
VImage tile(const VImage &layer, QSize canvas, const style::WatermarkPlacement &p)
{
    VImage mark = layer;
    if (p.degree && *p.degree % 360)
        mark = mark.rotate(-double(*p.degree), VImage::option()->set("background", kClear))
                   .cast(VIPS_FORMAT_UCHAR);
    const int cellW = mark.width() + p.dx.value_or(mark.width() / 2);
    const int cellH = mark.height() + p.dy.value_or(mark.height() / 2);
    const VImage cell = mark.embed(
        0, 0, cellW, cellH,
        VImage::option()->set("extend", VIPS_EXTEND_BACKGROUND)->set("background", kClear));
    const int across = (canvas.width() + cellW - 1) / cellW;
    const int down = (canvas.height() + cellH - 1) / cellH;
    return cell.replicate(across, down).crop(0, 0, canvas.width(), canvas.height());
}

// Composites an RGBA layer onto every frame, keeping the base's band layout.
VImage overlay(const VImage &base, const VImage &layer, const style::WatermarkPlacement &p,
               style::Gravity defaultGravity)
{
    VImage rgbBase = toSrgb(base);
    if (rgbBase.bands() < 3) rgbBase = rgbBase.colourspace(VIPS_INTERPRETATION_sRGB);
    const bool hadAlpha = rgbBase.has_alpha();
    return perFrame(rgbBase, [&](const VImage &frame) {
        const QSize canvas(frame.width(), frame.height());
        VImage out;
        if (p.batch.value_or(false)) {
            out = frame.composite2(tile(layer, canvas, p), VIPS_BLEND_MODE_OVER);
        } else {
            const QPoint at =
                anchor(p.gravity.value_or(defaultGravity), p.dx.value_or(0), p.dy.value_or(0),
                       canvas, QSize(layer.width(), layer.height()));
            out = frame.composite2(layer, VIPS_BLEND_MODE_OVER,
                                   VImage::option()->set("x", at.x())->set("y", at.y()));
        }
        out = out.cast(VIPS_FORMAT_UCHAR);
        if (!hadAlpha) out = out.extract_band(0, VImage::option()->set("n", 3));
        return out.copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
    });
}

} // namespace

VImage applyImageWatermark(const VImage &base, const style::ImageWatermark &spec,
                           const VImage &source)
{
    const bool animated =
        source.get_typeof("n-pages") == G_TYPE_INT && source.get_int("n-pages") > 1;
    if (animated || frameCount(source) > 1)
        throw ProcessingError(
            ErrorCode::UnsupportedFormat,
            QCoreApplication::translate("ad::Error",
                                        "watermark/1: animated images cannot be watermarks"));
    VImage mark = withAlpha(toSrgb(source));
    if (mark.bands() == 2) mark = mark.colourspace(VIPS_INTERPRETATION_sRGB);
    const int bw = base.width();
    const int bh = frameHeight(base);
    if (spec.scatype && spec.spcent) {
        const double s = *spec.spcent / 1000.0;
        double k = 1.0;
        if (*spec.scatype == 1)
            k = bw * s / mark.width();
        else if (*spec.scatype == 2)
            k = bh * s / mark.height();
        else
            k = std::sqrt(double(bw) * bh * s / (double(mark.width()) * mark.height()));
        mark = mark.resize(k);
    }
    if (spec.blogo == 1 && (mark.width() > bw || mark.height() > bh))
        mark = mark.thumbnail_image(bw, VImage::option()->set("height", bh));
    else if (spec.blogo == 2 && (mark.width() > bw || mark.height() > bh))
        mark = mark.crop(0, 0, std::min(mark.width(), bw), std::min(mark.height(), bh));
    mark = scaleAlpha(mark, spec.place.dissolve.value_or(style::kDefaultDissolve));
    return overlay(base, mark, spec.place, style::kDefaultMarkGravity);
}

VImage renderText(const style::TextWatermark &spec)
{
    const auto font = style::fontFor(spec.font.value_or(style::defaultFontName()));
    const QString family = font ? font->family : QStringLiteral("DejaVu Sans");
    const int size = spec.fontSize.value_or(style::kDefaultTextSize);
    const QByteArray markup = spec.text.toHtmlEscaped().toUtf8();
    const QByteArray fontDesc = QStringLiteral("%1 %2").arg(family).arg(size).toUtf8();
    // At 72 dpi one point is one pixel (D23).
    const VImage mask = VImage::text(
        markup.constData(), VImage::option()->set("font", fontDesc.constData())->set("dpi", 72));
    const QRgb fill = spec.fill.value_or(style::kDefaultTextFill);
    const int opacity = spec.place.dissolve.value_or(style::kDefaultDissolve);
    const int shadow = spec.shadow.value_or(style::kDefaultShadow);
    const int pad = shadow ? 2 : 0;
    auto layer = [&](QRgb colour, int percent, int offset) {
        const VImage alpha = (mask * (percent / 100.0)).cast(VIPS_FORMAT_UCHAR);
        const VImage rgb = mask.new_from_image(
            {double(qRed(colour)), double(qGreen(colour)), double(qBlue(colour))});
        return rgb.bandjoin(alpha)
            .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB))
            .embed(
                offset, offset, mask.width() + pad, mask.height() + pad,
                VImage::option()->set("extend", VIPS_EXTEND_BACKGROUND)->set("background", kClear));
    };
    VImage out = layer(fill, opacity, 0);
    if (shadow)
        out = layer(qRgb(0, 0, 0), shadow, pad)
                  .composite2(out, VIPS_BLEND_MODE_OVER)
                  .cast(VIPS_FORMAT_UCHAR);
    return out;
}

VImage applyTextWatermark(const VImage &base, const style::TextWatermark &spec)
{
    return overlay(base, renderText(spec), spec.place, style::kDefaultMarkGravity);
}

} // namespace ad::imaging
