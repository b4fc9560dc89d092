#include "imaging/blind/attacks.h"

#include "imaging/executor.h"
#include "imaging/vipsutil.h"

#include <QObject>
#include <algorithm>
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

// Rotates about the centre keeping the canvas: the corners are filled with mid grey, as an
// editor does when it rotates without cropping.
VImage rotateFilled(const VImage &image, double degrees)
{
    const VImage r = image.similarity(
        VImage::option()
            ->set("angle", degrees)
            ->set("background", std::vector<double>(size_t(image.bands()), 128.0)));
    return r.crop((r.width() - image.width()) / 2, (r.height() - image.height()) / 2, image.width(),
                  image.height());
}

// Keeps `keep` of each side; the anchor names where the kept part sits (tl, t, tr, l, c, r, bl,
// b, br).
VImage cropKeeping(const VImage &image, double keep, const QString &anchor)
{
    const int w = std::max(1, int(std::lround(image.width() * keep)));
    const int h = std::max(1, int(std::lround(image.height() * keep)));
    const int dx = image.width() - w, dy = image.height() - h;
    const int x = anchor.endsWith(QLatin1Char('l'))   ? 0
                  : anchor.endsWith(QLatin1Char('r')) ? dx
                                                      : dx / 2;
    const int y = anchor.startsWith(QLatin1Char('t'))   ? 0
                  : anchor.startsWith(QLatin1Char('b')) ? dy
                                                        : dy / 2;
    return image.crop(x, y, w, h);
}

VImage noisy(const VImage &image, double sigma)
{
    // A fixed seed: the same picture meets the same noise on every run.
    const VImage n = VImage::gaussnoise(
        image.width(), image.height(),
        VImage::option()->set("sigma", sigma)->set("mean", 0.0)->set("seed", 23));
    return clipped(image + n);
}

VImage greyscale(const VImage &image)
{
    if (image.bands() < 3) return image;
    const VImage y = image.extract_band(0, VImage::option()->set("n", 3))
                         .recomb(VImage::new_matrixv(3, 1, 0.299, 0.587, 0.114))
                         .cast(VIPS_FORMAT_UCHAR);
    return VImage::bandjoin(std::vector<VImage>{y, y, y})
        .copy(VImage::option()->set("interpretation", image.interpretation()));
}

bool oneOf(const QString &s, std::initializer_list<const char *> list)
{
    for (const char *l : list)
        if (s == QLatin1String(l)) return true;
    return false;
}

