#pragma once

// One edit of library fields (rating, label, favourite, note, tags) on a set of files, as an
// undoable step: redo applies it, undo puts back what each entry held before. Used by the
// Inspector's fields and the main window's rating and label keys alike.

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class QUndoStack;

#include "catalog/catalog.h"

namespace ad::ui
{

// The catalogue's entry for a path, or an empty one (nothing set) when it has none.
catalog::Entry libraryEntry(const catalog::Catalog &catalog, const QString &path);

// Applies `change` to `paths`: pushed on `undo` when there is one, else run once. `changed`
// runs after the change and after each undo or redo.
void editLibrary(QUndoStack *undo, catalog::Catalog *catalog, const QString &text,
                 const QStringList &paths, std::function<void(const QStringList &)> change,
                 std::function<void()> changed);

// The status bar's confirmation of an edit, the same from the keys, the menus and the Inspector
// ("Rated 3 items ★★★").
class LibraryWords
{
    Q_DECLARE_TR_FUNCTIONS(LibraryWords)
public:
    static QString rated(int items, int stars);
    static QString labelled(int items, int label);
    static QString favourite(int items, bool on);
    static QString tagged(int items, const QStringList &tags);
    static QString noted(int items);
};

} // namespace ad::ui
