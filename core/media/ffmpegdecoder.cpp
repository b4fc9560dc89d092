// The media plugin: FFmpeg demuxing and decoding behind media::Decoder. Every call opens its
// own contexts, so the decoder is safe to use from any number of threads at once.

#include "imaging/limits.h"
#include "media/avhandles.h"
#include "media/decoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <atomic>
#include <cmath>
#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

namespace ad::media
{

namespace
{

struct Deadline {
    QElapsedTimer clock;
    int timeoutMs = 10000;
    const std::atomic<bool> *cancelled = nullptr; // the caller gave up: stop like a timeout
    void restart() { clock.start(); }
    bool isCancelled() const { return cancelled && cancelled->load(); }
    bool passed() const { return isCancelled() || clock.elapsed() > timeoutMs; }
};

// Two times this close name the same frame (timestamps and the times people type are rounded).
constexpr double kSameTime = 1e-6;

int interrupted(void *opaque)
{
    return static_cast<const Deadline *>(opaque)->passed() ? 1 : 0;
}

struct FormatCloser {
    void operator()(AVFormatContext *c) const { avformat_close_input(&c); }
};

// Clockwise degrees the picture must turn to show upright.
double displayRotation(const AVStream *stream)
{
    const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr);
    if (!matrix) return 0;
    // av_display_rotation_get is counter-clockwise.
    const double r = -av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    return r == 0 ? 0 : r; // no "-0"
}

// FFmpeg's reads and seeks turned into ByteSource calls at a tracked position.
struct SourceIo {
    ByteSource *source = nullptr;
    int64_t position = 0;

    static int read(void *opaque, uint8_t *buffer, int size)
    {
        auto *io = static_cast<SourceIo *>(opaque);
        const qint64 n = io->source->read(io->position, reinterpret_cast<char *>(buffer), size);
        if (n < 0) return AVERROR_EXIT;
        if (n == 0) return AVERROR_EOF;
        io->position += n;
        return int(n);
    }

    static int64_t seek(void *opaque, int64_t offset, int whence)
    {
        auto *io = static_cast<SourceIo *>(opaque);
        const int64_t size = io->source->size();
        switch (whence & ~AVSEEK_FORCE) {
        case AVSEEK_SIZE:
            return size >= 0 ? size : AVERROR(ENOSYS);
        case SEEK_SET:
            io->position = offset;
            break;
        case SEEK_CUR:
            io->position += offset;
            break;
        case SEEK_END:
            if (size < 0) return AVERROR(ENOSYS);
            io->position = size + offset;
            break;
        default:
            return AVERROR(EINVAL);
        }
        return io->position;
    }
};

struct IoCloser {
    void operator()(AVIOContext *c) const
    {
        av_freep(&c->buffer);
        avio_context_free(&c);
    }
};

// An opened container with its decoder for the best stream of `type`.
class Input
{
public:
    Deadline deadline;
    SourceIo sourceIo; // with `source` set, the container is read through it, not from `path`
    std::unique_ptr<AVIOContext, IoCloser> io; // before `format`: freed after it is closed
    std::unique_ptr<AVFormatContext, FormatCloser> format;
    QString error;

    // `options` are the demuxer's (name, value).
    bool open(const QString &path, int timeoutMs,
              std::initializer_list<std::pair<const char *, const char *>> options = {})
    {
        deadline.timeoutMs = timeoutMs;
        deadline.restart();
        AVFormatContext *raw = avformat_alloc_context();
        raw->interrupt_callback = {interrupted, &deadline};
        if (sourceIo.source) {
            constexpr int kBuffer = 64 * 1024;
            io.reset(avio_alloc_context(static_cast<unsigned char *>(av_malloc(kBuffer)), kBuffer,
                                        0, &sourceIo, SourceIo::read, nullptr, SourceIo::seek));
            raw->pb = io.get();
            raw->flags |= AVFMT_FLAG_CUSTOM_IO;
        }
        const QByteArray file = QFile::encodeName(path);
        AVDictionary *demuxerOptions = nullptr;
        for (const auto &[name, value] : options)
            av_dict_set(&demuxerOptions, name, value, 0);
        const int opened = avformat_open_input(&raw, file.constData(), nullptr, &demuxerOptions);
        av_dict_free(&demuxerOptions);
        if (opened < 0)
            return fail(QCoreApplication::translate("ad::Error", "cannot open the media file: %1")
                            .arg(av::errorText(opened)));
        format.reset(raw);
        if (const int rc = avformat_find_stream_info(format.get(), nullptr); rc < 0)
            return fail(
                QCoreApplication::translate("ad::Error", "cannot read the file's streams: %1")
                    .arg(av::errorText(rc)));
        return true;
    }

