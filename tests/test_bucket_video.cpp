// Thumbnails of bucket videos without downloading the clip: on an S3 store (s3rver) FFmpeg
// reads the object through ranged GETs, so a 200 MB MP4 costs its index and first key frame;
// on COS (the local endpoint) the service's ci-process=snapshot makes the picture.

#include "common/error.h"
#include "imaging/bucketthumbnails.h"
#include "storage/objecturl.h"
#include "support/s3rver.h"
#include "support/serveprocess.h"
#include "support/testimages.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

using namespace ad;

namespace
{

constexpr int kWidth = 640, kHeight = 360;

// The first frame's top-left 160x90 is white, the rest noise: the thumbnail's corner shows
// whether the right picture was decoded.
void fillFrame(AVFrame *frame, quint32 seed)
{
    QRandomGenerator random(seed);
    for (int plane = 0; plane < 3; ++plane) {
        const int w = plane ? kWidth / 2 : kWidth, h = plane ? kHeight / 2 : kHeight;
        for (int y = 0; y < h; ++y) {
            uint8_t *row = frame->data[plane] + qsizetype(y) * frame->linesize[plane];
            for (int x = 0; x < w; ++x) {
                const bool corner = x < w / 4 && y < h / 4;
                row[x] = corner ? (plane ? 128 : 235) : uint8_t(random.generate() & 0xff);
            }
        }
    }
}

// An MP4 of intra-coded noise (MPEG-4 part 2 at the finest quantiser, ~0.5 MB a frame) of at
// least `bytes`. Eight frames are encoded once and written in turn, so a large file costs disk
// writes, not encoding time. `faststart` puts the index (moov) before the media data.
bool writeNoiseMp4(const QString &path, qint64 bytes, bool faststart)
{
    av_log_set_level(AV_LOG_ERROR); // not the muxer's notes on its second pass
    AVFormatContext *out = nullptr;
    const QByteArray file = QFile::encodeName(path);
    if (avformat_alloc_output_context2(&out, nullptr, "mp4", file.constData()) < 0) return false;
    const AVCodec *codec = avcodec_find_encoder(AV_CODEC_ID_MPEG4);
    AVCodecContext *enc = avcodec_alloc_context3(codec);
    enc->width = kWidth;
    enc->height = kHeight;
    enc->pix_fmt = AV_PIX_FMT_YUV420P;
    enc->time_base = {1, 25};
    enc->framerate = {25, 1};
    enc->gop_size = 1;
    enc->flags |= AV_CODEC_FLAG_QSCALE | AV_CODEC_FLAG_GLOBAL_HEADER;
    enc->global_quality = FF_QP2LAMBDA * 1;
    bool ok = avcodec_open2(enc, codec, nullptr) >= 0;
    AVStream *stream = avformat_new_stream(out, nullptr);
    ok = ok && avcodec_parameters_from_context(stream->codecpar, enc) >= 0;
    stream->time_base = {1, 25};
    AVDictionary *options = nullptr;
    if (faststart) av_dict_set(&options, "movflags", "faststart", 0);
    ok = ok && avio_open(&out->pb, file.constData(), AVIO_FLAG_WRITE) >= 0;
    ok = ok && avformat_write_header(out, &options) >= 0;
    av_dict_free(&options);
    QList<AVPacket *> encoded;
    AVFrame *frame = av_frame_alloc();
    frame->width = kWidth;
    frame->height = kHeight;
    frame->format = AV_PIX_FMT_YUV420P;
    ok = ok && av_frame_get_buffer(frame, 0) >= 0;
    for (int i = 0; ok && i <= 8; ++i) {
        if (i < 8) {
            fillFrame(frame, quint32(i + 1));
            frame->pts = i;
        }
        ok = avcodec_send_frame(enc, i < 8 ? frame : nullptr) >= 0;
        AVPacket *packet = av_packet_alloc();
        while (ok && avcodec_receive_packet(enc, packet) == 0) {
            encoded.append(av_packet_clone(packet));
            av_packet_unref(packet);
        }
        av_packet_free(&packet);
    }
    ok = ok && encoded.size() == 8;
    qint64 written = 0;
    for (int i = 0; ok && written < bytes; ++i) {
        AVPacket *packet = av_packet_clone(encoded[i % 8]);
        packet->pts = packet->dts = i;
        packet->duration = 1;
        packet->stream_index = 0;
        packet->flags |= AV_PKT_FLAG_KEY;
        av_packet_rescale_ts(packet, enc->time_base, stream->time_base);
        written += packet->size;
        ok = av_write_frame(out, packet) >= 0;
        av_packet_free(&packet);
    }
    ok = ok && av_write_trailer(out) >= 0;
    for (AVPacket *p : encoded)
        av_packet_free(&p);
    av_frame_free(&frame);
    avcodec_free_context(&enc);
    avio_closep(&out->pb);
    avformat_free_context(out);
    return ok;
}

bool isWhite(QRgb c)
{
    return qRed(c) > 200 && qGreen(c) > 200 && qBlue(c) > 200;
}

} // namespace

