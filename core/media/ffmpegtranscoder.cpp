// The media plugin's transcoder: demux, decode, scale (libswscale) or resample (libswresample),
// encode and mux in one pass, all in-process. Every call owns its contexts, so any number of
// transcodes may run side by side.

#include "media/avhandles.h"
#include "media/transcoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QSize>
#include <cmath>
#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/display.h>
#include <libavutil/opt.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

namespace ad::media
{

namespace
{

// Thrown inside the plugin only; transcode() turns it into its return value.
struct Failure {
    TranscodeFailure kind;
    QString message;
};

[[noreturn]] void fail(TranscodeFailure kind, const QString &message)
{
    throw Failure{kind, message};
}

void check(int ret, TranscodeFailure kind, const char *what)
{
    if (ret < 0) fail(kind, QStringLiteral("%1: %2").arg(QLatin1String(what), av::errorText(ret)));
}

struct InputCloser {
    void operator()(AVFormatContext *c) const { avformat_close_input(&c); }
};
struct OutputCloser {
    void operator()(AVFormatContext *c) const
    {
        if (c->pb && !(c->oformat->flags & AVFMT_NOFILE)) avio_closep(&c->pb);
        avformat_free_context(c);
    }
};
struct SwsCloser {
    void operator()(SwsContext *c) const { sws_freeContext(c); }
};
struct SwrCloser {
    void operator()(SwrContext *c) const { swr_free(&c); }
};
struct FifoCloser {
    void operator()(AVAudioFifo *f) const { av_audio_fifo_free(f); }
};

av::FramePtr newFrame()
{
    av::FramePtr f(av_frame_alloc());
    if (!f)
        fail(TranscodeFailure::Write, QCoreApplication::translate("ad::Error", "out of memory"));
    return f;
}

int cancelledCallback(void *opaque)
{
    return static_cast<const std::atomic<bool> *>(opaque)->load() ? 1 : 0;
}

const AVCodec *firstEncoder(const QStringList &names, QString *chosen)
{
    for (const QString &name : names) {
        if (const AVCodec *c = avcodec_find_encoder_by_name(name.toLatin1().constData())) {
            *chosen = name;
            return c;
        }
    }
    fail(TranscodeFailure::NoEncoder,
         QCoreApplication::translate("ad::Error", "this FFmpeg build has none of the encoders %1")
             .arg(names.join(QStringLiteral(", "))));
}

av::CodecPtr openDecoder(AVStream *stream)
{
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec)
        fail(TranscodeFailure::BadInput,
             QCoreApplication::translate("ad::Error", "no decoder for the source's codec"));
    av::CodecPtr dec(avcodec_alloc_context3(codec));
    check(avcodec_parameters_to_context(dec.get(), stream->codecpar), TranscodeFailure::BadInput,
          "decoder");
    dec->thread_count = 0;
    dec->pkt_timebase = stream->time_base;
    check(avcodec_open2(dec.get(), codec, nullptr), TranscodeFailure::BadInput, "decoder");
    return dec;
}

// The picture size: the source (square pixels) fitted inside the box turned to the source's
// orientation, enlarged only when asked, with even sides as 4:2:0 needs.
QSize outputSize(int width, int height, AVRational sar, const TranscodeSettings &s)
{
    double w = width, h = height;
    if (sar.num > 0 && sar.den > 0 && sar.num != sar.den) w = w * sar.num / sar.den;
    double k = 1;
    if (s.boxWidth > 0 && s.boxHeight > 0) {
        const bool portrait = h > w;
        const double bw =
            portrait ? std::min(s.boxWidth, s.boxHeight) : std::max(s.boxWidth, s.boxHeight);
        const double bh =
            portrait ? std::max(s.boxWidth, s.boxHeight) : std::min(s.boxWidth, s.boxHeight);
        k = std::min(bw / w, bh / h);
        if (!s.upscale) k = std::min(k, 1.0);
    }
    const auto even = [](double v) { return std::max(2, int(std::lround(v)) & ~1); };
    return {even(w * k), even(h * k)};
}

void setOption(AVCodecContext *enc, const char *name, const QString &value)
{
    av_opt_set(enc->priv_data, name, value.toLatin1().constData(), 0); // unknown: ignored
}

// Quality, speed and logging per encoder family; an option an encoder lacks is ignored.
void tune(AVCodecContext *enc, const QString &name, const TranscodeSettings &s)
{
    const bool crf = s.crf >= 0;
    if (crf) {
        enc->bit_rate = 0;
        setOption(enc, "crf", QString::number(s.crf));
        if (name == QLatin1String("librav1e")) setOption(enc, "qp", QString::number(s.crf * 4));
    } else {
        enc->bit_rate = qint64(s.videoKbps) * 1000;
    }
    const QString speed = s.speed.isEmpty() ? QStringLiteral("medium") : s.speed;
    if (name == QLatin1String("libx264")) {
        setOption(enc, "preset", speed);
    } else if (name == QLatin1String("libx265")) {
        setOption(enc, "preset", speed);
        setOption(enc, "x265-params", QStringLiteral("log-level=error"));
        enc->codec_tag = MKTAG('h', 'v', 'c', '1'); // what Apple players require in MP4
    } else if (name == QLatin1String("libvpx-vp9")) {
        setOption(enc, "deadline", QStringLiteral("good"));
        setOption(enc, "cpu-used", QStringLiteral("4"));
        setOption(enc, "row-mt", QStringLiteral("1"));
    } else if (name == QLatin1String("libaom-av1")) {
        setOption(enc, "cpu-used", QStringLiteral("6"));
        setOption(enc, "row-mt", QStringLiteral("1"));
    } else if (name == QLatin1String("libsvtav1")) {
        setOption(enc, "preset", QStringLiteral("8"));
    } else if (name == QLatin1String("librav1e")) {
        setOption(enc, "speed", QStringLiteral("8"));
    }
}

class Job
{
public:
    Job(const TranscodeSettings &settings, const std::atomic<bool> &cancelled,
        const TranscodeProgress &progress, TranscodeOutcome &outcome)
        : m_settings(settings), m_cancelled(cancelled), m_progress(progress), m_outcome(outcome)
    {
    }

