#include "imaging/thumbnailwriter.h"

#include "imaging/colourprofile.h"
#include "imaging/limits.h"
#include "imaging/rendercancel.h"
#include "imaging/vipsqimage.h"
#include "imaging/vipsutil.h"

#include <QCoreApplication>
#include <QFile>

namespace ad::imaging
{

using vips::VImage;

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
        // The same decode as loadPreview(), so the window and the cache show the same pixels.
        VImage thumb =
            VImage::thumbnail(path.constData(), edge,
                              VImage::option()->set("height", edge)->set("size", VIPS_SIZE_DOWN));
        if (cancel) cancel->watch(thumb.get_image()); // the pixels are computed below
        thumb = toSrgb(toSrgbByProfile(thumb));
        // Computed once when the window shows it too; a copy of its own for the metadata.
        thumb = (shown ? thumb.copy_memory() : thumb).copy();
        // Only the Thumb:: keys go into the PNG: not the source's EXIF, XMP, profile or text.
        gchar **fields = vips_image_get_fields(thumb.get_image());
        for (gchar **field = fields; *field; ++field) {
            const QByteArray name(*field);
            if (name.startsWith("png-comment-") || name.startsWith("exif-") || name == "xmp-data" ||
                name == "iptc-data" || name == "icc-profile-data")
                thumb.remove(*field);
        }
        g_strfreev(fields);
        int n = 0;
        for (const auto &[key, value] : XdgThumbnailCache::textKeys(file))
            thumb.set(("png-comment-" + std::to_string(n++) + "-" + key.toStdString()).c_str(),
                      value.constData());
        // zlib level 2, as Qt's writer had: thumbnails are small and made in bulk. Without a
        // row filter (libvips' default) deflate barely shrinks a photograph; "average" keeps
        // the files as small as Qt's adaptive filters made them (a third smaller) for ~5 % more
        // encoding time.
        const QByteArray png = takeBlob(thumb.pngsave_buffer(
            VImage::option()->set("compression", 2)->set("filter", VIPS_FOREIGN_PNG_FILTER_AVG)));
        if (shown) *shown = toQImage(thumb);
        return cache.storeEncoded(file, size, png) ? StillThumbnail::Written
                                                   : StillThumbnail::CacheNotWritable;
    } catch (const vips::VError &e) {
        vips_error_clear();
        return unreadable(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
    }
}

} // namespace ad::imaging
