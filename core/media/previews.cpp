#include "media/previews.h"

#include "common/error.h"
#include "imaging/vipsutil.h"
#include "media/frameimage.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <cmath>
#include <optional>

namespace ad::media
{

namespace
{

[[noreturn]] void fail(ErrorCode code, const QString &message)
{
    throw ProcessingError(code, message);
}

// The sixteen basic colour names (CSS); by name only, as VOD's sprite colour. (Not QColor: it
// would bring QtGui into the CLI.)
std::optional<std::vector<double>> colourNamed(const QString &name)
{
    static const QHash<QString, quint32> names{
        {QStringLiteral("black"), 0x000000},  {QStringLiteral("silver"), 0xc0c0c0},
        {QStringLiteral("gray"), 0x808080},   {QStringLiteral("white"), 0xffffff},
        {QStringLiteral("maroon"), 0x800000}, {QStringLiteral("red"), 0xff0000},
        {QStringLiteral("purple"), 0x800080}, {QStringLiteral("fuchsia"), 0xff00ff},
        {QStringLiteral("green"), 0x008000},  {QStringLiteral("lime"), 0x00ff00},
        {QStringLiteral("olive"), 0x808000},  {QStringLiteral("yellow"), 0xffff00},
        {QStringLiteral("navy"), 0x000080},   {QStringLiteral("blue"), 0x0000ff},
        {QStringLiteral("teal"), 0x008080},   {QStringLiteral("aqua"), 0x00ffff}};
    const auto it = names.constFind(name.toLower());
    if (it == names.constEnd()) return std::nullopt;
    return std::vector<double>{double(*it >> 16 & 0xff), double(*it >> 8 & 0xff),
                               double(*it & 0xff)};
}

double durationOf(const QString &path)
{
    requireFile(path);
    QString error;
    const QJsonObject info = requireDecoder().mediaInfo(path, &error);
    if (info.isEmpty()) fail(ErrorCode::InvalidImage, error);
    return info.value(QStringLiteral("Format"))
        .toObject()
        .value(QStringLiteral("Duration"))
        .toString()
        .toDouble();
}

QList<vips::VImage> framesAt(const QString &path, const QList<double> &times, QSize size)
{
    requireFile(path);
    FrameRequest request;
    request.size = size;
    request.threads = 0;
    QString error;
    const QList<Frame> frames = requireDecoder().frames(path, times, request, &error);
    if (frames.isEmpty()) fail(ErrorCode::InvalidImage, error);
    QList<vips::VImage> images;
    for (const Frame &f : frames)
        images.append(toVips(f));
    return images;
}

} // namespace

QList<QByteArray> spriteSheets(const QString &path, const SpriteRequest &r)
{
    if (r.count < 1 || r.count > 1000 || r.columns < 1 || r.rows < 0 || r.padding < 0 ||
        r.margin < 0 || r.interval < 0 || (r.cellWidth <= 0 && r.cellHeight <= 0) ||
        r.cellWidth > 4096 || r.cellHeight > 4096)
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "bad sprite parameters"));
    const auto background = colourNamed(r.color);
    if (!background)
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "unknown colour name \"%1\"").arg(r.color));
    QList<double> times;
    const double length = r.interval > 0 ? 0 : durationOf(path);
    for (int i = 0; i < r.count; ++i)
        times << (r.interval > 0 ? r.offset + i * r.interval : length * (i + 0.5) / r.count);
    const QList<vips::VImage> cells = framesAt(path, times, QSize(r.cellWidth, r.cellHeight));
    const int perSheet = r.rows > 0 ? r.columns * r.rows : int(cells.size());
    const std::vector<double> &ink = *background;
    QList<QByteArray> sheets;
    try {
        for (qsizetype first = 0; first < cells.size(); first += perSheet) {
            std::vector<vips::VImage> row(cells.begin() + first,
                                          cells.begin() +
                                              std::min<qsizetype>(first + perSheet, cells.size()));
            vips::VImage sheet = vips::VImage::arrayjoin(
                row, vips::VImage::option()
                         ->set("across", std::min<int>(r.columns, int(row.size())))
                         ->set("shim", r.padding)
                         ->set("background", ink));
            if (r.margin > 0)
                sheet = sheet.embed(r.margin, r.margin, sheet.width() + 2 * r.margin,
                                    sheet.height() + 2 * r.margin,
                                    vips::VImage::option()
                                        ->set("extend", VIPS_EXTEND_BACKGROUND)
                                        ->set("background", ink));
            sheets << imaging::takeBlob(
                sheet.jpegsave_buffer(vips::VImage::option()->set("Q", 85)));
        }
    } catch (const vips::VError &e) {
        imaging::rethrowVips(e);
    }
    return sheets;
}

QByteArray animatedPreview(const QString &path, const AnimationRequest &r)
{
    if (!(r.fps > 0 && r.fps <= 60))
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "fps must be within (0, 60]"));
    if ((r.width != 0 && (r.width < 128 || r.width > 4096)) ||
        (r.height != 0 && (r.height < 128 || r.height > 4096)) || (r.width == 0 && r.height == 0))
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "width and height must be within 128-4096"));
    if (r.seek < 0 || r.duration <= 0)
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "seek and duration must be positive"));
    const QString format = r.format.toLower();
    if (format != QLatin1String("gif") && format != QLatin1String("webp"))
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "format must be gif or webp"));
    const int count = std::min(300, std::max(1, int(std::lround(r.duration * r.fps))));
    QList<double> times;
    for (int i = 0; i < count; ++i)
        times << r.seek + i / r.fps;
    const QList<vips::VImage> frames = framesAt(path, times, QSize(r.width, r.height));
    try {
        // An animation in libvips is its frames stacked vertically, with page-height and delays.
        vips::VImage strip =
            vips::VImage::arrayjoin(std::vector<vips::VImage>(frames.begin(), frames.end()),
                                    vips::VImage::option()->set("across", 1));
        strip = strip.copy();
        strip.set("page-height", frames.first().height());
        strip.set("delay", std::vector<int>(size_t(frames.size()), int(std::lround(1000 / r.fps))));
        strip.set("loop", 0);
        return imaging::takeBlob(format == QLatin1String("gif")
                                     ? strip.gifsave_buffer()
                                     : strip.webpsave_buffer(vips::VImage::option()->set("Q", 75)));
    } catch (const vips::VError &e) {
        imaging::rethrowVips(e);
    }
}

} // namespace ad::media
