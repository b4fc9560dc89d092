// assetdesk-cli: exit codes, ERROR lines, outputs written atomically, JSON on stdout.

#include "support/testimages.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ad::test;

class CliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_input;

    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(ASSETDESK_CLI), args);
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_input =
            writeTemp(m_dir, QStringLiteral("in.jpg"), makeImage(960, 540, QStringLiteral("jpg")));
    }

    void processWritesOutput()
    {
        const QString out = m_dir.filePath(QStringLiteral("out.webp"));
        const Run r = cli({QStringLiteral("process"), m_input,
                           QStringLiteral("imageMogr2/thumbnail/800x/quality/80/format/webp"),
                           QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QCOMPARE(loaderOf(data), QStringLiteral("webpload_buffer"));
        QCOMPARE(sizeOf(data), QSize(800, 450));
        // No temporary files are left behind.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), 2);
    }

    void formatFollowsInputWhenNotGiven()
    {
        const QString out = m_dir.filePath(QStringLiteral("same.bin"));
        QCOMPARE(cli({QStringLiteral("process"), m_input, QStringLiteral("imageMogr2/rotate/90"),
                      QStringLiteral("-o"), out})
                     .code,
                 0);
        QFile f(out);
        f.open(QIODevice::ReadOnly);
        QCOMPARE(loaderOf(f.readAll()), QStringLiteral("jpegload_buffer"));
    }

    // libvips' format modules are loaded on demand (start-up stays small for JPEG): a fresh
    // process must still read HEIC and write AVIF and BMP.
    void formatModulesLoadOnDemand()
    {
        const QString heic = writeTemp(m_dir, QStringLiteral("in.heic"),
                                       makeImage(320, 200, QStringLiteral("heic")));
        for (const auto &[format, loader] :
             {std::pair{QStringLiteral("avif"), QStringLiteral("heifload_buffer")},
              std::pair{QStringLiteral("bmp"), QStringLiteral("magickload_buffer")},
              std::pair{QStringLiteral("png"), QStringLiteral("pngload_buffer")}}) {
            const QString out = m_dir.filePath(QStringLiteral("modules.") + format);
            const Run r = cli({QStringLiteral("process"), heic,
                               QStringLiteral("imageMogr2/thumbnail/160x/format/") + format,
                               QStringLiteral("-o"), out});
            QVERIFY2(r.code == 0, r.err.constData());
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            QCOMPARE(loaderOf(data), loader);
            QCOMPARE(sizeOf(data), QSize(160, 100));
            f.remove();
        }
        QFile::remove(heic);
    }

    void infoPrintsJson()
    {
        const Run r = cli({QStringLiteral("process"), m_input, QStringLiteral("imageInfo")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("width")).toString(), QStringLiteral("960"));
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("jpeg"));
        QVERIFY(cli({QStringLiteral("process"), m_input, QStringLiteral("imageAve")})
                    .out.startsWith("{\"RGB\": \"0x"));
        QVERIFY(
            cli({QStringLiteral("process"), m_input, QStringLiteral("exif")}).out.startsWith("{"));
    }

    // Issue 10: embed with watermark/3, then watermark/4 prints JSON and writes the mark to -o.
    void blindWatermarkEmbedsAndExtracts()
    {
        const QString photo = writePhoto(m_dir, QStringLiteral("Kite"), QSize(1920, 1080),
                                         QStringLiteral("photo.jpg"));
        const QString mark = m_dir.filePath(QStringLiteral("mark.png"));
        QCOMPARE(run(QStringLiteral("convert"),
                     {QStringLiteral("-size"), QStringLiteral("160x100"),
                      QStringLiteral("xc:black"), QStringLiteral("-fill"), QStringLiteral("white"),
                      QStringLiteral("-draw"), QStringLiteral("rectangle 10,10 70,90"), mark}),
                 0);
        const QString image = QString::fromLatin1(
            mark.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QString marked = m_dir.filePath(QStringLiteral("marked.jpg"));
        QCOMPARE(
            cli({QStringLiteral("process"), photo,
                 QStringLiteral("watermark/3/type/2/image/") + image, QStringLiteral("-o"), marked})
                .code,
            0);
        const QString extracted = m_dir.filePath(QStringLiteral("extracted.png"));
        const Run r = cli({QStringLiteral("process"), marked,
                           QStringLiteral("watermark/4/type/2/image/") + image,
                           QStringLiteral("-o"), extracted});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(o.value(QStringLiteral("WatermarkStatus")).toInt() > 75, r.out.constData());
        QCOMPARE(o.value(QStringLiteral("Location")).toString(), extracted);
        QFile f(extracted);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(sizeOf(f.readAll()), QSize(128, 128));
        // Type 3: the text comes back in the JSON.
        const QString text = m_dir.filePath(QStringLiteral("text.jpg"));
        QCOMPARE(
            cli({QStringLiteral("process"), photo,
                 QStringLiteral("watermark/3/type/3/text/VXNlcjQy"), QStringLiteral("-o"), text})
                .code,
            0);
        const Run t = cli({QStringLiteral("process"), text, QStringLiteral("watermark/4/type/3")});
        QCOMPARE(QJsonDocument::fromJson(t.out).object().value(QStringLiteral("Text")).toString(),
                 QStringLiteral("User42"));
    }

    // Issue 17: wmreport --type 1|2 decoded the mark before libvips was started and crashed.
    // Type 1 on a 4000x3000 photo with a large 16-bit mark, type 2 on a full-size wallpaper with
    // a small one.
    void watermarkReportWithMarkImage()
    {
        const QString big =
            writePhoto(m_dir, QStringLiteral("Kite"), QSize(4000, 3000), QStringLiteral("big.jpg"));
        const QString small = m_dir.filePath(QStringLiteral("small-mark.png"));
        const QString large = m_dir.filePath(QStringLiteral("large-mark.png"));
        QCOMPARE(run(QStringLiteral("convert"),
                     {QStringLiteral("-size"), QStringLiteral("64x64"), QStringLiteral("xc:black"),
                      QStringLiteral("-fill"), QStringLiteral("white"), QStringLiteral("-draw"),
                      QStringLiteral("rectangle 8,8 40,56"), small}),
                 0);
        QCOMPARE(run(QStringLiteral("convert"),
                     {QStringLiteral("-size"), QStringLiteral("1200x900"),
                      QStringLiteral("xc:black"), QStringLiteral("-fill"), QStringLiteral("white"),
                      QStringLiteral("-draw"), QStringLiteral("circle 600,450 600,100"),
                      QStringLiteral("-depth"), QStringLiteral("16"), large}),
                 0);
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        for (const auto &[type, picture, mark] :
             {std::tuple{QStringLiteral("1"), big, large},
              std::tuple{QStringLiteral("2"), wallpaperPath(QStringLiteral("Kite")), small}}) {
            const Run r = cli({QStringLiteral("wmreport"), picture, QStringLiteral("--type"), type,
                               QStringLiteral("--mark"), mark, QStringLiteral("--attacks"),
                               QStringLiteral("jpeg90"), QStringLiteral("--csv"), csv});
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY2(r.out.startsWith("type " + type.toLatin1() + ", 1 picture(s)"),
                     r.out.constData());
            // The mark survives JPEG 90 and reads back whole.
            const QList<QByteArray> rows = readFile(csv).split('\n');
            QCOMPARE(rows.size(), 3); // header, one row, final newline
            QVERIFY2(rows[1].contains(",\"jpeg90\",yes,"), rows[1].constData());
        }
    }

    // An output's extension must not contradict its bytes: refused before anything is written,
    // or followed where the tool has no format of its own (snapshot without --format).
    void outputNamesMatchTheirFormat()
    {
        const QString png = m_dir.filePath(QStringLiteral("named.png"));
        Run r = cli({QStringLiteral("process"), m_input, QStringLiteral("imageMogr2/thumbnail/80x"),
                     QStringLiteral("-o"), png});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("InvalidArgument") && r.err.contains("end the name in .jpg"),
                 r.err.constData());
        QVERIFY(!QFile::exists(png));
        r = cli({QStringLiteral("process"), m_input,
                 QStringLiteral("imageMogr2/thumbnail/80x/format/png"), QStringLiteral("-o"), png});
        QCOMPARE(r.code, 0);
        QCOMPARE(loaderOf(readFile(png)), QStringLiteral("pngload_buffer"));
        const QString jpeg = m_dir.filePath(QStringLiteral("named.JPEG"));
        QCOMPARE(cli({QStringLiteral("process"), m_input,
                      QStringLiteral("imageMogr2/thumbnail/80x"), QStringLiteral("-o"), jpeg})
                     .code,
                 0);
        QCOMPARE(sizeOf(readFile(jpeg)), QSize(80, 45));

        // Batch: a literal extension in the name template over another format.
        const QString pngSource =
            writeTemp(m_dir, QStringLiteral("src.png"), makeImage(64, 48, QStringLiteral("png")));
        const QString out = m_dir.filePath(QStringLiteral("batch-out"));
        r = cli({QStringLiteral("batch"), pngSource, out, QStringLiteral("--style"),
                 QStringLiteral("imageMogr2/thumbnail/32x"), QStringLiteral("--name"),
                 QStringLiteral("{name}.jpg")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("names a jpg file"), r.err.constData());
        QVERIFY(!QFile::exists(out + QStringLiteral("/src.jpg")));
        r = cli({QStringLiteral("batch"), pngSource, out, QStringLiteral("--style"),
                 QStringLiteral("imageMogr2/thumbnail/32x/format/jpg"), QStringLiteral("--name"),
                 QStringLiteral("{name}.jpg")});
        QCOMPARE(r.code, 0);
        QCOMPARE(loaderOf(readFile(out + QStringLiteral("/src.jpg"))),
                 QStringLiteral("jpegload_buffer"));

        // Snapshot: the name picks PNG when --format is not given; a GIF name is refused.
        const QString video = m_dir.filePath(QStringLiteral("clip.mp4"));
        QCOMPARE(run(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                      QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("testsrc=size=160x90:rate=10:duration=1"),
                      QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), video}),
                 0);
        const QString still = m_dir.filePath(QStringLiteral("still.png"));
        QCOMPARE(cli({QStringLiteral("snapshot"), video, QStringLiteral("--time"),
                      QStringLiteral("0.5"), QStringLiteral("-o"), still})
                     .code,
                 0);
        QCOMPARE(loaderOf(readFile(still)), QStringLiteral("pngload_buffer"));
        const QString gif = m_dir.filePath(QStringLiteral("still.gif"));
        r = cli({QStringLiteral("snapshot"), video, QStringLiteral("--time"), QStringLiteral("0.5"),
                 QStringLiteral("-o"), gif});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(gif));
    }

    void errorsAreReported()
    {
        Run r = cli({QStringLiteral("process"), m_input, QStringLiteral("imageMogr2/thumbnail/abc"),
                     QStringLiteral("-o"), m_dir.filePath(QStringLiteral("never.jpg"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith("ERROR InvalidArgument: thumbnail: 'abc'"));
        QVERIFY(r.err.contains("(X-ErrNo -60998)"));
        // The caret sits under the token: two spaces of indent plus the 21 characters before it.
        QVERIFY(r.err.contains("  imageMogr2/thumbnail/abc\n" + QByteArray(2 + 21, ' ') + "^^^\n"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.jpg"))));
        r = cli({QStringLiteral("process"), m_dir.filePath(QStringLiteral("missing.jpg")),
                 QStringLiteral("imageInfo")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith("ERROR NotFound: "));
        r = cli({QStringLiteral("process"), m_input, QStringLiteral("imageMogr2/format/tpg"),
                 QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x"))});
        QVERIFY(r.err.startsWith("ERROR UnsupportedLocally: "));
        r = cli({QStringLiteral("process"), m_input, QStringLiteral("imageMogr2/rotate/90"),
                 QStringLiteral("-o"), m_dir.filePath(QStringLiteral("no/such/folder/out.jpg"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith("ERROR IoError: cannot write "));
        QCOMPARE(cli({QStringLiteral("process"), m_input}).code, 2); // usage
        r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith("unknown command 'frobnicate'\n"));
        r = cli({});
        QCOMPARE(r.code, 2); // nothing asked is not success
        QVERIFY(r.err.contains("process INPUT"));
        r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("process INPUT"));
    }

    void validate()
    {
        Run r = cli({QStringLiteral("validate"),
                     QStringLiteral("imageMogr2/thumbnail/800x600/color/I0ZGMDAwMA==/pad/1")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("imageMogr2/thumbnail/800x600/pad/1/color/I0ZGMDAwMA\n"));
        QCOMPARE(cli({QStringLiteral("validate"),
                      QStringLiteral("imageMogr2/thumbnail/!800x600r/pad/1")})
                     .code,
                 1); // D19
        r = cli({QStringLiteral("validate"),
                 QStringLiteral("?imageMogr2/thumbnail/800x600%3E|imageView2/2/w/100")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("imageMogr2/thumbnail/800x600>|imageView2/2/w/100\n"));
        r = cli({QStringLiteral("validate"), QStringLiteral("imageMogr2/rotate/400")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith("ERROR InvalidArgument: rotate: 400 is outside 0..360"));
    }

    // A pasted URL validates as its processing: the signature dropped (and said so), the
    // style after a separator taken from --styles, a URL without processing an error.
    void validatePastedUrl()
    {
        const QString host = QStringLiteral("https://p-1250000000.cos.ap-beijing.myqcloud.com/");
        Run r = cli({QStringLiteral("validate"),
                     host + QStringLiteral("%E5%9B%BE.jpg?imageMogr2%2Fthumbnail%2F800x600%3E&"
                                           "q-sign-algorithm=sha1&q-signature=ab")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("imageMogr2/thumbnail/800x600>\n"));
        QVERIFY(r.err.contains("dropped: q-sign-algorithm, q-signature"));
        const QString list = writeTemp(m_dir, QStringLiteral("pasted.tsv"),
                                       "small\timageMogr2/thumbnail/200x/rotate/90\n");
        r = cli({QStringLiteral("validate"), host + QStringLiteral("a.jpg!small"),
                 QStringLiteral("--styles"), list});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("imageMogr2/thumbnail/200x/rotate/90\n"));
        r = cli({QStringLiteral("validate"), host + QStringLiteral("a.jpg-big")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("style/big\n"));
        QVERIFY(r.err.contains("no style “big”"));
        r = cli({QStringLiteral("validate"), host + QStringLiteral("a.jpg?q-ak=x")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("ERROR InvalidArgument: the URL carries no processing"));
    }

    void stylesFromAList()
    {
        const QString list = writeTemp(m_dir, QStringLiteral("styles.tsv"),
                                       "# name<TAB>processing\nsmall\timageMogr2/thumbnail/200x\n");
        const QString out = m_dir.filePath(QStringLiteral("styled.png"));
        QCOMPARE(cli({QStringLiteral("process"), m_input,
                      QStringLiteral("style/small|imageMogr2/format/png"), QStringLiteral("-o"),
                      out, QStringLiteral("--styles"), list})
                     .code,
                 0);
        QFile f(out);
        f.open(QIODevice::ReadOnly);
        QCOMPARE(sizeOf(f.readAll()), QSize(200, 113));
        const Run missing = cli({QStringLiteral("validate"), QStringLiteral("style/big"),
                                 QStringLiteral("--styles"), list});
        QVERIFY(missing.err.startsWith("ERROR StyleNotFound: "));
    }

    void fontsListsCjkFamilies()
    {
        const Run r = cli({QStringLiteral("fonts")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("simhei黑体.ttf\tNoto Sans CJK SC\n"));
        QVERIFY(!r.out.contains("not installed"));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "test_cli.moc"
