#include "media/decoder.h"

#include "plugins/plugin.h"

#include <QFileInfo>

#include <mutex>

namespace ad::media
{

bool looksLikeVideo(const QString &path)
{
    static const QStringList extensions{
        QStringLiteral("mp4"),  QStringLiteral("m4v"), QStringLiteral("mov"),
        QStringLiteral("webm"), QStringLiteral("mkv"), QStringLiteral("avi"),
        QStringLiteral("flv"),  QStringLiteral("ts"),  QStringLiteral("mpg"),
        QStringLiteral("mpeg"), QStringLiteral("3gp"), QStringLiteral("wmv")};
    return extensions.contains(QFileInfo(path).suffix().toLower());
}

const Decoder *decoder(QString *error)
{
    static std::once_flag once;
    static const Decoder *loaded = nullptr;
    static QString failure;
    std::call_once(once, [] {
        if (auto entry = reinterpret_cast<DecoderEntry>(
                plugins::resolve(QStringLiteral("media"), decoderEntryName, &failure)))
            loaded = entry();
    });
    if (!loaded && error) *error = failure;
    return loaded;
}

} // namespace ad::media
