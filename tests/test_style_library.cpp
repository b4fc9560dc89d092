// The style editor's core: the operation schema and edit list (every operation and parameter
// survives print and parse), cloud limit warnings and cloud forms, style files and the store.

#include "catalog/catalog.h"
#include "catalog/stylestore.h"
#include "common/error.h"
#include "style/cloudcheck.h"
#include "style/editlist.h"
#include "style/parser.h"
#include "style/printer.h"
#include "style/schema.h"
#include "style/stylefile.h"
#include "style/values.h"
#include "support/styleparams.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using namespace ad;
using namespace ad::style;

namespace
{

QString printOne(const EditOp &op)
{
    std::vector<EditItem> items(1, EditItem{op, true, false, {}});
    return printItems(items);
}

EditOp reparsed(const EditOp &op)
{
    const QString text = printOne(op);
    const std::vector<EditItem> items = itemsOf(parse(text));
    if (items.size() != 1) qFatal("'%s' gave %d items", qPrintable(text), int(items.size()));
    return items.front().op;
}

Error expansionError(const QString &processing, const StyleLookup &lookup)
{
    try {
        expandStyles(parse(processing), lookup);
    } catch (const ProcessingError &e) {
        return e.error();
    }
    return Error{ErrorCode::IoError, QStringLiteral("expanded without an error")};
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// An expansion's error, how long it took and how far it raised the process's peak memory.
struct Bounded {
    Error error;
    qint64 ms = 0;
    long growthKb = 0;
};

Bounded bounded(const std::function<Error()> &expand)
{
    const long before = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    Bounded b{expand(), 0, 0};
    b.ms = timer.elapsed();
    b.growthKb = peakRssKb() - before;
    return b;
}

} // namespace

class StyleLibraryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOperationHasAValidDefault()
    {
        QSet<QString> ids;
        for (const OpSpec &spec : operations()) {
            QVERIFY2(!ids.contains(spec.id), qPrintable(spec.id));
            ids.insert(spec.id);
            const EditOp op = spec.make();
            QCOMPARE(&specOf(op), &spec);
            if (spec.id == u"watermark/1") continue; // needs an image: checked below
            const QString text = printOne(op);
            QVERIFY2(printItems(itemsOf(parse(text))) == text, qPrintable(text));
        }
        QCOMPARE(int(operations().size()), 28); // 21 imageMogr2 operations and 7 stage kinds
        QVERIFY(categories().size() >= 7);
    }

    // Each parameter, set to another value, prints a string that parses back to that value.
    void everyParameterSurvivesPrintAndParse()
    {
        int checked = 0;
        int unset = 0;
        for (const OpSpec &spec : operations()) {
            EditOp op = spec.make();
            if (spec.id == u"watermark/1")
                spec.params.front().set(op, QStringLiteral("marks/logo.png"));
            for (const ParamSpec &p : spec.params) {
                if (!p.appliesTo(op)) continue;
                const QVariant value = test::otherValue(p, p.get(op));
                p.set(op, value);
                test::fillRequiredImages(spec, op); // a type switch can ask for an image
                const EditOp back = reparsed(op);
                QVERIFY2(p.get(back) == p.get(op),
                         qPrintable(QStringLiteral("%1.%2: %3 became %4 in %5")
                                        .arg(spec.id, p.key, p.get(op).toString(),
                                             p.get(back).toString(), printOne(op))));
                ++checked;
                if (!p.optional) continue;
                // And unset again, unless the operation needs it (imageView2 needs w or h).
                p.set(op, QVariant());
                try {
                    QVERIFY2(!p.get(reparsed(op)).isValid(), qPrintable(spec.id + p.key));
                    ++unset;
                } catch (const ProcessingError &) {
                    p.set(op, value);
                }
            }
        }
        QVERIFY2(checked > 60 && unset > 20,
                 qPrintable(QStringLiteral("%1 %2").arg(checked).arg(unset)));
    }