class TestBucketVideo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void largeClipCostsItsIndexAndOneFrame();
    void indexAtTheEndIsReadInPlaceToo();
    void cancelledBeforeStartFetchesNothing();
    void cosUsesTheServicesSnapshot();

private:
    storage::ObjectUrl upload(const QString &file, const QString &key);

    QTemporaryDir m_dir;
    std::unique_ptr<test::S3rver> m_s3;
    std::unique_ptr<storage::ObjectClient> m_client;
};

void TestBucketVideo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_s3 = std::make_unique<test::S3rver>(m_dir.filePath(QStringLiteral("s3")),
                                          QStringList{QStringLiteral("clips")});
    QVERIFY(m_s3->start());
    m_s3->useForS3();
    m_client = std::make_unique<storage::ObjectClient>(
        storage::endpointFor(storage::parseObjectUrl(QStringLiteral("s3://clips/"))));
}

storage::ObjectUrl TestBucketVideo::upload(const QString &file, const QString &key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    m_client->put(QStringLiteral("clips"), key, f.readAll(), QStringLiteral("video/mp4"));
    return storage::parseObjectUrl(QStringLiteral("s3://clips/") + key);
}

void TestBucketVideo::largeClipCostsItsIndexAndOneFrame()
{
    const QString path = m_dir.filePath(QStringLiteral("big.mp4"));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(writeNoiseMp4(path, 200LL << 20, true));
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size >= 200LL << 20);
    const storage::ObjectUrl url = upload(path, QStringLiteral("big.mp4"));
    const storage::ObjectInfo info = m_client->head(url.bucket, url.key);
    QCOMPARE(info.size, size);
    qInfo("200 MB clip written and uploaded in %lld ms", clock.elapsed());

    const imaging::BucketThumbnails thumbnails(m_dir.filePath(QStringLiteral("cache")));
    imaging::BucketThumbnails::Traffic traffic;
    QString error;
    const QImage image =
        thumbnails.thumbnail(url, info.etag, info.size, 256, &error, nullptr, &traffic);
    QVERIFY2(!image.isNull(), qPrintable(error));
    QCOMPARE(image.size(), QSize(256, 144));
    QVERIFY(isWhite(image.pixel(10, 10)));
    QVERIFY(!isWhite(image.pixel(200, 100)));
    qInfo("thumbnail of a %lld byte clip: %lld bytes in %d requests", size, traffic.bytes,
          traffic.requests);
    QVERIFY(traffic.bytes > 0);
    QVERIFY(traffic.bytes < 5LL << 20);
    QVERIFY(!traffic.ciProcess);

    // Cached by ETag: nothing travels the second time.
    const QImage again =
        thumbnails.thumbnail(url, info.etag, info.size, 256, &error, nullptr, &traffic);
    QCOMPARE(again.convertToFormat(QImage::Format_RGB888),
             image.convertToFormat(QImage::Format_RGB888));
    QCOMPARE(traffic.bytes, qint64(0));
    QVERIFY(QFile::exists(thumbnails.cachePath(url, info.etag, 256)));
}

