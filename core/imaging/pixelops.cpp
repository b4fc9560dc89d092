#include "imaging/pixelops.h"

#include "imaging/sizing.h"
#include "imaging/vipsutil.h"

#include <cmath>

namespace ad::imaging
{

using vips::VImage;

namespace
{

std::vector<double> backgroundFor(const VImage &image, QRgb color, bool transparent)
{
    std::vector<double> bg;
    if (image.bands() >= 3)
        bg = {double(qRed(color)), double(qGreen(color)), double(qBlue(color))};
    else
        bg = {double(qGray(color))};
    if (image.has_alpha()) bg.push_back(transparent ? 0.0 : 255.0);
    return bg;
}

// Keeps pixels where mask (one frame's size) is 255; outside becomes transparent or white.
VImage applyMask(const VImage &image, const VImage &frameMask, bool alphaTarget)
{
    const VImage in = toSrgb(image);
    // Every frame of an animation gets the mask; a single one would blank frames 2 and on.
    const VImage mask = frameMask.replicate(1, frameCount(in));
    if (alphaTarget) {
        VImage colour =
            in.has_alpha() ? in.extract_band(0, VImage::option()->set("n", in.bands() - 1)) : in;
        VImage alpha = in.has_alpha() ? (in.extract_band(in.bands() - 1) * mask / 255) : mask;
        return colour.bandjoin(alpha.cast(VIPS_FORMAT_UCHAR))
            .copy(VImage::option()->set("interpretation", in.interpretation()));
    }
    VImage solid = flattenOnto(in, qRgb(255, 255, 255));
    VImage weight = mask / 255.0;
    VImage out = solid * weight + (1.0 - weight) * 255.0;
    return out.cast(VIPS_FORMAT_UCHAR)
        .copy(VImage::option()->set("interpretation", in.interpretation()));
}

VImage svgMask(int width, int height, const QString &shape)
{
    const QByteArray svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" "
                                          "height=\"%2\">%3</svg>")
                               .arg(width)
                               .arg(height)
                               .arg(shape)
                               .toUtf8();
    VipsBlob *blob = borrowBlob(svg);
    VImage rendered = VImage::svgload_buffer(blob);
    vips_area_unref(reinterpret_cast<VipsArea *>(blob));
    return rendered.extract_band(3).copy_memory();
}

} // namespace

VImage resizeTo(const VImage &image, QSize size)
{
    return perFrame(image, [&](const VImage &frame) {
        if (frame.width() == size.width() && frame.height() == size.height()) return frame;
        return frame.thumbnail_image(size.width(), VImage::option()
                                                       ->set("height", size.height())
                                                       ->set("size", VIPS_SIZE_FORCE)
                                                       ->set("no_rotate", true));
    });
}

VImage padTo(const VImage &image, QSize canvas, QRgb color, bool alphaTarget)
{
    VImage in = alphaTarget ? withAlpha(toSrgb(image)) : toSrgb(image);
    const auto bg = backgroundFor(in, color, false);
    return perFrame(in, [&](const VImage &frame) {
        return frame.embed(
            (canvas.width() - frame.width()) / 2, (canvas.height() - frame.height()) / 2,
            canvas.width(), canvas.height(),
            VImage::option()->set("extend", VIPS_EXTEND_BACKGROUND)->set("background", bg));
    });
}

VImage cropTo(const VImage &image, const QRect &r)
{
    return perFrame(image, [&](const VImage &frame) {
        return frame.extract_area(r.x(), r.y(), r.width(), r.height());
    });
}

VImage circle(const VImage &image, int r, bool alphaTarget)
{
    const int cx = image.width() / 2 - r;
    const int cy = frameHeight(image) / 2 - r;
    const VImage square = cropTo(image, QRect(cx, cy, 2 * r, 2 * r));
    const VImage mask =
        svgMask(2 * r, 2 * r,
                QStringLiteral("<circle cx=\"%1\" cy=\"%1\" r=\"%1\" fill=\"#fff\"/>").arg(r));
    return applyMask(square, mask, alphaTarget);
}

VImage roundCorners(const VImage &image, int r, bool alphaTarget)
{
    const int h = frameHeight(image);
    const VImage mask =
        svgMask(image.width(), h,
                QStringLiteral("<rect width=\"%1\" height=\"%2\" rx=\"%3\" ry=\"%3\" "
                               "fill=\"#fff\"/>")
                    .arg(image.width())
                    .arg(h)
                    .arg(r));
    return applyMask(image, mask, alphaTarget);
}

