// The document plugin's version entry point, for Help > About. Poppler's core library has no
// version function; its soname changes with every release (libpoppler.so.126 is 22.12), so the
// header the plugin was built with names the library it loads.

#include <QtGlobal>
#include <poppler-config.h>

extern "C" Q_DECL_EXPORT const char *assetdesk_document_version(const char *)
{
    return POPPLER_VERSION;
}
