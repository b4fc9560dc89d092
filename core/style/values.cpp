#include "style/values.h"

#include <QRegularExpression>
#include <array>

namespace ad::style
{

namespace
{
struct GravityName {
    Gravity gravity;
    const char *name;
};
constexpr std::array<GravityName, 9> kGravities{{
    {Gravity::NorthWest, "northwest"},
    {Gravity::North, "north"},
    {Gravity::NorthEast, "northeast"},
    {Gravity::West, "west"},
    {Gravity::Center, "center"},
    {Gravity::East, "east"},
    {Gravity::SouthWest, "southwest"},
    {Gravity::South, "south"},
    {Gravity::SouthEast, "southeast"},
}};

struct FormatName {
    ImageFormat format;
    const char *name;
};
constexpr std::array<FormatName, 10> kFormats{{
    {ImageFormat::Jpeg, "jpg"},
    {ImageFormat::Png, "png"},
    {ImageFormat::Webp, "webp"},
    {ImageFormat::Gif, "gif"},
    {ImageFormat::Bmp, "bmp"},
    {ImageFormat::Heif, "heif"},
    {ImageFormat::Avif, "avif"},
    {ImageFormat::Tpg, "tpg"},
    {ImageFormat::YJpeg, "yjpeg"},
    {ImageFormat::Svgc, "svgc"},
}};
} // namespace

std::optional<Gravity> gravityFromName(const QString &name)
{
    const QString lower = name.toLower();
    for (const auto &g : kGravities) {
        if (lower == QLatin1String(g.name)) return g.gravity;
    }
    return std::nullopt;
}

QString gravityName(Gravity g)
{
    for (const auto &entry : kGravities) {
        if (entry.gravity == g) return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<ImageFormat> formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("jpeg")) return ImageFormat::Jpeg;
    if (lower == QLatin1String("heic")) return ImageFormat::Heif;
    for (const auto &f : kFormats) {
        if (lower == QLatin1String(f.name)) return f.format;
    }
    return std::nullopt;
}

QString formatName(ImageFormat f)
{
    for (const auto &entry : kFormats) {
        if (entry.format == f) return QString::fromLatin1(entry.name);
    }
    return {};
}

bool isCloudOnly(ImageFormat f)
{
    return f == ImageFormat::Tpg || f == ImageFormat::YJpeg || f == ImageFormat::Svgc;
}

bool formatHasAlpha(ImageFormat f)
{
    return f == ImageFormat::Png || f == ImageFormat::Webp || f == ImageFormat::Gif ||
           f == ImageFormat::Avif || f == ImageFormat::Heif;
}

std::optional<QByteArray> decodeBase64Param(const QString &token)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_\\-+/]*={0,2}$"));
    if (token.isEmpty() || !valid.match(token).hasMatch()) return std::nullopt;
    QByteArray data = token.toLatin1();
    data.replace('-', '+').replace('_', '/');
    const auto result = QByteArray::fromBase64Encoding(
        data, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result) return std::nullopt;
    return *result;
}

QString encodeBase64Param(const QByteArray &plain)
{
    return QString::fromLatin1(
        plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QRgb> colorFromText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^#?([0-9A-Fa-f]{6})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) return std::nullopt;
    return qRgb(m.captured(1).mid(0, 2).toInt(nullptr, 16),
                m.captured(1).mid(2, 2).toInt(nullptr, 16),
                m.captured(1).mid(4, 2).toInt(nullptr, 16));
}

QString colorText(QRgb color)
{
    return QStringLiteral("#%1%2%3")
        .arg(qRed(color), 2, 16, QLatin1Char('0'))
        .arg(qGreen(color), 2, 16, QLatin1Char('0'))
        .arg(qBlue(color), 2, 16, QLatin1Char('0'))
        .toUpper();
}

} // namespace ad::style
