#include "imaging/xdgthumbnails.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUrl>
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

// The tEXt chunks of a PNG up to its first pixel data, read without decoding anything. (Qt's
// QImageReader::text() cannot be used: it splits keys at ':', and "Thumb::URI" has two.)
QHash<QByteArray, QByteArray> pngTextBeforePixels(const QString &path)
{
    QHash<QByteArray, QByteArray> text;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.read(8) != QByteArray("\x89PNG\r\n\x1a\n", 8))
        return text;
    for (int chunks = 0; chunks < 64; ++chunks) {
        const QByteArray head = f.read(8);
        if (head.size() != 8) break;
        const quint32 length = quint32(uchar(head[0])) << 24 | quint32(uchar(head[1])) << 16 |
                               quint32(uchar(head[2])) << 8 | quint32(uchar(head[3]));
        const QByteArray type = head.mid(4, 4);
        if (type == "IDAT" || type == "IEND" || length > (1u << 20)) break;
        const QByteArray data = f.read(length);
        f.skip(4); // CRC
        if (type == "tEXt") {
            const qsizetype nul = data.indexOf('\0');
            if (nul > 0) text.insert(data.left(nul), data.mid(nul + 1));
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
    // The name is the MD5 of the URI, so the modification time is what can go stale. (Qt
    // compresses a long Thumb::URI into zTXt; when it is plain tEXt it is checked too.)
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

bool XdgThumbnailCache::store(const QString &file, Size size, const QImage &thumbnail) const
{
    const QString target = pathFor(file, size);
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) return false;
    QFile::setPermissions(QFileInfo(target).absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Opaque pictures (most photos) drop the alpha channel: a quarter less to compress.
    QImage copy =
        isOpaque(thumbnail) ? thumbnail.convertToFormat(QImage::Format_RGB888) : thumbnail;
    copy.setText(QStringLiteral("Thumb::URI"), uriOf(file));
    copy.setText(QStringLiteral("Thumb::MTime"), mtimeOf(file));
    copy.setText(QStringLiteral("Thumb::Size"), QString::number(QFileInfo(file).size()));
    copy.setText(QStringLiteral("Software"), QStringLiteral("AssetDesk"));
    // Temporary file + rename, so a reader never sees half a PNG; no fsync (unlike QSaveFile):
    // this is a cache, and a thumbnail lost to a power cut is simply made again.
    QFile out(target +
              QStringLiteral(".%1.tmp").arg(QRandomGenerator::global()->generate64(), 0, 36));
    QImageWriter writer(&out, "png");
    // Qt maps PNG "quality" to zlib's level (70 -> 2): thumbnails are small and made in bulk,
    // and the default level spent most of pre-generation's time in deflate.
    writer.setQuality(70);
    if (!out.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner) ||
        !writer.write(copy)) {
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
