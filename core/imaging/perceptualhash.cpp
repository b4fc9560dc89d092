#include "imaging/perceptualhash.h"

#include "common/error.h"
#include "imaging/vipsutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numbers>

namespace ad::imaging
{

namespace
{

constexpr int kSide = 32; // the grey reduction
constexpr int kLow = 8;   // the frequencies kept per axis

// cos((2x + 1) u pi / 2N) for the frequencies kept: the DCT-II basis, computed once.
const std::array<std::array<double, kSide>, kLow> &basis()
{
    static const auto table = [] {
        std::array<std::array<double, kSide>, kLow> t{};
        for (int u = 0; u < kLow; ++u)
            for (int x = 0; x < kSide; ++x)
                t[u][x] = std::cos((2 * x + 1) * u * std::numbers::pi / (2 * kSide));
        return t;
    }();
    return table;
}

QString text(const char *what)
{
    return QCoreApplication::translate("ad::Error", what);
}

} // namespace

quint64 perceptualHash(const vips::VImage &image)
{
    try {
        vips::VImage grey = image;
        if (grey.has_alpha()) grey = grey.flatten(vips::VImage::option()->set("background", 255));
        grey = grey.colourspace(VIPS_INTERPRETATION_B_W)[0];
        grey = grey.resize(double(kSide) / grey.width(),
                           vips::VImage::option()->set("vscale", double(kSide) / grey.height()));
        const vips::VImage pixels = grey.cast(VIPS_FORMAT_DOUBLE);
        size_t bytes = 0;
        auto *data = static_cast<double *>(pixels.write_to_memory(&bytes));
        if (bytes < sizeof(double) * kSide * kSide) {
            g_free(data);
            throw ProcessingError(ErrorCode::InvalidImage, text("cannot reduce the picture"));
        }
        // Separable DCT-II: rows first, then columns, only the low frequencies.
        const auto &cosines = basis();
        std::array<std::array<double, kLow>, kSide> rows{};
        for (int y = 0; y < kSide; ++y)
            for (int u = 0; u < kLow; ++u) {
                double sum = 0;
                for (int x = 0; x < kSide; ++x)
                    sum += data[y * kSide + x] * cosines[u][x];
                rows[y][u] = sum;
            }
        g_free(data);
        std::array<double, kLow * kLow> coefficients{};
        for (int v = 0; v < kLow; ++v)
            for (int u = 0; u < kLow; ++u) {
                double sum = 0;
                for (int y = 0; y < kSide; ++y)
                    sum += rows[y][u] * cosines[v][y];
                coefficients[v * kLow + u] = sum;
            }
        // Each bit: above the median of the AC terms (the mean brightness is left out of it).
        std::array<double, kLow * kLow - 1> ac{};
        std::copy(coefficients.begin() + 1, coefficients.end(), ac.begin());
        std::nth_element(ac.begin(), ac.begin() + ac.size() / 2, ac.end());
        const double median = ac[ac.size() / 2];
        quint64 hash = 0;
        for (size_t i = 1; i < coefficients.size(); ++i)
            if (coefficients[i] > median) hash |= quint64(1) << i;
        return hash;
    } catch (const vips::VError &e) {
        rethrowVips(e);
    }
}

std::array<quint64, 5> cropHashes(const vips::VImage &image)
{
    const int w = image.width(), h = image.height();
    const int cw = w * 95 / 100, ch = h * 95 / 100;
    const int offsets[5][2] = {
        {(w - cw) / 2, (h - ch) / 2}, {0, 0}, {w - cw, 0}, {0, h - ch}, {w - cw, h - ch}};
    std::array<quint64, 5> out{};
    try {
        for (int i = 0; i < 5; ++i)
            out[i] = perceptualHash(image.crop(offsets[i][0], offsets[i][1], cw, ch));
    } catch (const vips::VError &e) {
        rethrowVips(e);
    }
    return out;
}

PictureHashes hashPicture(const QString &path)
{
    ensureVips();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ProcessingError(QFileInfo::exists(path) ? ErrorCode::IoError : ErrorCode::NotFound,
                              text("cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!sha.addData(&file))
        throw ProcessingError(ErrorCode::IoError,
                              text("cannot read %1: %2").arg(path, file.errorString()));
    PictureHashes h;
    h.content = sha.result();
    try {
        // The reduction comes from a shrink-on-load thumbnail, upright, first frame.
        const QByteArray name = QFile::encodeName(path);
        const vips::VImage header = vips::VImage::new_from_file(name.constData());
        const bool swap = vips_image_get_orientation_swap(header.get_image());
        h.width = swap ? frameHeight(header) : header.width();
        h.height = swap ? header.width() : frameHeight(header);
        const vips::VImage small = vips::VImage::thumbnail(
            name.constData(), 4 * kSide,
            vips::VImage::option()->set("height", 4 * kSide)->set("size", VIPS_SIZE_FORCE));
        const vips::VImage pixels = small.copy_memory(); // decoded once for six hashes
        h.phash = perceptualHash(pixels);
        h.crops = cropHashes(pixels);
    } catch (const vips::VError &e) {
        rethrowVips(e);
    }
    return h;
}

bool samePixels(const QString &a, const QString &b)
{
    ensureVips();
    try {
        const auto load = [](const QString &path) {
            const QByteArray name = QFile::encodeName(path);
            vips::VImage image = vips::VImage::new_from_file(name.constData());
            if (vips_image_get_n_pages(image.get_image()) > 1) // every frame, not the first
                image = vips::VImage::new_from_file(name.constData(),
                                                    vips::VImage::option()->set("n", -1));
            return image.autorot();
        };
        const vips::VImage x = load(a), y = load(b);
        if (x.width() != y.width() || x.height() != y.height() || x.bands() != y.bands() ||
            x.format() != y.format() || frameHeight(x) != frameHeight(y))
            return false;
        return (x - y).abs().max() == 0;
    } catch (const vips::VError &) {
        return false;
    }
}

int hashDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

int pictureDistance(const PictureHashes &a, const PictureHashes &b)
{
    int d = hashDistance(a.phash, b.phash);
    for (size_t i = 0; i < a.crops.size(); ++i)
        d = std::min({d, hashDistance(a.crops[i], b.phash), hashDistance(a.phash, b.crops[i])});
    return d;
}

} // namespace ad::imaging
