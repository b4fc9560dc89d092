// Size arithmetic of thumbnail, imageView2, crop, cut and gravity placement.

#include "common/error.h"
#include "imaging/sizing.h"
#include "style/parser.h"

#include <QTest>

using namespace ad;
using namespace ad::imaging;

class SizingTest : public QObject
{
    Q_OBJECT

    static QSize thumb(const QString &geometry, QSize source)
    {
        const auto p = style::parse(QStringLiteral("imageMogr2/thumbnail/") + geometry);
        return thumbnailSize(
            std::get<style::Thumbnail>(std::get<style::MogrStage>(p.stages[0].op).steps[0].op)
                .geometry,
            source);
    }
    static style::ImageView2 view(const QString &text)
    {
        return std::get<style::ImageView2>(style::parse(text).stages[0].op);
    }
    static style::Crop crop(const QString &text)
    {
        return std::get<style::Crop>(
            std::get<style::MogrStage>(style::parse(text).stages[0].op).steps[0].op);
    }

private Q_SLOTS:
    void thumbnail_data()
    {
        QTest::addColumn<QString>("geometry");
        QTest::addColumn<QSize>("source");
        QTest::addColumn<QSize>("expected");
        const QSize s(960, 540);
        QTest::newRow("!50p") << "!50p" << s << QSize(480, 270);
        QTest::newRow("!150p enlarges") << "!150p" << s << QSize(1440, 810);
        QTest::newRow("!50px") << "!50px" << s << QSize(480, 540);
        QTest::newRow("!x50p") << "!x50p" << s << QSize(960, 270);
        QTest::newRow("W x") << "500x" << s << QSize(500, 281); // 540*500/960 = 281.25
        QTest::newRow("x H") << "x500" << s << QSize(889, 500); // 960*500/540 = 888.9
        QTest::newRow("fit by width") << "500x500" << s << QSize(500, 281);
        QTest::newRow("fit by height") << "1000x270" << s << QSize(480, 270);
        QTest::newRow("fit enlarges") << "1920x1920" << s << QSize(1920, 1080);
        QTest::newRow("> shrinks") << "500x500>" << s << QSize(500, 281);
        QTest::newRow("> keeps when box larger") << "1000x600>" << s << QSize(960, 540);
        QTest::newRow("< enlarges") << "1920x1080<" << s << QSize(1920, 1080);
        QTest::newRow("< keeps when a side is smaller") << "1920x500<" << s << QSize(960, 540);
        QTest::newRow("cover") << "!500x500r" << s << QSize(889, 500);
        QTest::newRow("cover wide box")
            << "!1000x100r" << s << QSize(1000, 563); // 540*1000/960=562.5 -> 563
        QTest::newRow("exact") << "300x300!" << s << QSize(300, 300);
        QTest::newRow("area floors")
            << "100000@" << s << QSize(421, 237); // 421*237 = 99777 <= 100000
        QTest::newRow("area never enlarges") << "1000000@" << s << QSize(960, 540);
        QTest::newRow("half rounds up") << "!50p" << QSize(3, 3) << QSize(2, 2); // 1.5 -> 2
        QTest::newRow("never below 1 px") << "!1p" << QSize(10, 10) << QSize(1, 1);
        QTest::newRow("float artefact") << "500x500" << QSize(960, 540) << QSize(500, 281);
    }

    void thumbnail()
    {
        QFETCH(QString, geometry);
        QFETCH(QSize, source);
        QFETCH(QSize, expected);
        const QSize got = thumb(geometry, source);
        QCOMPARE(got, expected);
        if (geometry.endsWith(QLatin1Char('@')))
            QVERIFY(qint64(got.width()) * got.height() <= geometry.chopped(1).toLongLong());
    }

    void imageView2DocumentExamples()
    {
        const QSize s(1000, 500);
        const ViewPlan m1 = imageView2Plan(view(QStringLiteral("imageView2/1/w/500/h/400")), s);
        QCOMPARE(m1.scaled, QSize(800, 400));
        QCOMPARE(m1.crop, QRect(150, 0, 500, 400));
        QCOMPARE(imageView2Plan(view(QStringLiteral("imageView2/2/w/500/h/400")), s).scaled,
                 QSize(500, 250));
        QCOMPARE(imageView2Plan(view(QStringLiteral("imageView2/3/w/500/h/400")), s).scaled,
                 QSize(800, 400));
    }

