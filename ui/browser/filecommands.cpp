#include "browser/filecommands.h"

#include "catalog/catalog.h"
#include "common/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

namespace ad::ui
{

FileCommand::FileCommand(const QString &text, Action action, bool createsCopies,
                         catalog::Catalog *catalog, QWidget *dialogParent, Placed placed)
    : QUndoCommand(text), m_action(std::move(action)), m_createsCopies(createsCopies),
      m_catalog(catalog), m_parent(dialogParent), m_placed(std::move(placed))
{
}

void FileCommand::redo()
{
    try {
        m_moves = m_action();
    } catch (const ProcessingError &e) {
        QMessageBox::warning(m_parent, text(), e.error().message);
        setObsolete(true); // nothing happened: nothing to undo
        return;
    }
    QStringList placed;
    for (const auto &[from, to] : std::as_const(m_moves)) {
        if (!m_createsCopies) m_catalog->moved(from, to);
        placed << to;
    }
    if (m_placed) m_placed(placed);
}

void FileCommand::undo()
{
    try {
        if (m_createsCopies) {
            for (const auto &[from, copy] : std::as_const(m_moves)) {
                if (from.isEmpty())
                    QDir().rmdir(copy); // a new folder goes only while nothing was put in it
                else
                    QFileInfo(copy).isDir() ? QDir(copy).removeRecursively() : QFile::remove(copy);
            }
            return;
        }
        files::undoMoves(m_moves);
        QStringList placed;
        for (const auto &[from, to] : std::as_const(m_moves)) {
            m_catalog->moved(to, from);
            placed << from;
        }
        if (m_placed) m_placed(placed);
    } catch (const ProcessingError &e) {
        QMessageBox::warning(m_parent, text(), e.error().message);
    }
}

} // namespace ad::ui
