#include "imaging/vipsutil.h"

#include "common/error.h"
#include "imaging/orclock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <dlfcn.h>
#include <mutex>
#include <vips/vector.h>

namespace ad::imaging
{

using vips::VImage;

void ensureVips()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // vips_init would load every optional format module (ImageMagick, HEIF, JPEG XL, PDF,
        // OpenSlide): ~25 ms and hundreds of libraries, for every process, when most inputs are
        // JPEG/PNG/WebP/GIF, which libvips reads itself. A prefix without modules skips that;
        // ensureVipsModules() loads them on the first input that needs one.
        const QByteArray home = qgetenv("VIPSHOME");
        qputenv("VIPSHOME", "/nonexistent-assetdesk-vips-prefix");
        const bool failed = VIPS_INIT("assetdesk");
        if (home.isNull())
            qunsetenv("VIPSHOME");
        else
            qputenv("VIPSHOME", home);
        if (failed)
            throw ProcessingError(ErrorCode::IoError, QCoreApplication::translate(
                                                          "ad::Error", "libvips failed to start"));
        // Every call decodes fresh bytes; cached operations would only pin decoded pixels.
        vips_cache_set_max(0);
        // Run-time compiled SIMD (liborc) only where its compile and free calls are serialised:
        // with the operation cache off every resize compiles and frees its orc programs, and
        // liborc's code allocator corrupts itself when threads do that at once. Without it the
        // C paths cost about a tenth more CPU on thumbnails. VIPS_NOVECTOR still turns it off.
        vips_vector_set_enabled(vips_vector_isenabled() && orcCallsSerialised());
        // Loader chatter ("ignoring nclx profile") is not for users; errors still surface as
        // exceptions. ASSETDESK_DEBUG keeps it.
        if (qEnvironmentVariableIsEmpty("ASSETDESK_DEBUG"))
            g_log_set_handler(
                "VIPS", G_LOG_LEVEL_WARNING,
                [](const gchar *, GLogLevelFlags, const gchar *, gpointer) {}, nullptr);
    });
}

void ensureVipsModules()
{
    ensureVips();
    static std::once_flag once;
    std::call_once(once, [] {
        // The modules sit beside libvips itself: <libdir>/vips-modules-MAJOR.MINOR.
        Dl_info self{};
        if (!dladdr(reinterpret_cast<void *>(&vips_init), &self) || !self.dli_fname) return;
        const QDir dir(
            QFileInfo(QFile::decodeName(self.dli_fname)).absolutePath() +
            QStringLiteral("/vips-modules-%1.%2").arg(vips_version(0)).arg(vips_version(1)));
        for (const QString &name : dir.entryList({QStringLiteral("*.so")}, QDir::Files)) {
            // Loading registers the module's classes (its g_module_check_init); a module whose
            // libraries are missing is skipped, as vips_init would.
            if (GModule *m = g_module_open(QFile::encodeName(dir.filePath(name)).constData(),
                                           G_MODULE_BIND_LAZY))
                g_module_make_resident(m);
        }
    });
}

const char *findLoader(const QByteArray &bytes)
{
    ensureVips();
    if (const char *l = vips_foreign_find_load_buffer(bytes.constData(), size_t(bytes.size())))
        return l;
    vips_error_clear();
    ensureVipsModules();
    const char *l = vips_foreign_find_load_buffer(bytes.constData(), size_t(bytes.size()));
    if (!l) vips_error_clear();
    return l;
}

const char *findFileLoader(const QString &path)
{
    ensureVips();
    const QByteArray file = QFile::encodeName(path);
    if (const char *l = vips_foreign_find_load(file.constData())) return l;
    vips_error_clear();
    ensureVipsModules();
    const char *l = vips_foreign_find_load(file.constData());
    if (!l) vips_error_clear();
    return l;
}

QByteArray takeBlob(VipsBlob *blob)
{
    const auto *area = reinterpret_cast<VipsArea *>(blob);
    QByteArray out(static_cast<const char *>(area->data), qsizetype(area->length));
    vips_area_unref(reinterpret_cast<VipsArea *>(blob));
    return out;
}

VipsBlob *borrowBlob(const QByteArray &bytes)
{
    return vips_blob_new(nullptr, bytes.constData(), size_t(bytes.size()));
}

VImage thumbnailOfBytes(const QByteArray &bytes, QSize bound, bool autoRotate)
{
    VipsBlob *blob = borrowBlob(bytes);
    const auto release =
        qScopeGuard([blob] { vips_area_unref(reinterpret_cast<VipsArea *>(blob)); });
    return VImage::thumbnail_buffer(blob, bound.width(),
                                    VImage::option()
                                        ->set("height", bound.height())
                                        ->set("size", VIPS_SIZE_DOWN)
                                        ->set("no_rotate", !autoRotate));
}

int frameHeight(const VImage &image)
{
    if (image.get_typeof("page-height") == G_TYPE_INT) {
        const int h = image.get_int("page-height");
        if (h > 0 && h <= image.height() && image.height() % h == 0) return h;
    }
    return image.height();
}

int frameCount(const VImage &image)
{
    return image.height() / frameHeight(image);
}

VImage perFrame(const VImage &image, const std::function<VImage(const VImage &)> &fn)
{
    const int h = frameHeight(image);
    const int n = image.height() / h;
    if (n <= 1) return fn(image);
    std::vector<VImage> frames;
    frames.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        frames.push_back(fn(image.crop(0, i * h, image.width(), h)));
    VImage out = VImage::arrayjoin(frames, VImage::option()->set("across", 1));
    out = out.copy();
    out.set("page-height", frames.front().height());
    return out;
}

VImage toSrgb(const VImage &image)
{
    VImage out = image;
    const auto interp = out.interpretation();
    if (interp != VIPS_INTERPRETATION_sRGB && interp != VIPS_INTERPRETATION_B_W) {
        const bool grey = out.bands() <= 2 && (interp == VIPS_INTERPRETATION_GREY16 ||
                                               interp == VIPS_INTERPRETATION_MULTIBAND);
        out = out.colourspace(grey ? VIPS_INTERPRETATION_B_W : VIPS_INTERPRETATION_sRGB);
    }
    if (out.format() != VIPS_FORMAT_UCHAR) out = out.cast(VIPS_FORMAT_UCHAR);
    return out;
}

VImage withAlpha(const VImage &image)
{
    if (image.has_alpha()) return image;
    return image.bandjoin_const({255});
}

VImage flattenOnto(const VImage &image, QRgb bg)
{
    if (!image.has_alpha()) return image;
    std::vector<double> background{double(qRed(bg)), double(qGreen(bg)), double(qBlue(bg))};
    if (image.bands() == 2) background = {double(qGray(bg))};
    return image.flatten(VImage::option()->set("background", background)).cast(VIPS_FORMAT_UCHAR);
}

void rethrowVips(const vips::VError &error)
{
    QString message = QString::fromUtf8(error.what()).trimmed();
    message = message.section(QLatin1Char('\n'), 0, 0);
    vips_error_clear();
    throw ProcessingError(
        ErrorCode::InvalidImage,
        QCoreApplication::translate("ad::Error", "cannot process image: %1").arg(message));
}

void throwNotAnImage()
{
    throw ProcessingError(
        ErrorCode::InvalidImage,
        QCoreApplication::translate("ad::Error", "input is not an image in a supported format"));
}

} // namespace ad::imaging
