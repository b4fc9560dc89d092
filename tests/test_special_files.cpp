// Files that are not regular files: /dev/zero, a FIFO with no writer, a folder, a symlink to a
// device and a socket, named as every kind of input a user gives. Each is refused at once with
// "not a regular file", never read without end or waited on. Also: reads are capped by the bytes
// read (not the size stat reports), a missing absolute watermark path is reported as given, and
// the CLI's stderr carries its own ERROR line only, not what libraries say.

#include "common/error.h"
#include "files/regularfile.h"
#include "imaging/executor.h"
#include "imaging/vipsutil.h"
#include "style/stylefile.h"
#include "style/values.h"
#include "support/testimages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QTest>
#include <sys/stat.h>

using namespace ad;
using namespace ad::test;

namespace
{

struct Special {
    QString path;
    QString kind; // as the error names it
};

struct Cli {
    int code = -1;
    QByteArray err;
    qint64 ms = 0;
};

// A FIFO never gets a writer here: a command that waited on it would hang, so every run has a
// deadline and a hung one is killed and reported.
Cli cli(const QStringList &args, const QByteArray &debug = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ASSETDESK_DEBUG"));
    if (!debug.isEmpty()) env.insert(QStringLiteral("ASSETDESK_DEBUG"), QString::fromLatin1(debug));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(ASSETDESK_CLI), args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return {-2, "hung", timer.elapsed()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, p.readAllStandardError(),
            timer.elapsed()};
}

QString b64(const QString &s)
{
    return style::encodeBase64Param(s.toUtf8());
}

ErrorCode codeOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const ProcessingError &e) {
        return e.error().code;
    }
    return ErrorCode::InvalidArgument; // "no error" never matches what the tests expect
}

} // namespace

class SpecialFilesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_photo; // 512x384 JPEG, big enough for the blind watermark
    QLocalServer m_socket;
    QList<Special> m_specials;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Each CLI run costs seconds under the sanitizers: there, the two kinds that used to read
    // without end or hang; the rest take the same path.
    QList<Special> cliSpecials() const
    {
#if defined(ASSETDESK_SANITIZE) || defined(__SANITIZE_ADDRESS__)
        return m_specials.mid(0, 2);
#else
        return m_specials;
#endif
    }

