// The kind of an asset, decided once from content and name: real files made here (pictures
// by libvips, clips and sound by ffmpeg, a PDF, office containers), renamed to lie about their
// type, and names alone. A GIF or WebP with frames is an animated image.

#include "assets/assetkind.h"
#include "catalog/catalog.h"
#include "support/testimages.h"

#include <QDir>
#include <QTest>

using namespace ad;
using namespace ad::test;
using assets::Kind;

Q_DECLARE_METATYPE(ad::assets::Kind)

class AssetKindTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QMap<QString, QString> m_files; // label -> path

    QString ffmpeg(const QString &name, const QStringList &args)
    {
        const QString out = m_dir.filePath(name);
        QStringList all{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")};
        all << args << out;
        return run(QStringLiteral("ffmpeg"), all) == 0 ? out : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QStringList colour{QStringLiteral("-f"), QStringLiteral("lavfi"),
                                 QStringLiteral("-i"),
                                 QStringLiteral("testsrc=size=64x48:rate=10:duration=0.5")};
        const QStringList tone{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                               QStringLiteral("sine=frequency=440:duration=0.5")};
        m_files[QStringLiteral("mp4")] = ffmpeg(QStringLiteral("clip.mp4"), colour);
        m_files[QStringLiteral("webm")] =
            ffmpeg(QStringLiteral("clip.webm"),
                   colour + QStringList{QStringLiteral("-c:v"), QStringLiteral("libvpx-vp9")});
        m_files[QStringLiteral("mp3")] = ffmpeg(QStringLiteral("tone.mp3"), tone);
        m_files[QStringLiteral("m4a")] = ffmpeg(QStringLiteral("tone.m4a"), tone);
        m_files[QStringLiteral("wav")] = ffmpeg(QStringLiteral("tone.wav"), tone);
        for (const QString &k : m_files.keys())
            QVERIFY2(!m_files[k].isEmpty(), qPrintable(k));
        for (const QString &format : {QStringLiteral("jpg"), QStringLiteral("png"),
                                      QStringLiteral("webp"), QStringLiteral("tif")})
            m_files[format] =
                writeTemp(m_dir, QStringLiteral("pic.") + format, makeImage(40, 30, format));
        m_files[QStringLiteral("gif")] =
            writeTemp(m_dir, QStringLiteral("still.gif"), makeGif(20, 20, 1));
        m_files[QStringLiteral("animated-gif")] =
            writeTemp(m_dir, QStringLiteral("moving.gif"), makeGif(20, 20, 5));
        m_files[QStringLiteral("pdf")] =
            writeTemp(m_dir, QStringLiteral("doc.pdf"),
                      "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
        // Office files are ZIP containers: only the name tells a document from an archive.
        const QByteArray zip = QByteArray("PK\x03\x04", 4) + QByteArray(60, '\0');
        m_files[QStringLiteral("docx")] = writeTemp(m_dir, QStringLiteral("letter.docx"), zip);
        m_files[QStringLiteral("zip")] = writeTemp(m_dir, QStringLiteral("bundle.zip"), zip);
        m_files[QStringLiteral("text")] =
            writeTemp(m_dir, QStringLiteral("notes.txt"), "Buy milk\n");
        m_files[QStringLiteral("unknown")] =
            writeTemp(m_dir, QStringLiteral("data.bin"), randomBytes(200, 7).prepend("x"));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder")));
        m_files[QStringLiteral("folder")] = m_dir.filePath(QStringLiteral("folder"));
    }

    void realFiles_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("jpeg") << "jpg" << Kind::Image;
        QTest::newRow("png") << "png" << Kind::Image;
        QTest::newRow("webp") << "webp" << Kind::Image;
        QTest::newRow("tiff") << "tif" << Kind::Image;
        QTest::newRow("gif, one frame") << "gif" << Kind::Image;
        QTest::newRow("gif, five frames") << "animated-gif" << Kind::AnimatedImage;
        QTest::newRow("mp4") << "mp4" << Kind::Video;
        QTest::newRow("webm") << "webm" << Kind::Video;
        QTest::newRow("mp3") << "mp3" << Kind::Audio;
        QTest::newRow("m4a") << "m4a" << Kind::Audio;
        QTest::newRow("wav") << "wav" << Kind::Audio;
        QTest::newRow("pdf") << "pdf" << Kind::Document;
        QTest::newRow("docx") << "docx" << Kind::Document;
        QTest::newRow("text") << "text" << Kind::Document;
        QTest::newRow("zip") << "zip" << Kind::Other;
        QTest::newRow("unknown") << "unknown" << Kind::Other;
        QTest::newRow("folder") << "folder" << Kind::Folder;
    }
    void realFiles()
    {
        QFETCH(QString, label);
        QFETCH(Kind, kind);
        QCOMPARE(assets::kindOfPath(m_files.value(label)), kind);
    }

    // Content wins over a wrong name: the same bytes under another extension.
    void contentBeatsName_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("name");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("png named .jpg") << "png"
                                        << "photo.jpg" << Kind::Image;
        QTest::newRow("mp4 named .bin") << "mp4"
                                        << "clip.bin" << Kind::Video;
        QTest::newRow("mp4 named .jpg") << "mp4"
                                        << "clip.jpg" << Kind::Video;
        QTest::newRow("jpeg named .mp4") << "jpg"
                                         << "pic.mp4" << Kind::Image;
        QTest::newRow("pdf named .txt") << "pdf"
                                        << "doc.txt" << Kind::Document;
        QTest::newRow("pdf named .bin") << "pdf"
                                        << "scan.bin" << Kind::Document;
        QTest::newRow("mp4 without extension") << "mp4"
                                               << "clip" << Kind::Video;
        QTest::newRow("png without extension") << "png"
                                               << "picture" << Kind::Image;
        QTest::newRow("mp3 named .dat") << "mp3"
                                        << "tone.dat" << Kind::Audio;
        QTest::newRow("animated gif named .png") << "animated-gif"
                                                 << "a.png" << Kind::AnimatedImage;
    }
    void contentBeatsName()
    {
        QFETCH(QString, label);
        QFETCH(QString, name);
        QFETCH(Kind, kind);
        const QString copy = m_dir.filePath(QStringLiteral("renamed/") + name);
        QDir().mkpath(QFileInfo(copy).path());
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_files.value(label), copy));
        QCOMPARE(assets::kindOfPath(copy), kind);
    }

    // Without content (a bucket listing, a missing file) the name decides.
    void namesAlone()
    {
        QCOMPARE(assets::kindOf(QStringLiteral("a/B.MOV"), {}), Kind::Video);
        QCOMPARE(assets::kindOf(QStringLiteral("x.HEIC"), {}), Kind::Image);
        QCOMPARE(assets::kindOf(QStringLiteral("song.flac"), {}), Kind::Audio);
        QCOMPARE(assets::kindOf(QStringLiteral("sheet.xlsx"), {}), Kind::Document);
        QCOMPARE(assets::kindOf(QStringLiteral("README"), {}), Kind::Other);
        QCOMPARE(assets::kindOfPath(m_dir.filePath(QStringLiteral("gone.mp4"))), Kind::Video);
        // Text that starts like a bitmap header is not taken for one.
        QCOMPARE(assets::kindOf(QStringLiteral("bmw.txt"), "BMW 320i, 2019, 45000 km"),
                 Kind::Document);
        QCOMPARE(assets::kindOf(QStringLiteral("x"), "<svg xmlns='http://www.w3.org/2000/svg'>"),
                 Kind::Image);
    }

    // The catalogue stores the decided kind, and asking for pictures finds animated ones.
    void catalogueAsksTheSamePlace()
    {
        catalog::Catalog c(QStringLiteral(":memory:"));
        for (const QString &label : {QStringLiteral("png"), QStringLiteral("animated-gif"),
                                     QStringLiteral("mp3"), QStringLiteral("mp4")})
            c.record(m_files.value(label), 1, QDateTime::currentDateTime());
        QCOMPARE(c.entry(m_files.value(QStringLiteral("animated-gif")))->kind, Kind::AnimatedImage);
        catalog::Query pictures;
        pictures.kinds = {Kind::Image};
        QStringList found;
        for (const QString &path : c.search(pictures))
            found << QFileInfo(path).fileName();
        found.sort();
        QCOMPARE(found, (QStringList{QStringLiteral("moving.gif"), QStringLiteral("pic.png")}));
        catalog::Query sound;
        sound.kinds = {Kind::Audio};
        QCOMPARE(c.search(sound).size(), 1);
    }
};

QTEST_GUILESS_MAIN(AssetKindTest)
#include "test_assetkind.moc"