    bool fail(const QString &why)
    {
        error = why;
        return false;
    }
};

class VideoInput : public Input
{
public:
    int index = -1;
    AVStream *stream = nullptr;
    std::unique_ptr<AVCodecContext, av::CodecCloser> decoder;
    std::unique_ptr<AVPacket, av::PacketCloser> packet{av_packet_alloc()};
    bool draining = false;
    bool awaitingKey = false; // after a seek: video packets before a key frame are skipped

    bool openVideo(const QString &path, int timeoutMs, int threads, bool keyFramesOnly = false)
    {
        if (!open(path, timeoutMs)) return false;
        const AVCodec *codec = nullptr;
        index = av_find_best_stream(format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
        if (index < 0 || !codec)
            return fail(QCoreApplication::translate("ad::Error", "no video stream"));
        stream = format->streams[index];
        const AVCodecParameters *par = stream->codecpar;
        if (par->width <= 0 || par->height <= 0 ||
            qint64(par->width) * par->height > imaging::Limits::maxPixels)
            return fail(
                QCoreApplication::translate("ad::Error", "video frame size %1x%2 is out of bounds")
                    .arg(par->width)
                    .arg(par->height));
        decoder.reset(avcodec_alloc_context3(codec));
        avcodec_parameters_to_context(decoder.get(), par);
        decoder->thread_count = threads;
        if (keyFramesOnly) {
            decoder->skip_frame = AVDISCARD_NONKEY;
            decoder->skip_loop_filter = AVDISCARD_ALL;
        }
        if (const int rc = avcodec_open2(decoder.get(), codec, nullptr); rc < 0)
            return fail(QCoreApplication::translate("ad::Error", "cannot decode %1: %2")
                            .arg(QString::fromLatin1(codec->name), av::errorText(rc)));
        return true;
    }

    // Times count from the start of the presentation, the container's start (CI and ffmpeg's
    // -ss do so): an MPEG-TS clip's streams start 1.4 s in, and its audio often before the video.
    double startSeconds() const
    {
        if (format->start_time != AV_NOPTS_VALUE) return format->start_time / double(AV_TIME_BASE);
        return stream->start_time == AV_NOPTS_VALUE
                   ? 0
                   : stream->start_time * av_q2d(stream->time_base);
    }

    double seconds(const AVFrame *frame) const
    {
        const int64_t pts = frame->best_effort_timestamp;
        return pts == AV_NOPTS_VALUE ? 0 : pts * av_q2d(stream->time_base) - startSeconds();
    }

    // Decoding restarts at the next key frame: MPEG-TS seeks land on any packet (its index
    // holds them all), and decoding from a frame between key frames gives broken pictures or
    // none until the next key frame.
    void seek(double t)
    {
        const double unit = av_q2d(stream->time_base);
        if (t > 0) {
            av_seek_frame(format.get(), index, int64_t(std::floor((t + startSeconds()) / unit)),
                          AVSEEK_FLAG_BACKWARD);
        } else {
            // The start: a second before the first frame, since MPEG-TS finds positions by the
            // packets' decoding times, which run ahead of the first frame's; demuxers with an
            // index refuse a time before its first entry, and take the first frame's.
            const int64_t first = stream->start_time != AV_NOPTS_VALUE
                                      ? stream->start_time
                                      : int64_t(std::floor(startSeconds() / unit));
            if (av_seek_frame(format.get(), index, first - int64_t(1 / unit),
                              AVSEEK_FLAG_BACKWARD) < 0)
                av_seek_frame(format.get(), index, first, AVSEEK_FLAG_BACKWARD);
        }
        avcodec_flush_buffers(decoder.get());
        draining = false;
        awaitingKey = true;
    }

    // The next decoded frame, or false at the end (or on timeout, with `error` set).
    bool next(AVFrame *frame)
    {
        for (;;) {
            const int rc = avcodec_receive_frame(decoder.get(), frame);
            if (rc == 0) return true;
            if (rc == AVERROR_EOF || (draining && rc == AVERROR(EAGAIN))) return false;
            if (deadline.isCancelled())
                return fail(QCoreApplication::translate("ad::Error", "cancelled"));
            if (deadline.passed())
                return fail(QCoreApplication::translate("ad::Error", "no frame within %1 ms")
                                .arg(deadline.timeoutMs));
            if (draining) return false;
            if (av_read_frame(format.get(), packet.get()) < 0) {
                draining = true; // end of file: flush what the decoder holds
                avcodec_send_packet(decoder.get(), nullptr);
                continue;
            }
            if (packet->stream_index == index &&
                !(awaitingKey && !(packet->flags & AV_PKT_FLAG_KEY))) {
                awaitingKey = false;
                avcodec_send_packet(decoder.get(), packet.get());
            }
            av_packet_unref(packet.get());
        }
    }

    // The frame shown at `t` (exact: the first frame at or after it, as ffmpeg -ss picks), the
    // key frame at or before it, or the first frame.
    av::FramePtr frameAt(double t, bool keyFrame)
    {
        deadline.restart();
        av::FramePtr frame(av_frame_alloc());
        av::FramePtr last;
        // A seek that lands past `t` (MPEG-TS seeks by timestamps read off packets, which may
        // be a GOP late) is made again further back, until it starts at or before `t`.
        bool have = false;
        bool sentBack = false; // the first seek landed past `t`
        if (t > 0) {
            for (double back = 0;; back = back > 0 ? back * 2 : 1) {
                seek(t - back);
                have = next(frame.get());
                if (!error.isEmpty()) return {};
                if ((have && seconds(frame.get()) <= t + kSameTime) || t - back <= 0) break;
                sentBack = true;
            }
        } else {
            have = next(frame.get());
        }
        for (; have; have = next(frame.get())) {
            const double at = seconds(frame.get());
            if (t <= 0) return frame;
            if (keyFrame) {
                // The last key frame at or before `t`; the first frame when none is. A seek
                // that landed at or before `t` starts at that key frame (an index gives it, and
                // MPEG-TS lands within a frame of `t`): one decode, as smart covers need.
                if (!sentBack && !last && frame->key_frame && at <= t + kSameTime) return frame;
                if (at > t + kSameTime) return last ? std::move(last) : std::move(frame);
                if (frame->key_frame || !last) {
                    last = std::move(frame);
                    frame.reset(av_frame_alloc());
                }
                continue;
            }
            if (at >= t - kSameTime) return frame;
            last = std::move(frame); // keep it: a time past the end gives the last frame
            frame.reset(av_frame_alloc());
        }
        if (!error.isEmpty()) return {};
        if (!last && t > 0) { // the seek overshot a short file: read from the start
            seek(0);
            awaitingKey = false; // as when opened: a stream without key flags still decodes
            while (next(frame.get())) {
                last = std::move(frame);
                frame.reset(av_frame_alloc());
            }
        }
        if (!last)
            fail(QCoreApplication::translate("ad::Error", "the video has no decodable frame"));
        return last;
    }

    Frame toFrame(const AVFrame *frame, const FrameRequest &request)
    {
        const long quarter = request.autoRotate ? std::lround(displayRotation(stream) / 90) : 0;
        const int rotation = int(((quarter % 4) + 4) % 4) * 90;
        const bool sideways = rotation == 90 || rotation == 270;
        QSize display(frame->width, frame->height);
        const AVRational sar =
            av_guess_sample_aspect_ratio(format.get(), stream, const_cast<AVFrame *>(frame));
        if (sar.num > 0 && sar.den > 0 && sar.num != sar.den)
            display.setWidth(std::max(1, int(std::lround(frame->width * av_q2d(sar)))));
        const QSize upright = sideways ? display.transposed() : display;
        QSize target = upright;
        if (request.size.width() > 0 || request.size.height() > 0) {
            const auto follow = [](int given, int a, int b) {
                return std::max(1, int(std::lround(double(given) * a / b)));
            };
            const int w = request.size.width(), h = request.size.height();
            target = QSize(w > 0 ? w : follow(h, upright.width(), upright.height()),
                           h > 0 ? h : follow(w, upright.height(), upright.width()));
        } else if (request.bound.isValid() && (upright.width() > request.bound.width() ||
                                               upright.height() > request.bound.height())) {
            target = upright.scaled(request.bound, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
        }
        if (qint64(target.width()) * target.height() > imaging::Limits::maxPixels) {
            fail(QCoreApplication::translate("ad::Error", "output size %1x%2 is too large")
                     .arg(target.width())
                     .arg(target.height()));
            return {};
        }
        Frame out;
        out.size = sideways ? target.transposed() : target;
        out.rotation = rotation;
        out.seconds = seconds(frame);
        SwsContext *sws = sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format),
                                         out.size.width(), out.size.height(), AV_PIX_FMT_RGB24,
                                         SWS_BICUBIC, nullptr, nullptr, nullptr);
        if (!sws) {
            fail(QCoreApplication::translate("ad::Error",
                                             "cannot convert the frame's pixel format"));
            return {};
        }
        out.rgb.resize(qsizetype(out.size.width()) * out.size.height() * 3);
        uint8_t *dst[4] = {reinterpret_cast<uint8_t *>(out.rgb.data()), nullptr, nullptr, nullptr};
        int dstStride[4] = {out.size.width() * 3, 0, 0, 0};
        sws_scale(sws, frame->data, frame->linesize, 0, frame->height, dst, dstStride);
        sws_freeContext(sws);
        return out;
    }
};

QString decimal(double v)
{
    return QString::number(v, 'f', 6);
}
QString rational(AVRational r, QChar sep = u'/')
{
    return QStringLiteral("%1%2%3").arg(r.num).arg(sep).arg(r.den);
}
QString orUnknown(const char *name)
{
    return name ? QString::fromLatin1(name) : QStringLiteral("unknown");
}
QString language(const AVStream *s)
{
    const AVDictionaryEntry *e = av_dict_get(s->metadata, "language", nullptr, 0);
    return e ? QString::fromUtf8(e->value) : QStringLiteral("und");
}
double streamSeconds(const AVStream *s, int64_t v)
{
    return v == AV_NOPTS_VALUE ? 0 : v * av_q2d(s->time_base);
}

QString fieldOrder(AVFieldOrder order)
{
    switch (order) {
    case AV_FIELD_PROGRESSIVE:
        return QStringLiteral("progressive");
    case AV_FIELD_TT:
        return QStringLiteral("tt");
    case AV_FIELD_BB:
        return QStringLiteral("bb");
    case AV_FIELD_TB:
        return QStringLiteral("tb");
    case AV_FIELD_BT:
        return QStringLiteral("bt");
    default:
        return QStringLiteral("unknown");
    }
}

// Fields every stream kind shares.
void common(QJsonObject &o, const AVStream *s, const AVCodecParameters *par)
{
    const AVCodecDescriptor *desc = avcodec_descriptor_get(par->codec_id);
    char tag[AV_FOURCC_MAX_STRING_SIZE] = {};
    av_fourcc_make_string(tag, par->codec_tag);
    o[QStringLiteral("Index")] = QString::number(s->index);
    o[QStringLiteral("CodecName")] =
        desc ? QString::fromLatin1(desc->name) : QStringLiteral("unknown");
    o[QStringLiteral("CodecLongName")] =
        desc && desc->long_name ? QString::fromUtf8(desc->long_name) : QStringLiteral("unknown");
    o[QStringLiteral("CodecTimeBase")] = rational(s->time_base);
    o[QStringLiteral("CodecTagString")] = QString::fromLatin1(tag);
    o[QStringLiteral("CodecTag")] = QStringLiteral("0x%1").arg(par->codec_tag, 4, 16, QChar(u'0'));
    o[QStringLiteral("Timebase")] = rational(s->time_base);
    o[QStringLiteral("StartTime")] = decimal(streamSeconds(s, s->start_time));
    o[QStringLiteral("Duration")] = decimal(streamSeconds(s, s->duration));
    o[QStringLiteral("Bitrate")] = decimal(par->bit_rate / 1000.0);
    o[QStringLiteral("Language")] = language(s);
}

QJsonObject videoStream(const AVFormatContext *f, AVStream *s)
{
    const AVCodecParameters *par = s->codecpar;
    QJsonObject o;
    common(o, s, par);
    const char *profile = avcodec_profile_name(par->codec_id, par->profile);
    o[QStringLiteral("Profile")] = profile ? QString::fromLatin1(profile) : QString();
    o[QStringLiteral("Width")] = QString::number(par->width);
    o[QStringLiteral("Height")] = QString::number(par->height);
    o[QStringLiteral("HasBFrame")] = QString::number(par->video_delay);
    std::unique_ptr<AVCodecContext, av::CodecCloser> ctx(avcodec_alloc_context3(nullptr));
    avcodec_parameters_to_context(ctx.get(), par);
    o[QStringLiteral("RefFrames")] = QString::number(ctx->refs);
    const AVRational sar =
        av_guess_sample_aspect_ratio(const_cast<AVFormatContext *>(f), s, nullptr);
    if (sar.num > 0) {
        AVRational dar;
        av_reduce(&dar.num, &dar.den, qint64(par->width) * sar.num, qint64(par->height) * sar.den,
                  1024 * 1024);
        o[QStringLiteral("Sar")] = rational(sar, u':');
        o[QStringLiteral("Dar")] = rational(dar, u':');
    }
    o[QStringLiteral("PixFormat")] = orUnknown(av_get_pix_fmt_name(AVPixelFormat(par->format)));
    o[QStringLiteral("FieldOrder")] = fieldOrder(par->field_order);
    o[QStringLiteral("Level")] = QString::number(par->level);
    o[QStringLiteral("Fps")] = decimal(av_q2d(s->r_frame_rate));
    o[QStringLiteral("AvgFps")] = rational(s->avg_frame_rate);
    o[QStringLiteral("NumFrames")] = QString::number(s->nb_frames);
    o[QStringLiteral("ColorPrimaries")] = orUnknown(av_color_primaries_name(par->color_primaries));
    o[QStringLiteral("ColorRange")] = orUnknown(av_color_range_name(par->color_range));
    o[QStringLiteral("ColorTransfer")] = orUnknown(av_color_transfer_name(par->color_trc));
    o[QStringLiteral("Rotation")] = decimal(displayRotation(s));
    return o;
}

QJsonObject audioStream(const AVStream *s)
{
    const AVCodecParameters *par = s->codecpar;
    QJsonObject o;
    common(o, s, par);
    char layout[128] = {};
    av_channel_layout_describe(&par->ch_layout, layout, sizeof layout);
    o[QStringLiteral("SampleFmt")] = orUnknown(av_get_sample_fmt_name(AVSampleFormat(par->format)));
    o[QStringLiteral("SampleRate")] = QString::number(par->sample_rate);
    o[QStringLiteral("Channel")] = QString::number(par->ch_layout.nb_channels);
    o[QStringLiteral("ChannelLayout")] = QString::fromLatin1(layout);
    return o;
}

// One stream of a kind is an object, several an array (how CI's XML reads as JSON).
void put(QJsonObject &streams, const QString &kind, const QJsonArray &list)
{
    if (list.size() == 1)
        streams[kind] = list.first();
    else if (!list.isEmpty())
        streams[kind] = list;
}

class FfmpegDecoder final : public Decoder
{
public:
    FfmpegDecoder() { av_log_set_level(AV_LOG_QUIET); } // errors are reported, not printed

