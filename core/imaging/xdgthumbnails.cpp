#include "imaging/xdgthumbnails.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUrl>
#include <QtEndian>
#include <algorithm>
#include <cstdio>

namespace ad::imaging
{

namespace
{
QString uriOf(const QString &file)
{
    return QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()).toString(QUrl::FullyEncoded);
}

QString mtimeOf(const QString &file)
{
    return QString::number(QFileInfo(file).lastModified().toSecsSinceEpoch());
}

// The text chunks of a PNG up to its first pixel data, read without decoding any pixels. tEXt
// is plain; zTXt (libvips writes every key so, Qt a long one) and compressed iTXt hold a zlib
// stream. (Qt's QImageReader::text() cannot be used: it splits keys at ':', and "Thumb::URI"
// has two.)
QByteArray inflated(const QByteArray &zlib)
{
    // qUncompress wants the expected size in front; it grows its buffer when that is short.
    QByteArray sized(4, '\0');
    qToBigEndian<quint32>(quint32(std::min<qsizetype>(zlib.size() * 4, 1 << 16)), sized.data());
    return qUncompress(sized + zlib);
}

QHash<QByteArray, QByteArray> pngTextBeforePixels(const QString &path)
{
    QHash<QByteArray, QByteArray> text;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.read(8) != QByteArray("\x89PNG\r\n\x1a\n", 8))
        return text;
    for (int chunks = 0; chunks < 64; ++chunks) {
        const QByteArray head = f.read(8);
        if (head.size() != 8) break;
        const quint32 length = qFromBigEndian<quint32>(head.constData());
        const QByteArray type = head.mid(4, 4);
        if (type == "IDAT" || type == "IEND" || length > (1u << 20)) break;
        const QByteArray data = f.read(length);
        f.skip(4); // CRC
        const qsizetype nul = data.indexOf('\0');
        if (nul <= 0) continue;
        const QByteArray key = data.left(nul);
        if (type == "tEXt") {
            text.insert(key, data.mid(nul + 1));
        } else if (type == "zTXt" && data.size() > nul + 1 && data[nul + 1] == '\0') {
            text.insert(key, inflated(data.mid(nul + 2)));
        } else if (type == "iTXt" && data.size() > nul + 2) {
            // keyword, compressed?, method, language tag, translated keyword, text
            const bool compressed = data[nul + 1] != '\0';
            const qsizetype language = data.indexOf('\0', nul + 3);
            const qsizetype translated = language < 0 ? -1 : data.indexOf('\0', language + 1);
            if (translated < 0) continue;
            const QByteArray value = data.mid(translated + 1);
            text.insert(key, compressed ? inflated(value) : value);
        }
    }
    return text;
}

bool isOpaque(const QImage &image)
{
    if (!image.hasAlphaChannel()) return true;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            if (qAlpha(row[x]) != 255) return false;
    }
    return true;
}
} // namespace

XdgThumbnailCache::XdgThumbnailCache(QString root) : m_root(std::move(root))
{
    if (m_root.isEmpty())
        m_root = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                 QStringLiteral("/thumbnails");
}

XdgThumbnailCache::Size XdgThumbnailCache::sizeFor(int pixels)
{
    return pixels <= 128   ? Size::Normal
           : pixels <= 256 ? Size::Large
           : pixels <= 512 ? Size::XLarge
                           : Size::XXLarge;
}

QString XdgThumbnailCache::sizeName(Size size)
{
    switch (size) {
    case Size::Normal:
        return QStringLiteral("normal");
    case Size::Large:
        return QStringLiteral("large");
    case Size::XLarge:
        return QStringLiteral("x-large");
    case Size::XXLarge:
        break;
    }
    return QStringLiteral("xx-large");
}

std::optional<XdgThumbnailCache::Size> XdgThumbnailCache::sizeFromName(const QString &name)
{
    for (Size s : {Size::Normal, Size::Large, Size::XLarge, Size::XXLarge})
        if (sizeName(s) == name) return s;
    return std::nullopt;
}

QString XdgThumbnailCache::pathFor(const QString &file, Size size) const
{
    const QByteArray md5 =
        QCryptographicHash::hash(uriOf(file).toUtf8(), QCryptographicHash::Md5).toHex();
    return QStringLiteral("%1/%2/%3.png").arg(m_root, sizeName(size), QString::fromLatin1(md5));
}

bool XdgThumbnailCache::isFresh(const QString &file, Size size) const
{
    // The name is the MD5 of the URI, so the modification time is what can go stale; the URI
    // is checked too when there is one.
    const QHash<QByteArray, QByteArray> text = pngTextBeforePixels(pathFor(file, size));
    return text.value("Thumb::MTime") == mtimeOf(file).toUtf8() &&
           text.value("Thumb::URI", uriOf(file).toUtf8()) == uriOf(file).toUtf8();
}

QImage XdgThumbnailCache::load(const QString &file, Size size) const
{
    QImage image(pathFor(file, size));
    if (image.isNull() || image.text(QStringLiteral("Thumb::URI")) != uriOf(file) ||
        image.text(QStringLiteral("Thumb::MTime")) != mtimeOf(file))
        return {};
    return image;
}

QList<std::pair<QByteArray, QByteArray>> XdgThumbnailCache::textKeys(const QString &file)
{
    const QFileInfo info(file);
    return {{"Thumb::URI", uriOf(file).toUtf8()},
            {"Thumb::MTime", QByteArray::number(info.lastModified().toSecsSinceEpoch())},
            {"Thumb::Size", QByteArray::number(info.size())},
            {"Software", "AssetDesk"}};
}

bool XdgThumbnailCache::store(const QString &file, Size size, const QImage &thumbnail) const
{
    // Opaque pictures (most photos) drop the alpha channel: a quarter less to compress.
    QImage copy =
        isOpaque(thumbnail) ? thumbnail.convertToFormat(QImage::Format_RGB888) : thumbnail;
    for (const auto &[key, value] : textKeys(file))
        copy.setText(QString::fromLatin1(key), QString::fromUtf8(value));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Qt maps PNG "quality" to zlib's level (70 -> 2): thumbnails are small and made in bulk,
    // and the default level spent most of pre-generation's time in deflate.
    writer.setQuality(70);
    return writer.write(copy) && storeEncoded(file, size, png);
}

bool XdgThumbnailCache::storeEncoded(const QString &file, Size size, const QByteArray &png) const
{
    const QString target = pathFor(file, size);
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) return false;
    QFile::setPermissions(QFileInfo(target).absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Temporary file + rename, so a reader never sees half a PNG; no fsync (unlike QSaveFile):
    // this is a cache, and a thumbnail lost to a power cut is simply made again.
    QFile out(target +
              QStringLiteral(".%1.tmp").arg(QRandomGenerator::global()->generate64(), 0, 36));
    if (!out.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner) ||
        out.write(png) != png.size()) {
        out.remove();
        return false;
    }
    out.close();
    if (::rename(QFile::encodeName(out.fileName()).constData(),
                 QFile::encodeName(target).constData()) != 0) {
        out.remove();
        return false;
    }
    return true;
}

} // namespace ad::imaging
