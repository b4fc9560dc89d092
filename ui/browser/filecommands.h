#pragma once

// Undoable file operations for the Edit > Undo stack. Each command runs the core operation on
// redo, reverses it on undo, and keeps the catalogue's entries with the files. A command whose
// first run fails reports the error and leaves the stack. After each run it names the files it
// put in place (renamed, copied, returned from the trash), so the browser can select them.

#include "files/fileops.h"

#include <QUndoCommand>
#include <functional>

class QWidget;

namespace ad::catalog
{
class Catalog;
}

namespace ad::ui
{

class FileCommand : public QUndoCommand
{
public:
    using Action = std::function<files::Moves()>;
    using Placed = std::function<void(const QStringList &paths)>;
    // action performs the operation and returns its moves; undo moves them back, or, with
    // createsCopies, deletes what it created (a move with an empty source is a new folder).
    FileCommand(const QString &text, Action action, bool createsCopies, catalog::Catalog *catalog,
                QWidget *dialogParent, Placed placed = {});
    void redo() override;
    void undo() override;

private:
    Action m_action;
    bool m_createsCopies;
    catalog::Catalog *m_catalog;
    QWidget *m_parent;
    Placed m_placed;
    files::Moves m_moves;
};

} // namespace ad::ui