    Frame frame(const QString &path, const FrameRequest &request, QString *error) const override
    {
        VideoInput in;
        in.deadline.cancelled = request.cancelled;
        Frame out;
        if (in.openVideo(path, request.timeoutMs, request.threads, request.keyFramesOnly)) {
            if (av::FramePtr f =
                    in.frameAt(request.seconds, request.keyFrame || request.keyFramesOnly))
                out = in.toFrame(f.get(), request);
        }
        if (out.isNull() && error) *error = in.error;
        return out;
    }

    QList<Frame> frames(const QString &path, const QList<double> &times,
                        const FrameRequest &request, QString *error) const override
    {
        VideoInput in;
        in.deadline.cancelled = request.cancelled;
        QList<Frame> images;
        if (in.openVideo(path, request.timeoutMs, request.threads, request.keyFramesOnly)) {
            for (const double t : times) {
                const av::FramePtr f = in.frameAt(t, request.keyFrame || request.keyFramesOnly);
                Frame image = f ? in.toFrame(f.get(), request) : Frame();
                if (image.isNull()) break;
                images.append(std::move(image));
            }
        }
        if (images.size() < times.size()) {
            if (error) *error = in.error;
            images.clear();
        }
        return images;
    }

    Frame frameOf(ByteSource &source, const FrameRequest &request, QString *error) const override
    {
        VideoInput in;
        in.deadline.cancelled = request.cancelled;
        in.sourceIo.source = &source;
        Frame out;
        if (in.openVideo(source.name(), request.timeoutMs, request.threads,
                         request.keyFramesOnly)) {
            if (av::FramePtr f =
                    in.frameAt(request.seconds, request.keyFrame || request.keyFramesOnly))
                out = in.toFrame(f.get(), request);
        }
        if (out.isNull() && error) *error = in.error;
        return out;
    }