    void run(const QString &input, const QString &output)
    {
        openInput(input);
        openOutput(output);
        if (!m_settings.videoEncoders.isEmpty()) openVideo();
        if (!m_settings.audioEncoders.isEmpty()) openAudio();
        if (!m_video.dec && !m_audio.dec)
            fail(TranscodeFailure::NoStream,
                 QCoreApplication::translate("ad::Error", "the source has no stream to transcode"));
        AVDictionary *options = nullptr;
        if (m_settings.muxer == QLatin1String("mp4"))
            av_dict_set(&options, "movflags", "+faststart", 0); // playable while downloading
        const int written = avformat_write_header(m_out.get(), &options);
        av_dict_free(&options);
        check(written, TranscodeFailure::Write, "header");
        m_total = estimateTotal();
        if (m_settings.from > 0) {
            const int64_t origin = m_in->start_time == AV_NOPTS_VALUE ? 0 : m_in->start_time;
            check(av_seek_frame(m_in.get(), -1, origin + int64_t(m_settings.from * AV_TIME_BASE),
                                AVSEEK_FLAG_BACKWARD),
                  TranscodeFailure::BadInput, "seek");
        }

        av::PacketPtr packet(av_packet_alloc());
        while (!rangeEnded()) {
            if (m_cancelled)
                fail(TranscodeFailure::Cancelled,
                     QCoreApplication::translate("ad::Error", "cancelled"));
            const int ret = av_read_frame(m_in.get(), packet.get());
            if (ret == AVERROR_EOF) break;
            if (m_cancelled)
                fail(TranscodeFailure::Cancelled,
                     QCoreApplication::translate("ad::Error", "cancelled"));
            check(ret, TranscodeFailure::BadInput, "read");
            if (packet->stream_index == m_video.inIndex)
                decode(m_video, packet.get());
            else if (packet->stream_index == m_audio.inIndex)
                decode(m_audio, packet.get());
            av_packet_unref(packet.get());
        }
        if (m_video.dec) decode(m_video, nullptr);
        if (m_audio.dec) {
            decode(m_audio, nullptr);
            flushAudio();
        }
        if (m_video.enc) encode(m_video, nullptr);
        if (m_audio.enc) encode(m_audio, nullptr);
        check(av_write_trailer(m_out.get()), TranscodeFailure::Write, "trailer");
        check(avio_closep(&m_out->pb), TranscodeFailure::Write, "close");
        m_outcome.frames = m_video.frames;
        if (!m_video.dec) report(std::max(m_total, audioMs())); // the estimate was the length
    }

