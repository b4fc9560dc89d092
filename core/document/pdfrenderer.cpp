#include "document/pdfrenderer.h"

#include "plugins/plugin.h"

namespace ad::document
{

const PdfRenderer *pdfRenderer(QString *error)
{
    return plugins::instance<PdfRenderer>("document", rendererEntryName, error);
}

} // namespace ad::document