VImage rotate(const VImage &image, int degrees, bool alphaTarget)
{
    degrees %= 360;
    if (degrees == 0) return image;
    if (degrees % 90 == 0) {
        const VipsAngle angle = degrees == 90    ? VIPS_ANGLE_D90
                                : degrees == 180 ? VIPS_ANGLE_D180
                                                 : VIPS_ANGLE_D270;
        return perFrame(image, [&](const VImage &f) { return f.rot(angle); });
    }
    VImage in = alphaTarget ? withAlpha(toSrgb(image)) : toSrgb(image);
    const auto bg = backgroundFor(in, qRgb(255, 255, 255), alphaTarget);
    return perFrame(in, [&](const VImage &f) {
        // vips_rotate turns anticlockwise for positive angles; CI's angle is clockwise. Its
        // canvas can differ from the sizing model by a pixel of rounding: centre it on the
        // model's size so every frame, and the size predicted before rendering, agree.
        const QSize size = rotatedSize({f.width(), f.height()}, degrees);
        return f.rotate(-double(degrees), VImage::option()->set("background", bg))
            .gravity(VIPS_COMPASS_DIRECTION_CENTRE, size.width(), size.height(),
                     VImage::option()->set("extend", VIPS_EXTEND_BACKGROUND)->set("background", bg))
            .cast(VIPS_FORMAT_UCHAR);
    });
}

VImage flip(const VImage &image, bool vertical)
{
    return perFrame(image, [&](const VImage &f) {
        return f.flip(vertical ? VIPS_DIRECTION_VERTICAL : VIPS_DIRECTION_HORIZONTAL);
    });
}

VImage blur(const VImage &image, const style::Blur &b)
{
    // min_ampl chosen so the Gaussian mask reaches the requested radius, as -blur RxS does.
    const double ampl =
        std::clamp(std::exp(-double(b.radius) * b.radius / (2 * b.sigma * b.sigma)), 0.001, 0.5);
    return perFrame(toSrgb(image), [&](const VImage &f) {
        return f.gaussblur(b.sigma, VImage::option()->set("min_ampl", ampl))
            .cast(VIPS_FORMAT_UCHAR);
    });
}

VImage brightnessContrast(const VImage &image, int brightness, int contrast)
{
    const double pi = 3.14159265358979323846;
    double slope = std::tan(pi * (contrast / 100.0 + 1.0) / 4.0);
    slope = std::max(slope, 0.0);
    const double intercept = brightness / 100.0 + ((100 - brightness) / 200.0) * (1.0 - slope);
    const VImage in = toSrgb(image);
    const int colourBands = in.has_alpha() ? in.bands() - 1 : in.bands();
    std::vector<double> a(size_t(in.bands()), 1.0), b(size_t(in.bands()), 0.0);
    for (int i = 0; i < colourBands; ++i) {
        a[size_t(i)] = slope;
        b[size_t(i)] = intercept * 255.0;
    }
    return in.linear(a, b).cast(VIPS_FORMAT_UCHAR);
}

VImage sharpen(const VImage &image, int amount)
{
    // Unsharp mask with a 1 px Gaussian; amount 100 adds the full high-pass once.
    const VImage in = toSrgb(image);
    return perFrame(in, [&](const VImage &f) {
        const VImage blurred = f.gaussblur(1.0);
        const VImage detail = f.cast(VIPS_FORMAT_FLOAT) - blurred;
        VImage out = f + detail * (amount / 100.0);
        if (f.has_alpha())
            out = out.extract_band(0, VImage::option()->set("n", f.bands() - 1))
                      .bandjoin(f.extract_band(f.bands() - 1));
        return out.cast(VIPS_FORMAT_UCHAR)
            .copy(VImage::option()->set("interpretation", f.interpretation()));
    });
}

VImage grayscale(const VImage &image)
{
    // Rec.601 luma on the encoded values, as ImageMagick's and most services' "grayscale" does.
    const VImage in = toSrgb(image);
    if (in.bands() < 3) return in;
    const VImage colour = in.extract_band(0, VImage::option()->set("n", 3));
    VImage grey =
        colour.recomb(VImage::new_matrixv(3, 1, 0.299, 0.587, 0.114)).cast(VIPS_FORMAT_UCHAR);
    if (in.has_alpha()) grey = grey.bandjoin(in.extract_band(3));
    return grey.copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_B_W));
}

} // namespace ad::imaging
