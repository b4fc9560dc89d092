// The media plugin's stream copy for Trim: packets between two key frames are remuxed as they
// are, with timestamps moved to start at zero. Nothing is decoded, so it runs at disk speed.

#include "media/avhandles.h"
#include "media/trim.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <memory>

extern "C" {
#include <libavformat/avformat.h>
}

namespace ad::media
{

namespace
{

struct Failure {
    explicit Failure(QString text, TrimOutcome cut = {}) : message(std::move(text)), span(cut) {}
    QString message;
    TrimOutcome span; // with keyFrameInRange false: what a copy would have held
};

void check(int ret, const char *what)
{
    if (ret < 0)
        throw Failure{QStringLiteral("%1: %2").arg(QLatin1String(what), av::errorText(ret))};
}

struct InputCloser {
    void operator()(AVFormatContext *c) const { avformat_close_input(&c); }
};
struct OutputCloser {
    void operator()(AVFormatContext *c) const
    {
        if (c->pb) avio_closep(&c->pb);
        avformat_free_context(c);
    }
};

int cancelledCallback(void *opaque)
{
    return static_cast<const std::atomic<bool> *>(opaque)->load() ? 1 : 0;
}

TrimOutcome copyRange(const QString &input, const QString &output, const QString &format,
                      double from, double to, const std::atomic<bool> &cancelled,
                      const TranscodeProgress &progress)
{
    AVFormatContext *raw = avformat_alloc_context();
    raw->interrupt_callback = {cancelledCallback, const_cast<std::atomic<bool> *>(&cancelled)};
    check(avformat_open_input(&raw, QFile::encodeName(input).constData(), nullptr, nullptr),
          "open");
    std::unique_ptr<AVFormatContext, InputCloser> in(raw);
    check(avformat_find_stream_info(in.get(), nullptr), "stream info");
    const int video = av_find_best_stream(in.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (video < 0)
        throw Failure{QCoreApplication::translate("ad::Error", "the source has no video stream")};

    AVFormatContext *rawOut = nullptr;
    check(avformat_alloc_output_context2(&rawOut, nullptr, format.toLatin1().constData(),
                                         QFile::encodeName(output).constData()),
          "muxer");
    std::unique_ptr<AVFormatContext, OutputCloser> out(rawOut);
    // Video and sound are kept; data and subtitle tracks rarely survive a cut intact.
    QList<int> map(int(in->nb_streams), -1);
    for (unsigned i = 0; i < in->nb_streams; ++i) {
        const AVStream *s = in->streams[i];
        const AVMediaType type = s->codecpar->codec_type;
        if ((type != AVMEDIA_TYPE_VIDEO && type != AVMEDIA_TYPE_AUDIO) ||
            (s->disposition & AV_DISPOSITION_ATTACHED_PIC))
            continue;
        if (avformat_query_codec(out->oformat, s->codecpar->codec_id, FF_COMPLIANCE_NORMAL) != 1)
            throw Failure{QCoreApplication::translate(
                              "ad::Error", "the %1 format cannot hold the clip's %2 stream as it "
                                           "is; keep the source's file type or cut exactly")
                              .arg(format, QLatin1String(avcodec_get_name(s->codecpar->codec_id)))};
        AVStream *o = avformat_new_stream(out.get(), nullptr);
        if (!o) throw Failure{QCoreApplication::translate("ad::Error", "out of memory")};
        check(avcodec_parameters_copy(o->codecpar, s->codecpar), "stream");
        o->codecpar->codec_tag = 0; // the container picks its own tag for the codec
        o->time_base = s->time_base;
        // Display rotation and the like travel with the stream.
        for (int k = 0; k < s->nb_side_data; ++k) {
            const AVPacketSideData &side = s->side_data[k];
            if (uint8_t *copy = av_stream_new_side_data(o, side.type, side.size))
                memcpy(copy, side.data, side.size);
        }
        map[int(i)] = o->index;
    }
    check(avio_open(&out->pb, QFile::encodeName(output).constData(), AVIO_FLAG_WRITE),
          "open output");
    check(avformat_write_header(out.get(), nullptr), "header");

    const int64_t origin = in->start_time == AV_NOPTS_VALUE ? 0 : in->start_time;
    check(av_seek_frame(in.get(), -1, origin + int64_t(from * AV_TIME_BASE), AVSEEK_FLAG_BACKWARD),
          "seek");
    // Seconds from the container's start, as the player's clock counts.
    const auto seconds = [&](int64_t ts, AVRational base) {
        return double(ts - av_rescale_q(origin, AV_TIME_BASE_Q, base)) * av_q2d(base);
    };
    TrimOutcome outcome;
    double start = -1; // the first key frame's time: the written clip's zero
    double end = -1;   // the key frame at or after `to`: where it stops
    bool keyInRange = false;
    av::PacketPtr packet(av_packet_alloc());
    for (;;) {
        if (cancelled) throw Failure{QCoreApplication::translate("ad::Error", "cancelled")};
        const int ret = av_read_frame(in.get(), packet.get());
        if (ret == AVERROR_EOF) break;
        check(ret, "read");
        const std::unique_ptr<AVPacket, void (*)(AVPacket *)> unref(packet.get(), av_packet_unref);
        const int target = map.value(packet->stream_index, -1);
        const AVStream *s = in->streams[packet->stream_index];
        const int64_t ts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
        if (target < 0 || ts == AV_NOPTS_VALUE) continue;
        const double t = seconds(ts, s->time_base);
        if (packet->stream_index == video) {
            const bool key = packet->flags & AV_PKT_FLAG_KEY;
            if (start < 0) {
                if (!key) continue; // whatever precedes the first key frame cannot be decoded
                start = t;
            } else if (key && t >= to - 1e-3) {
                end = t;
                break;
            }
            if (key && t >= from - 1e-3) keyInRange = true;
            if (progress) progress(qint64((t - start) * 1000), qint64((to - start) * 1000));
        } else if (start < 0 || t < start - 1e-3) {
            continue; // sound before the picture starts
        }
        const AVStream *o = out->streams[target];
        const int64_t shift =
            av_rescale_q(int64_t(start * AV_TIME_BASE) + origin, AV_TIME_BASE_Q, s->time_base);
        if (packet->pts != AV_NOPTS_VALUE) packet->pts -= shift;
        if (packet->dts != AV_NOPTS_VALUE) packet->dts -= shift;
        packet->stream_index = target;
        av_packet_rescale_ts(packet.get(), s->time_base, o->time_base);
        packet->pos = -1;
        check(av_interleaved_write_frame(out.get(), packet.get()), "write");
    }
    if (start < 0)
        throw Failure{
            QCoreApplication::translate("ad::Error", "the clip has no key frame after %1 s")
                .arg(from)};
    outcome.from = start;
    outcome.to = end >= 0 ? end : in->duration / double(AV_TIME_BASE);
    if (!keyInRange) {
        outcome.keyFrameInRange = false;
        throw Failure{QCoreApplication::translate("ad::Error", "no key frame in the range"),
                      outcome};
    }
    check(av_write_trailer(out.get()), "trailer");
    check(avio_closep(&out->pb), "close");
    return outcome;
}

class FfmpegTrimmer : public Trimmer
{
public:
    bool copy(const QString &input, const QString &output, const QString &format, double from,
              double to, const std::atomic<bool> &cancelled, const TranscodeProgress &progress,
              TrimOutcome *outcome, QString *error) const override
    {
        try {
            const TrimOutcome done =
                copyRange(input, output, format, from, to, cancelled, progress);
            if (outcome) *outcome = done;
            return true;
        } catch (const Failure &f) {
            if (error) *error = f.message;
            if (outcome) *outcome = f.span;
            return false;
        }
    }
};

} // namespace

} // namespace ad::media

extern "C" Q_DECL_EXPORT const ad::media::Trimmer *assetdesk_media_trimmer()
{
    static const ad::media::FfmpegTrimmer trimmer;
    return &trimmer;
}