    void imageView2Modes()
    {
        const QSize landscape(1000, 500), portrait(500, 1000);
        // Mode 1 with one side: a square.
        QCOMPARE(imageView2Plan(view(QStringLiteral("imageView2/1/w/300")), landscape).crop.size(),
                 QSize(300, 300));
        // Mode 2 with one side: the other adapts.
        QCOMPARE(imageView2Plan(view(QStringLiteral("imageView2/2/h/100")), landscape).scaled,
                 QSize(200, 100));
        // Mode 3 with one side: the other gets the same value (minimum).
        QCOMPARE(imageView2Plan(view(QStringLiteral("imageView2/3/w/300")), landscape).scaled,
                 QSize(600, 300));
        // Case 1 of the document: 960x540 to 400x600 enlarges the height (A17, D2).
        const ViewPlan up =
            imageView2Plan(view(QStringLiteral("imageView2/1/w/400/h/600")), QSize(960, 540));
        QCOMPARE(up.scaled, QSize(1067, 600));
        QCOMPARE(up.crop.size(), QSize(400, 600));
        // Mode 4: long edge >= 600 and short edge >= 200, in the source's orientation (D13).
        QCOMPARE(imageView2Plan(view(QStringLiteral("imageView2/4/w/600/h/200")), landscape).scaled,
                 QSize(600, 300));
        QCOMPARE(imageView2Plan(view(QStringLiteral("imageView2/4/w/600/h/200")), portrait).scaled,
                 QSize(300, 600));
        // Mode 5: as mode 4, then centre-crop to long x short oriented like the source.
        const ViewPlan m5 =
            imageView2Plan(view(QStringLiteral("imageView2/5/w/600/h/400")), portrait);
        QCOMPARE(m5.scaled, QSize(400, 800));
        QCOMPARE(m5.crop, QRect(0, 100, 400, 600));
    }

    void cropAnchors()
    {
        const QSize s(1000, 600);
        QCOMPARE(cropRect(crop(QStringLiteral("imageMogr2/crop/300x200")), s),
                 QRect(0, 0, 300, 200)); // D7 northwest
        QCOMPARE(
            cropRect(crop(QStringLiteral("imageMogr2/crop/300x200/gravity/center/dx/50/dy/50")), s),
            QRect(350, 200, 300, 200));
        QCOMPARE(
            cropRect(crop(QStringLiteral("imageMogr2/crop/300x200/gravity/southeast/dx/10/dy/20")),
                     s),
            QRect(690, 380, 300, 200));
        QCOMPARE(
            cropRect(crop(QStringLiteral("imageMogr2/crop/300x200/gravity/north/dx/99/dy/5")), s),
            QRect(350, 5, 300, 200));
        QCOMPARE(cropRect(crop(QStringLiteral("imageMogr2/crop/300x/gravity/east")), s),
                 QRect(700, 0, 300, 600));
        QCOMPARE(cropRect(crop(QStringLiteral("imageMogr2/crop/x100/gravity/south")), s),
                 QRect(0, 500, 1000, 100));
        QCOMPARE(cropRect(crop(QStringLiteral("imageMogr2/crop/1000x600")), s),
                 QRect(0, 0, 1000, 600)); // equal is allowed (D5)
        // Pushed past the edge: clipped (D5).
        QCOMPARE(cropRect(crop(QStringLiteral("imageMogr2/crop/300x200/dx/900")), s),
                 QRect(900, 0, 100, 200));
        QVERIFY_THROWS_EXCEPTION(ProcessingError,
                                 cropRect(crop(QStringLiteral("imageMogr2/crop/1001x")), s));
    }

    void cutRects()
    {
        const QSize s(960, 540);
        QCOMPARE(cutRect({600, 300, 0, 0}, s), QRect(0, 0, 600, 300)); // D6: 0 offsets allowed
        QCOMPARE(cutRect({600, 600, 10, 10}, QSize(960, 700)), QRect(10, 10, 600, 600));
        QCOMPARE(cutRect({600, 300, 500, 400}, s), QRect(500, 400, 460, 140)); // clipped
        QVERIFY_THROWS_EXCEPTION(ProcessingError,
                                 cutRect({600, 600, 0, 10}, s)); // taller than source
        QVERIFY_THROWS_EXCEPTION(ProcessingError, cutRect({10, 10, 960, 0}, s)); // starts outside
    }

    void gravityPlacement()
    {
        const QSize canvas(100, 80), item(20, 10);
        using G = style::Gravity;
        QCOMPARE(anchor(G::NorthWest, 5, 6, canvas, item), QPoint(5, 6));
        QCOMPARE(anchor(G::North, 5, 6, canvas, item), QPoint(40, 6));
        QCOMPARE(anchor(G::NorthEast, 5, 6, canvas, item), QPoint(75, 6));
        QCOMPARE(anchor(G::West, 5, 6, canvas, item), QPoint(5, 35));
        QCOMPARE(anchor(G::Center, 5, 6, canvas, item), QPoint(40, 35));
        QCOMPARE(anchor(G::East, 5, 6, canvas, item), QPoint(75, 35));
        QCOMPARE(anchor(G::SouthWest, 5, 6, canvas, item), QPoint(5, 64));
        QCOMPARE(anchor(G::South, 5, 6, canvas, item), QPoint(40, 64));
        QCOMPARE(anchor(G::SouthEast, 5, 6, canvas, item), QPoint(75, 64));
    }
};

QTEST_GUILESS_MAIN(SizingTest)
#include "test_sizing.moc"
