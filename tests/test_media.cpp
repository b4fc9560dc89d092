// Video covers with FFmpeg: the first frame matches ffmpeg's own, display rotation is applied,
// the bound is respected, and broken files give an error quickly.

#include "imaging/preview.h"
#include "media/videoframe.h"
#include "support/testimages.h"

#include <QElapsedTimer>
#include <QFile>
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
        QVERIFY(media::looksLikeVideo(QStringLiteral("a/B.MOV")));
        QVERIFY(!media::looksLikeVideo(QStringLiteral("a/b.jpg")));
    }
};

QTEST_GUILESS_MAIN(MediaTest)
#include "test_media.moc"