    void thumbnailModesSwitchGeometry()
    {
        const OpSpec &spec = *specById(QStringLiteral("thumbnail"));
        EditOp op = spec.make();
        spec.params[0].set(op, QStringLiteral("percent"));
        QCOMPARE(printOne(op), QStringLiteral("imageMogr2/thumbnail/!50p"));
        spec.params[0].set(op, QStringLiteral("cover"));
        QCOMPARE(printOne(op), QStringLiteral("imageMogr2/thumbnail/!800x800r"));
        QVERIFY(!spec.params[3].appliesTo(op)); // percent
        spec.params[0].set(op, QStringLiteral("area"));
        QCOMPARE(printOne(op), QStringLiteral("imageMogr2/thumbnail/250000@"));
    }

    void editListKeepsStagesAndSkipsDisabled()
    {
        const QString text = QStringLiteral(
            "imageMogr2/thumbnail/800x/rotate/90|imageMogr2/format/png|watermark/2/text/"
            "QXNzZXREZXNr|imageMogr2/strip");
        std::vector<EditItem> items = itemsOf(parse(text));
        QCOMPARE(int(items.size()), 5);
        QVERIFY(items[2].newStage);
        QVERIFY(items[4].newStage); // kept when the watermark between is disabled
        QCOMPARE(printItems(items), text);
        QCOMPARE(text.mid(items[1].span.offset, items[1].span.length), QStringLiteral("rotate/90"));
        items[3].enabled = false;
        QCOMPARE(printItems(items), QStringLiteral("imageMogr2/thumbnail/800x/rotate/"
                                                   "90|imageMogr2/format/png|imageMogr2/strip"));
        items[2].newStage = false;
        QCOMPARE(printItems(items), QStringLiteral("imageMogr2/thumbnail/800x/rotate/90/format/"
                                                   "png|imageMogr2/strip"));
        std::swap(items[0], items[1]);
        QVERIFY(
            printItems(items).startsWith(QStringLiteral("imageMogr2/rotate/90/thumbnail/800x")));
        for (EditItem &i : items)
            i.enabled = false;
        QCOMPARE(printItems(items), QString());
    }

