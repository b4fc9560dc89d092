#include "document/pageencoder.h"

#include "common/error.h"
#include "imaging/vipsutil.h"

#include <QCoreApplication>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
// jpeglib.h needs FILE and size_t first.
#include <jpeglib.h>

namespace ad::document
{

namespace
{

// libjpeg reports errors by calling error_exit, which must not return: jump back out.
struct ErrorManager {
    jpeg_error_mgr pub;
    std::jmp_buf escape;
    char message[JMSG_LENGTH_MAX];
};

void onError(j_common_ptr info)
{
    auto *e = reinterpret_cast<ErrorManager *>(info->err);
    (*info->err->format_message)(info, e->message);
    std::longjmp(e->escape, 1);
}

} // namespace

QByteArray encodeJpeg(const PageBitmap &page, int quality)
{
    jpeg_compress_struct c{};
    ErrorManager err{};
    c.err = jpeg_std_error(&err.pub);
    err.pub.error_exit = onError;
    unsigned char *buffer = nullptr;
    unsigned long size = 0;
    // Nothing with a destructor lives between setjmp and the jumps.
    if (setjmp(err.escape)) {
        jpeg_destroy_compress(&c);
        std::free(buffer);
        throw ProcessingError(ErrorCode::DocConversionFailed,
                              QCoreApplication::translate("ad::Error", "JPEG encoding failed: %1")
                                  .arg(QString::fromLatin1(err.message)));
    }
    jpeg_create_compress(&c);
    jpeg_mem_dest(&c, &buffer, &size);
    c.image_width = JDIMENSION(page.size.width());
    c.image_height = JDIMENSION(page.size.height());
    const bool rgb24 = page.format == PixelFormat::Rgb24;
    c.input_components = rgb24 ? 3 : 4;
    c.in_color_space = rgb24 ? JCS_RGB : JCS_EXT_BGRX; // BGRX: 0xffRRGGBB words, little-endian
    jpeg_set_defaults(&c);
    jpeg_set_quality(&c, quality, TRUE);
    jpeg_start_compress(&c, TRUE);
    while (c.next_scanline < c.image_height) {
        auto *row = const_cast<JSAMPROW>(page.bits + page.stride * c.next_scanline);
        jpeg_write_scanlines(&c, &row, 1);
    }
    jpeg_finish_compress(&c);
    jpeg_destroy_compress(&c);
    QByteArray out(reinterpret_cast<const char *>(buffer), qsizetype(size));
    std::free(buffer);
    return out;
}

vips::VImage toVips(const PageBitmap &page)
{
    const size_t bytes = size_t(page.stride) * size_t(page.size.height());
    auto *bits = const_cast<uchar *>(page.bits);
    vips::VImage rgb;
    if (page.format == PixelFormat::Rgb24) {
        rgb = vips::VImage::new_from_memory(bits, bytes, page.size.width(), page.size.height(), 3,
                                            VIPS_FORMAT_UCHAR);
    } else {
        const vips::VImage bgrx = vips::VImage::new_from_memory(
            bits, bytes, int(page.stride / 4), page.size.height(), 4, VIPS_FORMAT_UCHAR);
        rgb = vips::VImage::bandjoin({bgrx[2], bgrx[1], bgrx[0]});
        if (page.stride / 4 != page.size.width())
            rgb = rgb.crop(0, 0, page.size.width(), page.size.height());
    }
    return rgb.copy(vips::VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
}

QByteArray encodePng(const vips::VImage &image)
{
    try {
        // Level 3 keeps text pages small at a fraction of the default's time.
        return imaging::takeBlob(
            image.pngsave_buffer(vips::VImage::option()->set("compression", 3)));
    } catch (const vips::VError &e) {
        imaging::rethrowVips(e);
    }
}

QByteArray encodeVipsJpeg(const vips::VImage &image, int quality)
{
    try {
        return imaging::takeBlob(
            image.jpegsave_buffer(vips::VImage::option()
                                      ->set("Q", quality)
                                      ->set("subsample_mode", VIPS_FOREIGN_SUBSAMPLE_ON)));
    } catch (const vips::VError &e) {
        imaging::rethrowVips(e);
    }
}

} // namespace ad::document
