#include "media/decoder.h"

#include "plugins/plugin.h"

#include <QFileInfo>

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
    return plugins::instance<Decoder>("media", decoderEntryName, error);
}

} // namespace ad::media
