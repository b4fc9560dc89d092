#pragma once

// The endpoint's styles: what `style/<name>` and the URL separators resolve, kept in a style
// file (the JSON style::styleJson writes) so they survive a restart. Thread-safe: requests read
// snapshots while the style API changes the set.

#include "style/parser.h"

#include <QMap>
#include <QMutex>
#include <QString>

namespace ad::server
{

class StyleStore
{
public:
    // Loads `file` when it exists; empty `file`: kept in memory only. Throws ProcessingError
    // for a file that cannot be read or holds an invalid style.
    explicit StyleStore(QString file);

    QMap<QString, QString> styles() const;
    std::optional<QString> find(const QString &name) const;
    style::StyleLookup lookup() const; // a snapshot; later changes do not affect it
    // Both persist atomically before returning; a failed write leaves the set unchanged.
    // put() is false, and changes nothing, when the store is full (style::kCloudMaxStyles)
    // and `name` is new.
    bool put(const QString &name, const QString &body);
    bool remove(const QString &name); // false: no such style

private:
    void save(const QMap<QString, QString> &styles) const;

    QString m_file;
    mutable QMutex m_mutex;
    QMap<QString, QString> m_styles;
};

} // namespace ad::server
