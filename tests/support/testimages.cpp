#include "support/testimages.h"

#include "imaging/vipsqimage.h"
#include "imaging/vipsutil.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <cmath>
#include <limits>

namespace ad::test
{

using vips::VImage;

QByteArray makeImage(int w, int h, const QString &format, int quality)
{
    imaging::ensureVipsModules(); // the generator writes HEIF, AVIF and BMP too
    // x-gradient in red, y-gradient in green, constant blue; a solid red top-left quarter.
    VImage xy = VImage::xyz(w, h);
    VImage r = xy.extract_band(0) * (255.0 / std::max(1, w - 1));
    VImage g = xy.extract_band(1) * (255.0 / std::max(1, h - 1));
    VImage b = r * 0 + 128;
    VImage img = VImage::bandjoin({r, g, b})
                     .cast(VIPS_FORMAT_UCHAR)
                     .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
    const VImage block =
        (VImage::black(std::max(1, w / 4), std::max(1, h / 4), VImage::option()->set("bands", 3)) +
         std::vector<double>{255, 0, 0})
            .cast(VIPS_FORMAT_UCHAR);
    img = img.insert(block, 0, 0);
    const QByteArray suffix = ("." + format + "[Q=" + QString::number(quality) + "]").toLatin1();
    void *buf = nullptr;
    size_t len = 0;
    if (format == QLatin1String("png") || format == QLatin1String("gif") ||
        format == QLatin1String("bmp"))
        img.write_to_buffer(("." + format).toLatin1().constData(), &buf, &len);
    else if (format == QLatin1String("heic") || format == QLatin1String("avif"))
        img.write_to_buffer(format == QLatin1String("avif") ? ".avif" : ".heic", &buf, &len,
                            VImage::option()->set("Q", quality));
    else
        img.write_to_buffer(suffix.constData(), &buf, &len);
    QByteArray out(static_cast<const char *>(buf), qsizetype(len));
    g_free(buf);
    return out;
}

QByteArray blindMarkPng()
{
    QImage mark(48, 48, QImage::Format_RGB32);
    mark.fill(Qt::black);
    for (int y = 0; y < 48; ++y)
        for (int x = 0; x < 48; ++x)
            if ((x >= 6 && x < 20 && y >= 6 && y < 42) || (x >= 26 && x < 42 && y >= 6 && y < 20))
                mark.setPixel(x, y, 0xffffffffu);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    mark.save(&buffer, "PNG");
    return png;
}

QByteArray makeGif(int w, int h, int frames)
{
    imaging::ensureVips();
    std::vector<VImage> list;
    for (int i = 0; i < frames; ++i)
        list.push_back(VImage::black(w, h)
                           .new_from_image({20.0 * i, 20.0 * i, 20.0 * i})
                           .cast(VIPS_FORMAT_UCHAR));
    VImage all = VImage::arrayjoin(list, VImage::option()->set("across", 1))
                     .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
    all.set("page-height", h);
    all.set("delay", std::vector<int>(size_t(frames), 100));
    return imaging::takeBlob(all.gifsave_buffer());
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString wallpaperPath(const QString &name)
{
    const QString path =
        QStringLiteral("/usr/share/wallpapers/%1/contents/images/1920x1080.jpg").arg(name);
    if (!QFile::exists(path)) qFatal("missing %s: run scripts/bootstrap", qPrintable(path));
    return path;
}

QString writePhoto(const QTemporaryDir &dir, const QString &wallpaper, QSize size,
                   const QString &fileName)
{
    imaging::ensureVips();
    const QString path = dir.filePath(fileName);
    VImage::thumbnail(
        wallpaperPath(wallpaper).toUtf8().constData(), size.width(),
        VImage::option()->set("height", size.height())->set("crop", VIPS_INTERESTING_CENTRE))
        .write_to_file(path.toUtf8().constData());
    return path;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

static VImage load(const QByteArray &bytes)
{
    imaging::findLoader(bytes); // loads the optional modules (HEIF, ...) when the bytes need one
    return VImage::new_from_buffer(bytes.constData(), size_t(bytes.size()), "");
}

QImage decode(const QByteArray &bytes)
{
    return imaging::toQImage(load(bytes));
}

QSize sizeOf(const QByteArray &bytes)
{
    const VImage img = load(bytes);
    return {img.width(), img.height()};
}

QString loaderOf(const QByteArray &bytes)
{
    const char *loader = imaging::findLoader(bytes);
    const char *nick = loader ? vips_nickname_find(g_type_from_name(loader)) : nullptr;
    return QString::fromLatin1(nick ? nick : "");
}

int framesOf(const QByteArray &bytes)
{
    const VImage img = load(bytes);
    return img.get_typeof("n-pages") ? img.get_int("n-pages") : 1;
}

double psnr(const QImage &a, const QImage &b)
{
    if (a.size() != b.size()) return 0;
    const QImage x = a.convertToFormat(QImage::Format_RGB888);
    const QImage y = b.convertToFormat(QImage::Format_RGB888);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const uchar *p = x.constScanLine(row);
        const uchar *q = y.constScanLine(row);
        for (int i = 0; i < x.width() * 3; ++i) {
            const double d = double(p[i]) - double(q[i]);
            sum += d * d;
        }
    }
    const double mse = sum / (double(x.width()) * x.height() * 3);
    return mse == 0 ? std::numeric_limits<double>::infinity()
                    : 10 * std::log10(255.0 * 255.0 / mse);
}

QRgb pixel(const QByteArray &bytes, int x, int y)
{
    return decode(bytes).pixel(x, y);
}

bool near(QRgb a, QRgb b, int t)
{
    return std::abs(qRed(a) - qRed(b)) <= t && std::abs(qGreen(a) - qGreen(b)) <= t &&
           std::abs(qBlue(a) - qBlue(b)) <= t && std::abs(qAlpha(a) - qAlpha(b)) <= t;
}

int writeDarkStartClip(const QString &path, double patternSeconds)
{
    return run(QStringLiteral("ffmpeg"),
               {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("color=black:size=320x240:rate=25:duration=2[a];"
                               "testsrc2=size=320x240:rate=25:duration=%1[b];"
                               "[a][b]concat=n=2:v=1:a=0,format=yuv420p[out0]")
                    .arg(patternSeconds),
                QStringLiteral("-c:v"), QStringLiteral("libx264"), path});
}

int writeClipWithSound(const QString &path, double seconds, int gop)
{
    const QString length = QString::number(seconds);
    QStringList arguments{QStringLiteral("-v"),
                          QStringLiteral("error"),
                          QStringLiteral("-y"),
                          QStringLiteral("-f"),
                          QStringLiteral("lavfi"),
                          QStringLiteral("-i"),
                          QStringLiteral("testsrc2=size=320x240:rate=25:duration=") + length,
                          QStringLiteral("-f"),
                          QStringLiteral("lavfi"),
                          QStringLiteral("-i"),
                          QStringLiteral("sine=duration=") + length,
                          QStringLiteral("-c:v"),
                          QStringLiteral("libx264"),
                          QStringLiteral("-pix_fmt"),
                          QStringLiteral("yuv420p"),
                          QStringLiteral("-c:a"),
                          QStringLiteral("aac"),
                          QStringLiteral("-shortest")};
    if (gop > 0)
        arguments << QStringLiteral("-g") << QString::number(gop) << QStringLiteral("-keyint_min")
                  << QString::number(gop) << QStringLiteral("-sc_threshold") << QStringLiteral("0");
    return run(QStringLiteral("ffmpeg"), arguments << path);
}

int run(const QString &program, const QStringList &arguments, QByteArray *out)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000)) return -1;
    if (out) *out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    if (p.exitCode() != 0) qWarning("%s failed: %s", qPrintable(program), err.constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool ffmpegFrameAt(const QString &video, const QString &seconds, const QString &out)
{
    return run(QStringLiteral("ffmpeg"),
               {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                QStringLiteral("-ss"), seconds, QStringLiteral("-i"), video,
                QStringLiteral("-frames:v"), QStringLiteral("1"), out}) == 0;
}

} // namespace ad::test
