#include "imaging/xdgthumbnails.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

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

QString folderName(XdgThumbnailCache::Size size)
{
    return size == XdgThumbnailCache::Size::Normal ? QStringLiteral("normal")
                                                   : QStringLiteral("large");
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
    return pixels <= 128 ? Size::Normal : Size::Large;
}

QString XdgThumbnailCache::pathFor(const QString &file, Size size) const
{
    const QByteArray md5 =
        QCryptographicHash::hash(uriOf(file).toUtf8(), QCryptographicHash::Md5).toHex();
    return QStringLiteral("%1/%2/%3.png").arg(m_root, folderName(size), QString::fromLatin1(md5));
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
    QImage copy = thumbnail;
    copy.setText(QStringLiteral("Thumb::URI"), uriOf(file));
    copy.setText(QStringLiteral("Thumb::MTime"), mtimeOf(file));
    copy.setText(QStringLiteral("Thumb::Size"), QString::number(QFileInfo(file).size()));
    copy.setText(QStringLiteral("Software"), QStringLiteral("AssetDesk"));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || !copy.save(&out, "PNG")) return false;
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return out.commit();
}

} // namespace ad::imaging