    qint64 audioMs() const { return m_audio.frames * 1000 / std::max(1, m_audio.enc->sample_rate); }

private:
    struct Path {
        int inIndex = -1;
        av::CodecPtr dec;
        av::CodecPtr enc;
        AVStream *out = nullptr;
        qint64 frames = 0;
        int64_t startPts = AV_NOPTS_VALUE;
        int64_t lastPts = AV_NOPTS_VALUE;
        bool ended = false; // a frame past settings.to came
    };

    bool rangeEnded() const
    {
        return m_settings.to > 0 && (!m_video.dec || m_video.ended) &&
               (!m_audio.dec || m_audio.ended);
    }

    // Whether a decoded frame is shown within settings.from..to; the first past `to` ends its
    // stream. Times count from the container's start, as the player's clock does.
    bool wanted(Path &p, const AVFrame *frame)
    {
        if (m_settings.from <= 0 && m_settings.to <= 0) return true;
        if (p.ended) return false;
        const AVStream *in = m_in->streams[p.inIndex];
        if (frame->best_effort_timestamp == AV_NOPTS_VALUE) return true;
        const int64_t origin = m_in->start_time == AV_NOPTS_VALUE
                                   ? 0
                                   : av_rescale_q(m_in->start_time, AV_TIME_BASE_Q, in->time_base);
        const double t = (frame->best_effort_timestamp - origin) * av_q2d(in->time_base);
        const double length = &p == &m_audio && frame->sample_rate > 0
                                  ? double(frame->nb_samples) / frame->sample_rate
                                  : 0;
        if (m_settings.to > 0 && t >= m_settings.to - 1e-3) {
            p.ended = true;
            return false;
        }
        return t + length >= m_settings.from - 1e-3;
    }

    void openInput(const QString &path)
    {
        AVFormatContext *raw = avformat_alloc_context();
        raw->interrupt_callback = {cancelledCallback,
                                   const_cast<std::atomic<bool> *>(&m_cancelled)};
        // avformat_open_input frees `raw` on failure.
        const int opened =
            avformat_open_input(&raw, QFile::encodeName(path).constData(), nullptr, nullptr);
        check(opened, TranscodeFailure::BadInput, "open");
        m_in.reset(raw);
        check(avformat_find_stream_info(m_in.get(), nullptr), TranscodeFailure::BadInput,
              "stream info");
    }

    void openOutput(const QString &path)
    {
        AVFormatContext *raw = nullptr;
        // The name is needed by the MP4 muxer's faststart pass, which reopens the file.
        check(avformat_alloc_output_context2(&raw, nullptr, m_settings.muxer.toLatin1().constData(),
                                             QFile::encodeName(path).constData()),
              TranscodeFailure::NoEncoder, "muxer");
        m_out.reset(raw);
        check(avio_open(&m_out->pb, QFile::encodeName(path).constData(), AVIO_FLAG_WRITE),
              TranscodeFailure::Write, "open output");
    }

    int bestStream(AVMediaType type) const
    {
        const int index = av_find_best_stream(m_in.get(), type, -1, -1, nullptr, 0);
        if (index < 0) return -1;
        // An MP3's or MP4's cover art is a still, not a video stream.
        if (m_in->streams[index]->disposition & AV_DISPOSITION_ATTACHED_PIC) return -1;
        return index;
    }

    void finishEncoder(Path &p, const AVCodec *codec)
    {
        if (m_out->oformat->flags & AVFMT_GLOBALHEADER) p.enc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        check(avcodec_open2(p.enc.get(), codec, nullptr), TranscodeFailure::NoEncoder, "encoder");
        p.out = avformat_new_stream(m_out.get(), nullptr);
        if (!p.out)
            fail(TranscodeFailure::Write,
                 QCoreApplication::translate("ad::Error", "out of memory"));
        check(avcodec_parameters_from_context(p.out->codecpar, p.enc.get()),
              TranscodeFailure::Write, "stream");
        p.out->time_base = p.enc->time_base;
    }

