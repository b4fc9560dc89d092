// Bad input never crashes, hangs or eats memory: truncated and bit-flipped files of every format,
// decompression bombs, absurd EXIF, protected and empty documents, files that are gone. Each
// gives a clear error (or, where the damage is harmless, a result) within a time limit.

#include "common/error.h"
#include "document/docpreview.h"
#include "document/zipcheck.h"
#include "imaging/executor.h"
#include "imaging/vipsutil.h"
#include "media/snapshot.h"
#include "support/testdocs.h"
#include "support/testimages.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QtEndian>
#include <sys/resource.h>

using namespace ad;
using namespace ad::test;

namespace
{
enum class Kind { Image, Pdf, Office, Video };

quint32 crc32(const QByteArray &data)
{
    quint32 c = 0xFFFFFFFF;
    for (char ch : data) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xEDB88320 & (0 - (c & 1)));
    }
    return ~c;
}

QByteArray pngChunk(const char *type, const QByteArray &body)
{
    QByteArray len(4, 0), crc(4, 0);
    qToBigEndian<quint32>(quint32(body.size()), len.data());
    const QByteArray typed = QByteArray(type) + body;
    qToBigEndian<quint32>(crc32(typed), crc.data());
    return len + typed + crc;
}

// A PNG that claims 50000 x 50000 pixels in a few kilobytes.
QByteArray pngBomb()
{
    QByteArray ihdr(13, 0);
    qToBigEndian<quint32>(50000, ihdr.data());
    qToBigEndian<quint32>(50000, ihdr.data() + 4);
    ihdr[8] = 8; // 8-bit grey
    const QByteArray rows(2000 * 50001, 0);
    const QByteArray idat = qCompress(rows, 9).mid(4); // zlib stream without Qt's length
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat) +
           pngChunk("IEND", {});
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class CorruptInputsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<QPair<QString, Kind>> m_originals;

    // Runs the core on one file; returns the error code, or -1 when it produced a result.
    int consume(const QString &path, Kind kind)
    {
        try {
            switch (kind) {
            case Kind::Image:
                imaging::process({path, {}},
                                 QStringLiteral("imageMogr2/auto-orient/thumbnail/200x"));
                imaging::process({path, {}}, QStringLiteral("imageInfo"));
                break;
            case Kind::Pdf:
            case Kind::Office: {
                document::DocRequest r;
                r.dstType = QStringLiteral("png");
                document::convertDocument(path, r, [](const document::DocPage &) {});
                break;
            }
            case Kind::Video:
                media::snapshot(path, {});
                break;
            }
            return -1;
        } catch (const ProcessingError &e) {
            if (e.error().message.isEmpty())
                qWarning("an error without a message for %s", qPrintable(path));
            return int(e.error().code);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        imaging::ensureVips();
        for (const char *format : {"jpg", "png", "webp", "heic", "avif"}) {
            const QString name = QStringLiteral("image.") + QLatin1String(format);
            m_originals.append(
                {writeTemp(m_dir, name, makeImage(640, 480, QLatin1String(format))), Kind::Image});
        }
        m_originals.append(
            {writeTemp(m_dir, QStringLiteral("anim.gif"), makeGif(320, 240, 5)), Kind::Image});
        DocMaker docs(m_dir.path());
        m_originals.append({docs.text(QStringLiteral("doc"), 3, QStringLiteral("pdf")), Kind::Pdf});
        m_originals.append(
            {docs.text(QStringLiteral("letter"), 1, QStringLiteral("docx")), Kind::Office});
        const QString video = m_dir.filePath(QStringLiteral("clip.mp4"));
        QCOMPARE(run(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                      QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("testsrc2=size=320x240:rate=25:duration=2"),
                      QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), video}),
                 0);
        m_originals.append({video, Kind::Video});
        // Every original is fine as it is.
        for (const auto &[path, kind] : m_originals)
            QVERIFY2(consume(path, kind) == -1, qPrintable(path));
    }

    void damagedFilesFailCleanly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QRandomGenerator rng(2026);
        for (const auto &[original, kind] : m_originals) {
            const QByteArray bytes = readAll(original);
            const QString base = QFileInfo(original).completeBaseName();
            const QString suffix = QFileInfo(original).suffix();
            auto add = [&](const QString &what, const QByteArray &data) {
                const QString name = base + QLatin1Char('-') + what + QLatin1Char('.') + suffix;
                QTest::newRow(qPrintable(name)) << writeTemp(m_dir, name, data) << int(kind);
            };
            add(QStringLiteral("empty"), {});
            add(QStringLiteral("head"), bytes.left(32));
            add(QStringLiteral("third"), bytes.left(bytes.size() / 3));
            add(QStringLiteral("most"), bytes.left(bytes.size() * 9 / 10));
            for (int variant = 0; variant < 3; ++variant) {
                QByteArray flipped = bytes;
                for (int i = 0; i < std::max(8, int(bytes.size() / 400)); ++i) {
                    const int at = 16 + int(rng.bounded(quint32(bytes.size() - 16)));
                    flipped[at] = char(flipped[at] ^ (1 << rng.bounded(8)));
                }
                add(QStringLiteral("flip%1").arg(variant), flipped);
            }
        }
    }

    void damagedFilesFailCleanly()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QElapsedTimer timer;
        timer.start();
        const int code = consume(path, Kind(kind));
        // A result is fine where the damage missed anything that matters (flipped pixels).
        if (QFileInfo(path).size() < 64) QVERIFY(code != -1);
        QVERIFY2(timer.elapsed() < (Kind(kind) == Kind::Office ? 60000 : 10000),
                 qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }

    void decompressionBombsAreRefused()
    {
        const QByteArray bomb = pngBomb();
        QVERIFY(bomb.size() < 200 * 1024);
        const QString png = writeTemp(m_dir, QStringLiteral("bomb.png"), bomb);
        QCOMPARE(consume(png, Kind::Image), int(ErrorCode::ImageTooLarge));

        // A DOCX whose document.xml inflates 400 MB from well under 1 MB.
        const QString docx = m_dir.filePath(QStringLiteral("bomb.docx"));
        const QString script = QStringLiteral(
            "import sys, zipfile\n"
            "src, dst = sys.argv[1], sys.argv[2]\n"
            "with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED, "
            "compresslevel=9) as b:\n"
            "    for item in a.infolist():\n"
            "        data = a.read(item.filename)\n"
            "        if item.filename == 'word/document.xml':\n"
            "            data = data.replace(b'</w:body>', b'<w:p><w:r><w:t>' + b' ' * "
            "(400 << 20) + b'</w:t></w:r></w:p></w:body>')\n"
            "        b.writestr(item, data)\n");
        QCOMPARE(run(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), script, m_originals[7].first, docx}),
                 0);
        QVERIFY(QFileInfo(docx).size() < 2 * 1024 * 1024);
        QVERIFY(document::zipBombReason(docx).has_value());
        QVERIFY(!document::zipBombReason(m_originals[7].first).has_value());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(consume(docx, Kind::Office), int(ErrorCode::DocTooLarge));
        QVERIFY(timer.elapsed() < 5000);
    }

    void absurdExifIsHarmless()
    {
        const QString jpg = writeTemp(m_dir, QStringLiteral("exif.jpg"),
                                      makeImage(320, 240, QStringLiteral("jpg")));
        QCOMPARE(
            run(QStringLiteral("exiv2"),
                {QStringLiteral("-q"), QStringLiteral("-M"),
                 QStringLiteral("set Exif.Image.Orientation Short 9999"), QStringLiteral("-M"),
                 QStringLiteral("set Exif.Photo.PixelXDimension Long 4000000000"),
                 QStringLiteral("-M"),
                 QStringLiteral("set Exif.Image.ImageDescription ") + QString(60000, 'x'), jpg}),
            0);
        QCOMPARE(consume(jpg, Kind::Image), -1);
        const imaging::ProcessResult r = imaging::process({jpg, {}}, QStringLiteral("exif"));
        QVERIFY(r.isJson);
    }

    void protectedAndMissingDocuments()
    {
        DocMaker docs(m_dir.path());
        const QString locked = docs.text(
            QStringLiteral("locked"), 1, QStringLiteral("pdf"), {},
            QStringLiteral("{\"EncryptFile\":{\"type\":\"boolean\",\"value\":\"true\"},"
                           "\"DocumentOpenPassword\":{\"type\":\"string\",\"value\":\"pw\"}}"));
        QCOMPARE(consume(locked, Kind::Pdf), int(ErrorCode::DocEncrypted));
        const QString gone = m_dir.filePath(QStringLiteral("gone.jpg"));
        QFile::copy(m_originals[0].first, gone);
        QFile::remove(gone);
        QCOMPARE(consume(gone, Kind::Image), int(ErrorCode::NotFound));
        QCOMPARE(consume(m_dir.filePath(QStringLiteral("gone.pdf")), Kind::Pdf),
                 int(ErrorCode::DocNotFound));
    }

    // A file deleted while it is being read: the open handle keeps its bytes.
    void fileVanishingMidReadIsSafe()
    {
        const QString path = m_dir.filePath(QStringLiteral("vanishing.jpg"));
        for (int i = 0; i < 20; ++i) {
            QFile::remove(path);
            QVERIFY(QFile::copy(m_originals[0].first, path));
            std::atomic<bool> started = false;
            QThread *remover = QThread::create([&] {
                while (!started)
                    QThread::yieldCurrentThread();
                QFile::remove(path);
            });
            remover->start();
            started = true;
            const int code = consume(path, Kind::Image);
            QVERIFY2(code == -1 || code == int(ErrorCode::NotFound),
                     qPrintable(QStringLiteral("error code %1").arg(code)));
            remover->wait();
            delete remover;
        }
    }

    void memoryStaysBounded()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        QVERIFY2(usage.ru_maxrss < 1024 * 1024, // kilobytes: 1 GiB
                 qPrintable(QStringLiteral("peak %1 MB").arg(usage.ru_maxrss / 1024)));
    }
};

QTEST_GUILESS_MAIN(CorruptInputsTest)
#include "test_corrupt_inputs.moc"
