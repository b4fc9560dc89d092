#include "filecommands.h"

#include "catalog/catalog.h"
#include "style/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

namespace ad::ui
{

FileCommand::FileCommand(const QString &text, Action action, bool createsCopies,
                         catalog::Catalog *catalog, QWidget *dialogParent)
    : QUndoCommand(text), m_action(std::move(action)), m_createsCopies(createsCopies),
      m_catalog(catalog), m_parent(dialogParent)
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
    if (!m_createsCopies) {
        for (const auto &[from, to] : std::as_const(m_moves))
            m_catalog->moved(from, to);
    }
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
        for (const auto &[from, to] : std::as_const(m_moves))
            m_catalog->moved(to, from);
    } catch (const ProcessingError &e) {
        QMessageBox::warning(m_parent, text(), e.error().message);
    }
}

} // namespace ad::ui