    void openVideo()
    {
        m_video.inIndex = bestStream(AVMEDIA_TYPE_VIDEO);
        if (m_video.inIndex < 0)
            fail(TranscodeFailure::NoStream,
                 QCoreApplication::translate(
                     "ad::Error", "the source has no video stream (choose an audio preset)"));
        AVStream *in = m_in->streams[m_video.inIndex];
        m_video.dec = openDecoder(in);
        const AVCodec *codec = firstEncoder(m_settings.videoEncoders, &m_outcome.videoEncoder);
        m_video.enc.reset(avcodec_alloc_context3(codec));
        AVCodecContext *enc = m_video.enc.get();
        const QSize size =
            outputSize(m_video.dec->width, m_video.dec->height,
                       av_guess_sample_aspect_ratio(m_in.get(), in, nullptr), m_settings);
        enc->width = size.width();
        enc->height = size.height();
        enc->sample_aspect_ratio = {1, 1};
        enc->pix_fmt = AV_PIX_FMT_YUV420P;
        if (codec->pix_fmts) {
            bool has420 = false;
            for (const AVPixelFormat *f = codec->pix_fmts; *f != AV_PIX_FMT_NONE; ++f)
                has420 = has420 || *f == AV_PIX_FMT_YUV420P;
            if (!has420) enc->pix_fmt = codec->pix_fmts[0];
        }
        const AVRational rate = av_guess_frame_rate(m_in.get(), in, nullptr);
        if (rate.num > 0 && rate.den > 0) enc->framerate = rate;
        enc->time_base = in->time_base;
        enc->thread_count = 0;
        tune(enc, m_outcome.videoEncoder, m_settings);
        finishEncoder(m_video, codec);
        // The display rotation (a phone's portrait clip) travels with the stream.
        size_t matrixSize = 0;
        if (const uint8_t *matrix =
                av_stream_get_side_data(in, AV_PKT_DATA_DISPLAYMATRIX, &matrixSize)) {
            if (uint8_t *copy =
                    av_stream_new_side_data(m_video.out, AV_PKT_DATA_DISPLAYMATRIX, matrixSize))
                memcpy(copy, matrix, matrixSize);
        }
        m_scaled = newFrame();
        m_scaled->format = enc->pix_fmt;
        m_scaled->width = enc->width;
        m_scaled->height = enc->height;
        check(av_frame_get_buffer(m_scaled.get(), 0), TranscodeFailure::Write, "frame");
    }

    void openAudio()
    {
        m_audio.inIndex = bestStream(AVMEDIA_TYPE_AUDIO);
        if (m_audio.inIndex < 0) {
            if (!m_settings.videoEncoders.isEmpty()) return; // a silent clip stays silent
            fail(TranscodeFailure::NoStream,
                 QCoreApplication::translate("ad::Error", "the source has no audio stream"));
        }
        m_audio.dec = openDecoder(m_in->streams[m_audio.inIndex]);
        AVCodecContext *dec = m_audio.dec.get();
        if (dec->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
            av_channel_layout_default(&dec->ch_layout, dec->ch_layout.nb_channels);
        const AVCodec *codec = firstEncoder(m_settings.audioEncoders, &m_outcome.audioEncoder);
        m_audio.enc.reset(avcodec_alloc_context3(codec));
        AVCodecContext *enc = m_audio.enc.get();
        int rate = dec->sample_rate;
        if (codec->supported_samplerates) { // the nearest the encoder takes (Opus: 48 kHz)
            int best = codec->supported_samplerates[0];
            for (const int *r = codec->supported_samplerates; *r; ++r)
                if (std::abs(*r - rate) < std::abs(best - rate)) best = *r;
            rate = best;
        }
        enc->sample_rate = rate;
        enc->sample_fmt = codec->sample_fmts ? codec->sample_fmts[0] : AV_SAMPLE_FMT_FLTP;
        av_channel_layout_default(&enc->ch_layout, std::min(2, dec->ch_layout.nb_channels));
        enc->bit_rate = qint64(m_settings.audioKbps) * 1000;
        enc->time_base = {1, rate};
        finishEncoder(m_audio, codec);
        SwrContext *swr = nullptr;
        check(swr_alloc_set_opts2(&swr, &enc->ch_layout, enc->sample_fmt, enc->sample_rate,
                                  &dec->ch_layout, dec->sample_fmt, dec->sample_rate, 0, nullptr),
              TranscodeFailure::BadInput, "resampler");
        m_swr.reset(swr);
        check(swr_init(swr), TranscodeFailure::BadInput, "resampler");
        m_frameSize = enc->frame_size > 0 ? enc->frame_size : 1024;
        m_fifo.reset(av_audio_fifo_alloc(enc->sample_fmt, enc->ch_layout.nb_channels, m_frameSize));
        if (!m_fifo)
            fail(TranscodeFailure::Write,
                 QCoreApplication::translate("ad::Error", "out of memory"));
    }

    // Frames for a video (its count, else duration x rate); milliseconds for audio only.
    qint64 estimateTotal() const
    {
        double seconds = m_in->duration > 0 ? m_in->duration / double(AV_TIME_BASE) : 0;
        if (m_settings.to > 0) seconds = std::min(seconds, m_settings.to);
        seconds = std::max(0.0, seconds - m_settings.from);
        if (!m_video.dec) return qint64(seconds * 1000);
        const AVStream *in = m_in->streams[m_video.inIndex];
        if (in->nb_frames > 0 && m_settings.from <= 0 && m_settings.to <= 0) return in->nb_frames;
        return m_video.enc->framerate.num > 0 ? qint64(seconds * av_q2d(m_video.enc->framerate))
                                              : 0;
    }

    void report(qint64 done)
    {
        if (m_progress) m_progress(done, std::max(done, m_total));
    }

    void decode(Path &p, const AVPacket *packet)
    {
        const int sent = avcodec_send_packet(p.dec.get(), packet);
        if (sent < 0 && sent != AVERROR_EOF) return; // a damaged packet: skip it, like players
        av::FramePtr frame = newFrame();
        for (;;) {
            const int ret = avcodec_receive_frame(p.dec.get(), frame.get());
            if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF) return;
            check(ret, TranscodeFailure::BadInput, "decode");
            if (&p == &m_video && wanted(p, frame.get()))
                videoFrame(frame.get());
            else if (&p == &m_audio && wanted(p, frame.get()))
                audioFrame(frame.get());
            av_frame_unref(frame.get());
        }
    }

