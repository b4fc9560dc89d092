#include "document/pageencoder.h"

#include "common/error.h"
#include "imaging/vipsutil.h"

#include <QCoreApplication>
#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <new>
// jpeglib.h needs FILE and size_t first.
#include <jerror.h>
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

// libjpeg writes straight into the QByteArray that is returned: jpeg_mem_dest grew its own
// buffer from 4 KiB by copying, and the result was copied once more into a QByteArray.
struct ByteArrayDestination {
    jpeg_destination_mgr pub;
    QByteArray *out;
};

void growBy(j_compress_ptr c, qsizetype used, qsizetype extra)
{
    auto *d = reinterpret_cast<ByteArrayDestination *>(c->dest);
    bool grown = true;
    try {
        d->out->resize(used + extra);
    } catch (const std::bad_alloc &) {
        grown = false;
    }
    if (!grown) ERREXIT(c, JERR_OUT_OF_MEMORY); // no C++ exception through libjpeg's frames
    d->pub.next_output_byte = reinterpret_cast<JOCTET *>(d->out->data()) + used;
    d->pub.free_in_buffer = size_t(extra);
}

void startOutput(j_compress_ptr c)
{
    // A quarter of a byte per pixel holds a page at the usual qualities in one piece.
    growBy(c, 0, std::max<qsizetype>(qsizetype(c->image_width) * c->image_height / 4, 4096));
}

boolean nextOutputBuffer(j_compress_ptr c)
{
    // libjpeg calls this when the buffer is full, whatever free_in_buffer says.
    const qsizetype size = reinterpret_cast<ByteArrayDestination *>(c->dest)->out->size();
    growBy(c, size, size);
    return TRUE;
}

void endOutput(j_compress_ptr c)
{
    auto *d = reinterpret_cast<ByteArrayDestination *>(c->dest);
    d->out->truncate(d->out->size() - qsizetype(d->pub.free_in_buffer));
}

} // namespace

QByteArray encodeJpeg(const PageBitmap &page, int quality)
{
    jpeg_compress_struct c{};
    ErrorManager err{};
    c.err = jpeg_std_error(&err.pub);
    err.pub.error_exit = onError;
    QByteArray out;
    ByteArrayDestination destination{{}, &out};
    destination.pub.init_destination = startOutput;
    destination.pub.empty_output_buffer = nextOutputBuffer;
    destination.pub.term_destination = endOutput;
    // Nothing with a destructor is made between setjmp and the jumps.
    if (setjmp(err.escape)) {
        jpeg_destroy_compress(&c);
        throw ProcessingError(ErrorCode::DocConversionFailed,
                              QCoreApplication::translate("ad::Error", "JPEG encoding failed: %1")
                                  .arg(QString::fromLatin1(err.message)));
    }
    jpeg_create_compress(&c);
    c.dest = &destination.pub;
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