private Q_SLOTS:
    void initTestCase()
    {
        imaging::ensureVips();
        m_photo = writeTemp(m_dir, QStringLiteral("photo.jpg"),
                            makeImage(512, 384, QStringLiteral("jpg")));
        QVERIFY(::mkfifo(QFile::encodeName(path(QStringLiteral("fifo"))).constData(), 0600) == 0);
        QVERIFY(QDir().mkdir(path(QStringLiteral("folder.jpg"))));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path(QStringLiteral("zero-link.jpg"))));
        m_socket.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(m_socket.listen(path(QStringLiteral("socket"))));
        m_specials = {{QStringLiteral("/dev/zero"), QStringLiteral("a character device")},
                      {path(QStringLiteral("fifo")), QStringLiteral("a FIFO (named pipe)")},
                      {path(QStringLiteral("folder.jpg")), QStringLiteral("a folder")},
                      {path(QStringLiteral("zero-link.jpg")), QStringLiteral("a character device")},
                      {path(QStringLiteral("socket")), QStringLiteral("a socket")}};
    }

    void cliRefusesSpecialFiles_data()
    {
        QTest::addColumn<QStringList>("args"); // X stands for the special file
        const QString out = path(QStringLiteral("out.jpg"));
        const QString x = QStringLiteral("X");
        auto row = [](const char *name, const QStringList &args) { QTest::newRow(name) << args; };
        row("process input", {QStringLiteral("process"), x, QStringLiteral("imageInfo")});
        row("process --styles",
            {QStringLiteral("process"), m_photo, QStringLiteral("imageMogr2/thumbnail/100x"),
             QStringLiteral("-o"), out, QStringLiteral("--styles"), x});
        row("validate --styles",
            {QStringLiteral("validate"), QStringLiteral("style/a"), QStringLiteral("--styles"), x});
        row("watermark image",
            {QStringLiteral("process"), m_photo, QStringLiteral("watermark/1/image/B64X"),
             QStringLiteral("-o"), out});
        row("blind watermark mark",
            {QStringLiteral("process"), m_photo, QStringLiteral("watermark/3/type/2/image/B64X"),
             QStringLiteral("-o"), out});
        row("videoinfo", {QStringLiteral("videoinfo"), x});
        row("snapshot", {QStringLiteral("snapshot"), x, QStringLiteral("--time"),
                         QStringLiteral("0"), QStringLiteral("-o"), out});
        row("cover", {QStringLiteral("cover"), x, QStringLiteral("-o"), out});
        row("sprite", {QStringLiteral("sprite"), x, QStringLiteral("-o"), out});
        row("animate", {QStringLiteral("animate"), x, QStringLiteral("-o"), out});
        row("docpreview",
            {QStringLiteral("docpreview"), x, QStringLiteral("-o"), path(QStringLiteral("pages"))});
        row("wmreport --mark",
            {QStringLiteral("wmreport"), m_photo, QStringLiteral("--type"), QStringLiteral("2"),
             QStringLiteral("--mark"), x, QStringLiteral("--attacks"), QStringLiteral("jpeg50")});
        row("wmreport picture",
            {QStringLiteral("wmreport"), x, QStringLiteral("--attacks"), QStringLiteral("jpeg50")});
    }

    void cliRefusesSpecialFiles()
    {
        QFETCH(QStringList, args);
        for (const Special &s : cliSpecials()) {
            QStringList a = args;
            for (QString &arg : a) {
                if (arg == QLatin1String("X")) arg = s.path;
                arg.replace(QLatin1String("B64X"), b64(s.path));
            }
            const Cli r = cli(a);
            const QByteArray expected =
                "ERROR IoError: not a regular file: " + s.path.toUtf8() + " is " + s.kind.toUtf8();
            // The ERROR line, then at most the caret under the token that named the file.
            const QList<QByteArray> lines = r.err.trimmed().split('\n');
            const bool onlyCaret = std::all_of(lines.begin() + 1, lines.end(),
                                               [](const auto &l) { return l.startsWith("  "); });
            QVERIFY2(r.code == 1 && r.err.startsWith(expected) && lines.size() <= 3 && onlyCaret,
                     qPrintable(QStringLiteral("%1 on %2: exit %3, %4")
                                    .arg(a.first(), s.path)
                                    .arg(r.code)
                                    .arg(QString::fromUtf8(r.err))));
            QVERIFY2(r.ms < 10000, qPrintable(QStringLiteral("%1 ms").arg(r.ms)));
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("out.jpg"))));
    }

    // A folder is a fine batch source; every other kind is refused before any work.
    void batchRefusesSpecialSources()
    {
        for (const Special &s : cliSpecials()) {
            if (s.kind == QLatin1String("a folder")) continue;
            const Cli r = cli({QStringLiteral("batch"), s.path, path(QStringLiteral("batch-out")),
                               QStringLiteral("--style"), QStringLiteral("imageMogr2/rotate/90")});
            QVERIFY2(r.code == 1 && r.err.startsWith("ERROR IoError: not a regular file: " +
                                                     s.path.toUtf8() + " is " + s.kind.toUtf8()),
                     r.err.constData());
        }
    }

    void coreRefusesSpecialFiles()
    {
        for (const Special &s : std::as_const(m_specials)) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(codeOf([&] {
                         imaging::process({s.path, {}}, QStringLiteral("imageInfo"));
                     }),
                     ErrorCode::IoError);
            QCOMPARE(codeOf([&] { style::readStyleList(s.path); }), ErrorCode::IoError);
            QCOMPARE(codeOf([&] { files::requireRegularFile(s.path, ErrorCode::DocNotFound); }),
                     ErrorCode::IoError);
            QVERIFY(timer.elapsed() < 2000);
        }
    }

    void readsAreCapped()
    {
        const QByteArray bytes = randomBytes(100000, 7);
        const QString file = writeTemp(m_dir, QStringLiteral("bytes.bin"), bytes);
        QCOMPARE(files::readRegularFile(file, bytes.size()), bytes);
        QCOMPARE(codeOf([&] { files::readRegularFile(file, bytes.size() - 1); }),
                 ErrorCode::FileTooLarge);
        QFile mapped;
        QCOMPARE(files::mapRegularFile(mapped, file, bytes.size()), bytes);
        // procfs reports size 0: the cap holds on the bytes actually read.
        QFile status;
        const QByteArray read =
            files::mapRegularFile(status, QStringLiteral("/proc/self/status"), 1 << 20);
        QVERIFY(read.startsWith("Name:"));
        QCOMPARE(codeOf([] { files::readRegularFile(QStringLiteral("/proc/self/status"), 16); }),
                 ErrorCode::FileTooLarge);
        QCOMPARE(codeOf([&] { files::readRegularFile(path(QStringLiteral("none")), 16); }),
                 ErrorCode::NotFound);
        QCOMPARE(codeOf([&] {
                     files::requireRegularFile(path(QStringLiteral("none")),
                                               ErrorCode::DocNotFound);
                 }),
                 ErrorCode::DocNotFound);
        // A style list over its cap is refused before it is parsed.
        const QString styles = writeTemp(m_dir, QStringLiteral("huge.styles"),
                                         QByteArray(style::kMaxStyleFileBytes + 1, '#'));
        QCOMPARE(codeOf([&] { style::readStyleList(styles); }), ErrorCode::FileTooLarge);
    }

    // An absolute watermark path is looked up where it says, not below the input's folder.
    void missingAbsoluteWatermarkPathIsReportedAsGiven()
    {
        const QString mark = QStringLiteral("/nonexistent-assetdesk/mark.png");
        const Cli r = cli({QStringLiteral("process"), m_photo,
                           QStringLiteral("watermark/1/image/") + b64(mark), QStringLiteral("-o"),
                           path(QStringLiteral("wm.jpg"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("ERROR NotFound: '" + mark.toUtf8() + "' does not exist"),
                 r.err.constData());
        // Present, the same absolute path is used as it is.
        const QString logo =
            writeTemp(m_dir, QStringLiteral("logo.png"), makeImage(40, 20, QStringLiteral("png")));
        imaging::ProcessOptions elsewhere;
        elsewhere.resourceRoot = QStringLiteral("/nonexistent-assetdesk");
        const imaging::ProcessResult ok = imaging::process(
            {m_photo, {}}, QStringLiteral("watermark/1/image/") + b64(logo), elsewhere);
        QCOMPARE(sizeOf(ok.data), QSize(512, 384));
    }

    // Damaged AVIF and damaged EXIF: the ERROR line (or the result) and nothing else on stderr;
    // ASSETDESK_DEBUG shows what the libraries said.
    void libraryChatterStaysOffStderr()
    {
        const QString jpeg = writeTemp(m_dir, QStringLiteral("exif.jpg"),
                                       makeImage(320, 240, QStringLiteral("jpg")));
        QCOMPARE(run(QStringLiteral("exiv2"),
                     {QStringLiteral("-q"), QStringLiteral("-M"),
                      QStringLiteral("set Exif.Image.Orientation Short 1"), QStringLiteral("-M"),
                      QStringLiteral("set Exif.Image.Make Ascii AssetDesk"), QStringLiteral("-M"),
                      QStringLiteral("set Exif.Photo.PixelXDimension Long 320"), jpeg}),
                 0);
        const QByteArray avif = takeAvif(jpeg);
        QVERIFY(avif.contains("Exif"));
        const qsizetype tiff =
            std::max(avif.indexOf(QByteArray("II*\0", 4)), avif.indexOf(QByteArray("MM\0*", 4)));
        QVERIFY(tiff > 0);
        QByteArray badExif = avif;
        for (int i = 10; i < 40; i += 7)
            badExif[tiff + i] = char(badExif[tiff + i] ^ 0xff);
        const QString exifAvif = writeTemp(m_dir, QStringLiteral("bad-exif.avif"), badExif);
        const QString damaged =
            writeTemp(m_dir, QStringLiteral("damaged.avif"), avif.left(avif.size() / 3));

        Cli r = cli({QStringLiteral("process"), exifAvif, QStringLiteral("exif")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QByteArray());
        r = cli({QStringLiteral("process"), exifAvif, QStringLiteral("exif")}, "1");
        QVERIFY2(r.err.contains("Exiv2: "), r.err.constData());

        for (const QString &processing :
             {QStringLiteral("imageInfo"), QStringLiteral("imageMogr2/thumbnail/100x"),
              QStringLiteral("imageMogr2/auto-orient/rotate/90"), QStringLiteral("exif")}) {
            r = cli({QStringLiteral("process"), damaged, processing, QStringLiteral("-o"),
                     path(QStringLiteral("avif-out.png"))});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.startsWith("ERROR ") && r.err.count('\n') == 1, r.err.constData());
        }
    }

private:
    static QByteArray takeAvif(const QString &jpeg)
    {
        imaging::ensureVipsModules();
        const vips::VImage image = vips::VImage::new_from_file(QFile::encodeName(jpeg).constData());
        return imaging::takeBlob(
            image.heifsave_buffer(vips::VImage::option()
                                      ->set("compression", VIPS_FOREIGN_HEIF_COMPRESSION_AV1)
                                      ->set("Q", 50)));
    }
};

QTEST_GUILESS_MAIN(SpecialFilesTest)
#include "test_special_files.moc"
