// Transcoding presets, the transcode job (cancel, pause, crash recovery) and smart covers, on
// tiny clips written here with libav.

#include "common/error.h"
#include "imaging/vipsutil.h"
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "jobs/transcodejob.h"
#include "media/snapshot.h"
#include "media/transcodepresets.h"
#include "support/testimages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cmath>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/log.h>
}

using namespace ad;

namespace
{

constexpr int kFps = 25;

// SMPTE-like bars: eight colours across, with a square moving down so frames differ.
void drawFrame(AVFrame *f, int index, bool black)
{
    static const int bars[8][3] = {{235, 128, 128}, {210, 16, 146},  {170, 166, 16},
                                   {145, 54, 34},   {106, 202, 222}, {81, 90, 240},
                                   {41, 240, 110},  {16, 128, 128}}; // Y, Cb, Cr
    for (int y = 0; y < f->height; ++y)
        for (int x = 0; x < f->width; ++x) {
            const int bar = x * 8 / f->width;
            const bool square = std::abs(y - (index * 3) % f->height) < 8 && x < f->width / 4;
            f->data[0][y * f->linesize[0] + x] = black ? 16 : square ? 128 : bars[bar][0];
            if (y % 2 == 0 && x % 2 == 0) {
                f->data[1][y / 2 * f->linesize[1] + x / 2] = black ? 128 : bars[bar][1];
                f->data[2][y / 2 * f->linesize[2] + x / 2] = black ? 128 : bars[bar][2];
            }
        }
}

struct Encoder {
    AVCodecContext *enc = nullptr;
    AVStream *stream = nullptr;
};

bool drain(AVFormatContext *out, const Encoder &e, const AVFrame *frame)
{
    if (avcodec_send_frame(e.enc, frame) < 0) return false;
    AVPacket *packet = av_packet_alloc();
    bool ok = true;
    while (avcodec_receive_packet(e.enc, packet) == 0) {
        // One frame long (time base 1/kFps): without it MP4's edit list cuts the last frame.
        if (packet->duration <= 0 && e.enc->codec_type == AVMEDIA_TYPE_VIDEO) packet->duration = 1;
        packet->stream_index = e.stream->index;
        av_packet_rescale_ts(packet, e.enc->time_base, e.stream->time_base);
        ok = ok && av_interleaved_write_frame(out, packet) >= 0;
    }
    av_packet_free(&packet);
    return ok;
}

// An MP4 (MPEG-4 part 2 + AAC tone) of `seconds`, its first `blackSeconds` black; a key frame
// every 5 frames so any time seeks quickly.
bool writeClip(const QString &path, int width, int height, double seconds, double blackSeconds = 0,
               bool audio = true)
{
    AVFormatContext *out = nullptr;
    const QByteArray file = QFile::encodeName(path);
    if (avformat_alloc_output_context2(&out, nullptr, "mp4", file.constData()) < 0) return false;
    Encoder video;
    const AVCodec *vcodec = avcodec_find_encoder(AV_CODEC_ID_MPEG4);
    video.enc = avcodec_alloc_context3(vcodec);
    video.enc->width = width;
    video.enc->height = height;
    video.enc->pix_fmt = AV_PIX_FMT_YUV420P;
    video.enc->time_base = {1, kFps};
    video.enc->framerate = {kFps, 1};
    video.enc->gop_size = 5;
    video.enc->bit_rate = 400000;
    video.enc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    bool ok = avcodec_open2(video.enc, vcodec, nullptr) >= 0;
    video.stream = avformat_new_stream(out, nullptr);
    ok = ok && avcodec_parameters_from_context(video.stream->codecpar, video.enc) >= 0;
    video.stream->time_base = video.enc->time_base;
    Encoder sound;
    if (audio) {
        const AVCodec *acodec = avcodec_find_encoder(AV_CODEC_ID_AAC);
        sound.enc = avcodec_alloc_context3(acodec);
        sound.enc->sample_rate = 44100;
        sound.enc->sample_fmt = AV_SAMPLE_FMT_FLTP;
        av_channel_layout_default(&sound.enc->ch_layout, 2);
        sound.enc->bit_rate = 96000;
        sound.enc->time_base = {1, 44100};
        sound.enc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        ok = ok && avcodec_open2(sound.enc, acodec, nullptr) >= 0;
        sound.stream = avformat_new_stream(out, nullptr);
        ok = ok && avcodec_parameters_from_context(sound.stream->codecpar, sound.enc) >= 0;
        sound.stream->time_base = sound.enc->time_base;
    }
    ok = ok && avio_open(&out->pb, file.constData(), AVIO_FLAG_WRITE) >= 0;
    ok = ok && avformat_write_header(out, nullptr) >= 0;
    AVFrame *frame = av_frame_alloc();
    frame->format = AV_PIX_FMT_YUV420P;
    frame->width = width;
    frame->height = height;
    ok = ok && av_frame_get_buffer(frame, 0) >= 0;
    const int frames = int(std::lround(seconds * kFps));
    for (int i = 0; ok && i < frames; ++i) {
        ok = av_frame_make_writable(frame) >= 0;
        drawFrame(frame, i, i < blackSeconds * kFps);
        frame->pts = i;
        ok = ok && drain(out, video, frame);
    }
    ok = ok && drain(out, video, nullptr);
    if (audio && ok) {
        AVFrame *samples = av_frame_alloc();
        samples->format = AV_SAMPLE_FMT_FLTP;
        samples->nb_samples = sound.enc->frame_size;
        samples->sample_rate = 44100;
        av_channel_layout_copy(&samples->ch_layout, &sound.enc->ch_layout);
        ok = av_frame_get_buffer(samples, 0) >= 0;
        const qint64 total = qint64(seconds * 44100);
        for (qint64 n = 0; ok && n < total; n += samples->nb_samples) {
            ok = av_frame_make_writable(samples) >= 0;
            for (int c = 0; c < 2; ++c) {
                auto *data = reinterpret_cast<float *>(samples->data[c]);
                for (int s = 0; s < samples->nb_samples; ++s)
                    data[s] = 0.2f * std::sin(2 * M_PI * 440 * (n + s) / 44100.0);
            }
            samples->pts = n;
            ok = ok && drain(out, sound, samples);
        }
        ok = ok && drain(out, sound, nullptr);
        av_frame_free(&samples);
    }
    ok = ok && av_write_trailer(out) >= 0;
    av_frame_free(&frame);
    avcodec_free_context(&video.enc);
    avcodec_free_context(&sound.enc);
    avio_closep(&out->pb);
    avformat_free_context(out);
    return ok;
}

// What a file holds, read with libavformat packet by packet: WebM keeps no stream durations or
// frame counts, so they are counted.
struct Facts {
    QString video; // codec names, empty when absent
    QString audio;
    int width = 0;
    int height = 0;
    int frames = 0;
    double videoSeconds = 0; // end of the last video packet
    double audioSeconds = 0;
};

Facts factsOf(const QString &path)
{
    Facts f;
    AVFormatContext *in = nullptr;
    if (avformat_open_input(&in, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        return f;
    avformat_find_stream_info(in, nullptr);
    AVPacket *packet = av_packet_alloc();
    while (av_read_frame(in, packet) >= 0) {
        const AVStream *s = in->streams[packet->stream_index];
        const double end = (packet->pts + packet->duration) * av_q2d(s->time_base);
        if (s->codecpar->codec_type == AVMEDIA_TYPE_VIDEO) {
            ++f.frames;
            f.videoSeconds = std::max(f.videoSeconds, end);
        } else if (s->codecpar->codec_type == AVMEDIA_TYPE_AUDIO) {
            f.audioSeconds = std::max(f.audioSeconds, end);
        }
        av_packet_unref(packet);
    }
    av_packet_free(&packet);
    for (unsigned i = 0; i < in->nb_streams; ++i) {
        const AVCodecParameters *par = in->streams[i]->codecpar;
        const QString name = QString::fromLatin1(avcodec_get_name(par->codec_id));
        if (par->codec_type == AVMEDIA_TYPE_VIDEO) {
            f.video = name;
            f.width = par->width;
            f.height = par->height;
        } else if (par->codec_type == AVMEDIA_TYPE_AUDIO) {
            f.audio = name;
        }
    }
    avformat_close_input(&in);
    return f;
}

media::TranscodePreset builtIn(const QString &name)
{
    for (const media::TranscodePreset &p : media::builtInPresets())
        if (p.name == name) return p;
    qFatal("no built-in preset %s", qPrintable(name));
}

ErrorCode codeOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const ProcessingError &e) {
        return e.error().code;
    }
    return ErrorCode(-1);
}

} // namespace

