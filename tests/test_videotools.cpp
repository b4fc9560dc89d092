// The viewer's video tools in the core: Trim by stream copy (cut on key frames) and exact
// (re-encoded), the cover a clip is given (catalogue, across restarts and renames), and the
// posters / sprites / animated previews job with collisions and recovery after a kill.

#include "catalog/catalog.h"
#include "common/error.h"
#include "files/appcache.h"
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "jobs/videopreviewjob.h"
#include "media/snapshot.h"
#include "media/trim.h"
#include "storage/atomicfile.h"
#include "storage/storage.h"
#include "support/s3rver.h"
#include "support/testimages.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

using namespace ad;

namespace
{

struct Facts {
    QString video;
    int frames = 0;
    double seconds = 0; // of the video stream, from its packets
    bool audio = false;
};

Facts factsOf(const QString &path)
{
    Facts f;
    AVFormatContext *in = nullptr;
    if (avformat_open_input(&in, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        return f;
    avformat_find_stream_info(in, nullptr);
    AVPacket *packet = av_packet_alloc();
    double first = -1, end = 0;
    while (av_read_frame(in, packet) >= 0) {
        const AVStream *s = in->streams[packet->stream_index];
        if (s->codecpar->codec_type == AVMEDIA_TYPE_VIDEO) {
            ++f.frames;
            const double t = packet->pts * av_q2d(s->time_base);
            first = first < 0 ? t : std::min(first, t);
            end = std::max(end, t + packet->duration * av_q2d(s->time_base));
        }
        av_packet_unref(packet);
    }
    av_packet_free(&packet);
    f.seconds = end - std::max(0.0, first);
    for (unsigned i = 0; i < in->nb_streams; ++i) {
        const AVCodecParameters *par = in->streams[i]->codecpar;
        if (par->codec_type == AVMEDIA_TYPE_VIDEO)
            f.video = QString::fromLatin1(avcodec_get_name(par->codec_id));
        f.audio = f.audio || par->codec_type == AVMEDIA_TYPE_AUDIO;
    }
    avformat_close_input(&in);
    return f;
}

} // namespace

class VideoToolsTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_clip;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 6 s with a key frame every second (25 frames).
        m_clip = m_dir.filePath(QStringLiteral("gop.mp4"));
        QCOMPARE(test::writeClipWithSound(m_clip, 6, 25), 0);
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("cache"))));
    }

    // Stream copy starts on the key frame at or before the in point and ends on the one at or
    // after the out point: within one GOP (1 s here) of the asked range, packets untouched.
    void trimByStreamCopy()
    {
        const QString out = m_dir.filePath(QStringLiteral("copy.mp4"));
        const std::atomic<bool> cancelled{false};
        qint64 reported = 0;
        const media::TrimOutcome done =
            media::trimFile(m_clip, out, {1.4, 3.6, false}, cancelled,
                            [&](qint64 d, qint64) { reported = std::max(reported, d); });
        QVERIFY(!done.reencoded);
        QCOMPARE(done.from, 1.0);
        QCOMPARE(done.to, 4.0);
        QVERIFY(reported > 0);
        const Facts f = factsOf(out);
        QCOMPARE(f.video, QStringLiteral("h264"));
        QVERIFY(f.audio);
        QCOMPARE(f.frames, 75); // 1.0 s to 4.0 s at 25 frames a second
        QVERIFY2(std::abs(f.seconds - 3.0) < 0.05, qPrintable(QString::number(f.seconds)));
        // Never over an existing file.
        try {
            media::trimFile(m_clip, out, {1.4, 3.6, false}, cancelled);
            QFAIL("an existing output was replaced");
        } catch (const ProcessingError &e) {
            QCOMPARE(e.error().code, ErrorCode::IoError);
        }
        QCOMPARE(factsOf(out).frames, 75);
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("*partial*"), QStringLiteral(".*trim*")},
                               QDir::Files | QDir::Hidden)
                    .isEmpty());
    }

    // An exact cut re-encodes: the first frame is the one shown at the in point.
    void trimExact()
    {
        const QString out = m_dir.filePath(QStringLiteral("exact.mp4"));
        const std::atomic<bool> cancelled{false};
        const media::TrimOutcome done = media::trimFile(m_clip, out, {1.4, 3.6, true}, cancelled);
        QVERIFY(done.reencoded);
        const Facts f = factsOf(out);
        QCOMPARE(f.frames, 55); // 2.2 s
        QVERIFY(f.audio);
        const QString mine = m_dir.filePath(QStringLiteral("exact-first.png"));
        const QString theirs = m_dir.filePath(QStringLiteral("source-1.4.png"));
        QVERIFY(test::ffmpegFrameAt(out, QStringLiteral("0"), mine));
        QVERIFY(test::ffmpegFrameAt(m_clip, QStringLiteral("1.4"), theirs));
        const double psnr = test::psnr(QImage(mine), QImage(theirs));
        QVERIFY2(psnr > 30, qPrintable(QString::number(psnr)));
    }

    // A range with no key frame inside cannot be copied without taking the whole GOPs around
    // it (here the whole clip): refused with where the copy would cut, nothing written; the
    // exact cut gives the range to within a frame.
    void trimWithoutKeyFrameInRange()
    {
        const QString clip = m_dir.filePath(QStringLiteral("one-gop.mp4"));
        QCOMPARE(test::writeClipWithSound(clip, 3, 250), 0); // one key frame, at 0
        const QString out = m_dir.filePath(QStringLiteral("one-gop-cut.mp4"));
        const std::atomic<bool> cancelled{false};
        try {
            media::trimFile(clip, out, {1.0, 2.0, false}, cancelled);
            QFAIL("a copy of the whole clip was written for a 1 s range");
        } catch (const media::NoKeyFrameInRange &e) {
            QCOMPARE(e.error().code, ErrorCode::InvalidArgument);
            QCOMPARE(e.copyFrom, 0.0);
            QVERIFY2(e.copyTo > 2.9, qPrintable(QString::number(e.copyTo)));
            QVERIFY2(e.error().message.contains(QStringLiteral("no key frame between 1 s and 2 s")),
                     qPrintable(e.error().message));
        }
        QVERIFY(!QFile::exists(out));
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("*one-gop-cut*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
        const media::TrimOutcome done = media::trimFile(clip, out, {1.0, 2.0, true}, cancelled);
        QVERIFY(done.reencoded);
        const Facts f = factsOf(out);
        QCOMPARE(f.frames, 25);
        // From the first frame's start to the last one's, plus the last frame's 0.04 s.
        QVERIFY2(std::abs(f.seconds + 0.04 - 1.0) <= 0.04, qPrintable(QString::number(f.seconds)));
    }

    void trimRefusals()
    {
        const std::atomic<bool> cancelled{false};
        const auto code = [&](const QString &in, const QString &out, media::TrimRequest r) {
            try {
                media::trimFile(in, out, r, cancelled);
            } catch (const ProcessingError &e) {
                return int(e.error().code);
            }
            return -1;
        };
        QCOMPARE(code(m_dir.filePath(QStringLiteral("none.mp4")),
                      m_dir.filePath(QStringLiteral("x.mp4")), {0, 1, false}),
                 int(ErrorCode::NotFound));
        QCOMPARE(code(m_clip, m_dir.filePath(QStringLiteral("x.mp4")), {3, 2, false}),
                 int(ErrorCode::InvalidArgument));
        QCOMPARE(code(m_clip, m_dir.filePath(QStringLiteral("x.gif")), {0, 1, false}),
                 int(ErrorCode::InvalidArgument));
        QCOMPARE(code(m_clip, m_dir.filePath(QStringLiteral("x.mp4")), {60, 70, false}),
                 int(ErrorCode::InvalidArgument));
        const QString text = test::writeTemp(m_dir, QStringLiteral("text.mp4"), "not a clip");
        QCOMPARE(code(text, m_dir.filePath(QStringLiteral("x.mp4")), {0, 1, false}),
                 int(ErrorCode::InvalidImage));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.mp4"))));
        const std::atomic<bool> stop{true};
        try {
            media::trimFile(m_clip, m_dir.filePath(QStringLiteral("y.mp4")), {0, 5, false}, stop);
            QFAIL("a cancelled trim completed");
        } catch (const ProcessingError &e) {
            QCOMPARE(e.error().code, ErrorCode::IoError);
        }
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("y.mp4"))));
    }

    // The cover survives a restart (a new Catalog on the same file) and a rename.
    void coverInCatalogue()
    {
        const QString db = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        const QString clip = m_dir.filePath(QStringLiteral("a.mp4"));
        const QString renamed = m_dir.filePath(QStringLiteral("b.mp4"));
        {
            catalog::Catalog c(db);
            QVERIFY(!c.cover(clip));
            c.setCover(clip, {2.52, QSize(640, 360)});
            QCOMPARE(c.cover(clip)->size, QSize(640, 360));
            c.setCover(clip, {1.25, QSize()}); // the last choice wins
        }
        {
            catalog::Catalog c(db);
            const auto cover = c.cover(clip);
            QVERIFY(cover);
            QCOMPARE(cover->seconds, 1.25);
            QCOMPARE(cover->size, QSize());
            c.moved(clip, renamed);
            QVERIFY(!c.cover(clip));
            QCOMPARE(c.cover(renamed)->seconds, 1.25);
            c.clearCover(renamed);
            QVERIFY(!c.cover(renamed));
            c.clearCover(clip); // nothing to clear: no error
        }
    }

    // Posters of a folder of three clips into a folder outside it: a taken name is numbered and
    // said; after a kill, a complete output counts as done and a partial one is made again.
    void postersJobResumesAfterKill()
    {
        QTemporaryDir dir;
        const QString clips = dir.filePath(QStringLiteral("clips"));
        const QString posters = dir.filePath(QStringLiteral("posters"));
        QVERIFY(QDir().mkpath(clips) && QDir().mkpath(posters));
        for (const char *name : {"one.mp4", "three.mp4", "two.mp4"})
            QCOMPARE(test::writeClipWithSound(QDir(clips).filePath(QLatin1String(name))), 0);
        test::writeTemp(dir, QStringLiteral("clips/notes.txt"), "not a clip");
        test::writeTemp(dir, QStringLiteral("posters/two.jpg"), "someone else's");

        jobs::VideoPreviewPlan plan;
        plan.sources = {clips};
        plan.destination = posters;
        plan.poster.time = 1.0;
        const jobs::JobSpec spec = jobs::planVideoPreviewJob(plan);
        QCOMPARE(spec.items.size(), 3);
        QCOMPARE(spec.items[0].target, QDir(posters).filePath(QStringLiteral("one.jpg")));
        QCOMPARE(spec.items[1].target, QDir(posters).filePath(QStringLiteral("three.jpg")));
        QCOMPARE(spec.items[2].target, QDir(posters).filePath(QStringLiteral("two (1).jpg")));

        const QString journal = dir.filePath(QStringLiteral("jobs.sqlite"));
        const QString partial =
            storage::partialPathFor(spec.items[0].target, QStringLiteral("video-preview"));
        qint64 id = 0;
        {
            jobs::JobStore store(journal); // what a killed process leaves
            id = store.createJob(spec);
            store.setJobState(id, jobs::JobState::Running);
            store.markRunning(id, 0, QDateTime::currentMSecsSinceEpoch());
            store.markRunning(id, 1, QDateTime::currentMSecsSinceEpoch());
        }
        QFile half(partial);
        QVERIFY(half.open(QIODevice::WriteOnly) && half.write("half a JPEG") > 0);
        half.close();
        test::writeTemp(dir, QStringLiteral("posters/three.jpg"), "finished before the kill");
        {
            jobs::JobQueue queue(journal);
            queue.registerKind(jobs::kVideoPreviewKind, jobs::videoPreviewKind());
            QSignalSpy finished(&queue, &jobs::JobQueue::jobFinished);
            QCOMPARE(queue.start(), QList<qint64>{id});
            QVERIFY(!QFile::exists(partial));
            QVERIFY(finished.wait(30000));
            QCOMPARE(queue.progress(id).counts.done, 3);
            const QList<jobs::ItemRecord> items = queue.items(id);
            QVERIFY2(items[2].error.contains(QStringLiteral("two.jpg")),
                     qPrintable(items[2].error));
        }
        // Counted complete, so not made again.
        QCOMPARE(test::readFile(QDir(posters).filePath(QStringLiteral("three.jpg"))),
                 QByteArray("finished before the kill"));
        QCOMPARE(test::readFile(QDir(posters).filePath(QStringLiteral("two.jpg"))),
                 QByteArray("someone else's"));
        const QString reference = dir.filePath(QStringLiteral("reference.png"));
        QVERIFY(test::ffmpegFrameAt(QDir(clips).filePath(QStringLiteral("one.mp4")),
                                    QStringLiteral("1.0"), reference));
        // testsrc2 moves every frame: the frame 0.2 s later is much further off.
        const QString later = dir.filePath(QStringLiteral("later.png"));
        QVERIFY(test::ffmpegFrameAt(QDir(clips).filePath(QStringLiteral("one.mp4")),
                                    QStringLiteral("1.2"), later));
        for (const char *name : {"one.jpg", "two (1).jpg"}) {
            const QByteArray poster = test::readFile(QDir(posters).filePath(QLatin1String(name)));
            QCOMPARE(test::sizeOf(poster), QSize(320, 240));
            const QImage image = test::decode(poster).convertToFormat(QImage::Format_RGB32);
            const double psnr =
                test::psnr(image, QImage(reference).convertToFormat(QImage::Format_RGB32));
            const double off =
                test::psnr(image, QImage(later).convertToFormat(QImage::Format_RGB32));
            QVERIFY2(
                psnr > 25 && psnr > off + 3,
                qPrintable(QStringLiteral("%1: %2 dB, %3 dB off").arg(name).arg(psnr).arg(off)));
        }
    }

    // Posters of the clips directly under a bucket prefix (s3rver): other objects and deeper
    // prefixes are left out, each clip is fetched into the object cache as its item runs, a
    // cancelled item fetches and writes nothing, and a job a killed process left resumes.
    void postersOfABucketPrefix()
    {
        QTemporaryDir dir;
        test::S3rver s3(dir.filePath(QStringLiteral("s3")), {QStringLiteral("clips")});
        QVERIFY(s3.start());
        s3.useForS3();
        const QString local = dir.filePath(QStringLiteral("a.mp4"));
        QCOMPARE(test::writeClipWithSound(local), 0);
        const QByteArray clip = test::readFile(local);
        const auto put = [](const QString &location, const QByteArray &bytes) {
            storage::storageFor(location)->write(location, bytes);
        };
        put(QStringLiteral("s3://clips/trips/a.mp4"), clip);
        put(QStringLiteral("s3://clips/trips/b.mp4"), clip);
        put(QStringLiteral("s3://clips/trips/notes.txt"), "not a clip");
        put(QStringLiteral("s3://clips/trips/deeper/c.mp4"), clip);
        put(QStringLiteral("s3://clips/other.mp4"), clip);

        jobs::VideoPreviewPlan plan;
        plan.sources = {QStringLiteral("s3://clips/trips")};
        plan.destination = dir.filePath(QStringLiteral("posters"));
        plan.poster.time = 1.0;
        plan.poster.width = 160;
        const jobs::JobSpec spec = jobs::planVideoPreviewJob(plan);
        QCOMPARE(spec.items.size(), 2);
        QCOMPARE(spec.items[0].source, QStringLiteral("s3://clips/trips/a.mp4"));
        QCOMPARE(spec.items[1].target, QDir(plan.destination).filePath(QStringLiteral("b.jpg")));
        QVERIFY2(spec.items[0].variant.startsWith(QString::number(clip.size()) + QLatin1Char(' ')),
                 qPrintable(spec.items[0].variant));

        const QDir objects(files::cacheRoot() + QStringLiteral("/bucket-objects"));
        jobs::ItemRecord first;
        first.source = spec.items[0].source;
        first.target = spec.items[0].target;
        first.variant = spec.items[0].variant;
        const std::atomic<bool> stop{true};
        QCOMPARE(jobs::videoPreviewKind().run(first, spec.params, stop).state,
                 jobs::ItemState::Cancelled);
        QVERIFY(!QFile::exists(first.target));
        QVERIFY(objects.entryList(QDir::Files).isEmpty());

        const QString journal = dir.filePath(QStringLiteral("jobs.sqlite"));
        qint64 id = 0;
        {
            jobs::JobStore store(journal); // what a killed process leaves
            id = store.createJob(spec);
            store.setJobState(id, jobs::JobState::Running);
            store.markRunning(id, 0, QDateTime::currentMSecsSinceEpoch());
        }
        jobs::JobQueue queue(journal);
        queue.registerKind(jobs::kVideoPreviewKind, jobs::videoPreviewKind());
        QSignalSpy finished(&queue, &jobs::JobQueue::jobFinished);
        QCOMPARE(queue.start(), QList<qint64>{id});
        QVERIFY(finished.wait(30000));
        QCOMPARE(queue.progress(id).counts.done, 2);
        QCOMPARE(objects.entryList(QDir::Files).size(), 2);
        // The copies are the clip itself: each poster is the local clip's, byte for byte.
        const QByteArray expected = media::snapshot(local, plan.poster).bytes;
        QCOMPARE(test::sizeOf(expected), QSize(160, 120));
        for (const char *name : {"a.jpg", "b.jpg"})
            QCOMPARE(test::readFile(QDir(plan.destination).filePath(QLatin1String(name))),
                     expected);
    }

    void spriteAndAnimationJobs()
    {
        QTemporaryDir dir;
        const QString clip = dir.filePath(QStringLiteral("clip.mp4"));
        QCOMPARE(test::writeClipWithSound(clip), 0);
        jobs::JobQueue queue(dir.filePath(QStringLiteral("jobs.sqlite")));
        queue.registerKind(jobs::kVideoPreviewKind, jobs::videoPreviewKind());
        queue.start();
        jobs::VideoPreviewPlan plan;
        plan.sources = {clip};
        plan.destination = dir.filePath(QStringLiteral("out"));
        plan.what = jobs::VideoPreview::Sprite;
        plan.sprite.count = 6;
        plan.sprite.columns = 3;
        plan.sprite.cellWidth = 80;
        QSignalSpy finished(&queue, &jobs::JobQueue::jobFinished);
        queue.submit(jobs::planVideoPreviewJob(plan));
        plan.what = jobs::VideoPreview::Animation;
        plan.animation.format = QStringLiteral("webp");
        plan.animation.duration = 1;
        plan.animation.fps = 5;
        plan.animation.width = 160;
        queue.submit(jobs::planVideoPreviewJob(plan));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        const QByteArray sheet =
            test::readFile(dir.filePath(QStringLiteral("out/clip-sprite.jpg")));
        QCOMPARE(test::sizeOf(sheet), QSize(240, 120)); // 3 x 2 cells of 80x60
        const QByteArray webp = test::readFile(dir.filePath(QStringLiteral("out/clip.webp")));
        QCOMPARE(test::sizeOf(webp).width(), 160);
        QCOMPARE(test::framesOf(webp), 5);
    }
};

QTEST_GUILESS_MAIN(VideoToolsTest)
#include "test_videotools.moc"
