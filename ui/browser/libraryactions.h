#pragma once

// The rating, colour label and favourite keys, as in digiKam, XnView MP and Bridge: 0-5 set
// the stars, 6-9 the red, yellow, green and blue labels (Alt+0-6 any label), "." toggles the
// favourite. They edit the whole selection as one undoable step.

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace ad::catalog
{
class Catalog;
}

namespace ad::ui
{

class LibraryActions : public QObject
{
    Q_OBJECT
public:
    // `selection` gives the files the keys apply to when pressed.
    LibraryActions(catalog::Catalog *catalog, QUndoStack *undo,
                   std::function<QStringList()> selection, QWidget *window);
    QMenu *ratingMenu() const { return m_ratingMenu; }
    QMenu *labelMenu() const { return m_labelMenu; }
    QAction *favouriteAction() const { return m_favourite; }

Q_SIGNALS:
    void changed(); // after an edit, an undo or a redo of one
    // After an edit (not its undo): what was done, in words, and to which files.
    void applied(const QString &confirmation, const QStringList &paths);

private:
    // Edits the selection as one undoable step; returns the files edited (none: nothing selected).
    QStringList apply(const QString &text, std::function<void(const QStringList &)> change);

    catalog::Catalog *m_catalog;
    QUndoStack *m_undo;
    std::function<QStringList()> m_selection;
    QMenu *m_ratingMenu;
    QMenu *m_labelMenu;
    QAction *m_favourite;
};

} // namespace ad::ui
