// Video covers with FFmpeg: the first frame matches ffmpeg's own, display rotation is applied,
// the bound is respected, and broken files give an error quickly.

#include "common/error.h"
#include "imaging/preview.h"
#include "media/ciprocess.h"
#include "media/previews.h"
#include "media/snapshot.h"
#include "media/videoframe.h"
#include "support/testimages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ad;
using namespace ad::test;

class MediaTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_mp4;

    QString ffmpeg(const QString &name, const QStringList &args)
    {
        const QString out = m_dir.filePath(name);
        if (run(QStringLiteral("ffmpeg"),
                QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")} +
                    args + QStringList{out}) != 0)
            qFatal("ffmpeg failed for %s", qPrintable(name));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_mp4 = ffmpeg(QStringLiteral("clip.mp4"),
                       {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("testsrc2=size=320x240:rate=25:duration=1"),
                        QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("sine=duration=1"), QStringLiteral("-c:v"),
                        QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                        QStringLiteral("yuv420p"), QStringLiteral("-c:a"), QStringLiteral("aac"),
                        QStringLiteral("-shortest")});
    }

    void firstFrameMatchesFfmpeg()
    {
        QString error;
        const QImage frame = media::firstVideoFrame(m_mp4, QSize(1000, 1000), &error);
        QVERIFY2(!frame.isNull(), qPrintable(error));
        QCOMPARE(frame.size(), QSize(320, 240));
        const QString reference = m_dir.filePath(QStringLiteral("ref.png"));
        QCOMPARE(run(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                      QStringLiteral("-i"), m_mp4, QStringLiteral("-frames:v"), QStringLiteral("1"),
                      reference}),
                 0);
        QFile f(reference);
        f.open(QIODevice::ReadOnly);
        QVERIFY2(psnr(frame, decode(f.readAll())) > 30, "first frame differs from ffmpeg's");
    }

    void boundAndRotation()
    {
        QCOMPARE(media::firstVideoFrame(m_mp4, QSize(160, 160)).size(), QSize(160, 120));
        // A phone video stored landscape with a 90° display matrix shows upright (portrait).
        const QString rotated =
            ffmpeg(QStringLiteral("rotated.mp4"),
                   {QStringLiteral("-i"), m_mp4, QStringLiteral("-c"), QStringLiteral("copy"),
                    QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=90")});
        QCOMPARE(media::firstVideoFrame(rotated, QSize(1000, 1000)).size(), QSize(240, 320));
        // VP9 in WebM, without audio.
        const QString webm =
            ffmpeg(QStringLiteral("clip.webm"),
                   {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("testsrc=size=200x100:duration=1"), QStringLiteral("-c:v"),
                    QStringLiteral("libvpx-vp9"), QStringLiteral("-deadline"),
                    QStringLiteral("realtime")});
        QCOMPARE(media::firstVideoFrame(webm, QSize(1000, 1000)).size(), QSize(200, 100));
        // Previews and grid thumbnails use the same path.
        QCOMPARE(imaging::loadPreview(webm, QSize(100, 100)).size(), QSize(100, 50));
    }

    void brokenFilesFailQuickly()
    {
        QByteArray head;
        {
            QFile f(m_mp4);
            f.open(QIODevice::ReadOnly);
            head = f.read(2000);
        }
        const QString truncated = writeTemp(m_dir, QStringLiteral("truncated.mp4"), head);
        const QString junk = writeTemp(m_dir, QStringLiteral("junk.mp4"), QByteArray(5000, 'z'));
        for (const QString &path :
             {truncated, junk, m_dir.filePath(QStringLiteral("missing.mp4"))}) {
            QElapsedTimer t;
            t.start();
            QString error;
            QVERIFY(media::firstVideoFrame(path, QSize(100, 100), &error).isNull());
            QVERIFY(!error.isEmpty());
            QVERIFY(t.elapsed() < 5000);
        }
    }

    // snapshot at a time matches ffmpeg's own frame at that time (accurate seek).
    void snapshotMatchesFfmpegAtTime()
    {
        const QString clip =
            ffmpeg(QStringLiteral("long.mp4"),
                   {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("testsrc2=size=320x240:rate=25:duration=4"),
                    QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-g"),
                    QStringLiteral("50"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")});
        media::SnapshotRequest r;
        r.time = 2.6;
        r.format = QStringLiteral("png");
        const media::Still still = media::snapshot(clip, r);
        QCOMPARE(loaderOf(still.bytes), QStringLiteral("pngload_buffer"));
        const QString reference = m_dir.filePath(QStringLiteral("at26.png"));
        QVERIFY(ffmpegFrameAt(clip, QStringLiteral("2.6"), reference));
        QFile f(reference);
        f.open(QIODevice::ReadOnly);
        const QByteArray theirs = f.readAll();
        QVERIFY2(psnr(decode(still.bytes), decode(theirs)) > 35, "frame at 2.6 s differs");
        // The key frame at or before 2.6 s is the one at 2.0 s (a GOP of 50 at 25 fps): it differs.
        r.keyFrame = true;
        QVERIFY(psnr(decode(media::snapshot(clip, r).bytes), decode(theirs)) < 30);
        // Width only: the height follows the aspect; both 0: the video's size.
        r.keyFrame = false;
        r.width = 160;
        QCOMPARE(sizeOf(media::snapshot(clip, r).bytes), QSize(160, 120));
        r.width = 0;
        r.height = 60;
        QCOMPARE(sizeOf(media::snapshot(clip, r).bytes), QSize(80, 60));
    }

    // time=T counts from the start of the presentation whatever the streams' own start times
    // (MPEG-TS starts them 1.4 s in, its audio before its video): the clip's frame N shows at
    // N / 25 s in MP4, MKV and MPEG-TS alike, every frame differs from the one before, and
    // mode=keyframe gives the key frame at or before it (one every 12 frames).
    void snapshotTimesCountFromThePresentationStart_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("mp4") << QStringLiteral("mp4");
        QTest::newRow("mkv") << QStringLiteral("mkv");
        QTest::newRow("mpeg-ts") << QStringLiteral("ts");
    }

    void snapshotTimesCountFromThePresentationStart()
    {
        QFETCH(QString, suffix);
        // Frame N is one flat colour spelling N in base 5 (60 grey levels a digit), with B-frames
        // and sound.
        const QString clip =
            ffmpeg(QStringLiteral("counted.") + suffix,
                   {QStringLiteral("-f"),
                    QStringLiteral("lavfi"),
                    QStringLiteral("-i"),
                    QStringLiteral("color=black:size=64x48:rate=25:duration=3,format=rgb24,"
                                   "geq=r='mod(N,5)*60':g='mod(floor(N/5),5)*60':"
                                   "b='mod(floor(N/25),5)*60'"),
                    QStringLiteral("-f"),
                    QStringLiteral("lavfi"),
                    QStringLiteral("-i"),
                    QStringLiteral("sine=duration=3"),
                    QStringLiteral("-c:v"),
                    QStringLiteral("libx264"),
                    QStringLiteral("-g"),
                    QStringLiteral("12"),
                    QStringLiteral("-sc_threshold"),
                    QStringLiteral("0"),
                    QStringLiteral("-bf"),
                    QStringLiteral("2"),
                    QStringLiteral("-pix_fmt"),
                    QStringLiteral("yuv420p"),
                    QStringLiteral("-c:a"),
                    QStringLiteral("aac")});
        if (suffix == QLatin1String("ts")) { // the muxer's default: streams start late
            const QJsonObject info =
                media::videoInfo(clip).value(QStringLiteral("MediaInfo")).toObject();
            QVERIFY(
                info[QStringLiteral("Stream")][QStringLiteral("Video")][QStringLiteral("StartTime")]
                    .toString()
                    .toDouble() > 1);
        }
        const auto frameNumber = [](const QImage &image) {
            const QRgb c = image.pixel(image.width() / 2, image.height() / 2);
            const auto digit = [](int v) { return qRound(v / 60.0); };
            return digit(qRed(c)) + 5 * digit(qGreen(c)) + 25 * digit(qBlue(c));
        };
        const auto still = [&](double seconds, bool keyFrame) {
            media::SnapshotRequest r;
            r.time = seconds;
            r.format = QStringLiteral("png");
            r.keyFrame = keyFrame;
            return frameNumber(decode(media::snapshot(clip, r).bytes));
        };
        // The first frame's own time: past 0 where the audio starts first (B-frames delay the
        // video by a frame's fraction in MKV and MPEG-TS).
        const double first = media::timedFrameAt(clip, 0, {}).seconds;
        QVERIFY(first >= 0 && first < 0.04);
        QList<int> seen;
        for (int n = 0; n < 75; ++n) {
            const double t = n / 25.0;
            seen << still(t, false);
            int key = 0; // the last key frame at or before t, else the first frame
            for (int k = 0; k <= n; k += 12)
                if (first + k / 25.0 <= t + 1e-6) key = k;
            QCOMPARE(still(t, true), key);
            // The player names a frame by its own time and steps on from it by a millisecond.
            const media::TimedFrame shown = media::timedFrameAt(clip, t, {});
            QCOMPARE(frameNumber(shown.image), n);
            QCOMPARE(frameNumber(media::videoFrameAt(clip, shown.seconds, {})), n);
            if (n < 74)
                QCOMPARE(frameNumber(media::videoFrameAt(clip, shown.seconds + 0.001, {})), n + 1);
        }
        QList<int> expected;
        for (int n = 0; n < 75; ++n)
            expected << n;
        QCOMPARE(seen, expected);
    }

    void snapshotRotationAndErrors()
    {
        const QString rotated =
            ffmpeg(QStringLiteral("turned.mp4"),
                   {QStringLiteral("-i"), m_mp4, QStringLiteral("-c"), QStringLiteral("copy"),
                    QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=90")});
        media::SnapshotRequest r;
        QCOMPARE(sizeOf(media::snapshot(rotated, r).bytes), QSize(240, 320)); // rotate=auto
        r.autoRotate = false;
        QCOMPARE(sizeOf(media::snapshot(rotated, r).bytes), QSize(320, 240)); // rotate=off
        const auto code = [](auto &&call) {
            try {
                call();
            } catch (const ProcessingError &e) {
                return e.error().codeName();
            }
            return QStringLiteral("none");
        };
        r.time = 60; // past the end of a 1 s clip: refused, not its last frame
        QCOMPARE(code([&] { media::snapshot(m_mp4, r); }), QStringLiteral("InvalidArgument"));
        r.time = 0.9; // within it
        QCOMPARE(sizeOf(media::snapshot(m_mp4, r).bytes), QSize(320, 240));
        // A picture is not a clip, though FFmpeg would read it as a one-frame video.
        const QString photo =
            writeTemp(m_dir, QStringLiteral("photo.jpg"), makeImage(64, 48, QStringLiteral("jpg")));
        r.time = 0;
        QCOMPARE(code([&] { media::snapshot(photo, r); }), QStringLiteral("InvalidImage"));
        QCOMPARE(code([&] { media::videoInfo(photo); }), QStringLiteral("InvalidImage"));
        r.time = -1;
        QCOMPARE(code([&] { media::snapshot(m_mp4, r); }), QStringLiteral("InvalidArgument"));
        r.time = 0;
        r.format = QStringLiteral("gif");
        QCOMPARE(code([&] { media::snapshot(m_mp4, r); }), QStringLiteral("InvalidArgument"));
        QCOMPARE(code([&] { media::videoInfo(m_dir.filePath(QStringLiteral("none.mp4"))); }),
                 QStringLiteral("NotFound"));
    }

    // videoinfo's fields agree with ffprobe's.
    void videoInfoMatchesFfprobe()
    {
        const QJsonObject info =
            media::videoInfo(m_mp4).value(QStringLiteral("MediaInfo")).toObject();
        QByteArray probe;
        QCOMPARE(run(QStringLiteral("ffprobe"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-of"),
                      QStringLiteral("json"), QStringLiteral("-show_streams"),
                      QStringLiteral("-show_format"), m_mp4},
                     &probe),
                 0);
        const QJsonObject theirs = QJsonDocument::fromJson(probe).object();
        const QJsonObject video = info.value(QStringLiteral("Stream"))
                                      .toObject()
                                      .value(QStringLiteral("Video"))
                                      .toObject();
        const QJsonObject audio = info.value(QStringLiteral("Stream"))
                                      .toObject()
                                      .value(QStringLiteral("Audio"))
                                      .toObject();
        QJsonObject v, a;
        for (const QJsonValue &st : theirs.value(QStringLiteral("streams")).toArray()) {
            const QJsonObject o = st.toObject();
            (o.value(QStringLiteral("codec_type")).toString() == QLatin1String("video") ? v : a) =
                o;
        }
        QCOMPARE(video.value(QStringLiteral("CodecName")).toString(),
                 v.value(QStringLiteral("codec_name")).toString());
        QCOMPARE(video.value(QStringLiteral("Width")).toString().toInt(),
                 v.value(QStringLiteral("width")).toInt());
        QCOMPARE(video.value(QStringLiteral("Height")).toString().toInt(),
                 v.value(QStringLiteral("height")).toInt());
        QCOMPARE(video.value(QStringLiteral("PixFormat")).toString(),
                 v.value(QStringLiteral("pix_fmt")).toString());
        QCOMPARE(video.value(QStringLiteral("Profile")).toString(),
                 v.value(QStringLiteral("profile")).toString());
        QCOMPARE(video.value(QStringLiteral("AvgFps")).toString(),
                 v.value(QStringLiteral("avg_frame_rate")).toString());
        QCOMPARE(video.value(QStringLiteral("NumFrames")).toString(),
                 v.value(QStringLiteral("nb_frames")).toString());
        QCOMPARE(audio.value(QStringLiteral("CodecName")).toString(),
                 a.value(QStringLiteral("codec_name")).toString());
        QCOMPARE(audio.value(QStringLiteral("SampleRate")).toString(),
                 a.value(QStringLiteral("sample_rate")).toString());
        QCOMPARE(audio.value(QStringLiteral("ChannelLayout")).toString(),
                 a.value(QStringLiteral("channel_layout")).toString());
        const QJsonObject format = info.value(QStringLiteral("Format")).toObject();
        QCOMPARE(format.value(QStringLiteral("FormatName")).toString(),
                 theirs.value(QStringLiteral("format"))
                     .toObject()
                     .value(QStringLiteral("format_name"))
                     .toString());
        QCOMPARE(format.value(QStringLiteral("Duration")).toString().toDouble(),
                 theirs.value(QStringLiteral("format"))
                     .toObject()
                     .value(QStringLiteral("duration"))
                     .toString()
                     .toDouble());
        QCOMPARE(format.value(QStringLiteral("NumStream")).toString(), QStringLiteral("2"));
    }

    // The SMH cover: size S gives exactly S x S (upscaling allowed), scale is a percentage.
    void coverFollowsSmhRules()
    {
        media::CoverRequest r;
        r.size = 400; // larger than the 320x240 video
        media::Still c = media::cover(m_mp4, r);
        QCOMPARE(c.format, QStringLiteral("jpg"));
        QCOMPARE(sizeOf(c.bytes), QSize(400, 400));
        const QString png =
            writeTemp(m_dir, QStringLiteral("pic.png"), makeImage(300, 200, QStringLiteral("png")));
        r = {};
        r.scale = 50;
        c = media::cover(png, r);
        QCOMPARE(c.format, QStringLiteral("png")); // stills keep their format
        QCOMPARE(sizeOf(c.bytes), QSize(150, 100));
        r = {};
        r.height = 50;
        QCOMPARE(sizeOf(media::cover(png, r).bytes), QSize(75, 50));
        // Through the CLI as well.
        const QString out = m_dir.filePath(QStringLiteral("cover.jpg"));
        QCOMPARE(run(QStringLiteral(ASSETDESK_CLI),
                     {QStringLiteral("cover"), m_mp4, QStringLiteral("--size"),
                      QStringLiteral("64"), QStringLiteral("-o"), out}),
                 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(sizeOf(f.readAll()), QSize(64, 64));
    }

    // Sprites: cells of evenly spaced shots, columns x rows per sheet, overflow on a new sheet.
    void spriteSheetsTileShots()
    {
        media::SpriteRequest r;
        r.count = 7;
        r.columns = 3;
        r.rows = 2;
        r.cellWidth = 100;
        r.padding = 2;
        r.margin = 4;
        r.color = QStringLiteral("white");
        const QList<QByteArray> sheets = media::spriteSheets(m_mp4, r);
        QCOMPARE(sheets.size(), 2);
        QCOMPARE(sizeOf(sheets[0]), QSize(4 + 3 * 100 + 2 * 2 + 4, 4 + 2 * 75 + 2 + 4));
        QCOMPARE(sizeOf(sheets[1]), QSize(4 + 100 + 4, 4 + 75 + 4));
        QVERIFY(near(pixel(sheets[0], 1, 1), qRgb(255, 255, 255), 8)); // the margin's colour
        r.color = QStringLiteral("no-such-colour");
        bool refused = false;
        try {
            media::spriteSheets(m_mp4, r);
        } catch (const ProcessingError &) {
            refused = true;
        }
        QVERIFY(refused);
    }

    // Animated previews: frames = duration x fps, at the asked size, GIF or WebP.
    void animatedPreviews()
    {
        media::AnimationRequest r;
        r.duration = 0.8;
        r.fps = 10;
        r.width = 160;
        const QByteArray gif = media::animatedPreview(m_mp4, r);
        QCOMPARE(loaderOf(gif), QStringLiteral("gifload_buffer"));
        QCOMPARE(framesOf(gif), 8);
        r.format = QStringLiteral("webp");
        r.width = 0;
        r.height = 180;
        const QByteArray webp = media::animatedPreview(m_mp4, r);
        QCOMPARE(loaderOf(webp), QStringLiteral("webpload_buffer"));
        QCOMPARE(framesOf(webp), 8);
        r.fps = 61; // VOD's range is (0, 60]
        bool refused = false;
        try {
            media::animatedPreview(m_mp4, r);
        } catch (const ProcessingError &) {
            refused = true;
        }
        QVERIFY(refused);
    }

    // CI's media strings where a style runs: parsed with the cloud's names and defaults,
    // refused with the parameter named, and run by assetdesk-cli process.
    void ciProcessStrings()
    {
        QVERIFY(!media::parseCiProcess(QStringLiteral("imageMogr2/thumbnail/100x")));
        const auto shot = media::parseCiProcess(
            QStringLiteral("ci-process=snapshot&time=0.5&width=160&format=png&mode=keyframe"));
        QVERIFY(shot);
        QCOMPARE(shot->kind, media::CiProcess::Kind::Snapshot);
        QCOMPARE(shot->snapshot.time, 0.5);
        QCOMPARE(shot->snapshot.width, 160);
        QCOMPARE(shot->snapshot.format, QStringLiteral("png"));
        QVERIFY(shot->snapshot.keyFrame);
        QVERIFY(shot->snapshot.autoRotate);
        const auto doc = media::parseCiProcess(QStringLiteral(
            "ci-process=doc-preview&page=3&dstType=PNG&ImageParams=imageMogr2%2Fthumbnail%2F50x"));
        QCOMPARE(doc->doc.page, 3);
        QCOMPARE(doc->doc.dstType, QStringLiteral("png"));
        QCOMPARE(doc->imageParams, QStringLiteral("imageMogr2/thumbnail/50x"));
        const auto refused = [](const QString &text) {
            try {
                media::parseCiProcess(text);
            } catch (const ProcessingError &e) {
                return e.error().message;
            }
            return QStringLiteral("accepted");
        };
        QVERIFY(refused(QStringLiteral("ci-process=snapshot&width=10")).contains("time"));
        QVERIFY(refused(QStringLiteral("ci-process=snapshot&time=1&widht=10")).contains("widht"));
        QVERIFY(refused(QStringLiteral("ci-process=snapshot&time=1&width=99999999999"))
                    .contains("width"));
        QVERIFY(refused(QStringLiteral("ci-process=snapshot&time=1&format=gif")).contains("jpg"));
        QVERIFY(refused(QStringLiteral("ci-process=snapshot&time=1&time=2")).contains("twice"));
        QVERIFY(refused(QStringLiteral("ci-process=thumbnail")).contains("doc-preview"));
        QVERIFY(refused(QStringLiteral("ci-process=doc-preview&page=0")).contains("page"));

        // The CLI: a poster at the asked width, videoinfo's JSON, and an error in CI's terms.
        const QString poster = m_dir.filePath(QStringLiteral("poster.jpg"));
        const QString full = m_dir.filePath(QStringLiteral("full.png"));
        QProcess p;
        for (const auto &[processing, out] :
             {std::pair{QStringLiteral("ci-process=snapshot&time=0.5&width=160"), poster},
              std::pair{QStringLiteral("ci-process=snapshot&time=0.5&format=png"), full}}) {
            p.start(QStringLiteral(ASSETDESK_CLI),
                    {QStringLiteral("process"), m_mp4, processing, QStringLiteral("-o"), out});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
        }
        QCOMPARE(sizeOf(readFile(poster)), QSize(160, 120));
        const QString reference = m_dir.filePath(QStringLiteral("at05.png"));
        QVERIFY(ffmpegFrameAt(m_mp4, QStringLiteral("0.5"), reference));
        QVERIFY(psnr(decode(readFile(full)), decode(readFile(reference))) > 30);
        p.start(QStringLiteral(ASSETDESK_CLI),
                {QStringLiteral("process"), m_mp4, QStringLiteral("ci-process=videoinfo")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject info = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(info[QStringLiteral("MediaInfo")][QStringLiteral("Stream")]
                     [QStringLiteral("Video")][QStringLiteral("Width")]
                         .toString(),
                 QStringLiteral("320"));
        p.start(QStringLiteral(ASSETDESK_CLI),
                {QStringLiteral("process"), m_mp4, QStringLiteral("ci-process=snapshot&time=x"),
                 QStringLiteral("-o"), poster + QStringLiteral(".2.jpg")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("InvalidArgument"));
        QVERIFY(!QFile::exists(poster + QStringLiteral(".2.jpg")));
        // Past the end, and a JPEG given to snapshot or videoinfo: CI's code and a sentence.
        const QString photo = writeTemp(m_dir, QStringLiteral("cli-photo.jpg"),
                                        makeImage(64, 48, QStringLiteral("jpg")));
        for (const auto &[input, processing, expected] :
             {std::tuple{
                  m_mp4, QStringLiteral("ci-process=snapshot&time=30"),
                  QByteArray("InvalidArgument: time 30 s is past the end of the video (1.0")},
              std::tuple{photo, QStringLiteral("ci-process=snapshot&time=0"),
                         QByteArray("InvalidImage: snapshot takes a video; cli-photo.jpg is a "
                                    "picture (X-ErrNo -62999)")},
              std::tuple{photo, QStringLiteral("ci-process=videoinfo"),
                         QByteArray("InvalidImage: videoinfo takes a video; cli-photo.jpg is a "
                                    "picture (X-ErrNo -62999)")}}) {
            p.start(QStringLiteral(ASSETDESK_CLI), {QStringLiteral("process"), input, processing,
                                                    QStringLiteral("-o"), poster + ".3.jpg"});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 1);
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(err.contains(expected), err.constData());
            QVERIFY(!QFile::exists(poster + QStringLiteral(".3.jpg")));
        }
        // batch over a folder of a clip and a photo: a poster for the clip, the photo named as
        // skipped with the reason.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("mixed")));
        writeTemp(m_dir, QStringLiteral("mixed/photo.jpg"),
                  makeImage(64, 48, QStringLiteral("jpg")));
        QVERIFY(QFile::copy(m_mp4, m_dir.filePath(QStringLiteral("mixed/clip.mp4"))));
        const QString posters = m_dir.filePath(QStringLiteral("posters"));
        p.start(QStringLiteral(ASSETDESK_CLI),
                {QStringLiteral("batch"), m_dir.filePath(QStringLiteral("mixed")), posters,
                 QStringLiteral("--style"), QStringLiteral("ci-process=snapshot&time=1&width=80"),
                 QStringLiteral("--journal"), m_dir.filePath(QStringLiteral("posters.sqlite"))});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(out.contains("skipped: " +
                              QFile::encodeName(m_dir.filePath(QStringLiteral("mixed/photo.jpg"))) +
                              " for 'ci-process=snapshot&time=1&width=80' (not a video)"),
                 out.constData());
        QVERIFY2(out.contains("1 done, 0 failed, 1 skipped of 2"), out.constData());
        QCOMPARE(QDir(posters).entryList(QDir::Files), QStringList{QStringLiteral("clip.jpg")});
        QCOMPARE(sizeOf(readFile(posters + QStringLiteral("/clip.jpg"))), QSize(80, 60));
    }
};

QTEST_GUILESS_MAIN(MediaTest)
#include "test_media.moc"
