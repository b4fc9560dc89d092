// The viewers, offscreen: zoom to the pointer, pan, 100 %, pixel info and histogram; GIF
// playback; next/previous with preloaded neighbours and full screen; side-by-side compare
// with synchronised zoom; video playback and frame steps on a machine without audio; the
// document viewer's pages, thumbnails, search and text copy; clear messages for broken files.

#include "common/imageloader.h"
#include "support/testdocs.h"
#include "support/testimages.h"
#include "viewers/comparewindow.h"
#include "viewers/documentviewer.h"
#include "viewers/histogramwidget.h"
#include "viewers/imagecanvas.h"
#include "viewers/imageviewer.h"
#include "viewers/mediaview.h"
#include "viewers/pageview.h"
#include "viewers/videoplayer.h"
#include "viewers/viewerwindow.h"

#include <QApplication>
#include <QAudioDevice>
#include <QClipboard>
#include <QLineEdit>
#include <QListWidget>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QtTest>

using namespace ad;
using namespace ad::ui;
using namespace ad::test;

class ViewersTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_png; // 800 x 600, red block top-left
    QString m_gif; // 3 frames, grey 0, 20, 40
    QString m_pdf; // 3 pages
    QString m_mp4; // 2 s, 25 fps, with sound

    static imaging::ViewerImage load(const QString &path)
    {
        return imaging::loadViewerImage(path, ImageLoader::decodeBound());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_png = writeTemp(m_dir, QStringLiteral("a.png"), makeImage(800, 600, "png"));
        m_gif = writeTemp(m_dir, QStringLiteral("b.gif"), makeGif(120, 90, 3));
        m_pdf = DocMaker(m_dir.path()).text(QStringLiteral("doc"), 3, QStringLiteral("pdf"));
        m_mp4 = m_dir.filePath(QStringLiteral("clip.mp4"));
        QCOMPARE(writeClipWithSound(m_mp4), 0);
    }

    void canvasZoomsAtThePointerAndPans()
    {
        ImageCanvas canvas;
        canvas.resize(400, 300);
        canvas.show();
        canvas.setImage(load(m_png).frames[0]);
        QVERIFY(canvas.isFitting());
        QCOMPARE(canvas.zoom(), 0.5); // 800 x 600 into 400 x 300
        // The wheel zooms in by steps, keeping the pixel under the pointer where it was.
        const QPointF pointer(100, 80);
        const QPointF before = canvas.imagePointAt(pointer);
        QWheelEvent wheel(pointer, canvas.mapToGlobal(pointer), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&canvas, &wheel);
        QCOMPARE(canvas.zoom(), 0.625);
        QVERIFY((canvas.imagePointAt(pointer) - before).manhattanLength() < 0.01);
        canvas.setZoom(4.0, pointer);
        QVERIFY((canvas.imagePointAt(pointer) - before).manhattanLength() < 0.01);
        // Dragging moves the picture with the mouse: 40 px at 400 % is 10 image pixels.
        const QPointF centre = canvas.imagePointAt(QPointF(200, 150));
        QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(200, 150));
        QTest::mouseMove(&canvas, QPoint(240, 150));
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(240, 150));
        QVERIFY(qAbs(canvas.imagePointAt(QPointF(200, 150)).x() - (centre.x() - 10)) < 0.01);
        // Double-click: fit, then the original's pixels under the pointer.
        QTest::mouseDClick(&canvas, Qt::LeftButton, {}, QPoint(200, 150));
        QVERIFY(canvas.isFitting());
        QTest::mouseDClick(&canvas, Qt::LeftButton, {}, QPoint(200, 150));
        QCOMPARE(canvas.zoom(), 1.0);
    }

    void viewerShowsPixelInfoAndHistogram()
    {
        ImageViewer viewer;
        viewer.resize(700, 500);
        viewer.show();
        QSignalSpy histogram(&viewer, &ImageViewer::histogramReady);
        viewer.setHistogramVisible(true);
        viewer.showImage(load(m_png));
        QVERIFY(histogram.wait(5000));
        const imaging::Histogram &h = viewer.histogram()->histogram();
        quint64 total = 0;
        for (quint32 n : h.red)
            total += n;
        QCOMPARE(total, quint64(800 * 600));
        QCOMPARE(h.blue[128], quint32(800 * 600 - 200 * 150)); // constant blue outside the block
        // Pixel info speaks of the original's pixels: (5, 5) is in the red block.
        ImageCanvas *canvas = viewer.canvas();
        canvas->setZoom(1.0, QPointF(0, 0));
        // Sent straight to the canvas: QTest's synthetic pointer skips unchanged positions.
        QMouseEvent move(QEvent::MouseMove, QPointF(5, 5), canvas->mapToGlobal(QPointF(5, 5)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QVERIFY2(viewer.pixelText().contains(QStringLiteral("RGB 255 0 0")),
                 qPrintable(viewer.pixelText()));
        QVERIFY(viewer.pixelText().startsWith(QStringLiteral("5, 5")));
    }

    void gifPlays()
    {
        ImageViewer viewer;
        viewer.show();
        viewer.showImage(load(m_gif));
        QVERIFY(viewer.isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(viewer.currentFrame(), 2, 2000);
        QCOMPARE(viewer.canvas()->image().pixelColor(60, 45).red(), 40);
        viewer.setPlaying(false);
        const int frame = viewer.currentFrame();
        QTest::qWait(300);
        QCOMPARE(viewer.currentFrame(), frame);
    }

    void viewerWindowStepsThroughTheFolder()
    {
        const QStringList files{
            writeTemp(m_dir, QStringLiteral("s1.jpg"), makeImage(600, 400, "jpg")),
            writeTemp(m_dir, QStringLiteral("s2.jpg"), makeImage(400, 600, "jpg")),
            m_pdf,
            writeTemp(m_dir, QStringLiteral("s4.webp"), makeImage(300, 300, "webp")),
        };
        ImageLoader loader;
        auto *window = new ViewerWindow(&loader);
        QSignalSpy loaded(window->view(), &MediaView::loaded);
        window->setFiles(files, 0);
        window->show();
        // Its keys are window shortcuts: they reach it only as the active window, which after
        // an earlier test's windows it is not by itself.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 5000);
        QCOMPARE(window->view()->kind(), MediaView::Kind::Image);
        // The next image is decoded ahead, so stepping shows it without waiting.
        QTRY_VERIFY_WITH_TIMEOUT(loader.cached(files[1]), 5000);
        QTest::keyClick(window, Qt::Key_Right);
        QCOMPARE(window->currentIndex(), 1);
        QVERIFY(!window->view()->isLoading());
        QCOMPARE(window->view()->imageViewer()->canvas()->image().size(), QSize(400, 600));
        // A document among the images goes to the document viewer.
        QTest::keyClick(window, Qt::Key_Right);
        QCOMPARE(window->view()->kind(), MediaView::Kind::Document);
        QTRY_COMPARE_WITH_TIMEOUT(window->view()->documentViewer()->pageCount(), 3, 20000);
        QTest::keyClick(window, Qt::Key_End);
        QCOMPARE(window->currentPath(), files[3]);
        QTest::keyClick(window, Qt::Key_Home);
        QCOMPARE(window->currentIndex(), 0);
        QTest::keyClick(window, Qt::Key_F11);
        QVERIFY(window->windowState() & Qt::WindowFullScreen);
        QTest::keyClick(window, Qt::Key_Escape);
        QVERIFY(!(window->windowState() & Qt::WindowFullScreen));
        QPointer<ViewerWindow> guard(window);
        QTest::keyClick(window, Qt::Key_Escape); // closes, and deletes itself
        QTRY_VERIFY(!guard);
    }

    void compareFollowsZoom()
    {
        const QString other =
            writeTemp(m_dir, QStringLiteral("c2.png"), makeImage(400, 300, "png"));
        ImageLoader loader;
        auto *window = new CompareWindow(&loader, m_png, other);
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(window->isReady(), 5000);
        ImageCanvas *left = window->viewer(0)->canvas();
        ImageCanvas *right = window->viewer(1)->canvas();
        left->setZoom(2.0, QPointF(left->rect().center()));
        QCOMPARE(right->zoom(), 2.0);
        QVERIFY((right->centreFraction() - left->centreFraction()).manhattanLength() < 0.02);
        right->setZoom(3.0, QPointF(right->rect().center()));
        QCOMPARE(left->zoom(), 3.0); // either side leads
        window->setSynchronised(false);
        left->setZoom(1.0, QPointF(left->rect().center()));
        QCOMPARE(right->zoom(), 3.0);
        window->close();
    }

    void videoPlaysAndStepsFrames()
    {
        VideoPlayer player;
        player.resize(480, 360);
        player.show();
        // No audio device here is fine: the picture plays; with one, sound goes to it.
        QCOMPARE(player.hasAudioOutput(), !QMediaDevices::audioOutputs().isEmpty());
        player.open(m_mp4);
        QTRY_VERIFY_WITH_TIMEOUT(player.player()->duration() > 1900, 10000);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.player()->position() > 300, 10000);
        player.pause();
        QTRY_COMPARE(player.player()->playbackState(), QMediaPlayer::PausedState);
        player.seek(1000);
        QTRY_COMPARE_WITH_TIMEOUT(player.player()->position(), qint64(1000), 5000);
        // The frame at 1 s is on screen, at the video's size.
        QTRY_COMPARE_WITH_TIMEOUT(player.currentFrame().size(), QSize(320, 240), 5000);
        const QString ref = m_dir.filePath(QStringLiteral("at1s.png"));
        QVERIFY(ffmpegFrameAt(m_mp4, QStringLiteral("1"), ref));
        QTRY_VERIFY_WITH_TIMEOUT(psnr(player.currentFrame(), QImage(ref)) > 30, 5000);
        player.stepFrames(1);
        QTRY_COMPARE_WITH_TIMEOUT(player.player()->position(), qint64(1040), 5000); // 25 fps
        player.stepFrames(-2);
        QTRY_COMPARE_WITH_TIMEOUT(player.player()->position(), qint64(960), 5000);
    }

    void documentViewerNavigatesSearchesAndCopies()
    {
        DocumentViewer viewer;
        viewer.resize(900, 700);
        viewer.show();
        QSignalSpy opened(&viewer, &DocumentViewer::opened);
        QSignalSpy rendered(&viewer, &DocumentViewer::pageRendered);
        viewer.open(m_pdf);
        QVERIFY(opened.wait(20000));
        QCOMPARE(opened.first().first().toInt(), 3);
        QVERIFY(rendered.wait(5000));
        // Fit width: the page fills the viewer's width, at the page's aspect (8 x 10 in).
        const QSize page = viewer.pageView()->size();
        QVERIFY2(page.width() > 600 && page.width() < 900,
                 qPrintable(QString::number(page.width())));
        QVERIFY(qAbs(page.height() - page.width() * 10 / 8) <= 2);
        // The strip shows every page's picture.
        QCOMPARE(viewer.thumbnails()->count(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.thumbnails()->item(2)->icon().isNull(), 10000);
        viewer.thumbnails()->setCurrentRow(1);
        QCOMPARE(viewer.currentPage(), 1);
        QTest::keyClick(viewer.pageView(), Qt::Key_PageDown);
        QCOMPARE(viewer.currentPage(), 2);
        // Zoom renders a larger page.
        viewer.setZoom(viewer.zoom() * 2);
        QTRY_COMPARE(viewer.pageView()->width(), page.width() * 2);
        // Search jumps to the match and counts it.
        QSignalSpy searched(&viewer, &DocumentViewer::searchDone);
        viewer.goToPage(0);
        viewer.search(QStringLiteral("page 2"));
        QVERIFY(searched.wait(5000));
        QCOMPARE(searched.first().first().toInt(), 1);
        QCOMPARE(viewer.currentPage(), 1);
        // Ctrl+F from the page goes to the find field; typing and Return search.
        auto *field = viewer.findChild<QLineEdit *>();
        QVERIFY(field && field->placeholderText() == QStringLiteral("Find in document"));
        QTest::keyClick(viewer.pageView(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("page 3"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(searched.wait(5000));
        QCOMPARE(searched.last().first().toInt(), 1);
        QCOMPARE(viewer.currentPage(), 2);
        viewer.goToPage(1);
        // Dragging over the page selects its text; Ctrl+C copies it.
        viewer.selectAll();
        QCOMPARE(viewer.selectedText(), QStringLiteral("Page 2"));
        QTest::keyClick(viewer.pageView(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Page 2"));
        PageView *view = viewer.pageView();
        viewer.setSelection({});
        const QRect all = view->rect();
        QTest::mousePress(view, Qt::LeftButton, {}, all.topLeft() + QPoint(2, 2));
        QTest::mouseMove(view, all.bottomRight() - QPoint(2, 2));
        QTest::mouseRelease(view, Qt::LeftButton, {}, all.bottomRight() - QPoint(2, 2));
        QCOMPARE(viewer.selectedText(), QStringLiteral("Page 2"));
    }

    void brokenFilesShowAMessage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("jpeg") << "bad.jpg" << makeImage(400, 300, "jpg").left(300);
        QTest::newRow("pdf") << "bad.pdf" << QByteArray(4000, 'x');
        QTest::newRow("mp4") << "bad.mp4" << QByteArray(4000, 'x');
        QTest::newRow("unknown") << "bad.xyz" << QByteArray("hello");
    }
    void brokenFilesShowAMessage()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        ImageLoader loader;
        MediaView view(&loader);
        view.show();
        QSignalSpy loaded(&view, &MediaView::loaded);
        view.showFile(writeTemp(m_dir, name, bytes));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(view.kind(), MediaView::Kind::Message);
        QVERIFY2(view.message().contains(name), qPrintable(view.message()));
        view.showFile(m_dir.filePath(QStringLiteral("gone.png")));
        QVERIFY(view.message().contains(QStringLiteral("no longer exists")));
    }
};

QTEST_MAIN(ViewersTest)
#include "test_viewers.moc"
