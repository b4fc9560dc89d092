#include "imaging/blind/attacks.h"

#include "imaging/executor.h"
#include "imaging/vipsutil.h"

#include <QObject>
#include <cmath>
#include <limits>

namespace ad::imaging::blind
{

using vips::VImage;

namespace
{
VImage reencode(const VImage &image, const char *format)
{
    void *buf = nullptr;
    size_t len = 0;
    image.write_to_buffer(format, &buf, &len);
    const VImage out = VImage::new_from_buffer(buf, len, "").copy_memory();
    g_free(buf);
    return out;
}

// Rotates and crops back to the largest centred rectangle of the original size that holds no
// corner of the canvas.
VImage rotateCropped(const VImage &image, double degrees)
{
    const VImage r = image.similarity(VImage::option()->set("angle", degrees));
    const double a = std::abs(degrees) * M_PI / 180;
    const int w = image.width(), h = image.height();
    const int mx = int(std::ceil(h * std::sin(a))), my = int(std::ceil(w * std::sin(a)));
    const int cw = w - 2 * mx, ch = h - 2 * my;
    return r.crop((r.width() - cw) / 2, (r.height() - ch) / 2, cw, ch);
}

VImage scaled(const VImage &image, double factor)
{
    return image.resize(factor);
}

VImage clipped(const VImage &image)
{
    return image.cast(VIPS_FORMAT_UCHAR);
}
} // namespace

const std::vector<Attack> &standardAttacks()
{
    static const std::vector<Attack> attacks = {
        {QStringLiteral("jpeg90"), QObject::tr("JPEG quality 90"),
         [](const VImage &v) { return reencode(v, ".jpg[Q=90]"); }},
        {QStringLiteral("jpeg75"), QObject::tr("JPEG quality 75"),
         [](const VImage &v) { return reencode(v, ".jpg[Q=75]"); }},
        {QStringLiteral("jpeg50"), QObject::tr("JPEG quality 50"),
         [](const VImage &v) { return reencode(v, ".jpg[Q=50]"); }},
        {QStringLiteral("jpeg30"), QObject::tr("JPEG quality 30"),
         [](const VImage &v) { return reencode(v, ".jpg[Q=30]"); }},
        {QStringLiteral("webp75"), QObject::tr("WebP quality 75"),
         [](const VImage &v) { return reencode(v, ".webp[Q=75]"); }},
        {QStringLiteral("resize50"), QObject::tr("Resize to 50%"),
         [](const VImage &v) { return scaled(v, 0.5); }},
        {QStringLiteral("resize200"), QObject::tr("Resize to 200%"),
         [](const VImage &v) { return scaled(v, 2.0); }},
        {QStringLiteral("crop10"), QObject::tr("Crop 10% off left and top"),
         [](const VImage &v) {
             const int dx = v.width() / 10, dy = v.height() / 10;
             return v.crop(dx, dy, v.width() - dx, v.height() - dy);
         }},
        {QStringLiteral("rotate2"), QObject::tr("Rotate 2°"),
         [](const VImage &v) { return rotateCropped(v, 2); }},
        {QStringLiteral("rotate3"), QObject::tr("Rotate 3°"),
         [](const VImage &v) { return rotateCropped(v, 3); }},
        {QStringLiteral("rotate5"), QObject::tr("Rotate −5°"),
         [](const VImage &v) { return rotateCropped(v, -5); }},
        {QStringLiteral("bright+10"), QObject::tr("Brightness +10%"),
         [](const VImage &v) { return clipped(v * 1.1); }},
        {QStringLiteral("bright-10"), QObject::tr("Brightness −10%"),
         [](const VImage &v) { return clipped(v * 0.9); }},
        {QStringLiteral("noise"), QObject::tr("Gaussian noise σ 5"),
         [](const VImage &v) {
             const VImage n = VImage::gaussnoise(
                 v.width(), v.height(), VImage::option()->set("sigma", 5.0)->set("mean", 0.0));
             return clipped(v + n);
         }},
        {QStringLiteral("screenshot"), QObject::tr("Screenshot: 80% with a border"),
         [](const VImage &v) {
             const VImage s = scaled(v, 0.8);
             return s.embed(37, 23, s.width() + 80, s.height() + 60,
                            VImage::option()
                                ->set("extend", VIPS_EXTEND_BACKGROUND)
                                ->set("background", std::vector<double>{200, 200, 200}));
         }},
    };
    return attacks;
}

const Attack *findAttack(const QString &id)
{
    for (const Attack &a : standardAttacks())
        if (a.id == id) return &a;
    return nullptr;
}

Attack styleAttack(const QString &name, const QString &processing)
{
    return {QStringLiteral("style:") + name, name, [processing](const VImage &v) {
                const QByteArray png = takeBlob(v.pngsave_buffer());
                const ProcessResult r = process({QString(), png}, processing);
                return VImage::new_from_buffer(r.data.constData(), size_t(r.data.size()), "")
                    .copy_memory();
            }};
}

double psnr(const VImage &a, const VImage &b)
{
    const VImage d = toSrgb(a).cast(VIPS_FORMAT_FLOAT) - toSrgb(b).cast(VIPS_FORMAT_FLOAT);
    const double mse = (d * d).avg();
    return mse > 0 ? 10 * std::log10(255.0 * 255.0 / mse) : std::numeric_limits<double>::infinity();
}

} // namespace ad::imaging::blind
