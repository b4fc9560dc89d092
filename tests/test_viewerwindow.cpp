// The viewer window offscreen: the folder's filmstrip (thumbnails, picking by mouse and keys,
// toggled), turning the picture for viewing without touching the file, the slideshow (F5, short
// interval, shuffle, Esc), a video's poster (its cover) with a Play button before Play, in the
// viewer and the preview pane, the preview's seek bar as wide as the pane, muted playback said in
// words, and clips that cannot play explained in sentences instead of the pipeline's messages;
// Quick Look opens a clip on its poster too; the player's clock, its seek bar and Save Frame
// name one time (before Play, after a seek, at the end; in English and Chinese); an MPEG-TS clip
// plays from 0:00 or keeps its poster and says why.

#include "browser/previewpane.h"
#include "common/imageloader.h"
#include "media/snapshot.h"
#include "media/videoframe.h"
#include "support/language.h"
#include "support/testimages.h"
#include "videotools/videoexportdialog.h"
#include "videotools/videotools.h"
#include "viewers/filmstrip.h"
#include "viewers/imagecanvas.h"
#include "viewers/imageviewer.h"
#include "viewers/mediaview.h"
#include "viewers/quicklook.h"
#include "viewers/videoplayer.h"
#include "viewers/viewerwindow.h"

#include <QAction>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLabel>
#include <QSettings>
#include <QSlider>
#include <QToolBar>
#include <QtTest>

using namespace ad;
using namespace ad::ui;
using namespace ad::test;

namespace
{
QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

double meanLuma(const QImage &image)
{
    const QImage small = image.scaled(32, 32).convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            sum += qGray(small.pixel(x, y));
    return sum / (small.width() * small.height());
}
} // namespace

class ViewerWindowTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QStringList m_files; // a.jpg 800x600, b.png 400x300, c.webp 300x300, d.jpg 200x100, clip.mp4
    QString m_clip;      // 2 s testsrc2 with a sine tone, H.264/AAC

    ViewerWindow *openAt(int index, ImageLoader *loader)
    {
        auto *window = new ViewerWindow(loader);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy loaded(window->view(), &MediaView::loaded);
        window->setFiles(m_files, index);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window)) qWarning("viewer window not active");
        if (window->view()->isLoading()) loaded.wait(10000);
        return window;
    }

    // The clock under the picture, the seek bar and Save Frame's dialog all name the time of
    // the frame shown.
    static void checkOneTime(VideoPlayer *player, VideoTools &tools)
    {
        const qint64 at = player->position();
        const QString clock = VideoPlayer::clockText(at);
        const QString shown = player->findChild<QLabel *>(QStringLiteral("videoTime"))->text();
        QVERIFY2(shown.startsWith(clock + QStringLiteral(" / ")),
                 qPrintable(QStringLiteral("%1, position %2").arg(shown).arg(at)));
        QCOMPARE(qint64(player->findChild<QSlider *>(QStringLiteral("videoPosition"))->value()),
                 at);
        std::unique_ptr<VideoExportDialog> dialog(tools.openDialog(VideoExportDialog::Mode::Frame));
        const QString intro =
            dialog->findChild<QLabel *>(QStringLiteral("videoExportIntro"))->text();
        QVERIFY2(intro.contains(clock), qPrintable(intro + QStringLiteral(" / ") + clock));
        QVERIFY2(dialog->processString().contains(
                     QStringLiteral("time=%1&").arg(QString::number(at / 1000.0))),
                 qPrintable(dialog->processString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AssetDesk-Test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_viewerwindow"));
        QSettings().clear();
        // Thumbnails go to a private disk cache.
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());
        m_files = {writeTemp(m_dir, QStringLiteral("a.jpg"), makeImage(800, 600, "jpg")),
                   writeTemp(m_dir, QStringLiteral("b.png"), makeImage(400, 300, "png")),
                   writeTemp(m_dir, QStringLiteral("c.webp"), makeImage(300, 300, "webp")),
                   writeTemp(m_dir, QStringLiteral("d.jpg"), makeImage(200, 100, "jpg"))};
        m_clip = m_dir.filePath(QStringLiteral("clip.mp4"));
        QCOMPARE(writeClipWithSound(m_clip), 0);
        m_files << m_clip;
    }

    void filmstripShowsTheFolderAndPicks()
    {
        ImageLoader loader;
        std::unique_ptr<ViewerWindow> window(openAt(0, &loader));
        Filmstrip *strip = window->filmstrip();
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->count(), m_files.size());
        QCOMPARE(strip->item(3)->text(), QStringLiteral("d.jpg"));
        QCOMPARE(strip->currentRow(), 0);
        QVERIFY(strip->item(0)->isSelected()); // the file on screen is highlighted
        // Thumbnails arrive for the pictures and the clip, shaped like the files.
        QTRY_VERIFY_WITH_TIMEOUT(
            strip->hasThumbnail(0) && strip->hasThumbnail(3) && strip->hasThumbnail(4), 15000);
        const QSize wide = strip->item(3)->icon().availableSizes().value(0);
        QVERIFY2(wide.width() == 2 * wide.height(), qPrintable(QString::number(wide.width())));

        // A click on a thumbnail shows that file.
        const QRect b = strip->visualItemRect(strip->item(1));
        QTest::mouseClick(strip->viewport(), Qt::LeftButton, {}, b.center());
        QCOMPARE(window->currentIndex(), 1);
        // Preloaded as the neighbour, it may show at once.
        QTRY_COMPARE_WITH_TIMEOUT(window->view()->imageViewer()->canvas()->image().size(),
                                  QSize(400, 300), 5000);
        // Keys move along the strip, and the viewer follows.
        strip->setFocus();
        QTest::keyClick(strip, Qt::Key_Right);
        QCOMPARE(window->currentIndex(), 2);
        QCOMPARE(strip->currentRow(), 2);
        QTest::keyClick(window.get(), Qt::Key_End);
        QCOMPARE(strip->currentRow(), 4);
        QCOMPARE(window->view()->kind(), MediaView::Kind::Video);
        // T hides it and brings it back; the choice is remembered.
        QTest::keyClick(window->view(), Qt::Key_T);
        QVERIFY(!strip->isVisible());
        QCOMPARE(QSettings().value(QStringLiteral("viewer/filmstrip")).toBool(), false);
        QTest::keyClick(window->view(), Qt::Key_T);
        QVERIFY(strip->isVisible());
        // A single file (an object from a bucket) gets no strip.
        window->setFiles({m_files[0]}, 0);
        QVERIFY(!strip->isVisible());
    }

    // The keys the Shortcuts list gives act as soon as the viewer opens, without a click on the
    // picture first (a new user's + did nothing until then).
    void zoomKeysWorkWithoutAClick()
    {
        ImageLoader loader;
        std::unique_ptr<ViewerWindow> window(openAt(0, &loader));
        ImageCanvas *canvas = window->view()->imageViewer()->canvas();
        QTRY_COMPARE_WITH_TIMEOUT(canvas->image().size(), QSize(800, 600), 5000);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        const double fitted = canvas->zoom();
        QTest::keyClick(focus, Qt::Key_Plus);
        QVERIFY2(canvas->zoom() > fitted * 1.2, qPrintable(QString::number(canvas->zoom())));
        // And on the next picture, which the arrow keys bring.
        QSignalSpy loaded(window->view(), &MediaView::loaded);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(window->currentIndex(), 1);
        if (window->view()->isLoading()) QVERIFY(loaded.wait(5000));
        const double next = canvas->zoom();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus);
        QVERIFY2(canvas->zoom() < next * 0.9, qPrintable(QString::number(canvas->zoom())));
    }

    void rotateTurnsTheViewNotTheFile()
    {
        ImageLoader loader;
        const QByteArray before = digest(m_files[0]);
        const QDateTime modified = QFileInfo(m_files[0]).lastModified();
        std::unique_ptr<ViewerWindow> window(openAt(0, &loader));
        ImageViewer *viewer = window->view()->imageViewer();
        QCOMPARE(viewer->canvas()->image().size(), QSize(800, 600));
        // Ctrl+R: a quarter turn clockwise. The red block of the top-left corner is now top-right.
        QTest::keyClick(window->view(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(viewer->viewRotation(), 90);
        QImage shown = viewer->canvas()->image();
        QCOMPARE(shown.size(), QSize(600, 800));
        QVERIFY(near(shown.pixel(595, 5), qRgb(255, 0, 0), 40));
        QVERIFY(!near(shown.pixel(5, 5), qRgb(255, 0, 0), 40));
        // Ctrl+L twice: a quarter turn back from upright, the block bottom-left.
        QTest::keyClick(window->view(), Qt::Key_L, Qt::ControlModifier);
        QTest::keyClick(window->view(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(viewer->viewRotation(), 270);
        shown = viewer->canvas()->image();
        QCOMPARE(shown.size(), QSize(600, 800));
        QVERIFY(near(shown.pixel(5, 795), qRgb(255, 0, 0), 40));
        // The file is the same bytes, untouched.
        QCOMPARE(digest(m_files[0]), before);
        QCOMPARE(QFileInfo(m_files[0]).lastModified(), modified);
        // The next picture comes upright.
        QSignalSpy loaded(window->view(), &MediaView::loaded);
        window->step(1);
        if (window->view()->isLoading()) QVERIFY(loaded.wait(5000));
        QCOMPARE(viewer->viewRotation(), 0);
        QCOMPARE(viewer->canvas()->image().size(), QSize(400, 300));
        // A video turns on screen too.
        window->showIndex(4);
        QTest::keyClick(window->view(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(window->view()->videoPlayer()->viewRotation(), 90);
    }

    void slideshowAdvancesAndEscStops()
    {
        ImageLoader loader;
        std::unique_ptr<ViewerWindow> window(openAt(0, &loader));
        window->setSlideshowInterval(250);
        QCOMPARE(QSettings().value(QStringLiteral("viewer/slideshowMs")).toInt(), 250);
        QTest::keyClick(window->view(), Qt::Key_F5);
        QVERIFY(window->isSlideshowRunning());
        QTRY_VERIFY(window->isFullScreen());
        QVERIFY(!window->toolBar()->isVisible());
        QVERIFY(!window->filmstrip()->isVisible());
        // In folder order, and round again after the last file.
        QTRY_COMPARE_WITH_TIMEOUT(window->currentIndex(), 1, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(window->currentIndex(), 2, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(window->currentIndex(), 0, 5000);
        QTest::keyClick(window->view(), Qt::Key_Escape);
        QVERIFY(!window->isSlideshowRunning());
        QTRY_VERIFY(!window->isFullScreen());
        QVERIFY(window->isVisible()); // Esc ended the slideshow, not the window
        QVERIFY(window->toolBar()->isVisible());
        QVERIFY(window->filmstrip()->isVisible());
        const int stoppedAt = window->currentIndex();
        QTest::qWait(600);
        QCOMPARE(window->currentIndex(), stoppedAt);

        // Shuffled: a round shows every other file once, in some order.
        window->setSlideshowShuffle(true);
        QSet<int> seen;
        connect(window.get(), &ViewerWindow::currentChanged, this,
                [&] { seen.insert(window->currentIndex()); });
        const int start = window->currentIndex();
        window->startSlideshow();
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), int(m_files.size()) - 1, 8000);
        window->stopSlideshow();
        QVERIFY(!seen.contains(start));
        QCOMPARE(QSettings().value(QStringLiteral("viewer/slideshowShuffle")).toBool(), true);
        window->setSlideshowShuffle(false);
    }

    void videoShowsItsPosterBeforePlay()
    {
        ImageLoader loader;
        MediaView view(&loader); // as in the browser's preview: no autoplay
        view.resize(480, 400);
        view.show();
        VideoPlayer *player = view.videoPlayer();
        QSignalSpy poster(player, &VideoPlayer::posterReady);
        view.showFile(m_clip);
        QVERIFY(poster.wait(10000));
        QVERIFY(player->hasPoster());
        QCOMPARE(player->player()->playbackState(), QMediaPlayer::StoppedState);
        // The clip's cover (the grid's frame), as ffmpeg decodes it, and not a black rectangle
        // on screen; a Play button on it.
        const QString reference = m_dir.filePath(QStringLiteral("poster-ref.png"));
        QVERIFY(
            ffmpegFrameAt(m_clip, QString::number(media::smartCoverTime(m_clip, 5)), reference));
        QVERIFY(psnr(player->currentFrame(), QImage(reference)) > 30);
        QVERIFY(player->hasPlayButton());
        const QImage screen =
            player->findChild<QWidget *>(QStringLiteral("videoSurface"))->grab().toImage();
        QVERIFY2(meanLuma(screen) > 40, qPrintable(QString::number(meanLuma(screen))));
        // Without a sound device the clip plays muted, and the player says so.
        if (!player->hasAudioOutput())
            QCOMPARE(player->notice(),
                     QStringLiteral("This computer has no sound output, so the clip plays muted."));
        else
            QCOMPARE(player->notice(), QString());
    }

    // The viewer opens a clip on its poster with a Play button, and does not play it until
    // asked: Space plays and pauses.
    void viewerOpensAClipOnItsPosterAndSpacePlays()
    {
        ImageLoader loader;
        std::unique_ptr<ViewerWindow> window(openAt(int(m_files.indexOf(m_clip)), &loader));
        VideoPlayer *player = window->view()->videoPlayer();
        QTRY_VERIFY_WITH_TIMEOUT(player->isPosterSettled(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->mediaStatus() == QMediaPlayer::LoadedMedia,
                                 10000);
        QTest::qWait(300); // an autoplay would have started by now
        QCOMPARE(player->player()->playbackState(), QMediaPlayer::StoppedState);
        QVERIFY(player->isShowingPoster());
        QVERIFY(player->hasPlayButton());
        QVERIFY(player->hasFocus());
        QTest::keyClick(player, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(player->player()->playbackState(), QMediaPlayer::PlayingState,
                                  5000);
        QVERIFY(!player->hasPlayButton());
        QTest::keyClick(player, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(player->player()->playbackState(), QMediaPlayer::PausedState,
                                  5000);
    }

    // The preview pane: a clip that opens on two black seconds shows its cover (the grid's
    // frame) until it is played, and the seek bar spans the pane, stands at the cover's frame and
    // answers keys and clicks.
    void previewPaneShowsTheCoverAndAWideSeekBar()
    {
        const QString dark = m_dir.filePath(QStringLiteral("dark-start.mp4"));
        QCOMPARE(writeDarkStartClip(dark), 0);
        ImageLoader loader;
        PreviewPane pane(&loader);
        pane.resize(320, 420); // a narrow pane beside the grid
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        VideoPlayer *player = pane.view()->videoPlayer();
        QSignalSpy poster(player, &VideoPlayer::posterReady);
        pane.showFile(dark);
        QVERIFY(poster.wait(10000));
        const QString reference = m_dir.filePath(QStringLiteral("dark-cover.png"));
        QVERIFY(ffmpegFrameAt(dark, QString::number(media::smartCoverTime(dark, 5)), reference));
        QVERIFY(psnr(player->currentFrame(), QImage(reference)) > 30);
        const QImage screen =
            player->findChild<QWidget *>(QStringLiteral("videoSurface"))->grab().toImage();
        QVERIFY2(meanLuma(screen) > 40, qPrintable(QString::number(meanLuma(screen))));
        QCOMPARE(player->player()->playbackState(), QMediaPlayer::StoppedState);

        auto *bar = player->findChild<QSlider *>(QStringLiteral("videoPosition"));
        QVERIFY2(bar->width() >= pane.width() * 9 / 10, qPrintable(QString::number(bar->width())));
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 4900, 10000);
        // The bar sits at the poster's frame, past the black start, as the clock says.
        const qint64 cover = player->position();
        QVERIFY2(cover >= 2000, qPrintable(QString::number(cover)));
        QCOMPARE(qint64(bar->value()), cover);
        bar->setFocus();
        QTest::keyClick(bar, Qt::Key_Right);
        QCOMPARE(player->position(), cover + 1000);
        QTest::keyClick(bar, Qt::Key_PageDown); // five seconds back: the start
        QCOMPARE(player->position(), qint64(0));
        // A click on the bar jumps there.
        QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(bar->width() / 4, bar->height() / 2));
        QVERIFY2(std::abs(player->position() - 1250) < 250,
                 qPrintable(QString::number(player->position())));
    }

    // Quick Look (Space in the grid) shows a clip's poster with a Play button, as the viewer
    // does, instead of playing it at once; a click on the picture plays it.
    void quickLookOpensAClipOnItsPoster()
    {
        ImageLoader loader;
        QWidget main;
        main.resize(900, 700);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QuickLook look(&loader, &main);
        VideoPlayer *player = look.view()->videoPlayer();
        QSignalSpy poster(player, &VideoPlayer::posterReady);
        look.showFile(m_clip);
        QVERIFY(QTest::qWaitForWindowExposed(&look));
        QVERIFY(poster.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->mediaStatus() == QMediaPlayer::LoadedMedia,
                                 10000);
        QTest::qWait(300); // an autoplay would have started by now
        QCOMPARE(player->player()->playbackState(), QMediaPlayer::StoppedState);
        QVERIFY(player->isShowingPoster());
        QVERIFY(player->hasPlayButton());
        const QString reference = m_dir.filePath(QStringLiteral("quicklook-ref.png"));
        QVERIFY(
            ffmpegFrameAt(m_clip, QString::number(media::smartCoverTime(m_clip, 5)), reference));
        QVERIFY(psnr(player->currentFrame(), QImage(reference)) > 30);
        QVERIFY(look.findChild<QLabel *>(QStringLiteral("quickLookCaption"))
                    ->text()
                    .contains(QStringLiteral("click the picture to play")));
        auto *surface = player->findChild<QWidget *>(QStringLiteral("videoSurface"));
        QTest::mouseClick(surface, Qt::LeftButton, {}, surface->rect().center());
        QTRY_COMPARE_WITH_TIMEOUT(player->player()->playbackState(), QMediaPlayer::PlayingState,
                                  5000);
        QVERIFY(!player->hasPlayButton());

        // Space closes it while the clip plays, whichever of the player's widgets has the
        // focus (the player's own Space, play or pause, took it and the footer was wrong).
        look.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&look));
        player->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), player);
        QTest::keyClick(player, Qt::Key_Space);
        QVERIFY(!look.isVisible());
        QCOMPARE(player->player()->playbackState(), QMediaPlayer::StoppedState);

        QuickLook again(&loader, &main);
        VideoPlayer *second = again.view()->videoPlayer();
        again.showFile(m_clip);
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        second->play();
        QTRY_COMPARE_WITH_TIMEOUT(second->player()->playbackState(), QMediaPlayer::PlayingState,
                                  5000);
        auto *bar = second->findChild<QWidget *>(QStringLiteral("videoPosition"));
        again.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&again));
        bar->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), bar);
        QTest::keyClick(bar, Qt::Key_Space);
        QVERIFY(!again.isVisible());
        QCOMPARE(second->player()->playbackState(), QMediaPlayer::StoppedState);
    }

    // Save Frame once said 0:03.000 while the player's clock said 0:00: the clock read the
    // pipeline (at 0 before Play, while the poster showed the cover 2 s in) and the tools the
    // frame shown. Now all read the frame shown: on the poster, a frame step from it, after a
    // seek, and on the last frame after the end.
    void clockSeekBarAndSaveFrameNameOneTime_data() { addLanguageRows(); }
    void clockSeekBarAndSaveFrameNameOneTime()
    {
        QFETCH(QString, language);
        const Language ui(language);
        QVERIFY(ui.loaded());
        const QString dark = m_dir.filePath(QStringLiteral("dark-clock.mp4"));
        if (!QFile::exists(dark)) QCOMPARE(writeDarkStartClip(dark, 1), 0); // 2 s black, 1 s
        ImageLoader loader;
        MediaView view(&loader);
        view.resize(480, 400);
        view.show();
        VideoPlayer *player = view.videoPlayer();
        QWidget window;
        VideoTools tools(player, &window);
        QSignalSpy poster(player, &VideoPlayer::posterReady);
        view.showFile(dark);
        QVERIFY(poster.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(player->durationMs() > 2900, 10000);
        // The cover is past the black start.
        QVERIFY(player->isShowingPoster());
        QVERIFY2(player->position() >= 2000, qPrintable(QString::number(player->position())));
        checkOneTime(player, tools);
        if (QTest::currentTestFailed()) return;

        // A frame step goes on from the poster's frame (it went from the start).
        const qint64 cover = player->position();
        player->stepFrames(1);
        QCOMPARE(player->position(), cover + 40);
        const QImage next = media::videoFrameAt(dark, (cover + 40) / 1000.0, {});
        QTRY_VERIFY_WITH_TIMEOUT(psnr(player->currentFrame(), next) > 35, 10000);
        checkOneTime(player, tools);
        if (QTest::currentTestFailed()) return;

        // Opened again, a seek before Play: the frame at or after 2.5 s, 2.52 s at 25 fps.
        view.showFile(dark);
        QVERIFY(poster.wait(10000));
        QCOMPARE(player->player()->playbackState(), QMediaPlayer::StoppedState);
        player->seek(2500);
        QTRY_COMPARE_WITH_TIMEOUT(player->position(), qint64(2520), 10000);
        checkOneTime(player, tools);
        if (QTest::currentTestFailed()) return;

        player->play();
        QTRY_COMPARE_WITH_TIMEOUT(player->player()->mediaStatus(), QMediaPlayer::EndOfMedia, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(player->position(), qint64(2960), 10000);
        checkOneTime(player, tools);
        QCOMPARE(VideoPlayer::clockText(3725040), QStringLiteral("1:02:05.040"));
        QCOMPARE(VideoPlayer::clockText(65040, false), QStringLiteral("1:05"));
    }

    // GStreamer on Debian 12 needs gstreamer1.0-plugins-bad for MPEG-TS. Without it the clip
    // keeps its poster and the reason is said in words, and its frames are stepped from 0:00;
    // with it the clip plays and the clock starts at 0:00, not at the stream's own time (ffmpeg
    // puts the first frame 1.48 s in, and GStreamer's clock reads 0.78 s there).
    void mpegTsPlaysFromZeroOrSaysWhyNot()
    {
        const QString ts = m_dir.filePath(QStringLiteral("clip.ts"));
        QCOMPARE(run(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                      QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("testsrc2=size=320x240:rate=25:duration=2"),
                      QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-g"),
                      QStringLiteral("10"), QStringLiteral("-f"), QStringLiteral("mpegts"), ts}),
                 0);
        ImageLoader loader;
        MediaView view(&loader);
        view.resize(480, 400);
        view.show();
        QSignalSpy loaded(&view, &MediaView::loaded);
        view.showFile(ts);
        QVERIFY(loaded.wait(20000));
        VideoPlayer *player = view.videoPlayer();
        QCOMPARE(view.kind(), MediaView::Kind::Video);
        QTRY_VERIFY_WITH_TIMEOUT(player->isPosterSettled(), 10000); // a playable clip loads first
        QVERIFY(player->hasPoster());
        QVERIFY(meanLuma(player->currentFrame()) > 40);
        auto *clock = player->findChild<QLabel *>(QStringLiteral("videoTime"));
        QElapsedTimer playing;
        playing.start();
        player->play();
        QTRY_VERIFY_WITH_TIMEOUT(
            !player->errorText().isEmpty() ||
                (player->player()->playbackState() == QMediaPlayer::PlayingState &&
                 player->position() > 300),
            10000);
        if (!player->errorText().isEmpty()) {
            QCOMPARE(player->errorText(),
                     QStringLiteral("This system cannot play H.264 video in a .ts file: the "
                                    "playback plug-in for it is not installed. The picture is a "
                                    "frame AssetDesk decoded itself."));
            QCOMPARE(player->notice(), player->errorText());
            QVERIFY(player->findChild<QWidget *>(QStringLiteral("videoNotice"))->isVisible());
            QVERIFY(player->isShowingPoster());
            // Stepped with decoded frames, counted from the first one.
            player->seek(0);
            QTRY_VERIFY_WITH_TIMEOUT(clock->text().startsWith(QStringLiteral("0:00.000 / ")),
                                     10000);
            player->stepFrames(1);
            QTRY_VERIFY_WITH_TIMEOUT(clock->text().startsWith(QStringLiteral("0:00.040 / ")),
                                     10000);
        } else {
            // Counted from the first frame: no further than the time played (GStreamer's clock
            // for this stream starts 0.78 s before it), and the end within the clip's length.
            const qint64 shown = player->position();
            QVERIFY2(shown <= playing.elapsed() + 100,
                     qPrintable(QStringLiteral("%1 ms shown after %2 ms played")
                                    .arg(shown)
                                    .arg(playing.elapsed())));
            QVERIFY2(clock->text().startsWith(QStringLiteral("0:00 / ")),
                     qPrintable(clock->text()));
            QTRY_COMPARE_WITH_TIMEOUT(player->player()->mediaStatus(), QMediaPlayer::EndOfMedia,
                                      10000);
            QTRY_COMPARE_WITH_TIMEOUT(player->position(), qint64(1960), 10000); // the last frame
            QCOMPARE(clock->text(), QStringLiteral("0:01.960 / 0:02"));
            // A seek lands on the frame asked for, in the player's time.
            player->seek(1000);
            QTRY_COMPARE_WITH_TIMEOUT(player->position(), qint64(1000), 10000);
            const QImage at1 = media::videoFrameAt(ts, 1.0, {});
            QTRY_VERIFY_WITH_TIMEOUT(psnr(player->currentFrame(), at1) > 35, 10000);
        }
    }

    void aClipThatCannotPlayIsExplained_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("not a video") << QByteArray(5000, 'x')
                                     << QStringLiteral("This file is damaged or is not a video "
                                                       "or sound format AssetDesk can read.");
        QTest::newRow("truncated") << readFile(m_clip).left(600)
                                   << QStringLiteral("This file is damaged or is not a video "
                                                     "or sound format AssetDesk can read.");
    }
    void aClipThatCannotPlayIsExplained()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, sentence);
        ImageLoader loader;
        MediaView view(&loader);
        view.show();
        QSignalSpy loaded(&view, &MediaView::loaded);
        view.showFile(writeTemp(m_dir, QStringLiteral("broken.mp4"), bytes));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(view.kind(), MediaView::Kind::Message);
        QCOMPARE(view.message(), QStringLiteral("Cannot play broken.mp4:\n") + sentence);
    }

    // AV1 needs a GStreamer plug-in Debian 12 does not install by default (gstreamer1.0-plugins-bad
    // with dav1d): where it is missing the clip keeps its poster and says why; where it is
    // there, the clip plays.
    void av1ShowsItsPosterAndWhyItCannotPlay()
    {
        const QString clip = m_dir.filePath(QStringLiteral("av1.mkv"));
        QCOMPARE(run(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                      QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("testsrc2=size=320x240:rate=25:duration=1"),
                      QStringLiteral("-c:v"), QStringLiteral("libaom-av1"),
                      QStringLiteral("-cpu-used"), QStringLiteral("8"), clip}),
                 0);
        ImageLoader loader;
        MediaView view(&loader);
        view.resize(480, 400);
        view.show();
        QSignalSpy loaded(&view, &MediaView::loaded);
        view.showFile(clip);
        QVERIFY(loaded.wait(20000));
        VideoPlayer *player = view.videoPlayer();
        QCOMPARE(view.kind(), MediaView::Kind::Video);
        QVERIFY(player->hasPoster());
        QVERIFY(meanLuma(player->currentFrame()) > 40);
        if (player->player()->mediaStatus() == QMediaPlayer::InvalidMedia ||
            player->player()->error() != QMediaPlayer::NoError) {
            const QString sentence = QStringLiteral(
                "This system cannot play AV1 video in a .mkv file: the playback plug-in for it "
                "is not installed. The picture is a frame AssetDesk decoded itself.");
            QCOMPARE(player->errorText(), sentence);
            QCOMPARE(player->notice(), sentence);
            QVERIFY(player->findChild<QWidget *>(QStringLiteral("videoNotice"))->isVisible());
        } else {
            player->play();
            QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() > 300, 10000);
            QCOMPARE(player->errorText(), QString());
        }
    }

    void playbackErrorsReadAsSentences_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<QString>("video");
        QTest::addColumn<QString>("audio");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("av1") << int(QMediaPlayer::ResourceError) << true << "av1"
                             << "opus"
                             << "webm"
                             << "This system cannot play AV1 video in a .webm file: the playback "
                                "plug-in for it is not installed. The picture is a frame "
                                "AssetDesk decoded itself.";
        QTest::newRow("hevc") << int(QMediaPlayer::FormatError) << true << "hevc"
                              << ""
                              << "ts"
                              << "This system cannot play H.265 (HEVC) video in a .ts file: the "
                                 "playback plug-in for it is not installed. The picture is a "
                                 "frame AssetDesk decoded itself.";
        QTest::newRow("audio only") << int(QMediaPlayer::FormatError) << true << ""
                                    << "eac3"
                                    << "mka"
                                    << "This system cannot play Dolby Digital Plus (E-AC-3) audio "
                                       "in a .mka file: the playback plug-in for it is not "
                                       "installed.";
        QTest::newRow("denied") << int(QMediaPlayer::AccessDeniedError) << true << "h264"
                                << ""
                                << "mp4"
                                << "AssetDesk is not allowed to read this file.";
        QTest::newRow("network") << int(QMediaPlayer::NetworkError) << true << "h264"
                                 << ""
                                 << "mp4"
                                 << "The clip could not be read over the network.";
        QTest::newRow("unreadable") << int(QMediaPlayer::FormatError) << false << ""
                                    << ""
                                    << "mp4"
                                    << "This file is damaged or is not a video or sound format "
                                       "AssetDesk can read.";
    }
    void playbackErrorsReadAsSentences()
    {
        QFETCH(int, error);
        QFETCH(bool, readable);
        QFETCH(QString, video);
        QFETCH(QString, audio);
        QFETCH(QString, suffix);
        QFETCH(QString, sentence);
        QCOMPARE(
            VideoPlayer::problemText(QMediaPlayer::Error(error), {readable, video, audio, suffix}),
            sentence);
    }
};

QTEST_MAIN(ViewerWindowTest)
#include "test_viewerwindow.moc"