    void cloudWarningsNameTheLimits()
    {
        const Pipeline p = parse(QStringLiteral("imageMogr2/format/tpg|watermark/1/image/") +
                                 encodeBase64Param("logo.png") + QStringLiteral("|style/thumbs"));
        const QStringList w =
            cloudWarnings(p, {40LL << 20, QSize(31000, 200), 1}, QSize(12000, 50));
        const QString all = w.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("32 MB")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("30000")));
        QVERIFY(all.contains(QLatin1String("9999")));
        QVERIFY(all.contains(QLatin1String("tpg")));
        QVERIFY(all.contains(QLatin1String("logo.png")));
        QVERIFY(all.contains(QLatin1String("style/thumbs")));
        QCOMPARE(w.size(), 6);
        // Animated: frames count against the 250 million pixels.
        QCOMPARE(cloudWarnings(parse(QStringLiteral("imageMogr2/cgif/5")),
                               {1 << 20, QSize(5000, 5000), 20})
                     .size(),
                 1);
        QVERIFY(cloudWarnings(parse(QStringLiteral("imageMogr2/thumbnail/800x|watermark/1/image/") +
                                    encodeBase64Param("http://b-1250000000.cos.ap-beijing."
                                                      "myqcloud.com/logo.png")),
                              {1 << 20, QSize(4000, 3000), 1}, QSize(800, 600))
                    .isEmpty());
    }

    void cloudFormsCarryTheStringUnchanged()
    {
        QCOMPARE(cloudUrl(QStringLiteral("https://b-125.cos.ap-beijing.myqcloud.com/a/p.jpg"),
                          QStringLiteral("imageMogr2/thumbnail/800x600>|watermark/2/text/QQ")),
                 QStringLiteral("https://b-125.cos.ap-beijing.myqcloud.com/a/p.jpg?imageMogr2/"
                                "thumbnail/800x600%3E|watermark/2/text/QQ"));
        QCOMPARE(cloudUrl(QStringLiteral("https://h/p.jpg"), {}),
                 QStringLiteral("https://h/p.jpg"));
        const QByteArray json = picOperationsJson(
            {{QStringLiteral("p_small.jpg"), QStringLiteral("imageMogr2/thumbnail/!50p")}});
        QCOMPARE(json, QByteArray(R"({"is_pic_info":1,"rules":[{"fileid":"p_small.jpg",)"
                                  R"("rule":"imageMogr2/thumbnail/!50p"}]})"));
        QList<PicRule> six(6, PicRule{QStringLiteral("x.jpg"), QStringLiteral("imageInfo")});
        QVERIFY_THROWS_EXCEPTION(ProcessingError, picOperationsJson(six));
    }

    void styleFilesRoundTrip()
    {
        const QMap<QString, QString> styles{
            {QStringLiteral("small"), QStringLiteral("imageMogr2/thumbnail/200x")},
            {QStringLiteral("web.v2"), QStringLiteral("style/small|imageMogr2/format/webp")}};
        QCOMPARE(parseStyleList(styleListText(styles), QStringLiteral("t")), styles);
        QCOMPARE(parseStyleJson(styleJson(styles), QStringLiteral("t")), styles);
        QCOMPARE(parseStyleJson(R"({"StyleList":[{"StyleName":"a","StyleBody":"imageInfo"}]})",
                                QStringLiteral("t"))
                     .value(QStringLiteral("a")),
                 QStringLiteral("imageInfo"));
        try {
            parseStyleList("ok\timageInfo\nbad\timageMogr2/rotate/999\n", QStringLiteral("f.tsv"));
            QFAIL("an invalid body was accepted");
        } catch (const ProcessingError &e) {
            QVERIFY2(e.error().message.contains(QLatin1String("f.tsv:2")),
                     qPrintable(e.error().message));
        }
        QVERIFY_THROWS_EXCEPTION(
            ProcessingError,
            parseStyleJson(R"([{"name":"no/slash","body":"imageInfo"}])", QStringLiteral("t")));
    }

    // Pulling styles into a list file keeps what its author wrote around them.
    void listTextKeepsCommentsAndOrder()
    {
        const QByteArray existing = "# team styles\n"
                                    "zoom\timageMogr2/thumbnail/50x\n"
                                    "\n"
                                    "# hero banners\n"
                                    "hero\timageMogr2/crop/800x300\n"
                                    "gone\timageMogr2/rotate/90\n";
        const QMap<QString, QString> styles{
            {QStringLiteral("zoom"), QStringLiteral("imageMogr2/thumbnail/60x")},
            {QStringLiteral("hero"), QStringLiteral("imageMogr2/crop/800x300")},
            {QStringLiteral("added"), QStringLiteral("imageMogr2/blur/3x1")}};
        const QByteArray updated = updatedStyleListText(existing, styles);
        QCOMPARE(updated, QByteArray("# team styles\n"
                                     "zoom\timageMogr2/thumbnail/60x\n"
                                     "\n"
                                     "# hero banners\n"
                                     "hero\timageMogr2/crop/800x300\n"
                                     "added\timageMogr2/blur/3x1\n"));
        QCOMPARE(parseStyleList(updated, QStringLiteral("updated")), styles);
        QCOMPARE(updatedStyleListText({}, styles), styleListText(styles));
    }

    void deepStyleChainStopsAtTenLevels()
    {
        // 26,000 styles, each naming the next: expansion recursed once per level and overflowed
        // the stack. Levels are now expanded in a loop and the eleventh is refused.
        QTemporaryDir dir;
        const int n = 26000;
        QByteArray list;
        for (int i = 0; i < n; ++i)
            list += QStringLiteral("s%1\tstyle/s%2\n").arg(i).arg(i + 1).toUtf8();
        list += QStringLiteral("s%1\timageMogr2/rotate/90\n").arg(n).toUtf8();
        const QString file = dir.filePath(QStringLiteral("deep.tsv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(list) == list.size());
        out.close();
        const StyleLookup lookup = lookupIn(readStyleList(file));
        const Bounded run =
            bounded([&] { return expansionError(QStringLiteral("style/s0"), lookup); });
        QCOMPARE(run.error.code, ErrorCode::TooManyStages);
        QCOMPARE(run.error.errNo(), -60998);
        QCOMPARE(run.error.offset, 0); // the reference written in the string
        QCOMPARE(run.error.length, 8);
        QVERIFY2(run.ms < 2000, qPrintable(QString::number(run.ms)));
        QVERIFY2(run.growthKb < 64 * 1024, qPrintable(QString::number(run.growthKb)));
        // Ten levels expand; the eleventh (s26000's body is reached from s25990) does not.
        QCOMPARE(print(expandStyles(parse(QStringLiteral("style/s25991")), lookup)),
                 QStringLiteral("imageMogr2/rotate/90"));
        QCOMPARE(expansionError(QStringLiteral("style/s25990"), lookup).code,
                 ErrorCode::TooManyStages);
    }

    void doublingStylesStopAtTenStages()
    {
        // 41 lines, each style using the next twice: 2^40 stages if expanded to the end. The
        // stage limit holds on every level, so the fourth level (16 stages) ends it.
        QByteArray list;
        for (int i = 0; i < 40; ++i)
            list += QStringLiteral("n%1\tstyle/n%2|style/n%2\n").arg(i).arg(i + 1).toUtf8();
        list += "n40\timageMogr2/rotate/90\n";
        const StyleLookup lookup = lookupIn(parseStyleList(list, QStringLiteral("next.tsv")));
        const Bounded run = bounded(
            [&] { return expansionError(QStringLiteral("imageMogr2/strip|style/n0"), lookup); });
        QCOMPARE(run.error.code, ErrorCode::TooManyStages);
        QCOMPARE(run.error.errNo(), -60998);
        QCOMPARE(run.error.offset, 17); // style/n0, the reference written in the string
        QCOMPARE(run.error.length, 8);
        QVERIFY2(run.ms < 2000, qPrintable(QString::number(run.ms)));
        QVERIFY2(run.growthKb < 64 * 1024, qPrintable(QString::number(run.growthKb)));
        // Eight stages (three doublings) are within the limit; sixteen are not.
        QCOMPARE(expandStyles(parse(QStringLiteral("style/n37")), lookup).stages.size(), size_t(8));
        QCOMPARE(expansionError(QStringLiteral("style/n36"), lookup).code,
                 ErrorCode::TooManyStages);
    }

    void storeKeepsRenamesAndReferences()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            catalog::Catalog c(file);
            catalog::StyleStore store(c);
            store.save(QStringLiteral("small"), QStringLiteral("imageMogr2/thumbnail/200x"));
            store.save(QStringLiteral("web"), QStringLiteral("style/small|imageMogr2/format/webp"));
            QVERIFY_THROWS_EXCEPTION(
                ProcessingError,
                store.save(QStringLiteral("bad"), QStringLiteral("imageMogr2/rotate/999")));
            QVERIFY_THROWS_EXCEPTION(
                ProcessingError, store.save(QStringLiteral("a b"), QStringLiteral("imageInfo")));
            QCOMPARE(store.referencing(QStringLiteral("small")),
                     QStringList{QStringLiteral("web")});
            store.rename(QStringLiteral("small"), QStringLiteral("thumb"));
            QCOMPARE(*store.body(QStringLiteral("web")),
                     QStringLiteral("style/thumb|imageMogr2/format/webp"));
            QVERIFY_THROWS_EXCEPTION(ProcessingError,
                                     store.rename(QStringLiteral("thumb"), QStringLiteral("web")));
            QCOMPARE(store.duplicate(QStringLiteral("thumb")), QStringLiteral("thumb-copy"));
            QCOMPARE(store.duplicate(QStringLiteral("thumb")), QStringLiteral("thumb-copy2"));
            store.remove(QStringLiteral("thumb-copy2"));
            const QStringList stored =
                store.importStyles({{QStringLiteral("web"), QStringLiteral("imageInfo")},
                                    {QStringLiteral("new"), QStringLiteral("imageAve")}},
                                   false);
            QCOMPARE(stored, QStringList{QStringLiteral("new")});
            const auto lookup = store.lookup();
            QCOMPARE(print(expandStyles(parse(QStringLiteral("style/web")), lookup)),
                     QStringLiteral("imageMogr2/thumbnail/200x|imageMogr2/format/webp"));
        }
        catalog::Catalog again(file); // the library outlives the session
        QCOMPARE(catalog::StyleStore(again).all().keys(),
                 (QStringList{QStringLiteral("new"), QStringLiteral("thumb"),
                              QStringLiteral("thumb-copy"), QStringLiteral("web")}));
    }
};

QTEST_GUILESS_MAIN(StyleLibraryTest)
#include "test_style_library.moc"
