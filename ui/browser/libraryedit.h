#pragma once

// One edit of library fields (rating, label, favourite, note, tags) on a set of files, as an
// undoable step: redo applies it, undo puts back what each entry held before. Used by the
// Inspector's fields and the main window's rating and label keys alike.

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

} // namespace ad::ui
