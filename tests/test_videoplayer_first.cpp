// A new session's first clip plays. It used to fail with the pipeline's "Internal data stream
// error" while the second try worked: the player converted each frame inside the video sink's
// signal, which Qt's GStreamer sink gives 300 ms, and the first conversion of a process sets up
// its converter for about a second on a real display. tests/with-xvfb.sh runs this on Xvfb
// (offscreen, the conversion is instant and the fault never showed); each run is a fresh
// process, so the clip below is always the process's first.

#include "support/testimages.h"
#include "viewers/videoplayer.h"

#include <QGuiApplication>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ad;

class VideoFirstPlayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstClipPlaysInAFreshPlayer()
    {
        qInfo("platform: %s", qPrintable(QGuiApplication::platformName()));
        QTemporaryDir dir;
        const QString clip = dir.filePath(QStringLiteral("first.mp4"));
        QCOMPARE(test::writeClipWithSound(clip, 3), 0);
        ui::VideoPlayer player;
        player.resize(480, 400);
        player.show();
        QVERIFY(QTest::qWaitForWindowExposed(&player));
        QSignalSpy failed(&player, &ui::VideoPlayer::failed);
        player.open(clip);
        // As the viewer does: Play once the pipeline has loaded the clip.
        QTRY_COMPARE_WITH_TIMEOUT(player.player()->mediaStatus(), QMediaPlayer::LoadedMedia, 15000);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.player()->position() > 1500 || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(player.errorText()));
        QCOMPARE(player.player()->error(), QMediaPlayer::NoError);
        QCOMPARE(player.player()->playbackState(), QMediaPlayer::PlayingState);
        QCOMPARE(player.currentFrame().size(), QSize(320, 240));
    }
};

QTEST_MAIN(VideoFirstPlayTest)
#include "test_videoplayer_first.moc"
