#include "imaging/fidelity.h"

#include "common/error.h"
#include "imaging/vipsutil.h"

#include <QCoreApplication>
#include <QRgb>
#include <cmath>

namespace ad::imaging
{

using vips::VImage;

namespace
{

struct Decoded {
    VImage rgb; // upright 8-bit sRGB, three bands, alpha composited on white
    PictureFacts facts;
    bool sameSizeAs(const Decoded &o) const
    {
        return rgb.width() == o.rgb.width() && rgb.height() == o.rgb.height();
    }
};

// "VipsForeignLoadJpegBuffer" -> "jpeg".
QString formatOfLoader(const char *loader)
{
    QString name = QString::fromLatin1(loader);
    name.remove(QLatin1String("VipsForeignLoad")).remove(QLatin1String("Buffer"));
    name = name.toLower();
    return name == QLatin1String("nsgif") ? QStringLiteral("gif") : name;
}

Decoded decode(const QByteArray &bytes, const QString &side)
{
    const char *loader = findLoader(bytes);
    if (!loader && bytes.trimmed().startsWith('{'))
        throw ProcessingError(ErrorCode::InvalidImage,
                              QCoreApplication::translate("ad::Error",
                                                          "the %1 is JSON, not a picture: only "
                                                          "processing that yields a picture can "
                                                          "be compared")
                                  .arg(side));
    if (!loader)
        throw ProcessingError(
            ErrorCode::InvalidImage,
            QCoreApplication::translate("ad::Error", "the %1 is not a picture (%2 bytes)")
                .arg(side)
                .arg(bytes.size()));
    try {
        // Animations and multi-page files load their first page unless asked for more.
        VImage image = VImage::new_from_buffer(bytes.constData(), size_t(bytes.size()), "");
        QString format = formatOfLoader(loader);
        if (format == QLatin1String("heif") && image.get_typeof("heif-compression") &&
            QLatin1String(image.get_string("heif-compression")) == QLatin1String("av1"))
            format = QStringLiteral("avif");
        const PictureFacts facts{image.width(), image.height(), format, bytes.size()};
        image = image.autorot();
        image = flattenOnto(toSrgb(image), qRgb(255, 255, 255));
        if (image.bands() < 3) image = image.colourspace(VIPS_INTERPRETATION_sRGB);
        if (image.bands() > 3) image = image.extract_band(0, VImage::option()->set("n", 3));
        image = image.cast(VIPS_FORMAT_UCHAR);
        return {image, facts};
    } catch (const vips::VError &e) {
        vips_error_clear();
        throw ProcessingError(ErrorCode::InvalidImage,
                              QCoreApplication::translate("ad::Error", "the %1 does not decode: %2")
                                  .arg(side, QString::fromUtf8(e.what()).section('\n', 0, 0)));
    }
}

// The 11-tap Gaussian (σ 1.5) of SSIM, normalised; convsep applies it across and down.
VImage ssimWindow()
{
    std::vector<double> taps(11);
    double sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += taps[size_t(i)] = std::exp(-double((i - 5) * (i - 5)) / (2 * 1.5 * 1.5));
    for (double &t : taps)
        t /= sum;
    return VImage::new_matrix(11, 1, taps.data(), int(taps.size()));
}

} // namespace

double ssimOf(const VImage &a8, const VImage &b8)
{
    const VImage a = a8.cast(VIPS_FORMAT_FLOAT);
    const VImage b = b8.cast(VIPS_FORMAT_FLOAT);
    const VImage window = ssimWindow();
    const auto blur = [&window](const VImage &in) {
        return in.convsep(window, VImage::option()->set("precision", VIPS_PRECISION_FLOAT));
    };
    const VImage muA = blur(a);
    const VImage muB = blur(b);
    const VImage muAB = muA * muB;
    const VImage varA = blur(a * a) - muA * muA;
    const VImage varB = blur(b * b) - muB * muB;
    const VImage cov = blur(a * b) - muAB;
    constexpr double c1 = (0.01 * 255) * (0.01 * 255);
    constexpr double c2 = (0.03 * 255) * (0.03 * 255);
    VImage map =
        ((muAB * 2 + c1) * (cov * 2 + c2)) / ((muA * muA + muB * muB + c1) * (varA + varB + c2));
    // Only windows that lie wholly inside the picture, as the reference implementation does;
    // a picture smaller than one window keeps its edge-extended values.
    if (map.width() > 10 && map.height() > 10)
        map = map.crop(5, 5, map.width() - 10, map.height() - 10);
    return map.avg();
}

Fidelity compareEncoded(const QByteArray &local, const QByteArray &cloud)
{
    const Decoded a = decode(local, QCoreApplication::translate("ad::Error", "local result"));
    const Decoded b = decode(cloud, QCoreApplication::translate("ad::Error", "cloud result"));
    Fidelity f{a.facts, b.facts, {}, {}};
    if (!a.sameSizeAs(b)) return f;
    try {
        const VImage d = a.rgb.cast(VIPS_FORMAT_DOUBLE) - b.rgb.cast(VIPS_FORMAT_DOUBLE);
        const double mse = (d * d).avg();
        f.psnr = mse == 0 ? kIdenticalPsnr
                          : std::min(kIdenticalPsnr, 10 * std::log10(255.0 * 255.0 / mse));
        f.ssim = ssimOf(a.rgb, b.rgb);
    } catch (const vips::VError &e) {
        rethrowVips(e);
    }
    return f;
}

QByteArray differencePng(const QByteArray &local, const QByteArray &cloud, int gain)
{
    const Decoded a = decode(local, QCoreApplication::translate("ad::Error", "local result"));
    const Decoded b = decode(cloud, QCoreApplication::translate("ad::Error", "cloud result"));
    if (!a.sameSizeAs(b)) return {};
    try {
        const VImage d =
            ((a.rgb.cast(VIPS_FORMAT_SHORT) - b.rgb.cast(VIPS_FORMAT_SHORT)).abs() * gain)
                .cast(VIPS_FORMAT_UCHAR);
        // cast clips to 0..255: a difference of 32 or more (at ×8) is full white.
        return takeBlob(d.copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB))
                            .pngsave_buffer(VImage::option()->set("compression", 6)));
    } catch (const vips::VError &e) {
        rethrowVips(e);
    }
}

} // namespace ad::imaging
