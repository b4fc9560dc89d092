// The video viewer's tools driven offscreen on the real windows, on a clip made here: Save
// Frame writes the frame shown at full size and shows the CI string; Set as Cover changes the
// grid's thumbnail to that frame and is kept in the catalogue; I and O mark a trim written by
// stream copy within one GOP of the marks, or exactly; sprite sheet and animated preview from
// the viewer; Tools > Video Posters and Sprites over a folder of three clips as a job. Set as
// Cover is confirmed in the viewer as well as in the main window's status bar; Quick Look opens
// on the chosen cover; the outputs' proposed names are the same ASCII names in every language.

#include "browser/contentview.h"
#include "browser/foldermodel.h"
#include "browser/mainwindow.h"
#include "browser/thumbnailmodel.h"
#include "catalog/catalog.h"
#include "common/outputfolders.h"
#include "imaging/xdgthumbnails.h"
#include "jobs/jobqueue.h"
#include "jobs/standardkinds.h"
#include "media/videofacts.h"
#include "media/videoframe.h"
#include "storage/storage.h"
#include "styleeditor/styleeditorwindow.h"
#include "styleeditor/stylepreview.h"
#include "support/language.h"
#include "support/s3rver.h"
#include "support/testimages.h"
#include "videotools/videoexportdialog.h"
#include "videotools/videopostersdialog.h"
#include "videotools/videotools.h"
#include "viewers/filmstrip.h"
#include "viewers/mediaview.h"
#include "viewers/quicklook.h"
#include "viewers/videoplayer.h"
#include "viewers/viewerwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::ui;
using Mode = VideoExportDialog::Mode;

namespace
{

QImage rgb(const QImage &image)
{
    return image.convertToFormat(QImage::Format_RGB32);
}

QAction *menuAction(QMenu *menu, const QString &name)
{
    for (QAction *a : menu->actions())
        if (a->objectName() == name) return a;
    return nullptr;
}

} // namespace

class VideoToolsGuiTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_clips; // the library folder: one clip
    QString m_clip;
    QString m_output; // outside it
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<jobs::JobQueue> m_queue;
    std::unique_ptr<MainWindow> m_window;
    ViewerWindow *m_viewer = nullptr;

    VideoPlayer *player() const { return m_viewer->view()->videoPlayer(); }

    // Pauses on the frame at `ms` and waits until it is the one on screen.
    void showFrameAt(qint64 ms)
    {
        VideoPlayer *p = player();
        p->pause();
        QTRY_COMPARE_WITH_TIMEOUT(p->player()->playbackState(), QMediaPlayer::PausedState, 10000);
        p->seek(ms);
        QCOMPARE(p->position(), ms);
        const QString ref = m_dir.filePath(QStringLiteral("shown-%1.png").arg(ms));
        QVERIFY(test::ffmpegFrameAt(m_clip, QString::number(ms / 1000.0), ref));
        QTRY_VERIFY_WITH_TIMEOUT(test::psnr(rgb(p->currentFrame()), rgb(QImage(ref))) > 30, 10000);
    }

    QImage gridThumbnail() const
    {
        ThumbnailModel *model = m_window->content()->thumbnails();
        const QModelIndex index = model->mapFromSource(model->files()->index(m_clip));
        const QIcon icon = model->data(index, Qt::DecorationRole).value<QIcon>();
        return icon.isNull() ? QImage() : icon.pixmap(QSize(256, 256)).toImage();
    }

    // PSNR of the grid's thumbnail against the clip's frame at `seconds`, scaled alike.
    double thumbnailAgainst(const QString &seconds)
    {
        const QImage thumb = gridThumbnail();
        if (thumb.isNull()) return 0;
        const QString ref = m_dir.filePath(QStringLiteral("thumb-ref-%1.png").arg(seconds));
        if (!QFile::exists(ref) && !test::ffmpegFrameAt(m_clip, seconds, ref)) return 0;
        return test::psnr(rgb(thumb), rgb(QImage(ref).scaled(thumb.size(), Qt::IgnoreAspectRatio,
                                                             Qt::SmoothTransformation)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The thumbnail cache and settings of this run only.
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("cache"))));
        QCoreApplication::setOrganizationName(QStringLiteral("AssetDesk-Test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_videotools_gui"));
        QSettings().clear();
        m_clips = m_dir.filePath(QStringLiteral("library"));
        m_output = m_dir.filePath(QStringLiteral("outputs"));
        QVERIFY(QDir().mkpath(m_clips) && QDir().mkpath(m_output));
        m_clip = QDir(m_clips).filePath(QStringLiteral("clip.mp4"));
        // 3 s with a key frame every 10 frames (0.4 s), and sound.
        QCOMPARE(test::writeClipWithSound(m_clip, 3, 10), 0);
        m_catalog = std::make_unique<catalog::Catalog>(m_dir.filePath(QStringLiteral("cat.db")));
        m_queue = std::make_unique<jobs::JobQueue>(m_dir.filePath(QStringLiteral("jobs.db")));
        jobs::registerStandardKinds(*m_queue);
        m_queue->start();
        m_window = std::make_unique<MainWindow>(m_queue.get(), m_catalog.get());
        m_window->resize(1100, 750);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openFolder(m_clips);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->content()->entryCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!gridThumbnail().isNull(), 15000);
        m_viewer = m_window->openViewer(m_clip);
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer));
        QTRY_VERIFY_WITH_TIMEOUT(player()->player()->duration() > 2900, 15000);
    }

    void cleanupTestCase()
    {
        if (m_viewer) m_viewer->close();
        m_window.reset();
    }

    void saveFrameWritesTheFrameShown()
    {
        showFrameAt(1600);
        VideoExportDialog *dialog = m_viewer->videoTools()->openDialog(Mode::Frame);
        const QString expected =
            QStringLiteral("ci-process=snapshot&time=1.6&format=jpg&mode=exactframe&rotate=auto");
        QCOMPARE(dialog->processString(), expected);
        // Said in words, the string selectable and copied whole.
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("processStringLabel"))->text(),
                 QStringLiteral("The same frame as a Cloud Infinite processing string:"));
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("processString"));
        QVERIFY(field->isReadOnly());
        field->selectAll();
        QCOMPARE(field->selectedText(), expected);
        dialog->findChild<QPushButton *>(QStringLiteral("copyProcessString"))->click();
        QCOMPARE(QApplication::clipboard()->text(), expected);
        // Proposed outside the clip's folder.
        QVERIFY2(!dialog->output().startsWith(m_clips), qPrintable(dialog->output()));
        const QString target = QDir(m_output).filePath(QStringLiteral("frame.jpg"));
        dialog->setOutput(target);
        QSignalSpy finished(dialog, &VideoExportDialog::finished);
        dialog->start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().first().toBool(), true);
        const QByteArray jpeg = test::readFile(target);
        QCOMPARE(test::sizeOf(jpeg), QSize(320, 240));
        // JPEG costs a few dB on this sharp pattern; the next frame is much further off.
        const QImage saved = rgb(test::decode(jpeg));
        const double psnr =
            test::psnr(saved, rgb(QImage(m_dir.filePath(QStringLiteral("shown-1600.png")))));
        const QString next = m_dir.filePath(QStringLiteral("next.png"));
        QVERIFY(test::ffmpegFrameAt(m_clip, QStringLiteral("1.64"), next));
        const double off = test::psnr(saved, rgb(QImage(next)));
        QVERIFY2(psnr > 25 && psnr > off + 3,
                 qPrintable(QStringLiteral("%1 %2").arg(psnr).arg(off)));
        QVERIFY(dialog->message().contains(QStringLiteral("(320 × 240)")));
        // Never over a file: the same name again is refused and the file stays.
        dialog->setOutput(target);
        dialog->start();
        QVERIFY(!dialog->isRunning());
        QVERIFY(dialog->message().contains(QStringLiteral("exists already")));
        QCOMPARE(test::readFile(target), jpeg);
        dialog->close();
    }

    void setAsCoverChangesTheGridAndPersists()
    {
        // Before: the default cover (a key frame, every 0.4 s here), not the frame at 2.6 s.
        QVERIFY(thumbnailAgainst(QStringLiteral("2.6")) < 22);
        showFrameAt(2600);
        QAction *set = menuAction(m_viewer->videoTools()->menu(), QStringLiteral("setCoverAction"));
        QVERIFY(set && set->isVisible());
        set->trigger();
        QVERIFY(m_catalog->cover(m_clip));
        QCOMPARE(m_catalog->cover(m_clip)->seconds, 2.6);
        // Confirmed where the user is, on the viewer's picture, and in the main window.
        const QString confirmed =
            QStringLiteral("The frame at 2.60 s is now the cover of clip.mp4.");
        QCOMPARE(m_viewer->message(), confirmed);
        QCOMPARE(m_window->statusBar()->currentMessage(), confirmed);
        auto *overlay = m_viewer->findChild<QLabel *>(QStringLiteral("viewerMessage"));
        QVERIFY(overlay->isVisible());
        // On one line in a window this wide (it wrapped at a narrow guess of its width).
        QVERIFY2(overlay->width() > overlay->fontMetrics().horizontalAdvance(confirmed),
                 qPrintable(QString::number(overlay->width())));
        QVERIFY2(m_viewer->view()->geometry().contains(overlay->geometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(overlay->x())
                                .arg(overlay->y())
                                .arg(overlay->width())
                                .arg(overlay->height())));
        // Drawn over the picture: the window looks different there with it than without.
        const QImage with = rgb(m_viewer->grab(overlay->geometry()).toImage());
        overlay->hide();
        const QImage without = rgb(m_viewer->grab(overlay->geometry()).toImage());
        overlay->show();
        QVERIFY2(test::psnr(with, without) < 20,
                 qPrintable(QString::number(test::psnr(with, without))));
        // Quick Look (Space in the grid) opens on the chosen cover too, without playing.
        m_window->content()->selectPath(m_clip);
        m_window->toggleQuickLook();
        QuickLook *look = m_window->quickLook();
        QVERIFY(look && look->isVisible());
        VideoPlayer *quick = look->view()->videoPlayer();
        QTRY_VERIFY_WITH_TIMEOUT(quick->isPosterSettled() && quick->isShowingPoster(), 10000);
        QCOMPARE(quick->position(), qint64(2600));
        QVERIFY(test::psnr(rgb(quick->currentFrame()),
                           rgb(QImage(m_dir.filePath(QStringLiteral("shown-2600.png"))))) > 30);
        QCOMPARE(quick->player()->playbackState(), QMediaPlayer::StoppedState);
        m_window->toggleQuickLook();
        QVERIFY(!look->isVisible());
        // The Style Editor previews the clip through the same chosen cover, not the default.
        StyleEditorWindow *editor = m_window->openStyleEditor();
        StylePreview *preview = editor->preview();
        QCOMPARE(preview->source(), m_clip);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isBusy() && preview->input(), 15000);
        const QImage before = rgb(preview->input()->before);
        const double onCover = test::psnr(
            before,
            rgb(QImage(m_dir.filePath(QStringLiteral("shown-2600.png"))).scaled(before.size())));
        QVERIFY2(onCover > 30, qPrintable(QString::number(onCover)));
        editor->close();
        // Scaled by another library than the reference, so not identical; but far nearer the
        // frame at 2.6 s than to one 0.2 s before it.
        QTRY_VERIFY_WITH_TIMEOUT(thumbnailAgainst(QStringLiteral("2.6")) > 24, 15000);
        QVERIFY(thumbnailAgainst(QStringLiteral("2.6")) >
                thumbnailAgainst(QStringLiteral("2.4")) + 3);
        // The freedesktop cache holds the new picture, for the next start and file managers.
        const imaging::XdgThumbnailCache cache;
        const QImage cached = cache.load(m_clip, imaging::XdgThumbnailCache::Size::Large);
        QVERIFY(!cached.isNull());
        QVERIFY(test::psnr(rgb(cached), rgb(gridThumbnail().scaled(cached.size()))) > 35);
        // Kept across a restart of the catalogue.
        {
            catalog::Catalog again(m_dir.filePath(QStringLiteral("cat.db")));
            QCOMPARE(again.cover(m_clip)->seconds, 2.6);
        }
        // Back to the default.
        menuAction(m_viewer->videoTools()->menu(), QStringLiteral("clearCoverAction"))->trigger();
        QVERIFY(!m_catalog->cover(m_clip));
        QCOMPARE(m_viewer->message(), QStringLiteral("clip.mp4 shows its default cover again."));
        QTRY_VERIFY_WITH_TIMEOUT(
            !gridThumbnail().isNull() && thumbnailAgainst(QStringLiteral("2.6")) < 22, 15000);
    }

    // Played to its end, the clip keeps its last frame on screen, and Save Frame and Set as
    // Cover take that frame (2.96 s of 3 s at 25 fps), not the poster's time; the grid shows the
    // new cover as soon as it is made.
    void playedToTheEndTheToolsTakeTheLastFrame()
    {
        VideoPlayer *p = player();
        p->seek(2400);
        p->play();
        QTRY_COMPARE_WITH_TIMEOUT(p->player()->mediaStatus(), QMediaPlayer::EndOfMedia, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(p->position(), qint64(2960), 10000);
        const QString last = m_dir.filePath(QStringLiteral("last.png"));
        QVERIFY(test::ffmpegFrameAt(m_clip, QStringLiteral("2.96"), last));
        QTRY_VERIFY_WITH_TIMEOUT(test::psnr(rgb(p->currentFrame()), rgb(QImage(last))) > 30, 10000);

        VideoExportDialog *dialog = m_viewer->videoTools()->openDialog(Mode::Frame);
        QCOMPARE(dialog->processString(),
                 QStringLiteral("ci-process=snapshot&time=2.96&format=jpg&mode=exactframe&"
                                "rotate=auto"));
        const QString target = QDir(m_output).filePath(QStringLiteral("last-frame.png"));
        dialog->setOutput(target);
        auto *showFolder = dialog->findChild<QPushButton *>(QStringLiteral("showInFolderButton"));
        QVERIFY(showFolder && !showFolder->isEnabled());
        QSignalSpy finished(dialog, &VideoExportDialog::finished);
        dialog->start();
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog->message()));
        // Written: where it went is a click away, and the way out says Close, not Cancel.
        QVERIFY(showFolder->isEnabled());
        QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text() ==
                QStringLiteral("Close"));
        const QString second = m_dir.filePath(QStringLiteral("at1.png"));
        QVERIFY(test::ffmpegFrameAt(m_clip, QStringLiteral("1"), second));
        const QImage saved = rgb(QImage(target));
        QVERIFY2(test::psnr(saved, rgb(QImage(last))) > 40 &&
                     test::psnr(saved, rgb(QImage(second))) < 25,
                 qPrintable(QString::number(test::psnr(saved, rgb(QImage(last))))));
        dialog->close();

        // The viewer's filmstrip follows the grid.
        const auto strip = [&] {
            const QImage icon =
                m_viewer->filmstrip()->item(0)->icon().pixmap(QSize(96, 72)).toImage();
            return test::psnr(rgb(icon), rgb(QImage(last).scaled(icon.size(), Qt::IgnoreAspectRatio,
                                                                 Qt::SmoothTransformation)));
        };
        QVERIFY(thumbnailAgainst(QStringLiteral("2.96")) < 22 && strip() < 22);
        menuAction(m_viewer->videoTools()->menu(), QStringLiteral("setCoverAction"))->trigger();
        QCOMPARE(m_catalog->cover(m_clip)->seconds, 2.96);
        QTRY_VERIFY_WITH_TIMEOUT(thumbnailAgainst(QStringLiteral("2.96")) > 24, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(strip() > 24, 5000);
        menuAction(m_viewer->videoTools()->menu(), QStringLiteral("clearCoverAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            !gridThumbnail().isNull() && thumbnailAgainst(QStringLiteral("2.96")) < 22, 15000);
    }

    void trimPointsByKeysAndStreamCopy()
    {
        VideoPlayer *p = player();
        m_viewer->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_viewer));
        p->setFocus();
        showFrameAt(500);
        QTest::keyClick(p, Qt::Key_I);
        // The frame shown for 0.5 s at 25 fps is the one at 0.52 s, named by its own time.
        QCOMPARE(p->inPoint(), 520);
        // Without an out point the trim proposes the clip's end, not 5 s past the in point.
        QCOMPARE(p->outPoint(), -1);
        {
            VideoExportDialog *open = m_viewer->videoTools()->openDialog(Mode::Trim);
            QList<double> values;
            for (const QDoubleSpinBox *box : open->findChildren<QDoubleSpinBox *>())
                values.append(box->value());
            QVERIFY2(values.contains(p->durationMs() / 1000.0) && p->durationMs() < 5500,
                     qPrintable(QString::number(p->durationMs())));
            open->close();
            m_viewer->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_viewer));
            p->setFocus();
        }
        showFrameAt(1700);
        QTest::keyClick(p, Qt::Key_O);
        QCOMPARE(p->outPoint(), 1720);
        VideoExportDialog *dialog = m_viewer->videoTools()->openDialog(Mode::Trim);
        QVERIFY(dialog->output().endsWith(QStringLiteral(".mp4")));
        const QString copy = QDir(m_output).filePath(QStringLiteral("copy.mp4"));
        dialog->setOutput(copy);
        QSignalSpy finished(dialog, &VideoExportDialog::finished);
        dialog->start();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog->message()));
        QVERIFY2(dialog->message().contains(QStringLiteral("key frames")),
                 qPrintable(dialog->message()));
        // Key frames every 0.4 s: 0.4 to 2.0, within one GOP of 0.52 to 1.72.
        const media::VideoFacts cut = media::readVideoFacts(copy);
        QVERIFY2(std::abs(cut.seconds - 1.6) < 0.1, qPrintable(QString::number(cut.seconds)));
        QCOMPARE(cut.videoCodec, QStringLiteral("h264"));

        dialog->setExactCut(true);
        const QString exact = QDir(m_output).filePath(QStringLiteral("exact.mp4"));
        dialog->setOutput(exact);
        finished.clear();
        dialog->start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog->message()));
        const double seconds = media::readVideoFacts(exact).seconds;
        QVERIFY2(std::abs(seconds - 1.2) < 0.1, qPrintable(QString::number(seconds)));
        dialog->close();
    }

    // A clip with one key frame: the stream copy is refused in words (it would be the whole
    // clip), nothing is written, and the Exact cut box (the one control for it) writes the range
    // to within a frame. Show in Folder stays disabled until a file exists and never becomes
    // the default button.
    void trimWithoutKeyFrameOffersAnExactCut()
    {
        // Beside nothing of the outputs': writing into a source's folder would ask first.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("more"))));
        const QString clip = m_dir.filePath(QStringLiteral("more/one-gop.mp4"));
        QCOMPARE(test::writeClipWithSound(clip, 3, 250), 0);
        VideoExportDialog dialog(Mode::Trim, clip, 1.0, 2.0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *showFolder = dialog.findChild<QPushButton *>(QStringLiteral("showInFolderButton"));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!showFolder->isEnabled());
        // One control for an exact cut: the box, no button doing the same.
        QCOMPARE(dialog.findChildren<QPushButton *>().size(), 4); // Save, Cancel, Browse, Show
        QCOMPARE(dialog.findChildren<QCheckBox *>().size(), 1);
        const QString copy = QDir(m_output).filePath(QStringLiteral("one-gop-cut.mp4"));
        dialog.setOutput(copy);
        QSignalSpy finished(&dialog, &VideoExportDialog::finished);
        dialog.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(dialog.message(),
                 QStringLiteral("Nothing was written: the clip has no key frame between "
                                "0:01.000 and 0:02.000, so a copy without re-encoding would "
                                "hold 0:00.000 to 0:03.000 instead of the part you chose. Tick "
                                "Exact cut and save again to re-encode just that part."));
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!showFolder->isEnabled() && !showFolder->isDefault());
        QVERIFY(save->isEnabled() && save->isDefault());
        auto *exact = dialog.findChild<QCheckBox *>();
        QCOMPARE(QApplication::focusWidget(), exact);
        QTest::keyClick(exact, Qt::Key_Space);
        QVERIFY(exact->isChecked());
        dialog.setOutput(QDir(m_output).filePath(QStringLiteral("one-gop-exact.mp4")));
        finished.clear();
        save->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.message()));
        QVERIFY(showFolder->isEnabled());
        const media::VideoFacts cut =
            media::readVideoFacts(QDir(m_output).filePath(QStringLiteral("one-gop-exact.mp4")));
        QVERIFY2(std::abs(cut.seconds - 1.0) <= 0.04, qPrintable(QString::number(cut.seconds)));
    }

    // A clip the system cannot play (AV1 needs a plug-in Debian does not install by default)
    // is still stepped through with decoded frames, and Save Frame writes the frame shown, not
    // the first one.
    void saveFrameAfterPlaybackFailed()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("more"))));
        const QString clip = m_dir.filePath(QStringLiteral("more/av1.mkv"));
        QCOMPARE(test::run(QStringLiteral("ffmpeg"),
                           {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                            QStringLiteral("testsrc2=size=320x240:rate=25:duration=3"),
                            QStringLiteral("-c:v"), QStringLiteral("libaom-av1"),
                            QStringLiteral("-cpu-used"), QStringLiteral("8"), QStringLiteral("-g"),
                            QStringLiteral("10"), clip}),
                 0);
        VideoPlayer p;
        p.resize(480, 400);
        p.show();
        QSignalSpy failed(&p, &VideoPlayer::failed);
        p.open(clip);
        p.play();
        if (!failed.wait(20000)) QSKIP("this system plays AV1; nothing fails to test here");
        QVERIFY(p.hasPoster());
        p.seek(1640);
        QCOMPARE(p.position(), 1640);
        // The core decoder's exact frames are the reference.
        const QImage at164 = media::videoFrameAt(clip, 1.64, {});
        const QImage at168 = media::videoFrameAt(clip, 1.68, {});
        QVERIFY(test::psnr(rgb(at164), rgb(at168)) < 25); // testsrc2 moves every frame
        QTRY_VERIFY_WITH_TIMEOUT(test::psnr(rgb(p.currentFrame()), rgb(at164)) > 40, 10000);
        p.stepFrames(1);
        QCOMPARE(p.position(), 1680);
        QTRY_VERIFY_WITH_TIMEOUT(test::psnr(rgb(p.currentFrame()), rgb(at168)) > 40, 10000);

        QWidget window;
        VideoTools tools(&p, &window);
        VideoExportDialog *dialog = tools.openDialog(Mode::Frame);
        const QString target = QDir(m_output).filePath(QStringLiteral("failed-frame.png"));
        dialog->setOutput(target);
        QSignalSpy saved(dialog, &VideoExportDialog::finished);
        dialog->start();
        QVERIFY(saved.wait(15000));
        QVERIFY2(saved.first().first().toBool(), qPrintable(dialog->message()));
        const QImage written(target);
        QCOMPARE(written.size(), QSize(320, 240));
        const double psnr = test::psnr(rgb(written), rgb(at168));
        const double first = test::psnr(rgb(written), rgb(at164));
        QVERIFY2(psnr > 30 && psnr > first + 3,
                 qPrintable(QStringLiteral("%1 dB, %2 dB against 1.64 s").arg(psnr).arg(first)));
        dialog->close();
    }

    // Output names are files' names, not interface text: the same ASCII words in every language
    // (docs/decisions.md), hyphenated as the posters job names its outputs, a frame's time
    // readable and free of colons.
    void outputNamesAreTheSameInEveryLanguage_data() { test::addLanguageRows(); }
    void outputNamesAreTheSameInEveryLanguage()
    {
        QFETCH(QString, language);
        const test::Language ui(language);
        QVERIFY(ui.loaded());
        const auto proposed = [this](Mode mode, double seconds) {
            VideoExportDialog dialog(mode, m_clip, seconds, mode == Mode::Trim ? 2.0 : -1);
            return QFileInfo(dialog.output()).fileName();
        };
        QCOMPARE(proposed(Mode::Frame, 1.6), QStringLiteral("clip-frame-1.600s.jpg"));
        QCOMPARE(proposed(Mode::Frame, 125.04), QStringLiteral("clip-frame-2m05.040s.jpg"));
        QCOMPARE(proposed(Mode::Frame, 3725.5), QStringLiteral("clip-frame-1h02m05.500s.jpg"));
        QCOMPARE(proposed(Mode::Trim, 0.5), QStringLiteral("clip-trim.mp4"));
        QCOMPARE(proposed(Mode::Sprite, 0), QStringLiteral("clip-sprite.jpg"));
        QCOMPARE(proposed(Mode::Animation, 0), QStringLiteral("clip.gif"));
    }

    void spriteSheetAndAnimatedPreview()
    {
        showFrameAt(1000);
        VideoExportDialog *sprite = m_viewer->videoTools()->openDialog(Mode::Sprite);
        // The frame width says its unit.
        QStringList boxes;
        for (const QSpinBox *box : sprite->findChildren<QSpinBox *>())
            boxes << box->text();
        QVERIFY2(boxes.contains(QStringLiteral("160 px")), qPrintable(boxes.join(u'|')));
        QSignalSpy spriteDone(sprite, &VideoExportDialog::finished);
        const QString sheet = QDir(m_output).filePath(QStringLiteral("sheet.jpg"));
        sprite->setOutput(sheet);
        sprite->start();
        QVERIFY(spriteDone.wait(20000));
        // 20 frames in 5 columns of 160 px: 4 rows of 120.
        QCOMPARE(test::sizeOf(test::readFile(sheet)), QSize(800, 480));
        sprite->close();

        VideoExportDialog *animation = m_viewer->videoTools()->openDialog(Mode::Animation);
        animation->setAnimationFormat(QStringLiteral("webp"));
        QVERIFY(animation->output().endsWith(QStringLiteral(".webp")));
        QSignalSpy animationDone(animation, &VideoExportDialog::finished);
        const QString webp = QDir(m_output).filePath(QStringLiteral("preview.webp"));
        animation->setOutput(webp);
        animation->start();
        QVERIFY(animationDone.wait(20000));
        const QByteArray bytes = test::readFile(webp);
        QCOMPARE(test::sizeOf(bytes), QSize(320, 240));
        // Shown at 1 s, but 3 s from there would run past the 3 s clip's end: the dialog starts
        // the preview at 0 so it runs its whole 3 s at 10 frames a second (before, it began at 1 s
        // and a clip played to its end gave the last frame over and over).
        const int frames = test::framesOf(bytes);
        QVERIFY2(frames == 30 || frames == 31, qPrintable(QString::number(frames)));
        animation->close();
    }

    void postersOfAFolderAsAJob()
    {
        const QString folder = m_dir.filePath(QStringLiteral("three"));
        QVERIFY(QDir().mkpath(folder));
        for (const char *name : {"a.mp4", "b.mp4", "c.mp4"})
            QVERIFY(QFile::copy(m_clip, QDir(folder).filePath(QLatin1String(name))));
        const QString posters = QDir(m_output).filePath(QStringLiteral("posters"));
        QVERIFY(QDir().mkpath(posters));
        test::writeTemp(m_dir, QStringLiteral("outputs/posters/b.jpg"), "taken");
        VideoPostersDialog dialog(m_queue.get(), {}, folder, m_window.get());
        dialog.useFolder(folder);
        QVERIFY2(!dialog.destination().startsWith(folder), qPrintable(dialog.destination()));
        dialog.setDestination(posters);
        dialog.setWhat(VideoPostersDialog::What::Poster);
        // The best frame is the default: a fixed time gives black posters for clips that fade in.
        const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
        QVERIFY(std::any_of(boxes.begin(), boxes.end(), [](const QCheckBox *box) {
            return box->text().contains(QLatin1String("best frame")) && box->isChecked();
        }));
        QSignalSpy finished(m_queue.get(), &jobs::JobQueue::jobFinished);
        dialog.accept();
        QVERIFY2(dialog.submittedJob() > 0, qPrintable(dialog.message()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_queue->progress(dialog.submittedJob()).counts.done, 3);
        for (const char *name : {"a.jpg", "b (1).jpg", "c.jpg"})
            QCOMPARE(test::sizeOf(test::readFile(QDir(posters).filePath(QLatin1String(name)))),
                     QSize(320, 240));
        QCOMPARE(test::readFile(QDir(posters).filePath(QStringLiteral("b.jpg"))),
                 QByteArray("taken"));
        QVERIFY(m_queue->items(dialog.submittedJob())[1].error.contains(QStringLiteral("b.jpg")));
    }

    // Posters, sprite sheets and animated previews each propose and remember the folder
    // Preferences > Outputs has for them; a folder the user typed stays when the kind changes.
    void eachKindGoesToItsOwnFolder()
    {
        const QString posters = QDir(m_output).filePath(QStringLiteral("kinds/Posters"));
        const QString sprites = QDir(m_output).filePath(QStringLiteral("kinds/Sprites"));
        const QString animations = QDir(m_output).filePath(QStringLiteral("kinds/Animations"));
        setOutputFolderSetting(OutputTool::VideoPosters, posters);
        setOutputFolderSetting(OutputTool::VideoSprites, sprites);
        setOutputFolderSetting(OutputTool::VideoAnimations, animations);
        VideoPostersDialog dialog(m_queue.get(), {m_clip}, m_clips, m_window.get());
        auto *what = dialog.findChild<QComboBox *>(QStringLiteral("postersWhat"));
        dialog.setWhat(VideoPostersDialog::What::Poster);
        QCOMPARE(dialog.destination(), posters);
        what->setCurrentIndex(int(VideoPostersDialog::What::Sprite));
        QCOMPARE(dialog.destination(), sprites);
        const QString chosen = QDir(m_output).filePath(QStringLiteral("kinds/chosen"));
        dialog.setDestination(chosen);
        what->setCurrentIndex(int(VideoPostersDialog::What::Poster));
        QCOMPARE(dialog.destination(), chosen);
        dialog.setDestination(posters);
        what->setCurrentIndex(int(VideoPostersDialog::What::Animation));
        QCOMPARE(dialog.destination(), animations);

        QSignalSpy finished(m_queue.get(), &jobs::JobQueue::jobFinished);
        dialog.accept();
        QVERIFY2(dialog.submittedJob() > 0, qPrintable(dialog.message()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_queue->progress(dialog.submittedJob()).counts.done, 1);
        QCOMPARE(
            test::sizeOf(test::readFile(QDir(animations).filePath(QStringLiteral("clip.gif")))),
            QSize(320, 240));
        QVERIFY(!QFile::exists(QDir(posters).filePath(QStringLiteral("clip.gif"))));
        // The run updates the animations' folder only.
        QCOMPARE(outputFolderSetting(OutputTool::VideoAnimations), animations);
        QCOMPARE(outputFolderSetting(OutputTool::VideoPosters), posters);
        // The next time, the dialog opens on the kind just made, with its folder.
        VideoPostersDialog again(m_queue.get(), {m_clip}, m_clips, m_window.get());
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("postersWhat"))->currentIndex(),
                 int(VideoPostersDialog::What::Animation));
        QCOMPARE(again.destination(), animations);
    }

    // The same over a bucket prefix (s3rver): a location that is not a bucket's is refused in
    // words, the prefix is listed off the GUI thread, and its clips' sprite sheets are made.
    void spritesOfABucketPrefixAsAJob()
    {
        test::S3rver s3(m_dir.filePath(QStringLiteral("s3")), {QStringLiteral("clips")});
        QVERIFY(s3.start());
        s3.useForS3();
        const QByteArray clip = test::readFile(m_clip);
        for (const char *key : {"trips/a.mp4", "trips/b.mp4", "trips/deeper/c.mp4"}) {
            const QString location = QStringLiteral("s3://clips/") + QLatin1String(key);
            storage::storageFor(location)->write(location, clip);
        }
        const QString sheets = QDir(m_output).filePath(QStringLiteral("sheets"));
        VideoPostersDialog dialog(m_queue.get(), {}, m_clips, m_window.get());
        dialog.setDestination(sheets);
        dialog.setWhat(VideoPostersDialog::What::Sprite);
        dialog.usePrefix(QStringLiteral("clips/trips"));
        auto *start = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!start->isEnabled());
        QVERIFY2(dialog.message().startsWith(QStringLiteral("Enter a bucket location")),
                 qPrintable(dialog.message()));
        dialog.usePrefix(QStringLiteral("s3://clips/trips/"));
        QVERIFY(start->isEnabled());
        QSignalSpy finished(m_queue.get(), &jobs::JobQueue::jobFinished);
        dialog.accept();
        QVERIFY2(dialog.message().startsWith(QStringLiteral("Looking for clips under")),
                 qPrintable(dialog.message()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.submittedJob() > 0, 15000);
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_queue->progress(dialog.submittedJob()).counts.done, 2);
        for (const char *name : {"a-sprite.jpg", "b-sprite.jpg"})
            QCOMPARE(test::sizeOf(test::readFile(QDir(sheets).filePath(QLatin1String(name)))),
                     QSize(800, 480)); // 20 cells of 160x120, five a row
        QVERIFY(!QFile::exists(QDir(sheets).filePath(QStringLiteral("c-sprite.jpg"))));
    }
};

QTEST_MAIN(VideoToolsGuiTest)
#include "test_videotools_gui.moc"
