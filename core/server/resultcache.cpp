#include "server/resultcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>

namespace ad::server
{

namespace
{

// An entry file: this line with the body's length, "Name: value" header lines, an empty line,
// the body. The length finds a file cut short (a crash before the rename reached the disk).
constexpr char kMagic[] = "AssetDesk result 1 ";

QByteArray serialize(const CachedResult &result)
{
    QByteArray out = kMagic + QByteArray::number(result.body.size()) + '\n';
    for (const auto &[name, value] : result.headers)
        out += name + ": " + value + '\n';
    return out + '\n' + result.body;
}

std::optional<CachedResult> deserialize(const QByteArray &data)
{
    const int firstLine = data.indexOf('\n');
    const int headersEnd = data.indexOf("\n\n");
    if (!data.startsWith(kMagic) || firstLine < 0 || headersEnd < firstLine) return std::nullopt;
    bool ok = false;
    const qint64 length =
        data.mid(sizeof kMagic - 1, firstLine - int(sizeof kMagic) + 1).toLongLong(&ok);
    if (!ok || data.size() - (headersEnd + 2) != length) return std::nullopt;
    CachedResult result;
    const QByteArray headers = data.mid(firstLine + 1, qMax(0, headersEnd - firstLine - 1));
    for (const QByteArray &line : headers.isEmpty() ? QList<QByteArray>() : headers.split('\n')) {
        const int colon = line.indexOf(": ");
        if (colon <= 0) return std::nullopt;
        result.headers.append({line.left(colon), line.mid(colon + 2)});
    }
    result.body = data.mid(headersEnd + 2);
    return result;
}

} // namespace

ResultCache::ResultCache(QString folder, qint64 maxBytes)
    : m_folder(std::move(folder)), m_maxBytes(m_folder.isEmpty() ? 0 : qMax<qint64>(0, maxBytes))
{
    if (m_maxBytes > 0) rebuild();
}

QByteArray ResultCache::etagFor(const QByteArray &key)
{
    return '"' + QCryptographicHash::hash(key, QCryptographicHash::Md5).toHex() + '"';
}

qint64 ResultCache::bytes() const
{
    const QMutexLocker lock(&m_mutex);
    return m_bytes;
}

int ResultCache::entries() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

QString ResultCache::pathFor(const QByteArray &name) const
{
    return m_folder + QLatin1Char('/') + QString::fromLatin1(name);
}

CachedResult ResultCache::get(const QByteArray &key, const std::function<CachedResult()> &compute,
                              bool *hit)
{
    const QByteArray name = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    std::promise<CachedResult> promise;
    for (;;) {
        QMutexLocker lock(&m_mutex);
        if (const auto entry = m_entries.find(name); entry != m_entries.end()) {
            m_order.splice(m_order.begin(), m_order, entry->use);
            lock.unlock();
            if (std::optional<CachedResult> stored = load(name)) {
                // The modification time records the last use, for the order after a restart.
                ::utimensat(AT_FDCWD, QFile::encodeName(pathFor(name)).constData(), nullptr, 0);
                if (hit) *hit = true;
                stored->etag = etagFor(key);
                return *stored;
            }
            continue; // evicted meanwhile, or unreadable (load forgot it): compute it
        }
        if (const auto running = m_inFlight.constFind(name); running != m_inFlight.constEnd()) {
            const std::shared_future<CachedResult> answer = *running;
            lock.unlock();
            if (hit) *hit = true;
            return answer.get();
        }
        m_inFlight.insert(name, promise.get_future().share());
        break;
    }
    if (hit) *hit = false;
    CachedResult result;
    try {
        result = compute();
        result.etag = etagFor(key);
        if (result.storable) store(name, result);
    } catch (...) {
        promise.set_exception(std::current_exception());
        const QMutexLocker lock(&m_mutex);
        m_inFlight.remove(name);
        throw;
    }
    promise.set_value(result);
    const QMutexLocker lock(&m_mutex);
    m_inFlight.remove(name);
    return result;
}

std::optional<CachedResult> ResultCache::load(const QByteArray &name)
{
    QFile file(pathFor(name));
    std::optional<CachedResult> result;
    if (file.open(QIODevice::ReadOnly)) result = deserialize(file.readAll());
    if (!result) {
        const QMutexLocker lock(&m_mutex);
        forget(name);
    }
    return result;
}

void ResultCache::store(const QByteArray &name, const CachedResult &result)
{
    if (m_maxBytes == 0) return;
    const QByteArray data = serialize(result);
    if (data.size() > m_maxBytes) return;
    // A rename makes it appear whole. No fsync: a cache entry lost to a crash is computed again,
    // and one cut short is recognised by its length.
    const QString target = pathFor(name);
    const QString partial =
        target + QStringLiteral(".part-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.flush()) {
        file.remove(); // a full disk costs the cache, never the answer
        return;
    }
    file.close();
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) !=
        0) {
        QFile::remove(partial);
        return;
    }
    const QMutexLocker lock(&m_mutex);
    if (m_entries.contains(name)) {
        m_bytes -= m_entries.value(name).size;
        m_order.erase(m_entries.value(name).use);
    }
    m_order.push_front(name);
    m_entries.insert(name, Entry{data.size(), m_order.begin()});
    m_bytes += data.size();
    while (m_bytes > m_maxBytes && !m_order.empty()) {
        const QByteArray oldest = m_order.back();
        QFile::remove(pathFor(oldest));
        forget(oldest);
    }
}

void ResultCache::forget(const QByteArray &name)
{
    const auto entry = m_entries.constFind(name);
    if (entry == m_entries.constEnd()) return;
    m_bytes -= entry->size;
    m_order.erase(entry->use);
    m_entries.erase(entry);
}

void ResultCache::rebuild()
{
    QDir().mkpath(m_folder);
    static const QRegularExpression entryName(QStringLiteral("^[0-9a-f]{64}$"));
    QList<QFileInfo> files;
    QDirIterator it(m_folder, QDir::Files | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (entryName.match(info.fileName()).hasMatch() && info.isFile() && !info.isSymLink())
            files.append(info);
        else if (info.fileName().contains(QLatin1String(".part-")))
            QFile::remove(info.filePath()); // left by a crash mid-write
    }
    // Oldest use first: a hit touches its file.
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() < b.lastModified();
    });
    const QMutexLocker lock(&m_mutex);
    for (const QFileInfo &info : files) {
        const QByteArray name = info.fileName().toLatin1();
        m_order.push_front(name);
        m_entries.insert(name, Entry{info.size(), m_order.begin()});
        m_bytes += info.size();
    }
    while (m_bytes > m_maxBytes && !m_order.empty()) {
        const QByteArray oldest = m_order.back();
        QFile::remove(pathFor(oldest));
        forget(oldest);
    }
}

} // namespace ad::server
