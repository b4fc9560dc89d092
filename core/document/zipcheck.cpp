#include "document/zipcheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace ad::document
{

namespace
{
quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}
quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
} // namespace

std::optional<QString> zipBombReason(const QString &path, const ZipLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() < 22) return std::nullopt;
    // The end-of-central-directory record: within the last 64 KiB + 22 bytes (its comment).
    const qint64 tailSize = std::min<qint64>(f.size(), 65536 + 22);
    f.seek(f.size() - tailSize);
    const QByteArray tail = f.read(tailSize);
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (u32(tail.constData() + i) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0) return std::nullopt;
    const char *e = tail.constData() + eocd;
    const quint16 entries = u16(e + 10);
    const quint32 dirSize = u32(e + 12), dirOffset = u32(e + 16);
    if (dirOffset == 0xFFFFFFFF || entries == 0xFFFF)
        return QCoreApplication::translate(
            "ad::Error", "the document is a ZIP64 archive, which no office file needs");
    if (qint64(dirOffset) + dirSize > f.size() || dirSize > 64 * 1024 * 1024)
        return std::nullopt; // damaged: left to the converter, which fails cleanly
    f.seek(dirOffset);
    const QByteArray dir = f.read(dirSize);
    qint64 total = 0;
    qsizetype pos = 0;
    for (int n = 0; n < entries && pos + 46 <= dir.size(); ++n) {
        const char *h = dir.constData() + pos;
        if (u32(h) != 0x02014b50) break;
        const quint32 packed = u32(h + 20), inflated = u32(h + 24);
        if (inflated == 0xFFFFFFFF)
            return QCoreApplication::translate(
                "ad::Error", "an entry declares ZIP64 sizes, which no office file needs");
        total += inflated;
        if (total > limits.maxTotal)
            return QCoreApplication::translate("ad::Error", "the entries inflate to over %1 MB")
                .arg(limits.maxTotal >> 20);
        if (inflated > 16 * 1024 * 1024 &&
            inflated > limits.maxRatio * std::max<quint32>(packed, 1))
            return QCoreApplication::translate("ad::Error",
                                               "an entry inflates %1 times (%2 MB from %3 KB)")
                .arg(inflated / std::max<quint32>(packed, 1))
                .arg(inflated >> 20)
                .arg(packed >> 10);
        pos += 46 + u16(h + 28) + u16(h + 30) + u16(h + 32);
    }
    return std::nullopt;
}

bool isZipFormat(const QString &suffix)
{
    static const QStringList zips = {
        QStringLiteral("docx"), QStringLiteral("docm"), QStringLiteral("dotx"),
        QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("xltx"),
        QStringLiteral("pptx"), QStringLiteral("pptm"), QStringLiteral("ppsx"),
        QStringLiteral("potx"), QStringLiteral("odt"),  QStringLiteral("ods"),
        QStringLiteral("odp"),  QStringLiteral("ott"),  QStringLiteral("ots"),
        QStringLiteral("otp")};
    return zips.contains(suffix.toLower());
}

std::optional<QString> zipContainerProblem(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("ad::Error", "it cannot be read");
    if (f.read(4) != QByteArray("PK\x03\x04", 4))
        return QCoreApplication::translate("ad::Error", "it is no zip container");
    const qint64 tailSize = std::min<qint64>(f.size(), 65536 + 22);
    f.seek(f.size() - tailSize);
    const QByteArray tail = f.read(tailSize);
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (u32(tail.constData() + i) != 0x06054b50) continue;
        const qint64 end = qint64(u32(tail.constData() + i + 16)) + u32(tail.constData() + i + 12);
        if (end > f.size()) break;
        return std::nullopt;
    }
    return QCoreApplication::translate(
        "ad::Error", "its zip directory is missing or damaged (a truncated file?)");
}

} // namespace ad::document
