#pragma once

// The style library: named processing strings kept in the catalogue file, so a designer's
// styles outlive the session and other strings can use them as style/<name>. Every body is
// checked with the parser before it is stored. Use from the catalogue's thread.

#include "style/parser.h"

#include <QMap>
#include <QStringList>

namespace ad::catalog
{

class Catalog;

class StyleStore
{
public:
    explicit StyleStore(Catalog &catalog);

    QMap<QString, QString> all() const; // name -> processing, by name
    std::optional<QString> body(const QString &name) const;
    // Adds or replaces. Throws InvalidStyleName or the parser's error.
    void save(const QString &name, const QString &body);
    // Renames and rewrites style/<from> in the other styles. Throws when `to` is taken.
    void rename(const QString &from, const QString &to);
    void remove(const QString &name);
    // A copy under a free name ("name-copy", "name-copy2", ...); returns that name.
    QString duplicate(const QString &name);
    QStringList referencing(const QString &name) const; // styles that use style/<name>
    // Saves every style of a file; existing names are replaced only when `replace` is set.
    // Returns the names stored.
    QStringList importStyles(const QMap<QString, QString> &styles, bool replace);
    style::StyleLookup lookup() const; // a snapshot, safe to use on any thread

private:
    QString m_connection;
};

} // namespace ad::catalog