    void videoFrame(AVFrame *frame)
    {
        AVCodecContext *enc = m_video.enc.get();
        m_sws.reset(sws_getCachedContext(m_sws.release(), frame->width, frame->height,
                                         AVPixelFormat(frame->format), enc->width, enc->height,
                                         enc->pix_fmt, SWS_BICUBIC, nullptr, nullptr, nullptr));
        if (!m_sws)
            fail(TranscodeFailure::BadInput,
                 QCoreApplication::translate("ad::Error", "cannot scale the picture"));
        check(av_frame_make_writable(m_scaled.get()), TranscodeFailure::Write, "frame");
        sws_scale(m_sws.get(), frame->data, frame->linesize, 0, frame->height, m_scaled->data,
                  m_scaled->linesize);
        // Timestamps from 0, strictly increasing (encoders refuse repeats).
        int64_t pts = frame->best_effort_timestamp;
        if (pts == AV_NOPTS_VALUE)
            pts = m_video.lastPts == AV_NOPTS_VALUE ? 0 : m_video.lastPts + 1;
        if (m_video.startPts == AV_NOPTS_VALUE) m_video.startPts = pts;
        pts -= m_video.startPts;
        if (m_video.lastPts != AV_NOPTS_VALUE && pts <= m_video.lastPts) pts = m_video.lastPts + 1;
        m_video.lastPts = pts;
        m_scaled->pts = pts;
        m_scaled->pict_type = AV_PICTURE_TYPE_NONE;
        encode(m_video, m_scaled.get());
        ++m_video.frames;
        report(m_video.frames);
    }

    void audioFrame(const AVFrame *frame) // null: drain the resampler
    {
        AVCodecContext *enc = m_audio.enc.get();
        const int capacity = swr_get_out_samples(m_swr.get(), frame ? frame->nb_samples : 0);
        uint8_t **buffer = nullptr;
        check(av_samples_alloc_array_and_samples(&buffer, nullptr, enc->ch_layout.nb_channels,
                                                 std::max(capacity, 1), enc->sample_fmt, 0),
              TranscodeFailure::Write, "samples");
        const auto freeBuffer = [&] {
            av_freep(&buffer[0]);
            av_freep(&buffer);
        };
        const int converted =
            swr_convert(m_swr.get(), buffer, capacity,
                        frame ? const_cast<const uint8_t **>(frame->extended_data) : nullptr,
                        frame ? frame->nb_samples : 0);
        if (converted > 0)
            av_audio_fifo_write(m_fifo.get(), reinterpret_cast<void **>(buffer), converted);
        freeBuffer();
        check(converted, TranscodeFailure::BadInput, "resample");
        while (av_audio_fifo_size(m_fifo.get()) >= m_frameSize)
            encodeSamples(m_frameSize);
        if (!m_video.dec) report(audioMs());
    }

