// The Style Editor on a video, offscreen: a ci-process=snapshot string previews the frame at its
// time and size, videoinfo its JSON, an image style runs on the clip's cover frame, and the
// errors process gives (past the end, a picture given to snapshot) are shown in words.

#include "catalog/catalog.h"
#include "catalog/stylestore.h"
#include "media/videoframe.h"
#include "styleeditor/styleeditorwindow.h"
#include "styleeditor/stylepreview.h"
#include "support/testimages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QTest>

using namespace ad;
using namespace ad::ui;

class StyleEditorVideoTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<catalog::StyleStore> m_store;
    QString m_clip; // 2 s, 320x240, a moving test pattern

    // Types `processing` and waits for the preview of it to settle.
    static bool preview(StyleEditorWindow &editor, const QString &processing)
    {
        editor.setProcessing(processing);
        StylePreview *p = editor.preview();
        return QTest::qWaitFor([p] { return !p->isBusy(); }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = std::make_unique<catalog::Catalog>(m_dir.filePath(QStringLiteral("c.sqlite")));
        m_store = std::make_unique<catalog::StyleStore>(*m_catalog);
        m_clip = m_dir.filePath(QStringLiteral("clip.mp4"));
        QCOMPARE(test::writeClipWithSound(m_clip), 0);
    }

    void snapshotPreviewIsTheFrame()
    {
        StyleEditorWindow editor(m_store.get(), {});
        editor.setAsset(m_clip);
        QVERIFY(preview(editor, QStringLiteral("ci-process=snapshot&time=1&width=160&format=png")));
        StylePreview *p = editor.preview();
        QVERIFY2(p->output().has_value(), qPrintable(p->error()));
        QCOMPARE(p->output()->size, QSize(160, 120));
        QCOMPARE(p->output()->after.size(), QSize(160, 120));
        QCOMPARE(p->output()->format, style::ImageFormat::Png);
        // The frame at 1 s, not the cover or another moment of the moving pattern.
        const QImage after = p->output()->after.convertToFormat(QImage::Format_RGBA8888);
        const auto frameAt = [this](double seconds) {
            return media::videoFrameAt(m_clip, seconds, QSize(160, 120))
                .convertToFormat(QImage::Format_RGBA8888);
        };
        const double same = test::psnr(after, frameAt(1.0));
        QVERIFY2(same > 35, qPrintable(QString::number(same)));
        QVERIFY(test::psnr(after, frameAt(0.2)) < same - 5);
        // A ci-process string has no operations for the list and the form.
        QCOMPARE(editor.operationList()->count(), 0);
        QVERIFY(!editor.operationList()->isEnabled());
    }

    void videoInfoPreviewIsItsJson()
    {
        StyleEditorWindow editor(m_store.get(), {});
        editor.setAsset(m_clip);
        QVERIFY(preview(editor, QStringLiteral("ci-process=videoinfo")));
        StylePreview *p = editor.preview();
        QVERIFY2(p->output().has_value(), qPrintable(p->error()));
        const QJsonObject info = QJsonDocument::fromJson(p->output()->json).object();
        const QJsonObject video =
            info[QStringLiteral("MediaInfo")][QStringLiteral("Stream")][QStringLiteral("Video")]
                .toObject();
        QCOMPARE(video[QStringLiteral("Width")].toString(), QStringLiteral("320"));
        QCOMPARE(video[QStringLiteral("CodecName")].toString(), QStringLiteral("h264"));
    }

    void imageStyleRunsOnTheCoverFrame()
    {
        StyleEditorWindow editor(m_store.get(), {});
        editor.setAsset(m_clip);
        QVERIFY(preview(editor, QStringLiteral("imageMogr2/thumbnail/100x/format/png")));
        StylePreview *p = editor.preview();
        QVERIFY2(p->output().has_value(), qPrintable(p->error()));
        QVERIFY(p->input()->videoCover);
        QCOMPARE(p->input()->originalSize, QSize(320, 240));
        QCOMPARE(p->output()->size, QSize(100, 75));
        QCOMPARE(editor.operationList()->count(), 2);
        // Back to a ci-process string on the same clip, then to an error it gives.
        QVERIFY(preview(editor, QStringLiteral("ci-process=snapshot&time=30")));
        QVERIFY2(p->error().contains(QLatin1String("past the end")), qPrintable(p->error()));
        QVERIFY(!p->output().has_value());
    }

    void pictureGivenToSnapshotSaysSo()
    {
        const QString photo = test::writeTemp(m_dir, QStringLiteral("photo.jpg"),
                                              test::makeImage(64, 48, QStringLiteral("jpg")));
        StyleEditorWindow editor(m_store.get(), {});
        editor.setAsset(photo);
        QVERIFY(preview(editor, QStringLiteral("ci-process=snapshot&time=0")));
        QVERIFY2(editor.preview()->error().contains(QLatin1String("takes a video")),
                 qPrintable(editor.preview()->error()));
    }
};

QTEST_MAIN(StyleEditorVideoTest)
#include "test_styleeditor_video.moc"
