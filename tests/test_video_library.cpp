// Clips as library assets: their facts read from the container (duration, codecs, rotation,
// creation time and place from QuickTime tags or XMP), kept in the catalogue, filtered by
// length and resolution in the filter bar, and shown in the Inspector.

#include "browser/filterbar.h"
#include "browser/inspectorpanel.h"
#include "catalog/catalog.h"
#include "media/videofacts.h"
#include "support/testimages.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace ad;

class TestVideoLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quickTimeTagsGiveTimeAndPlace();
    void xmpFillsWhatQuickTimeLacks();
    void iso6709Forms();
    void catalogueStoresAndFiltersClips();
    void filterBarChoosesLengthAndResolution();
    void inspectorShowsTheSelectedClip();

private:
    QString clip(const QString &name, const QStringList &args);

    QTemporaryDir m_dir;
    QString m_tagged; // 2 s, 320x240 turned 90°, mpeg4 + aac, creation_time and location
};

QString TestVideoLibrary::clip(const QString &name, const QStringList &args)
{
    const QString out = m_dir.filePath(name);
    QStringList all{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")};
    all << args << out;
    return test::run(QStringLiteral("ffmpeg"), all) == 0 ? out : QString();
}

void TestVideoLibrary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Encoded first, then given its tags and a display rotation while stream-copied (the
    // rotation is kept only by a copy).
    const QString plain =
        clip(QStringLiteral("plain.mp4"),
             {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
              QStringLiteral("testsrc=size=320x240:rate=25:duration=2"), QStringLiteral("-f"),
              QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=duration=2"),
              QStringLiteral("-c:v"), QStringLiteral("mpeg4"), QStringLiteral("-c:a"),
              QStringLiteral("aac")});
    QVERIFY(!plain.isEmpty());
    m_tagged =
        clip(QStringLiteral("tagged.mp4"),
             {QStringLiteral("-i"), plain, QStringLiteral("-c"), QStringLiteral("copy"),
              QStringLiteral("-metadata"), QStringLiteral("creation_time=2021-05-01T02:03:04Z"),
              QStringLiteral("-metadata"), QStringLiteral("location=+48.8577+002.2950/"),
              QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=90")});
    QVERIFY(!m_tagged.isEmpty());
}

void TestVideoLibrary::quickTimeTagsGiveTimeAndPlace()
{
    QString error;
    const media::VideoFacts f = media::readVideoFacts(m_tagged, &error);
    QVERIFY2(!f.isNull(), qPrintable(error));
    QVERIFY(qAbs(f.seconds - 2.0) < 0.1);
    QCOMPARE(f.size, QSize(240, 320)); // upright
    // ffmpeg 5.1 stores rotate=90 as a matrix ffprobe reports as rotation=90, which is
    // counter-clockwise: the picture turns 270° clockwise to show upright.
    QCOMPARE(f.rotation, 270);
    QCOMPARE(f.videoCodec, QStringLiteral("mpeg4"));
    QCOMPARE(f.audioCodec, QStringLiteral("aac"));
    QVERIFY(qAbs(f.fps - 25) < 0.01);
    QVERIFY(f.bitrate > 0);
    QCOMPARE(f.created, QDateTime(QDate(2021, 5, 1), QTime(2, 3, 4), QTimeZone::utc()));
    QVERIFY(f.latitude && f.longitude);
    QVERIFY(qAbs(*f.latitude - 48.8577) < 1e-9);
    QVERIFY(qAbs(*f.longitude - 2.295) < 1e-9);

    // Apple's keys: the ISO 6709 place and the creation date with its offset.
    const QString apple =
        clip(QStringLiteral("apple.mov"),
             {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
              QStringLiteral("testsrc=size=160x120:rate=30:duration=1"), QStringLiteral("-c:v"),
              QStringLiteral("mpeg4"), QStringLiteral("-movflags"),
              QStringLiteral("use_metadata_tags"), QStringLiteral("-metadata"),
              QStringLiteral("com.apple.quicktime.location.ISO6709=-33.8568+151.2153+010.000/"),
              QStringLiteral("-metadata"),
              QStringLiteral("com.apple.quicktime.creationdate=2022-07-08T09:10:11+1000")});
    QVERIFY(!apple.isEmpty());
    const media::VideoFacts a = media::readVideoFacts(apple);
    QCOMPARE(a.created.toUTC(), QDateTime(QDate(2022, 7, 7), QTime(23, 10, 11), QTimeZone::utc()));
    QVERIFY(a.latitude && qAbs(*a.latitude + 33.8568) < 1e-9);
    QVERIFY(a.longitude && qAbs(*a.longitude - 151.2153) < 1e-9);
    QCOMPARE(a.rotation, 0);
    QCOMPARE(a.size, QSize(160, 120));
    QVERIFY(a.audioCodec.isEmpty());
}

void TestVideoLibrary::xmpFillsWhatQuickTimeLacks()
{
    const QString xmp = QStringLiteral(
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
        "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
        "xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
        "exif:GPSLatitude=\"39,54.5N\" exif:GPSLongitude=\"116,23.4W\" "
        "xmp:CreateDate=\"2020-01-02T03:04:05+08:00\"/></rdf:RDF></x:xmpmeta>");
    const QString withXmp =
        clip(QStringLiteral("xmp.mov"),
             {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
              QStringLiteral("testsrc=size=160x120:rate=25:duration=1"), QStringLiteral("-c:v"),
              QStringLiteral("mpeg4"), QStringLiteral("-metadata"), QStringLiteral("xmp=") + xmp});
    QVERIFY(!withXmp.isEmpty());
    const media::VideoFacts f = media::readVideoFacts(withXmp);
    QCOMPARE(f.created.toUTC(), QDateTime(QDate(2020, 1, 1), QTime(19, 4, 5), QTimeZone::utc()));
    QVERIFY(f.latitude && qAbs(*f.latitude - (39 + 54.5 / 60)) < 1e-9);
    QVERIFY(f.longitude && qAbs(*f.longitude + (116 + 23.4 / 60)) < 1e-9);
}

void TestVideoLibrary::iso6709Forms()
{
    double lat = 0, lon = 0;
    QVERIFY(media::parseIso6709(QStringLiteral("+39.9042+116.4074/"), &lat, &lon));
    QCOMPARE(lat, 39.9042);
    QCOMPARE(lon, 116.4074);
    QVERIFY(media::parseIso6709(QStringLiteral("-12.5-077.25+150.2/"), &lat, &lon));
    QCOMPARE(lat, -12.5);
    QCOMPARE(lon, -77.25);
    QVERIFY(!media::parseIso6709(QStringLiteral("48.8577, 2.2950"), &lat, &lon));
    QVERIFY(!media::parseIso6709(QStringLiteral("+95.0+010.0/"), &lat, &lon));
    QVERIFY(!media::parseIso6709(QString(), &lat, &lon));
}

namespace
{
media::VideoFacts facts(double seconds, QSize size)
{
    media::VideoFacts f;
    f.seconds = seconds;
    f.size = size;
    f.videoCodec = QStringLiteral("h264");
    f.fps = 30;
    f.bitrate = 8000000;
    return f;
}
} // namespace

void TestVideoLibrary::catalogueStoresAndFiltersClips()
{
    catalog::Catalog c(QStringLiteral(":memory:"));
    const QString dir = QStringLiteral("/clips");
    const QDateTime when(QDate(2024, 3, 1), QTime(12, 0), QTimeZone::utc());
    c.recordMany({{dir + QStringLiteral("/short.mp4"), 1000, when, {}},
                  {dir + QStringLiteral("/long.mp4"), 2000, when, {}},
                  {dir + QStringLiteral("/new.mp4"), 3000, when, {}},
                  {dir + QStringLiteral("/photo.jpg"), 10, when, {}}});
    QCOMPARE(c.videosWithoutFactsIn(dir),
             QStringList({dir + QStringLiteral("/long.mp4"), dir + QStringLiteral("/new.mp4"),
                          dir + QStringLiteral("/short.mp4")}));
    media::VideoFacts shortClip = facts(30, QSize(1920, 1080));
    shortClip.created = QDateTime(QDate(2023, 6, 1), QTime(8, 0), QTimeZone::utc());
    shortClip.latitude = 31.23;
    shortClip.longitude = 121.47;
    shortClip.rotation = 270;
    c.setVideoFacts(dir + QStringLiteral("/short.mp4"), 1000, when, shortClip);
    c.setVideoFacts(dir + QStringLiteral("/long.mp4"), 2000, when, facts(700, QSize(1280, 720)));
    QCOMPARE(c.videosWithoutFactsIn(dir), QStringList{dir + QStringLiteral("/new.mp4")});

    const std::optional<media::VideoFacts> back = c.videoFacts(dir + QStringLiteral("/short.mp4"));
    QVERIFY(back);
    QCOMPARE(back->seconds, 30.0);
    QCOMPARE(back->size, QSize(1920, 1080));
    QCOMPARE(back->videoCodec, QStringLiteral("h264"));
    QCOMPARE(back->rotation, 270);
    QCOMPARE(back->bitrate, 8000000);
    QCOMPARE(back->created, shortClip.created);
    QCOMPARE(*back->latitude, 31.23);
    QVERIFY(!c.videoFacts(dir + QStringLiteral("/long.mp4"))->latitude);
    // The creation time is the clip's date taken.
    QCOMPARE(c.entry(dir + QStringLiteral("/short.mp4"))->taken, shortClip.created);

    catalog::Query q;
    q.minSeconds = 600;
    QCOMPARE(c.search(q), QStringList{dir + QStringLiteral("/long.mp4")});
    q = {};
    q.maxSeconds = 59.999;
    QCOMPARE(c.search(q), QStringList{dir + QStringLiteral("/short.mp4")});
    q = {};
    q.minShortSide = 1080;
    QCOMPARE(c.search(q), QStringList{dir + QStringLiteral("/short.mp4")});
    q.minShortSide = 720;
    QCOMPARE(c.search(q).size(), 2);
    q = {};
    q.maxShortSide = 719;
    QVERIFY(c.search(q).isEmpty());

    // A changed file's facts are stale: it is read again.
    c.recordMany({{dir + QStringLiteral("/long.mp4"), 2500, when.addSecs(60), {}}});
    QCOMPARE(c.videosWithoutFactsIn(dir),
             QStringList({dir + QStringLiteral("/long.mp4"), dir + QStringLiteral("/new.mp4")}));
}

void TestVideoLibrary::filterBarChoosesLengthAndResolution()
{
    catalog::Catalog c(QStringLiteral(":memory:"));
    const QDateTime when = QDateTime::currentDateTime();
    c.setVideoFacts(QStringLiteral("/v/a.mp4"), 1, when, facts(45, QSize(3840, 2160)));
    c.setVideoFacts(QStringLiteral("/v/b.mp4"), 1, when, facts(300, QSize(640, 360)));
    c.setVideoFacts(QStringLiteral("/v/c.mp4"), 1, when, facts(900, QSize(1080, 1920)));
    ui::FilterBar bar;
    QSignalSpy changed(&bar, &ui::FilterBar::changed);
    QVERIFY(!bar.isActive());
    const auto found = [&] {
        catalog::Query q;
        bar.apply(q);
        return c.search(q);
    };
    bar.setDuration(60, 600);
    QVERIFY(bar.isActive());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(found(), QStringList{QStringLiteral("/v/b.mp4")});
    bar.setDuration(-1, 60);
    QCOMPARE(found(), QStringList{QStringLiteral("/v/a.mp4")});
    bar.setDuration(-1, -1);
    bar.setMinShortSide(1080); // a portrait 1080x1920 clip is Full HD too
    QCOMPARE(found(), QStringList({QStringLiteral("/v/a.mp4"), QStringLiteral("/v/c.mp4")}));
    bar.setMinShortSide(2160);
    QCOMPARE(found(), QStringList{QStringLiteral("/v/a.mp4")});
    bar.clear();
    QVERIFY(!bar.isActive());
    QCOMPARE(found().size(), 3);
}

void TestVideoLibrary::inspectorShowsTheSelectedClip()
{
    catalog::Catalog c(QStringLiteral(":memory:"));
    ui::InspectorPanel inspector(&c);
    inspector.show();
    inspector.showSelection({m_tagged});
    QTRY_COMPARE_WITH_TIMEOUT(inspector.shownRow(QStringLiteral("Duration")),
                              QStringLiteral("0:02.0"), 10000);
    QVERIFY2(
        inspector.shownRow(QStringLiteral("Video")).startsWith(QStringLiteral("mpeg4, 320 × 240")),
        qPrintable(inspector.shownRow(QStringLiteral("Video"))));
    QVERIFY(inspector.shownRow(QStringLiteral("Audio")).startsWith(QLatin1String("aac")));
    QCOMPARE(inspector.shownRow(QStringLiteral("Rotation")), QStringLiteral("270° clockwise"));
    QCOMPARE(inspector.shownRow(QStringLiteral("Location")), QStringLiteral("48.85770, 2.29500"));
    QCOMPARE(inspector.shownRow(QStringLiteral("Taken")),
             QLocale().toString(
                 QDateTime(QDate(2021, 5, 1), QTime(2, 3, 4), QTimeZone::utc()).toLocalTime(),
                 QLocale::ShortFormat));
}

QTEST_MAIN(TestVideoLibrary)
#include "test_video_library.moc"
