#include "imaging/viewerimage.h"

#include "imaging/limits.h"
#include "imaging/preview.h"
#include "imaging/rendercancel.h"
#include "imaging/vipsqimage.h"
#include "imaging/vipsutil.h"

#include <QCoreApplication>
#include <QFile>

namespace ad::imaging
{

using vips::VImage;

namespace
{

// GIF and WebP keep their timing in a "delay" array (ms per frame); older files may lack it.
QList<int> frameDelays(const VImage &image, int frames)
{
    QList<int> delays(frames, 100);
    if (image.get_typeof("delay") == VIPS_TYPE_ARRAY_INT) {
        const std::vector<int> stored = image.get_array_int("delay");
        for (int i = 0; i < frames && i < int(stored.size()); ++i)
            // Browsers treat delays under 20 ms as 100 ms; so does the viewer.
            delays[i] = stored[i] < 20 ? 100 : stored[i];
    }
    return delays;
}

} // namespace

ViewerImage loadViewerImage(const QString &path, QSize bound, RenderCancel *cancel)
{
    ViewerImage out;
    const ImageProbe probe = probeImage(path);
    const bool animation =
        probe.ok && probe.frames > 1 &&
        (probe.format == QLatin1String("gif") || probe.format == QLatin1String("webp"));
    if (!animation) {
        out.frames.append(loadPreview(path, bound, &out.error, cancel));
        if (out.frames.first().isNull()) out.frames.clear();
        out.fullSize = probe.ok ? probe.size : out.frames.value(0).size();
        out.format = probe.format;
        return out;
    }
    out.fullSize = probe.size;
    out.format = probe.format;
    const int frames = std::min(probe.frames, maxAnimationFrames);
    if (qint64(probe.size.width()) * probe.size.height() * frames > Limits::maxPixels) {
        out.error = QCoreApplication::translate(
            "ad::Error", "the animation is larger than 250 megapixels in all");
        return out;
    }
    try {
        // Every frame in one tall image, shrunk together so they stay aligned.
        const QByteArray file = QFile::encodeName(path) + "[n=" + QByteArray::number(frames) + "]";
        const VImage all = VImage::thumbnail(
            file.constData(), bound.width(),
            VImage::option()->set("height", bound.height())->set("size", VIPS_SIZE_DOWN));
        const int pageHeight = vips_image_get_page_height(all.get_image());
        if (cancel) cancel->watch(all.get_image()); // the frames are computed below
        const QImage strip = toQImage(all);
        for (int i = 0; i < frames && (i + 1) * pageHeight <= strip.height(); ++i)
            out.frames.append(strip.copy(0, i * pageHeight, strip.width(), pageHeight));
        out.delaysMs = frameDelays(all, out.frames.size());
    } catch (const vips::VError &e) {
        vips_error_clear();
        out.frames.clear();
        out.error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
    }
    return out;
}

} // namespace ad::imaging
