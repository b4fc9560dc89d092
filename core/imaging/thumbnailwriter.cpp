#include "imaging/thumbnailwriter.h"

#include "imaging/colourprofile.h"
#include "imaging/limits.h"
#include "imaging/rendercancel.h"
#include "imaging/thumbnailpng.h"
#include "imaging/vipsqimage.h"
#include "imaging/vipsutil.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>

namespace ad::imaging
{

using vips::VImage;

int jpegShrinkOnLoad(int width, int height, int edge)
{
    // libjpeg's scaled IDCT is a proper low-pass, so unlike libvips' own rule (at least 2 left
    // for the resize) 1.5 is enough: an 800x600 photograph decoded at 400x300 and resized to
    // 256 px is within 50 dB PSNR of the full decode's thumbnail, for a quarter of the work.
    const double factor = double(std::max(width, height)) / edge;
    for (const int shrink : {8, 4, 2})
        if (factor / shrink >= 1.5) return shrink;
    return 1;
}

StillThumbnail writeStillThumbnail(const XdgThumbnailCache &cache, const QString &file,
                                   XdgThumbnailCache::Size size, QString *error,
                                   RenderCancel *cancel, QImage *shown)
{
    const char *loader = findFileLoader(file);
    const char *nick = loader ? vips_nickname_find(g_type_from_name(loader)) : nullptr;
    // PDF pages get paper and an edge from loadPreview(); videos, office documents and the
    // rest are not libvips' to read.
    if (!nick || QByteArray(nick).startsWith("pdf")) return StillThumbnail::NotStill;
    const auto unreadable = [error](const QString &why) {
        if (error) *error = why;
        return StillThumbnail::Unreadable;
    };
    const QByteArray path = QFile::encodeName(file);
    VImage header;
    try {
        header = VImage::new_from_file(path.constData());
    } catch (const vips::VError &) {
        // A loader that claims the file but cannot read its header (ImageMagick on a video):
        // loadPreview() knows the other ways in.
        vips_error_clear();
        return StillThumbnail::NotStill;
    }
    try {
        if (qint64(header.width()) * header.height() > Limits::maxPixels)
            return unreadable(
                QCoreApplication::translate("ad::Error", "image is larger than 250 megapixels"));
        const int edge = int(size);
        const auto bound = [edge] {
            return VImage::option()->set("height", edge)->set("size", VIPS_SIZE_DOWN);
        };
        // A JPEG is decoded at the scale jpegShrinkOnLoad() chooses; thumbnail() would decode an
        // 800x600 photograph whole for 256 px. The window's grid gets its pixels from here too.
        const int shrink = QByteArray(nick) == "jpegload"
                               ? jpegShrinkOnLoad(header.width(), header.height(), edge)
                               : 1;
        VImage thumb = shrink > 1
                           ? VImage::new_from_file(path.constData(),
                                                   VImage::option()
                                                       ->set("shrink", shrink)
                                                       ->set("access", VIPS_ACCESS_SEQUENTIAL))
                                 .thumbnail_image(edge, bound())
                           : VImage::thumbnail(path.constData(), edge, bound());
        if (cancel) cancel->watch(thumb.get_image()); // the pixels are computed below
        // Computed once, for the PNG and, when the window shows it, the QImage.
        thumb = toSrgb(toSrgbByProfile(thumb));
        if (thumb.bands() > 4) thumb = thumb.extract_band(0, VImage::option()->set("n", 4));
        thumb = thumb.copy_memory();
        // Only the Thumb:: keys go into the PNG: not the source's EXIF, XMP, profile or text.
        const QByteArray png = encodeThumbnailPng(
            static_cast<const unsigned char *>(vips_image_get_data(thumb.get_image())),
            thumb.width(), thumb.height(), thumb.bands(), XdgThumbnailCache::textKeys(file));
        if (shown) *shown = toQImage(thumb);
        if (png.isEmpty())
            return unreadable(
                QCoreApplication::translate("ad::Error", "the thumbnail could not be encoded"));
        return cache.storeEncoded(file, size, png) ? StillThumbnail::Written
                                                   : StillThumbnail::CacheNotWritable;
    } catch (const vips::VError &e) {
        vips_error_clear();
        return unreadable(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
    }
}

} // namespace ad::imaging
