#include "media/frameimage.h"

#include "common/error.h"
#include "files/regularfile.h"
#include "imaging/vipsutil.h"

#include <QCoreApplication>

namespace ad::media
{

const Decoder &requireDecoder()
{
    QString error;
    const Decoder *d = decoder(&error);
    if (!d) throw ProcessingError(ErrorCode::IoError, error);
    return *d;
}

void requireFile(const QString &path)
{
    files::requireRegularFile(path);
}

vips::VImage toVips(const Frame &frame)
{
    imaging::ensureVips();
    // A copy: the frame's buffer dies before the image is encoded. (copy_memory() would not
    // copy an image that already lives in memory.)
    VipsImage *copied = vips_image_new_from_memory_copy(
        frame.rgb.constData(), size_t(frame.rgb.size()), frame.size.width(), frame.size.height(), 3,
        VIPS_FORMAT_UCHAR);
    if (!copied)
        throw ProcessingError(ErrorCode::IoError, QCoreApplication::translate(
                                                      "ad::Error", "out of memory for a frame"));
    vips::VImage image = vips::VImage(copied).copy(
        vips::VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
    switch (frame.rotation) {
    case 90:
        return image.rot(VIPS_ANGLE_D90);
    case 180:
        return image.rot(VIPS_ANGLE_D180);
    case 270:
        return image.rot(VIPS_ANGLE_D270);
    default:
        return image;
    }
}

} // namespace ad::media
