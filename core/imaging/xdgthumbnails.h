#pragma once

// The freedesktop.org thumbnail cache (~/.cache/thumbnails), shared with file managers:
// PNGs named by the MD5 of the file URI, carrying Thumb::URI and Thumb::MTime so a changed
// file invalidates its thumbnail.

#include <QImage>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace ad::imaging
{

class XdgThumbnailCache
{
public:
    enum class Size { Normal = 128, Large = 256, XLarge = 512, XXLarge = 1024 };
    explicit XdgThumbnailCache(QString root = {}); // default: $XDG_CACHE_HOME/thumbnails

    QString pathFor(const QString &file, Size size) const;
    // The cached thumbnail if present and made from the file's current modification time.
    QImage load(const QString &file, Size size) const;
    bool isFresh(const QString &file, Size size) const; // like load(), without decoding
    // Writes atomically (temporary file + rename); returns false when the cache is not writable.
    bool store(const QString &file, Size size, const QImage &thumbnail) const;
    // The same for a PNG already encoded with textKeys(file) (see thumbnailwriter.h).
    bool storeEncoded(const QString &file, Size size, const QByteArray &png) const;
    // What a thumbnail of `file` carries: Thumb::URI and Thumb::MTime, which make it fresh, then
    // Thumb::Size and Software.
    static QList<std::pair<QByteArray, QByteArray>> textKeys(const QString &file);
    static Size sizeFor(int pixels);
    const QString &root() const { return m_root; }
    // "normal", "large", "x-large", "xx-large": the folder names of the specification.
    static QString sizeName(Size size);
    static std::optional<Size> sizeFromName(const QString &name);

private:
    QString m_root;
};

} // namespace ad::imaging
