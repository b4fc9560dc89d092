#include "imaging/stylepreview.h"

#include "assets/assetkind.h"
#include "common/error.h"
#include "files/regularfile.h"
#include "imaging/limits.h"
#include "imaging/vipsqimage.h"
#include "imaging/vipsutil.h"
#include "media/videocover.h"
#include "media/videoframe.h"
#include "style/values.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <vips/vips8>

namespace ad::imaging
{

using vips::VImage;

namespace
{

// Decoded to fit `display`, stored orientation, first frame.
QImage displayImage(const QByteArray &bytes, QSize display)
{
    if (!findLoader(bytes)) return QImage::fromData(bytes).scaled(display, Qt::KeepAspectRatio);
    return toQImage(thumbnailOfBytes(bytes, display, false));
}

QByteArray proxyOf(const QByteArray &bytes, const QString &loader)
{
    const VImage small = thumbnailOfBytes(bytes, QSize(kProxyEdge, kProxyEdge), false);
    // The same format where the output format follows the input's; PNG keeps the rest lossless.
    if (loader.startsWith(QLatin1String("jpegload")))
        return takeBlob(small.jpegsave_buffer(VImage::option()->set("Q", 95)));
    if (loader.startsWith(QLatin1String("webpload")))
        return takeBlob(small.webpsave_buffer(VImage::option()->set("Q", 95)));
    return takeBlob(small.pngsave_buffer(VImage::option()->set("compression", 1)));
}

// The cover frame at the clip's own size, lossless, for a style to receive like a picture.
QByteArray coverPng(const QString &path, std::optional<double> seconds)
{
    QString error;
    const QImage frame = seconds ? media::videoFrameAt(path, *seconds, QSize(), &error)
                                 : media::coverFrame(path, QSize(), &error);
    if (frame.isNull()) throw ProcessingError(ErrorCode::InvalidImage, error);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    frame.save(&buffer, "PNG");
    return png;
}

} // namespace

PreviewInput previewInput(const QString &path, QSize display, bool allowProxy,
                          std::optional<double> coverSeconds)
{
    ensureVips();
    PreviewInput in;
    in.videoCover = assets::kindOfPath(path) == assets::Kind::Video;
    const QByteArray bytes = in.videoCover ? coverPng(path, coverSeconds)
                                           : files::readRegularFile(path, Limits::maxFileBytes);
    in.originalBytes = bytes.size();
    in.resourceRoot = QFileInfo(path).absolutePath();
    in.source.path = path;
    if (in.videoCover) in.source.bytes = bytes;
    const char *loader = findLoader(bytes);
    if (!loader)
        throw ProcessingError(ErrorCode::InvalidImage,
                              QCoreApplication::translate("ad::Error", "'%1' is not an image")
                                  .arg(QFileInfo(path).fileName()));
    try {
        const VImage header = VImage::new_from_buffer(bytes.constData(), size_t(bytes.size()), "");
        in.frames = header.get_typeof("n-pages") == G_TYPE_INT ? header.get_int("n-pages") : 1;
        in.originalSize = QSize(header.width(), frameHeight(header));
        in.inputSize = in.originalSize;
        const qint64 pixels = qint64(in.originalSize.width()) * in.originalSize.height();
        const bool withinLimits = in.originalBytes <= Limits::maxFileBytes &&
                                  in.originalSize.width() <= Limits::maxSide &&
                                  in.originalSize.height() <= Limits::maxSide &&
                                  pixels <= Limits::maxPixels;
        if (allowProxy && withinLimits && in.frames == 1 && pixels > kProxyAbovePixels) {
            in.source.bytes = proxyOf(bytes, QString::fromLatin1(loader));
            in.proxy = true;
            const VImage proxy = VImage::new_from_buffer(in.source.bytes.constData(),
                                                         size_t(in.source.bytes.size()), "");
            in.inputSize = QSize(proxy.width(), proxy.height());
        }
        in.before = displayImage(in.proxy ? in.source.bytes : bytes, display);
    } catch (const vips::VError &e) {
        vips_error_clear();
        throw ProcessingError(ErrorCode::InvalidImage,
                              QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
    }
    return in;
}

PreviewOutput renderPreview(const PreviewInput &input, const style::Pipeline &pipeline,
                            const ProcessOptions &options, QSize display)
{
    ProcessOptions o = options;
    if (o.resourceRoot.isEmpty()) o.resourceRoot = input.resourceRoot;
    const ProcessResult r = process(input.source, pipeline, o);
    PreviewOutput out;
    out.warnings = r.warnings;
    if (r.isJson) {
        out.json = r.data;
        // watermark/4 types 1 and 2 also give the recovered mark: show it.
        if (!r.extractedMark.isEmpty()) out.after = displayImage(r.extractedMark, display);
        return out;
    }
    out.size = r.size;
    out.format = r.format;
    out.bytes = r.data.size();
    out.frames = r.frames;
    try {
        out.after = displayImage(r.data, display);
    } catch (const vips::VError &) {
        vips_error_clear();
        out.after = QImage::fromData(r.data); // e.g. BMP, which libvips may not read
    }
    return out;
}

PreviewOutput renderCiPreview(const QString &path, const media::CiProcess &process,
                              const ProcessOptions &options, QSize display)
{
    ensureVips();
    const media::CiOutput r = media::runCiProcess(path, process, options.styles);
    PreviewOutput out;
    if (r.format == QLatin1String("json")) {
        // Indented: the preview shows it as text, one field a line.
        out.json = QJsonDocument::fromJson(r.bytes).toJson(QJsonDocument::Indented);
        return out;
    }
    out.format = style::formatFromName(r.format).value_or(style::ImageFormat::Png);
    out.bytes = r.bytes.size();
    try {
        const VImage header =
            VImage::new_from_buffer(r.bytes.constData(), size_t(r.bytes.size()), "");
        out.size = QSize(header.width(), header.height());
        out.after = displayImage(r.bytes, display);
    } catch (const vips::VError &e) {
        vips_error_clear();
        throw ProcessingError(ErrorCode::InvalidImage,
                              QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
    }
    return out;
}

} // namespace ad::imaging