// One step of a spec ("jpeg:20"); nullopt when the name or its parameters are not understood.
std::optional<Attack> stepFromSpec(const QString &spec)
{
    const QStringList p = spec.split(QLatin1Char(':'));
    const QString name = p.value(0);
    bool ok = true;
    auto number = [&](int i, double fallback) {
        if (p.size() <= i) return fallback;
        bool good = false;
        const double v = p[i].toDouble(&good);
        ok = ok && good;
        return v;
    };
    std::function<VImage(const VImage &)> apply;
    QString label;
    if (name == QLatin1String("jpeg") || name == QLatin1String("webp")) {
        const int q = int(number(1, 75));
        ok = ok && q >= 1 && q <= 100;
        const QByteArray format =
            (name == QLatin1String("jpeg") ? ".jpg[Q=" : ".webp[Q=") + QByteArray::number(q) + ']';
        apply = [format](const VImage &v) { return reencode(v, format.constData()); };
        label = (name == QLatin1String("jpeg") ? QObject::tr("JPEG quality %1")
                                               : QObject::tr("WebP quality %1"))
                    .arg(q);
    } else if (name == QLatin1String("scale")) {
        const double pct = number(1, 50);
        ok = ok && pct >= 5 && pct <= 400;
        apply = [pct](const VImage &v) { return scaled(v, pct / 100); };
        label = QObject::tr("Scale to %1%").arg(pct);
    } else if (name == QLatin1String("stretch")) {
        const double x = number(1, 125), y = number(2, 100);
        ok = ok && x >= 5 && x <= 400 && y >= 5 && y <= 400;
        apply = [x, y](const VImage &v) {
            return v.resize(x / 100, VImage::option()->set("vscale", y / 100));
        };
        label = QObject::tr("Stretch to %1% x %2%").arg(x).arg(y);
    } else if (name == QLatin1String("crop")) {
        const double keep = number(1, 70);
        const QString anchor = p.value(2, QStringLiteral("c"));
        ok = ok && keep >= 10 && keep <= 100 &&
             oneOf(anchor, {"tl", "t", "tr", "l", "c", "r", "bl", "b", "br"});
        apply = [keep, anchor](const VImage &v) { return cropKeeping(v, keep / 100, anchor); };
        label = QObject::tr("Crop keeping %1% of each side (%2)").arg(keep).arg(anchor);
    } else if (name == QLatin1String("rotate")) {
        const double deg = number(1, 5);
        ok = ok && std::abs(deg) <= 180;
        apply = [deg](const VImage &v) { return rotateFilled(v, deg); };
        // With a true minus sign, as the listed attacks' names have.
        label = QObject::tr("Rotate %1° (corners filled)")
                    .arg(QString::number(deg).replace(u'-', QChar(0x2212)));
    } else if (name == QLatin1String("blur")) {
        const double sigma = number(1, 1.2);
        ok = ok && sigma > 0 && sigma <= 20;
        apply = [sigma](const VImage &v) { return v.gaussblur(sigma).cast(VIPS_FORMAT_UCHAR); };
        label = QObject::tr("Gaussian blur σ %1").arg(sigma);
    } else if (name == QLatin1String("noise")) {
        const double sigma = number(1, 8);
        ok = ok && sigma > 0 && sigma <= 100;
        apply = [sigma](const VImage &v) { return noisy(v, sigma); };
        label = QObject::tr("Gaussian noise σ %1").arg(sigma);
    } else if (name == QLatin1String("grey")) {
        apply = greyscale;
        label = QObject::tr("Grayscale");
    } else if (name == QLatin1String("levels")) {
        // Input black and white points stretched to 0-255.
        const double lo = number(1, 20), hi = number(2, 230);
        ok = ok && lo >= 0 && hi <= 255 && hi - lo >= 16;
        apply = [lo, hi](const VImage &v) { return clipped((v - lo) * (255 / (hi - lo))); };
        label = QObject::tr("Levels %1-%2").arg(lo).arg(hi);
    } else if (name == QLatin1String("contrast")) {
        const double pct = number(1, 130);
        ok = ok && pct >= 10 && pct <= 400;
        apply = [pct](const VImage &v) { return clipped((v - 128) * (pct / 100) + 128); };
        label = QObject::tr("Contrast %1%").arg(pct);
    } else {
        return std::nullopt;
    }
    if (!ok || p.size() > 3) return std::nullopt;
    return Attack{spec, label, apply};
}
// The first generation's table; its ids stay valid.
const std::vector<Attack> &classicAttacks()
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

} // namespace

std::optional<Attack> attackFromSpec(const QString &spec)
{
    std::vector<Attack> steps;
    for (const QString &s : spec.split(QLatin1Char('+'))) {
        const auto &classic = classicAttacks();
        const auto named = std::find_if(classic.begin(), classic.end(),
                                        [&](const Attack &a) { return a.id == s; });
        if (named != classic.end())
            steps.push_back(*named);
        else if (auto step = stepFromSpec(s))
            steps.push_back(*step);
        else
            return std::nullopt;
    }
    if (steps.size() == 1) return steps.front();
    QStringList labels;
    for (const Attack &a : steps)
        labels << a.label;
    return Attack{spec, labels.join(QObject::tr(", then ")), [steps](const VImage &v) {
                      VImage out = v;
                      for (const Attack &a : steps)
                          out = a.apply(out).copy_memory();
                      return out;
                  }};
}

const std::vector<Attack> &standardAttacks()
{
    // Web copies, social media re-encodes and screenshots: what the second generation targets.
    static const std::vector<Attack> attacks = [] {
        std::vector<Attack> all = classicAttacks();
        for (const char *spec :
             {"jpeg:20", "webp:50", "scale:30", "crop:70:tl", "crop:70:c", "crop:70:br",
              "rotate:10", "rotate:-10", "stretch:125:100", "stretch:100:125", "blur:1.2", "grey",
              "levels:30:220", "contrast:70", "noise:8", "scale:50+crop:80:tl+jpeg:50",
              "rotate:5+scale:70+webp:60", "stretch:120:100+crop:85:br+jpeg:40"})
            all.push_back(*attackFromSpec(QString::fromLatin1(spec)));
        return all;
    }();
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

// Colour against colour: a copy saved as JPEG has lost the alpha the marked picture keeps, and
// is flattened against black as libvips' savers do, so both are compared flattened so.
double psnr(const VImage &a, const VImage &b)
{
    const auto colour = [](const VImage &v) {
        return flattenOnto(toSrgb(v), qRgb(0, 0, 0)).cast(VIPS_FORMAT_FLOAT);
    };
    const VImage d = colour(a) - colour(b);
    const double mse = (d * d).avg();
    return mse > 0 ? 10 * std::log10(255.0 * 255.0 / mse) : std::numeric_limits<double>::infinity();
}

} // namespace ad::imaging::blind
