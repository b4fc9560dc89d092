#include "document/pdfrenderer.h"

#include "plugins/plugin.h"

#include <mutex>

namespace ad::document
{

const PdfRenderer *pdfRenderer(QString *error)
{
    static std::once_flag once;
    static const PdfRenderer *loaded = nullptr;
    static QString failure;
    std::call_once(once, [] {
        if (auto entry = reinterpret_cast<RendererEntry>(
                plugins::resolve(QStringLiteral("document"), rendererEntryName, &failure)))
            loaded = entry();
    });
    if (!loaded && error) *error = failure;
    return loaded;
}

} // namespace ad::document
