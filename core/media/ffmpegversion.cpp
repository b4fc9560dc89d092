// The media plugin's version entry point, for Help > About: the libraries' own version
// functions, as the loaded shared objects report them.

#include <QByteArray>
#include <QtGlobal>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

namespace
{
QByteArray dotted(unsigned version)
{
    return QByteArray::number(AV_VERSION_MAJOR(version)) + '.' +
           QByteArray::number(AV_VERSION_MINOR(version)) + '.' +
           QByteArray::number(AV_VERSION_MICRO(version));
}
} // namespace

// "ffmpeg" (the release), "libavcodec" or "libavformat"; null for anything else.
extern "C" Q_DECL_EXPORT const char *assetdesk_media_version(const char *library)
{
    static const QByteArray codec = dotted(avcodec_version());
    static const QByteArray format = dotted(avformat_version());
    const QByteArray name(library);
    if (name == "ffmpeg") return av_version_info();
    if (name == "libavcodec") return codec.constData();
    if (name == "libavformat") return format.constData();
    return nullptr;
}
