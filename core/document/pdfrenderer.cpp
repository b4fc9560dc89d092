#include "document/pdfrenderer.h"

#include "plugins/plugin.h"

namespace ad::document
{

PageBitmap PageBitmap::detached() const
{
    auto pixels = std::make_shared<const QByteArray>(reinterpret_cast<const char *>(bits),
                                                     stride * size.height());
    PageBitmap copy = *this;
    copy.bits = reinterpret_cast<const uchar *>(pixels->constData());
    copy.owner = std::move(pixels);
    return copy;
}

const PdfRenderer *pdfRenderer(QString *error)
{
    return plugins::instance<PdfRenderer>("document", rendererEntryName, error);
}

} // namespace ad::document
