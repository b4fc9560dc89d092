// Tools > Transcode: the dialog keeps the clips of a selection, offers only the presets this
// FFmpeg can run, and its job writes the clip into the chosen folder.

#include "common/outputfolders.h"
#include "jobs/jobqueue.h"
#include "jobs/standardkinds.h"
#include "jobs/transcodedialog.h"
#include "media/decoder.h"
#include "media/transcodepresets.h"
#include "support/testimages.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace ad;

class TestTranscodeGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_outside; // an output folder away from the clips, which asks nothing
    QString m_clip;
    QString m_photo;

private Q_SLOTS:
    void initTestCase()
    {
        m_clip = m_dir.filePath(QStringLiteral("clip.mp4"));
        QCOMPARE(test::run(QStringLiteral("ffmpeg"),
                           {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                            QStringLiteral("lavfi"), QStringLiteral("-i"),
                            QStringLiteral("testsrc2=size=320x240:rate=25:duration=1"),
                            QStringLiteral("-c:v"), QStringLiteral("mpeg4"), m_clip}),
                 0);
        m_photo = test::writeTemp(m_dir, QStringLiteral("photo.jpg"),
                                  test::makeImage(64, 48, QStringLiteral("jpg")));
    }

    void runsTheSelectedClips()
    {
        ui::setOutputFolderSetting(ui::OutputTool::Transcode, {});
        jobs::JobQueue queue(m_dir.filePath(QStringLiteral("jobs.sqlite")));
        jobs::registerStandardKinds(queue);
        queue.start();
        ui::TranscodeDialog dialog(&queue, {m_photo, m_clip}, m_dir.path());
        dialog.show();
        QCOMPARE(dialog.clips(), QStringList{m_clip}); // the photo is left out
        QCOMPARE(dialog.preset(), QStringLiteral("720p"));
        // Outside the clips' folder, under Pictures until a run chooses another.
        QCOMPARE(dialog.destination(),
                 QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                     .filePath(QStringLiteral("AssetDesk/Transcoded")));
        QVERIFY(!ui::isInside(dialog.destination(), m_dir.path()));
        // Each preset is offered exactly when this FFmpeg build can run it.
        auto *presets = dialog.findChild<QComboBox *>();
        auto *model = qobject_cast<QStandardItemModel *>(presets->model());
        const QList<media::TranscodePreset> builtIns = media::builtInPresets();
        for (int i = 0; i < builtIns.size(); ++i) {
            QCOMPARE(presets->itemData(i).toString(), builtIns[i].name);
            QCOMPARE(model->item(i)->isEnabled(), media::presetAvailable(builtIns[i]));
        }
        QVERIFY(dialog.message().contains(QStringLiteral("1 clip")));

        const QString out = m_outside.filePath(QStringLiteral("out"));
        dialog.setDestination(out);
        dialog.setPreset(QStringLiteral("480p"));
        QSignalSpy finished(&queue, &jobs::JobQueue::jobFinished);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.submittedJob() > 0);
        QVERIFY(finished.wait(30000));
        QCOMPARE(queue.progress(dialog.submittedJob()).counts.done, 1);
        QString error;
        const QJsonObject video = media::decoder()
                                      ->mediaInfo(out + QStringLiteral("/clip.mp4"), &error)
                                      .value(QStringLiteral("Stream"))
                                      .toObject()
                                      .value(QStringLiteral("Video"))
                                      .toObject();
        QCOMPARE(video.value(QStringLiteral("CodecName")).toString(), QStringLiteral("h264"));
        QCOMPARE(video.value(QStringLiteral("Width")).toString(), QStringLiteral("320"));
        // The folder is proposed again next time.
        QCOMPARE(ui::TranscodeDialog(&queue, {m_clip}, m_dir.path()).destination(), out);
    }

    void asksBeforeWritingBesideTheClips()
    {
        jobs::JobQueue queue(m_dir.filePath(QStringLiteral("ask.sqlite")));
        jobs::registerStandardKinds(queue);
        ui::TranscodeDialog dialog(&queue, {m_clip}, m_dir.path());
        dialog.show();
        dialog.setDestination(m_dir.filePath(QStringLiteral("here")));
        // The question comes up; "Choose Another" leaves the dialog open with nothing queued.
        bool asked = false;
        QTimer::singleShot(0, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("outputIntoLibrary"));
            asked = true;
            box->findChild<QPushButton *>(QStringLiteral("chooseAnother"))->click();
        });
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(asked);
        QCOMPARE(dialog.submittedJob(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("here"))));
    }

    void saysWhatIsMissing()
    {
        jobs::JobQueue queue(m_dir.filePath(QStringLiteral("empty.sqlite")));
        ui::TranscodeDialog dialog(&queue, {m_photo}, m_dir.path());
        QVERIFY(dialog.clips().isEmpty());
        QVERIFY(dialog.message().contains(QStringLiteral("Select video or sound files")));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }
};

QTEST_MAIN(TestTranscodeGui)
#include "test_transcode_gui.moc"
