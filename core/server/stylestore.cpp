#include "server/stylestore.h"

#include "storage/atomicfile.h"
#include "style/cloudcheck.h"
#include "style/stylefile.h"

#include <QFileInfo>

namespace ad::server
{

StyleStore::StyleStore(QString file) : m_file(std::move(file))
{
    if (!m_file.isEmpty() && QFileInfo::exists(m_file)) m_styles = style::readStyleList(m_file);
}

QMap<QString, QString> StyleStore::styles() const
{
    QMutexLocker lock(&m_mutex);
    return m_styles;
}

std::optional<QString> StyleStore::find(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_styles.constFind(name);
    if (it == m_styles.constEnd()) return std::nullopt;
    return *it;
}

style::StyleLookup StyleStore::lookup() const
{
    return style::lookupIn(styles());
}

bool StyleStore::put(const QString &name, const QString &body)
{
    QMutexLocker lock(&m_mutex);
    if (!m_styles.contains(name) && m_styles.size() >= style::kCloudMaxStyles) return false;
    QMap<QString, QString> next = m_styles;
    next.insert(name, body);
    save(next);
    m_styles = std::move(next);
    return true;
}

bool StyleStore::remove(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    if (!m_styles.contains(name)) return false;
    QMap<QString, QString> next = m_styles;
    next.remove(name);
    save(next);
    m_styles = std::move(next);
    return true;
}

void StyleStore::save(const QMap<QString, QString> &styles) const
{
    if (!m_file.isEmpty()) storage::writeFileAtomically(m_file, style::styleJson(styles));
}

} // namespace ad::server