    QMap<QString, QString> tags(const QString &path, QString *error) const override
    {
        Input in;
        // The mov demuxer hands over an XMP packet only when asked.
        if (!in.open(path, 10000, {{"export_xmp", "1"}})) {
            if (error) *error = in.error;
            return {};
        }
        QMap<QString, QString> tags;
        const auto add = [&](const AVDictionary *d) {
            const AVDictionaryEntry *e = nullptr;
            while ((e = av_dict_get(d, "", e, AV_DICT_IGNORE_SUFFIX)))
                tags.insert(QString::fromUtf8(e->key), QString::fromUtf8(e->value));
        };
        add(in.format->metadata);
        if (const int v =
                av_find_best_stream(in.format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
            v >= 0)
            add(in.format->streams[v]->metadata);
        return tags;
    }

    QJsonObject mediaInfo(const QString &path, QString *error) const override
    {
        Input in;
        if (!in.open(path, 10000)) {
            if (error) *error = in.error;
            return {};
        }
        const AVFormatContext *f = in.format.get();
        QJsonArray video, audio, subtitle;
        for (unsigned i = 0; i < f->nb_streams; ++i) {
            AVStream *s = f->streams[i];
            switch (s->codecpar->codec_type) {
            case AVMEDIA_TYPE_VIDEO:
                if (!(s->disposition & AV_DISPOSITION_ATTACHED_PIC))
                    video.append(videoStream(f, s));
                break;
            case AVMEDIA_TYPE_AUDIO:
                audio.append(audioStream(s));
                break;
            case AVMEDIA_TYPE_SUBTITLE:
                subtitle.append(QJsonObject{{QStringLiteral("Index"), QString::number(s->index)},
                                            {QStringLiteral("Language"), language(s)}});
                break;
            default:
                break;
            }
        }
        QJsonObject streams;
        put(streams, QStringLiteral("Video"), video);
        put(streams, QStringLiteral("Audio"), audio);
        put(streams, QStringLiteral("Subtitle"), subtitle);
        const int64_t size = f->pb ? avio_size(f->pb) : -1;
        const QJsonObject format{
            {QStringLiteral("NumStream"),
             QString::number(video.size() + audio.size() + subtitle.size())},
            {QStringLiteral("NumProgram"), QString::number(f->nb_programs)},
            {QStringLiteral("FormatName"), QString::fromLatin1(f->iformat->name)},
            {QStringLiteral("FormatLongName"), QString::fromUtf8(f->iformat->long_name)},
            {QStringLiteral("StartTime"),
             decimal(f->start_time == AV_NOPTS_VALUE ? 0 : f->start_time / double(AV_TIME_BASE))},
            {QStringLiteral("Duration"),
             decimal(f->duration == AV_NOPTS_VALUE ? 0 : f->duration / double(AV_TIME_BASE))},
            {QStringLiteral("Bitrate"), decimal(f->bit_rate / 1000.0)},
            {QStringLiteral("Size"), QString::number(std::max<int64_t>(size, 0))}};
        return QJsonObject{{QStringLiteral("Stream"), streams}, {QStringLiteral("Format"), format}};
    }
};

} // namespace

} // namespace ad::media

extern "C" Q_DECL_EXPORT const ad::media::Decoder *assetdesk_media_decoder()
{
    static const ad::media::FfmpegDecoder decoder;
    return &decoder;
}
