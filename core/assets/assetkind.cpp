#include "assets/assetkind.h"

#include "document/docformats.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace ad::assets
{

namespace
{

bool startsWith(const QByteArray &head, int at, QByteArrayView magic)
{
    return head.size() >= at + magic.size() && head.mid(at, magic.size()) == magic;
}

const QSet<QString> &imageExtensions()
{
    static const QSet<QString> images{"jpg",  "jpeg", "jpe",  "png", "webp", "gif", "bmp",
                                      "heic", "heif", "avif", "tif", "tiff", "svg", "jxl"};
    return images;
}

const QSet<QString> &videoExtensions()
{
    static const QSet<QString> videos{"mp4", "m4v", "mov",  "webm", "mkv", "avi", "flv",
                                      "ts",  "mpg", "mpeg", "3gp",  "wmv", "ogv"};
    return videos;
}

const QSet<QString> &audioExtensions()
{
    static const QSet<QString> audio{"mp3", "m4a",  "aac", "wav", "flac", "ogg",
                                     "oga", "opus", "wma", "mka", "weba", "amr"};
    return audio;
}

Kind byExtension(const QString &name)
{
    const QString ext = QFileInfo(name).suffix().toLower();
    if (imageExtensions().contains(ext)) return Kind::Image;
    if (videoExtensions().contains(ext)) return Kind::Video;
    if (audioExtensions().contains(ext)) return Kind::Audio;
    if (document::docKind(ext) != document::DocKind::Unsupported) return Kind::Document;
    return Kind::Other;
}

// ISO base media files (MP4, MOV, HEIF, AVIF, M4A) differ by their major brand.
std::optional<Kind> byBrand(const QByteArray &head)
{
    if (!startsWith(head, 4, "ftyp")) return std::nullopt;
    const QByteArray brand = head.mid(8, 4);
    static const QSet<QByteArray> pictures{"heic", "heix", "hevc", "heim", "heis", "hevm",
                                           "hevs", "mif1", "msf1", "avif", "avis"};
    if (pictures.contains(brand)) return Kind::Image;
    if (brand == "M4A " || brand == "M4B " || brand == "M4P ") return Kind::Audio;
    return Kind::Video;
}

std::optional<Kind> bySignature(const QString &name, const QByteArray &head)
{
    const Kind named = byExtension(name);
    if (startsWith(head, 0, "\xFF\xD8\xFF") || startsWith(head, 0, "\x89PNG\r\n\x1A\n") ||
        startsWith(head, 0, "II*\0") || startsWith(head, 0, "MM\0*"))
        return Kind::Image;
    if (startsWith(head, 0, "GIF87a") || startsWith(head, 0, "GIF89a")) return Kind::Image;
    if (startsWith(head, 0, "RIFF")) {
        if (startsWith(head, 8, "WEBP"))
            // VP8X's flags say whether frames follow.
            return startsWith(head, 12, "VP8X") && head.size() > 20 && (head[20] & 0x02)
                       ? Kind::AnimatedImage
                       : Kind::Image;
        if (startsWith(head, 8, "AVI ")) return Kind::Video;
        if (startsWith(head, 8, "WAVE")) return Kind::Audio;
    }
    // "BM" alone starts many texts: the header's reserved bytes must be zero as well.
    if (startsWith(head, 0, "BM") && head.size() >= 14 && head.mid(6, 4) == QByteArray(4, '\0'))
        return Kind::Image;
    if (auto kind = byBrand(head)) return kind;
    if (startsWith(head, 0, "\x1A\x45\xDF\xA3")) // Matroska and WebM
        return named == Kind::Audio ? Kind::Audio : Kind::Video;
    if (startsWith(head, 0, "FLV\x01") || startsWith(head, 0, QByteArrayView("\0\0\x01\xBA", 4)) ||
        startsWith(head, 0, QByteArrayView("\0\0\x01\xB3", 4)))
        return Kind::Video;
    if (startsWith(head, 0, "\x30\x26\xB2\x75")) // ASF: WMV or WMA
        return named == Kind::Audio ? Kind::Audio : Kind::Video;
    if (startsWith(head, 0, "OggS")) return named == Kind::Video ? Kind::Video : Kind::Audio;
    if (startsWith(head, 0, "ID3") || startsWith(head, 0, "fLaC") || startsWith(head, 0, "#!AMR"))
        return Kind::Audio;
    // MPEG audio and ADTS frames: 11 sync bits, a layer or a profile that exists.
    if (head.size() >= 2 && quint8(head[0]) == 0xFF && (quint8(head[1]) & 0xE0) == 0xE0 &&
        (quint8(head[1]) & 0x06) != 0x00 && named != Kind::Image)
        return Kind::Audio;
    if (head.size() >= 2 && quint8(head[0]) == 0xFF && (quint8(head[1]) & 0xF6) == 0xF0)
        return Kind::Audio;
    if (startsWith(head, 0, "%PDF-")) return Kind::Document;
    // Office containers (ZIP, OLE) say what they hold only inside: the name decides.
    if (startsWith(head, 0, "PK\x03\x04") || startsWith(head, 0, "\xD0\xCF\x11\xE0"))
        return named == Kind::Document ? Kind::Document : Kind::Other;
    if (head.contains("<svg")) return Kind::Image;
    return std::nullopt;
}

// Walks a GIF's blocks to a second image descriptor; false when the scan limit ends first.
bool gifHasSecondFrame(QFile &file)
{
    constexpr qint64 kScanLimit = 1 << 20;
    const QByteArray data = file.read(kScanLimit);
    if (data.size() < 13) return false;
    qsizetype at = 13;
    const auto flags = quint8(data[10]);
    if (flags & 0x80) at += 3 * (qsizetype(1) << ((flags & 0x07) + 1)); // global colour table
    const auto skipSubBlocks = [&] {
        while (at < data.size()) {
            const int length = quint8(data[at]);
            at += 1 + length;
            if (length == 0) return true;
        }
        return false;
    };
    int frames = 0;
    while (at < data.size()) {
        const auto block = quint8(data[at]);
        if (block == 0x3B) return false; // trailer
        if (block == 0x21) {             // extension: label, then sub-blocks
            at += 2;
            if (!skipSubBlocks()) return false;
        } else if (block == 0x2C) { // image descriptor
            if (++frames == 2) return true;
            if (at + 10 > data.size()) return false;
            const auto local = quint8(data[at + 9]);
            at += 10;
            if (local & 0x80) at += 3 * (qsizetype(1) << ((local & 0x07) + 1));
            at += 1; // LZW minimum code size
            if (!skipSubBlocks()) return false;
        } else {
            return false; // not a block a GIF has: stop rather than guess
        }
    }
    return false;
}

} // namespace

Kind kindOf(const QString &name, const QByteArray &head)
{
    return bySignature(name, head).value_or(byExtension(name));
}

Kind kindOfPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) return Kind::Folder;
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) return byExtension(path);
    const QByteArray head = file.read(kSniffBytes);
    Kind kind = kindOf(path, head);
    if (kind == Kind::Image && startsWith(head, 0, "GIF8") && file.seek(0) &&
        gifHasSecondFrame(file))
        kind = Kind::AnimatedImage;
    return kind;
}

bool isPdfFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && startsWith(file.read(5), 0, "%PDF-");
}

bool isPicture(Kind kind)
{
    return kind == Kind::Image || kind == Kind::AnimatedImage;
}

QStringList extensionsOf(Kind kind)
{
    QStringList out;
    switch (kind) {
    case Kind::Image:
    case Kind::AnimatedImage:
        out = imageExtensions().values();
        break;
    case Kind::Video:
        out = videoExtensions().values();
        break;
    case Kind::Audio:
        out = audioExtensions().values();
        break;
    case Kind::Document:
        out = document::docSuffixes();
        break;
    default:
        break;
    }
    out.sort();
    return out;
}

} // namespace ad::assets