    void flushAudio()
    {
        audioFrame(nullptr); // what the resampler still holds
        const int left = av_audio_fifo_size(m_fifo.get());
        if (left > 0) encodeSamples(left);
    }

    // Encodes `count` samples from the FIFO (a short last frame is padded with silence when the
    // encoder takes only whole frames); pts count samples from 0.
    void encodeSamples(int count)
    {
        AVCodecContext *enc = m_audio.enc.get();
        const bool variable = enc->codec->capabilities &
                              (AV_CODEC_CAP_VARIABLE_FRAME_SIZE | AV_CODEC_CAP_SMALL_LAST_FRAME);
        av::FramePtr frame = newFrame();
        frame->nb_samples = count < m_frameSize && !variable ? m_frameSize : count;
        frame->format = enc->sample_fmt;
        frame->sample_rate = enc->sample_rate;
        check(av_channel_layout_copy(&frame->ch_layout, &enc->ch_layout), TranscodeFailure::Write,
              "layout");
        check(av_frame_get_buffer(frame.get(), 0), TranscodeFailure::Write, "frame");
        av_samples_set_silence(frame->extended_data, 0, frame->nb_samples,
                               enc->ch_layout.nb_channels, enc->sample_fmt);
        av_audio_fifo_read(m_fifo.get(), reinterpret_cast<void **>(frame->extended_data), count);
        frame->pts = m_audio.frames; // samples so far
        m_audio.frames += frame->nb_samples;
        encode(m_audio, frame.get());
    }

    void encode(Path &p, const AVFrame *frame)
    {
        check(avcodec_send_frame(p.enc.get(), frame), TranscodeFailure::Write, "encode");
        av::PacketPtr packet(av_packet_alloc());
        for (;;) {
            const int ret = avcodec_receive_packet(p.enc.get(), packet.get());
            if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF) return;
            check(ret, TranscodeFailure::Write, "encode");
            // Without a duration the muxer gives the last frame none and the clip ends early.
            if (packet->duration <= 0 && p.enc->framerate.num > 0)
                packet->duration = av_rescale_q(1, av_inv_q(p.enc->framerate), p.enc->time_base);
            packet->stream_index = p.out->index;
            av_packet_rescale_ts(packet.get(), p.enc->time_base, p.out->time_base);
            check(av_interleaved_write_frame(m_out.get(), packet.get()), TranscodeFailure::Write,
                  "write");
        }
    }

    const TranscodeSettings &m_settings;
    const std::atomic<bool> &m_cancelled;
    const TranscodeProgress &m_progress;
    TranscodeOutcome &m_outcome;
    std::unique_ptr<AVFormatContext, InputCloser> m_in;
    std::unique_ptr<AVFormatContext, OutputCloser> m_out;
    Path m_video;
    Path m_audio;
    std::unique_ptr<SwsContext, SwsCloser> m_sws;
    av::FramePtr m_scaled;
    std::unique_ptr<SwrContext, SwrCloser> m_swr;
    std::unique_ptr<AVAudioFifo, FifoCloser> m_fifo;
    int m_frameSize = 1024;
    qint64 m_total = 0;
};

class FfmpegTranscoder : public Transcoder
{
public:
    FfmpegTranscoder()
    {
        av_log_set_level(AV_LOG_QUIET); // errors are reported, not printed
        // SVT-AV1 prints its banner to stderr itself unless told otherwise (1: errors only).
        if (!qEnvironmentVariableIsSet("SVT_LOG")) qputenv("SVT_LOG", "1");
    }

    bool hasEncoder(const QString &name) const override
    {
        return avcodec_find_encoder_by_name(name.toLatin1().constData()) != nullptr;
    }

    bool transcode(const QString &input, const QString &output, const TranscodeSettings &settings,
                   const std::atomic<bool> &cancelled, const TranscodeProgress &progress,
                   TranscodeOutcome *outcome, QString *error) const override
    {
        TranscodeOutcome result;
        try {
            Job(settings, cancelled, progress, result).run(input, output);
        } catch (const Failure &f) {
            result.failure = cancelled ? TranscodeFailure::Cancelled : f.kind;
            if (error) *error = f.message;
            if (outcome) *outcome = result;
            return false;
        }
        if (outcome) *outcome = result;
        return true;
    }
};

} // namespace

} // namespace ad::media

extern "C" Q_DECL_EXPORT const ad::media::Transcoder *assetdesk_media_transcoder()
{
    static const ad::media::FfmpegTranscoder transcoder;
    return &transcoder;
}
