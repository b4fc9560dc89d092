// A clip's default cover: one that opens on two seconds of black gets a thumbnail of its
// picture, not of the black, in the grid's loader and in the freedesktop cache.

#include "imaging/preview.h"
#include "imaging/xdgthumbnails.h"
#include "media/snapshot.h"
#include "media/videoframe.h"
#include "support/testimages.h"

#include <QProcess>
#include <QTest>

using namespace ad;
using namespace ad::test;

namespace
{

double meanLuma(const QImage &image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            sum += qGray(image.pixel(x, y));
    return sum / (qint64(image.width()) * image.height());
}

} // namespace

class VideoCoverTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clip; // 2 s of black, then 2 s of test pattern

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("clips"))));
        m_clip = m_dir.filePath(QStringLiteral("clips/black-start.mp4"));
        QCOMPARE(writeDarkStartClip(m_clip, 2), 0);
        // The first frame really is black: the check below means something.
        QVERIFY(meanLuma(media::firstVideoFrame(m_clip, QSize(160, 160))) < 20);
    }

    void coverTimeLiesPastTheBlack()
    {
        const double seconds = media::smartCoverTime(m_clip);
        QVERIFY2(seconds >= 2 && seconds <= 4, qPrintable(QString::number(seconds)));
    }

    void gridThumbnailIsNotBlack()
    {
        QString error;
        const QImage thumb = imaging::loadPreview(m_clip, QSize(128, 128), &error);
        QVERIFY2(!thumb.isNull(), qPrintable(error));
        QCOMPARE(thumb.size(), QSize(128, 96));
        QVERIFY2(meanLuma(thumb) > 60, qPrintable(QString::number(meanLuma(thumb))));
    }

    void freedesktopThumbnailIsNotBlack()
    {
        const QString cache = m_dir.filePath(QStringLiteral("cache"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ASSETDESK_CLI),
                  {QStringLiteral("thumbnails"), m_dir.filePath(QStringLiteral("clips")),
                   QStringLiteral("--size"), QStringLiteral("normal")});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const imaging::XdgThumbnailCache thumbnails(cache + QStringLiteral("/thumbnails"));
        const QImage thumb = thumbnails.load(m_clip, imaging::XdgThumbnailCache::Size::Normal);
        QVERIFY(!thumb.isNull());
        QCOMPARE(thumb.width(), 128);
        QVERIFY2(meanLuma(thumb) > 60, qPrintable(QString::number(meanLuma(thumb))));
    }
};

QTEST_GUILESS_MAIN(VideoCoverTest)
#include "test_videocover.moc"
