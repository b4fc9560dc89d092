#include "media/videoframe.h"

#include "imaging/limits.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTransform>
#include <cmath>
#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

namespace ad::media
{

namespace
{

struct Deadline {
    QElapsedTimer clock;
    int timeoutMs;
};

int interrupted(void *opaque)
{
    const auto *d = static_cast<const Deadline *>(opaque);
    return d->clock.elapsed() > d->timeoutMs ? 1 : 0;
}

QString averror(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

struct FormatCloser {
    void operator()(AVFormatContext *c) const { avformat_close_input(&c); }
};
struct CodecCloser {
    void operator()(AVCodecContext *c) const { avcodec_free_context(&c); }
};
struct FrameCloser {
    void operator()(AVFrame *f) const { av_frame_free(&f); }
};
struct PacketCloser {
    void operator()(AVPacket *p) const { av_packet_free(&p); }
};

double displayRotation(const AVStream *stream)
{
    const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr);
    if (!matrix) return 0;
    // av_display_rotation_get is counter-clockwise; QTransform rotates clockwise on screen.
    return -av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
}

} // namespace

bool looksLikeVideo(const QString &path)
{
    static const QStringList extensions{
        QStringLiteral("mp4"),  QStringLiteral("m4v"), QStringLiteral("mov"),
        QStringLiteral("webm"), QStringLiteral("mkv"), QStringLiteral("avi"),
        QStringLiteral("flv"),  QStringLiteral("ts"),  QStringLiteral("mpg"),
        QStringLiteral("mpeg"), QStringLiteral("3gp"), QStringLiteral("wmv")};
    return extensions.contains(QFileInfo(path).suffix().toLower());
}

QImage firstVideoFrame(const QString &path, QSize bound, QString *error, int timeoutMs)
{
    auto fail = [&](const QString &why) {
        if (error) *error = why;
        return QImage();
    };
    Deadline deadline{{}, timeoutMs};
    deadline.clock.start();
    AVFormatContext *raw = avformat_alloc_context();
    raw->interrupt_callback = {interrupted, &deadline};
    const QByteArray file = QFile::encodeName(path);
    if (const int rc = avformat_open_input(&raw, file.constData(), nullptr, nullptr); rc < 0)
        return fail(QStringLiteral("cannot open the video: %1").arg(averror(rc)));
    std::unique_ptr<AVFormatContext, FormatCloser> format(raw);
    if (const int rc = avformat_find_stream_info(format.get(), nullptr); rc < 0)
        return fail(QStringLiteral("cannot read the video's streams: %1").arg(averror(rc)));
    const AVCodec *codec = nullptr;
    const int index = av_find_best_stream(format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (index < 0 || !codec) return fail(QStringLiteral("no video stream"));
    const AVStream *stream = format->streams[index];
    const AVCodecParameters *par = stream->codecpar;
    if (par->width <= 0 || par->height <= 0 ||
        qint64(par->width) * par->height > imaging::Limits::maxPixels)
        return fail(QStringLiteral("video frame size %1x%2 is out of bounds")
                        .arg(par->width)
                        .arg(par->height));
    std::unique_ptr<AVCodecContext, CodecCloser> decoder(avcodec_alloc_context3(codec));
    avcodec_parameters_to_context(decoder.get(), par);
    decoder->thread_count = 1; // callers run many of these in parallel already
    if (const int rc = avcodec_open2(decoder.get(), codec, nullptr); rc < 0)
        return fail(QStringLiteral("cannot decode %1: %2")
                        .arg(QString::fromLatin1(codec->name), averror(rc)));

    std::unique_ptr<AVPacket, PacketCloser> packet(av_packet_alloc());
    std::unique_ptr<AVFrame, FrameCloser> frame(av_frame_alloc());
    bool got = false;
    bool draining = false;
    while (!got) {
        if (!draining) {
            const int rc = av_read_frame(format.get(), packet.get());
            if (rc < 0) {
                draining = true; // end of file: flush what the decoder holds
                avcodec_send_packet(decoder.get(), nullptr);
            } else {
                if (packet->stream_index == index) avcodec_send_packet(decoder.get(), packet.get());
                av_packet_unref(packet.get());
            }
        }
        const int rc = avcodec_receive_frame(decoder.get(), frame.get());
        if (rc == 0)
            got = true;
        else if (rc == AVERROR_EOF || (draining && rc == AVERROR(EAGAIN)))
            break;
        if (interrupted(&deadline))
            return fail(QStringLiteral("no frame within %1 ms").arg(timeoutMs));
    }
    if (!got) return fail(QStringLiteral("the video has no decodable frame"));

    // Scale on the way to RGBA, fitting the (display-rotated) bound, never enlarging.
    const double rotation = displayRotation(stream);
    const bool sideways = std::lround(std::fabs(rotation)) % 180 == 90;
    const QSize fitBound = sideways ? bound.transposed() : bound;
    const QSize source(frame->width, frame->height);
    const QSize target = source.width() <= fitBound.width() && source.height() <= fitBound.height()
                             ? source
                             : source.scaled(fitBound, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    SwsContext *sws =
        sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format), target.width(),
                       target.height(), AV_PIX_FMT_RGBA, SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!sws) return fail(QStringLiteral("cannot convert the frame's pixel format"));
    QImage image(target, QImage::Format_RGBA8888);
    uint8_t *dst[4] = {image.bits(), nullptr, nullptr, nullptr};
    int dstStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
    sws_scale(sws, frame->data, frame->linesize, 0, frame->height, dst, dstStride);
    sws_freeContext(sws);
    if (std::lround(rotation) % 360 != 0) image = image.transformed(QTransform().rotate(rotation));
    return image;
}

} // namespace ad::media