class TestTranscode : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clip;  // 320x240, 1 s, with sound
    QString m_black; // 160x120, 1 s black then 1 s bars, silent
    QString m_long;  // 320x240, 8 s, silent: long enough to pause mid-clip

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        av_log_set_level(AV_LOG_ERROR); // the clip writer's encoders, not the code under test
        m_clip = m_dir.filePath(QStringLiteral("clip.mp4"));
        QVERIFY(writeClip(m_clip, 320, 240, 1.0));
        m_black = m_dir.filePath(QStringLiteral("black.mp4"));
        QVERIFY(writeClip(m_black, 160, 120, 2.0, 1.0, false));
        m_long = m_dir.filePath(QStringLiteral("long.mp4"));
        QVERIFY(writeClip(m_long, 320, 240, 8.0, 0, false));
        QVERIFY(media::transcoder());
    }

    // Every built-in preset this FFmpeg build can run: the codec asked for, the source's size
    // (no preset enlarges 320x240), the same length within a frame.
    void presets_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("video");
        QTest::addColumn<QString>("audio");
        QTest::newRow("1080p") << "1080p"
                               << "h264"
                               << "aac";
        QTest::newRow("720p") << "720p"
                              << "h264"
                              << "aac";
        QTest::newRow("480p") << "480p"
                              << "h264"
                              << "aac";
        QTest::newRow("h265") << "h265"
                              << "hevc"
                              << "aac";
        QTest::newRow("vp9") << "vp9"
                             << "vp9"
                             << "opus";
        QTest::newRow("av1") << "av1"
                             << "av1"
                             << "opus";
        QTest::newRow("aac") << "aac"
                             << ""
                             << "aac";
        QTest::newRow("mp3") << "mp3"
                             << ""
                             << "mp3";
    }
    void presets()
    {
        QFETCH(QString, preset);
        QFETCH(QString, video);
        QFETCH(QString, audio);
        const media::TranscodePreset p = builtIn(preset);
        if (!media::presetAvailable(p)) QSKIP("this FFmpeg build has no encoder for it");
        const QString out = m_dir.filePath(QStringLiteral("out-%1.%2").arg(preset, p.extension));
        qint64 lastDone = 0, lastTotal = 0;
        media::TranscodeRequest request;
        request.settings = p.settings;
        const std::atomic<bool> cancelled{false};
        const media::TranscodeOutcome outcome =
            media::transcodeFile(m_clip, out, request, cancelled, [&](qint64 done, qint64 total) {
                lastDone = done;
                lastTotal = total;
            });
        const Facts f = factsOf(out);
        QCOMPARE(f.audio, audio);
        QVERIFY2(std::abs(f.audioSeconds - 1.0) < 0.1, // codec delay and padding
                 qPrintable(QString::number(f.audioSeconds)));
        QCOMPARE(f.video, video);
        if (video.isEmpty()) {
            QVERIFY(lastTotal >= 900 && lastDone == lastTotal); // milliseconds of sound
            return;
        }
        QCOMPARE(f.width, 320);
        QCOMPARE(f.height, 240);
        QCOMPARE(f.frames, kFps);
        QVERIFY2(std::abs(f.videoSeconds - 1.0) <= 1.0 / kFps + 1e-6,
                 qPrintable(QString::number(f.videoSeconds)));
        QCOMPARE(outcome.frames, qint64(kFps));
        QCOMPARE(lastDone, qint64(kFps));
        QCOMPARE(lastTotal, qint64(kFps));
        QVERIFY(!QFile::exists(media::transcodePartialPath(out)));
    }

    // A source larger than the box shrinks into it keeping its aspect (even sides); a
    // portrait one fits the box turned upright; enlarging happens only when asked.
    void keepsAspect()
    {
        const QString wide = m_dir.filePath(QStringLiteral("wide.mp4"));
        QVERIFY(writeClip(wide, 960, 540, 0.4, 0, false));
        const QString tall = m_dir.filePath(QStringLiteral("tall.mp4"));
        QVERIFY(writeClip(tall, 270, 480, 0.4, 0, false));
        const std::atomic<bool> cancelled{false};
        media::TranscodeRequest request;
        request.settings = builtIn(QStringLiteral("480p")).settings;
        request.settings.speed = QStringLiteral("ultrafast");
        const QString small = m_dir.filePath(QStringLiteral("wide-480p.mp4"));
        media::transcodeFile(wide, small, request, cancelled);
        QCOMPARE(factsOf(small).width, 852); // 960 x 480/540 = 853.3, even
        QCOMPARE(factsOf(small).height, 480);

        request.settings.boxWidth = 320;
        request.settings.boxHeight = 180;
        const QString portrait = m_dir.filePath(QStringLiteral("tall-small.mp4"));
        media::transcodeFile(tall, portrait, request, cancelled);
        QCOMPARE(factsOf(portrait).width, 180);
        QCOMPARE(factsOf(portrait).height, 320);

        request.settings.boxWidth = 1280;
        request.settings.boxHeight = 720;
        request.settings.upscale = true;
        const QString big = m_dir.filePath(QStringLiteral("tall-big.mp4"));
        media::transcodeFile(tall, big, request, cancelled);
        QCOMPARE(factsOf(big).width, 720); // the box turned upright: 720x1280
        QCOMPARE(factsOf(big).height, 1280);
    }

    // An existing output is never replaced unless asked; the source is never the output; a
    // missing encoder or stream is a clear UnsupportedFormat, and nothing is left behind.
    void refusals()
    {
        const std::atomic<bool> cancelled{false};
        media::TranscodeRequest request;
        request.settings = builtIn(QStringLiteral("720p")).settings;
        const QString taken = test::writeTemp(m_dir, QStringLiteral("taken.mp4"), "keep me");
        QCOMPARE(codeOf([&] { media::transcodeFile(m_clip, taken, request, cancelled); }),
                 ErrorCode::IoError);
        QCOMPARE(test::readFile(taken), QByteArray("keep me"));
        QCOMPARE(codeOf([&] { media::transcodeFile(m_clip, m_clip, request, cancelled); }),
                 ErrorCode::IoError);
        QCOMPARE(codeOf([&] {
                     media::transcodeFile(m_dir.filePath(QStringLiteral("none.mp4")),
                                          m_dir.filePath(QStringLiteral("x.mp4")), request,
                                          cancelled);
                 }),
                 ErrorCode::NotFound);

        const QString out = m_dir.filePath(QStringLiteral("never.mp4"));
        media::TranscodeRequest missing = request;
        missing.settings.videoEncoders = {QStringLiteral("no-such-encoder")};
        QCOMPARE(codeOf([&] { media::transcodeFile(m_clip, out, missing, cancelled); }),
                 ErrorCode::UnsupportedFormat);
        media::TranscodeRequest audioOnly;
        audioOnly.settings = builtIn(QStringLiteral("aac")).settings;
        QCOMPARE(codeOf([&] { media::transcodeFile(m_black, out, audioOnly, cancelled); }),
                 ErrorCode::UnsupportedFormat); // the clip is silent
        const QString text = test::writeTemp(m_dir, QStringLiteral("notes.mp4"), "not a clip");
        QCOMPARE(codeOf([&] { media::transcodeFile(text, out, request, cancelled); }),
                 ErrorCode::InvalidImage);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(media::transcodePartialPath(out)));

        jobs::TranscodePlan plan;
        plan.sources = {m_clip};
        plan.destination = m_dir.path();
        plan.preset = builtIn(QStringLiteral("720p"));
        plan.preset.settings.videoEncoders = missing.settings.videoEncoders;
        QCOMPARE(codeOf([&] { jobs::planTranscodeJob(plan); }), ErrorCode::UnsupportedFormat);
    }

    // Cancelling mid-clip stops it and removes the partial file.
    void cancelRemovesPartial()
    {
        const QString out = m_dir.filePath(QStringLiteral("cancelled.mp4"));
        std::atomic<bool> cancelled{false};
        bool partialSeen = false;
        media::TranscodeRequest request;
        request.settings = builtIn(QStringLiteral("720p")).settings;
        const ErrorCode code = codeOf([&] {
            media::transcodeFile(m_clip, out, request, cancelled, [&](qint64 done, qint64) {
                partialSeen = partialSeen || QFile::exists(media::transcodePartialPath(out));
                if (done == 10) cancelled = true;
            });
        });
        QCOMPARE(code, ErrorCode::IoError);
        QVERIFY(partialSeen);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(media::transcodePartialPath(out)));
    }

    // The job: a clip left running by a killed process (its partial file on disk) restarts on
    // the next start and completes, its partial file gone; pausing stops a running clip,
    // which waits as pending and completes on resume.
    void jobResumesAfterKillAndPause()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("jobs.sqlite"));
        jobs::TranscodePlan plan;
        plan.sources = {m_clip, m_black};
        plan.destination = dir.path();
        plan.preset = builtIn(QStringLiteral("480p"));
        const jobs::JobSpec spec = jobs::planTranscodeJob(plan);
        QCOMPARE(spec.items.size(), 2);
        QCOMPARE(spec.items[0].target, dir.filePath(QStringLiteral("clip.mp4")));
        QCOMPARE(spec.items[1].target, dir.filePath(QStringLiteral("black.mp4")));
        const QString partial = media::transcodePartialPath(spec.items[0].target);
        qint64 id = 0;
        {
            jobs::JobStore store(journal); // what a killed process leaves
            id = store.createJob(spec);
            store.setJobState(id, jobs::JobState::Running);
            store.markRunning(id, 0, QDateTime::currentMSecsSinceEpoch());
        }
        test::writeTemp(dir, QFileInfo(partial).fileName(), "half a clip");
        {
            jobs::JobQueue queue(journal);
            queue.registerKind(jobs::kTranscodeKind, jobs::transcodeKind());
            QSignalSpy finished(&queue, &jobs::JobQueue::jobFinished);
            QCOMPARE(queue.start(), QList<qint64>{id});
            QVERIFY(!QFile::exists(partial)); // removed by the recovery, before the rerun
            QVERIFY(finished.wait(30000));
            QCOMPARE(queue.progress(id).counts.done, 2);
        }
        QVERIFY(!QFile::exists(partial));
        QCOMPARE(factsOf(spec.items[0].target).video, QStringLiteral("h264"));
        QCOMPARE(factsOf(spec.items[0].target).frames, kFps);

        // A second run into the same folder: the names are taken, so counters.
        jobs::JobQueue queue(dir.filePath(QStringLiteral("pause.sqlite")));
        queue.registerKind(jobs::kTranscodeKind, jobs::transcodeKind());
        queue.setThreads(jobs::PoolKind::Cpu, 1);
        queue.start();
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("src")));
        const QString named = dir.filePath(QStringLiteral("src/clip.mp4"));
        QVERIFY(QFile::copy(m_long, named)); // named like the first clip, whose output is there
        plan.sources = {named};
        const jobs::JobSpec again = jobs::planTranscodeJob(plan);
        QCOMPARE(again.items[0].target, dir.filePath(QStringLiteral("clip (1).mp4")));
        const qint64 second = queue.submit(again);
        QTRY_VERIFY_WITH_TIMEOUT(!queue.progress(second).running.isEmpty() &&
                                     queue.progress(second).running.first().done > 0,
                                 20000);
        queue.pause(second);
        QTRY_COMPARE_WITH_TIMEOUT(queue.progress(second).running.size(), 0, 20000);
        QCOMPARE(queue.progress(second).job.state, jobs::JobState::Paused);
        QCOMPARE(queue.progress(second).counts.pending, 1);
        QVERIFY(!QFile::exists(again.items[0].target));
        QVERIFY(!QFile::exists(media::transcodePartialPath(again.items[0].target)));
        QSignalSpy finished(&queue, &jobs::JobQueue::jobFinished);
        queue.resume(second);
        QVERIFY(finished.wait(30000));
        QCOMPARE(queue.progress(second).counts.done, 1);
        QCOMPARE(factsOf(again.items[0].target).frames, 8 * kFps);
    }

    // assetdesk-cli killed mid-clip leaves its partial file; --resume removes it, restarts the
    // clip and completes it.
    void cliResumesAfterKill()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        const QString target = dir.filePath(QStringLiteral("long.mp4"));
        const QString partial = media::transcodePartialPath(target);
        QProcess first;
        first.start(QStringLiteral(ASSETDESK_CLI),
                    {QStringLiteral("transcode"), m_long, QStringLiteral("--preset"),
                     QStringLiteral("480p"), QStringLiteral("-d"), dir.path(),
                     QStringLiteral("--journal"), journal});
        QVERIFY(first.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (!QFile::exists(partial) && clock.elapsed() < 20000)
            QThread::msleep(2);
        first.kill();
        QVERIFY(first.waitForFinished());
        QVERIFY(QFile::exists(partial));
        QVERIFY(!QFile::exists(target));

        QProcess resumed;
        resumed.start(QStringLiteral(ASSETDESK_CLI),
                      {QStringLiteral("transcode"), QStringLiteral("--resume"),
                       QStringLiteral("-d"), dir.path(), QStringLiteral("--journal"), journal});
        QVERIFY(resumed.waitForFinished(60000));
        QCOMPARE(resumed.exitCode(), 0);
        QVERIFY(resumed.readAllStandardOutput().contains("1 transcoded, 0 failed"));
        QVERIFY(!QFile::exists(partial));
        QCOMPARE(factsOf(target).frames, 8 * kFps);
        QCOMPARE(factsOf(target).video, QStringLiteral("h264"));
    }

    // User presets: kept as JSON, read back the same; a built-in's name and bad fields refused.
    void userPresets()
    {
        const QString file = m_dir.filePath(QStringLiteral("presets.json"));
        media::TranscodePreset mine = builtIn(QStringLiteral("720p"));
        mine.name = QStringLiteral("phone");
        mine.builtIn = false;
        mine.settings.crf = -1;
        mine.settings.videoKbps = 900;
        mine.settings.boxWidth = 640;
        mine.settings.boxHeight = 360;
        media::saveUserPreset(mine, file);
        const auto found = media::findPreset(QStringLiteral("phone"), file);
        QVERIFY(found);
        QCOMPARE(found->settings.videoKbps, 900);
        QCOMPARE(found->settings.crf, -1);
        QCOMPARE(found->settings.boxWidth, 640);
        QCOMPARE(found->settings.videoEncoders, QStringList{QStringLiteral("libx264")});
        QCOMPARE(found->extension, QStringLiteral("mp4"));
        QVERIFY(!found->builtIn);
        QCOMPARE(media::allPresets(file).size(), media::builtInPresets().size() + 1);

        mine.name = QStringLiteral("720p");
        QCOMPARE(codeOf([&] { media::saveUserPreset(mine, file); }), ErrorCode::InvalidArgument);
        QJsonObject json = media::presetToJson(mine);
        json[QStringLiteral("crf")] = 99;
        QCOMPARE(codeOf([&] { media::presetFromJson(json); }), ErrorCode::InvalidArgument);
        json = media::presetToJson(mine);
        json[QStringLiteral("muxer")] = QStringLiteral("avi");
        QCOMPARE(codeOf([&] { media::presetFromJson(json); }), ErrorCode::InvalidArgument);

        QVERIFY(media::removeUserPreset(QStringLiteral("phone"), file));
        QVERIFY(!media::findPreset(QStringLiteral("phone"), file));
    }

    // A clip whose first second is black: the plain cover is its first (black) frame, the
    // smart one a frame of the bars.
    void smartCover()
    {
        media::CoverRequest request;
        const QImage plain = test::decode(media::cover(m_black, request).bytes);
        request.smart = true;
        const media::Still still = media::cover(m_black, request);
        QCOMPARE(still.format, QStringLiteral("jpg"));
        const QImage smart = test::decode(still.bytes);
        QCOMPARE(smart.size(), QSize(160, 120));
        const auto luma = [](const QImage &image) {
            double sum = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    sum += qGray(image.pixel(x, y));
            return sum / (image.width() * image.height());
        };
        QVERIFY2(luma(plain) < 24, qPrintable(QString::number(luma(plain))));
        QVERIFY2(luma(smart) > 80, qPrintable(QString::number(luma(smart))));
        // The left bar is near white, the right one near black: it is the bars, not a grey.
        QVERIFY(qGray(smart.pixel(60, 100)) - qGray(smart.pixel(155, 100)) > 60);
        const double t = media::smartCoverTime(m_black);
        QVERIFY2(t >= 1.0 && t < 2.0, qPrintable(QString::number(t)));
    }
};

QTEST_GUILESS_MAIN(TestTranscode)
#include "test_transcode.moc"
