#include "media/decoder.h"

#include <QCoreApplication>
#include <QLibrary>
#include <mutex>

namespace ad::media
{

namespace
{

// Where the plugin lives: ../lib/assetdesk from the executable, both in the build tree (app/,
// tests/) and installed (/usr/bin); ASSETDESK_MEDIA_PLUGIN overrides it.
QStringList candidates()
{
    QStringList list;
    if (const QString env = qEnvironmentVariable("ASSETDESK_MEDIA_PLUGIN"); !env.isEmpty())
        list << env;
    if (QCoreApplication::instance())
        list << QCoreApplication::applicationDirPath() +
                    QStringLiteral("/../lib/assetdesk/libassetdesk_media.so");
    return list;
}

} // namespace

const Decoder *decoder(QString *error)
{
    static std::once_flag once;
    static const Decoder *loaded = nullptr;
    static QString failure;
    std::call_once(once, [] {
        QStringList tried;
        for (const QString &path : candidates()) {
            QLibrary library(path);
            if (auto entry = reinterpret_cast<DecoderEntry>(library.resolve(decoderEntryName))) {
                loaded =
                    entry(); // the library stays loaded: QLibrary does not unload on destruction
                return;
            }
            tried << library.errorString();
        }
        failure = QStringLiteral("video support (libassetdesk_media) is not available: %1")
                      .arg(tried.join(QStringLiteral("; ")));
    });
    if (!loaded && error) *error = failure;
    return loaded;
}

} // namespace ad::media