void TestBucketVideo::indexAtTheEndIsReadInPlaceToo()
{
    const QString path = m_dir.filePath(QStringLiteral("tail.mp4"));
    QVERIFY(writeNoiseMp4(path, 40LL << 20, false));
    const qint64 size = QFileInfo(path).size();
    const storage::ObjectUrl url = upload(path, QStringLiteral("moov/tail.mp4"));
    const storage::ObjectInfo info = m_client->head(url.bucket, url.key);
    imaging::BucketThumbnails::Traffic traffic;
    QString error;
    const QImage image = imaging::BucketThumbnails(m_dir.filePath(QStringLiteral("cache")))
                             .thumbnail(url, info.etag, info.size, 128, &error, nullptr, &traffic);
    QVERIFY2(!image.isNull(), qPrintable(error));
    QCOMPARE(image.size(), QSize(128, 72));
    QVERIFY(isWhite(image.pixel(5, 5)));
    qInfo("moov at the end, %lld byte clip: %lld bytes in %d requests", size, traffic.bytes,
          traffic.requests);
    QVERIFY(traffic.bytes < size / 10);
}

void TestBucketVideo::cancelledBeforeStartFetchesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("short.mp4"));
    QVERIFY(writeNoiseMp4(path, 1 << 20, true));
    const storage::ObjectUrl url = upload(path, QStringLiteral("short.mp4"));
    const storage::ObjectInfo info = m_client->head(url.bucket, url.key);
    const std::atomic<bool> cancelled{true};
    imaging::BucketThumbnails::Traffic traffic;
    QString error;
    const imaging::BucketThumbnails thumbnails(m_dir.filePath(QStringLiteral("cancelcache")));
    QVERIFY(
        thumbnails.thumbnail(url, info.etag, info.size, 64, &error, &cancelled, &traffic).isNull());
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QCOMPARE(traffic.bytes, qint64(0));
    QVERIFY(!QFile::exists(thumbnails.cachePath(url, info.etag, 64)));
    // A missing object is an error in words, not a hang or a crash.
    storage::ObjectUrl missing = url;
    missing.key = QStringLiteral("none.mp4");
    QVERIFY(thumbnails.thumbnail(missing, QStringLiteral("x"), 1000, 64, &error).isNull());
    QVERIFY(!error.isEmpty());
}

void TestBucketVideo::cosUsesTheServicesSnapshot()
{
    const QString root = m_dir.filePath(QStringLiteral("root"));
    QVERIFY(QDir().mkpath(root));
    QVERIFY(writeNoiseMp4(root + QStringLiteral("/clip.mp4"), 2 << 20, true));
    const QString id = QStringLiteral("AKIDbucketVideo00000000000000000000");
    const QString key = QStringLiteral("bucketVideoSecret000000000000000");
    test::ServeProcess serve({QStringLiteral("--root"), root, QStringLiteral("--secret-id"), id,
                              QStringLiteral("--secret-key"), key});
    QVERIFY(serve.start());
    qputenv("COS_REGION", "ap-guangzhou");
    qputenv("COS_SECRET_ID", id.toUtf8());
    qputenv("COS_SECRET_KEY", key.toUtf8());
    qputenv("COS_ENDPOINT", serve.url().toUtf8());
    const storage::ObjectUrl url =
        storage::parseObjectUrl(QStringLiteral("cos://clips-1250000000/clip.mp4"));
    imaging::BucketThumbnails::Traffic traffic;
    QString error;
    const QImage image = imaging::BucketThumbnails(m_dir.filePath(QStringLiteral("coscache")))
                             .thumbnail(url, QStringLiteral("\"e1\""),
                                        QFileInfo(root + QStringLiteral("/clip.mp4")).size(), 96,
                                        &error, nullptr, &traffic);
    QVERIFY2(!image.isNull(), qPrintable(error));
    QCOMPARE(image.size(), QSize(96, 54));
    QVERIFY(isWhite(image.pixel(3, 3)));
    QVERIFY(traffic.ciProcess);
    QCOMPARE(traffic.requests, 1);
    QVERIFY(traffic.bytes < 64 * 1024);
    QTRY_VERIFY(serve.log().contains("GET /clip.mp4?ci-process=snapshot"));
}

QTEST_GUILESS_MAIN(TestBucketVideo)
#include "test_bucket_video.moc"
