#pragma once

// The library part of the Inspector: star rating, favourite, colour label, tags and note of
// the selected files and folders, kept in the catalogue. Edits apply to exactly the selection in
// one transaction, as one undoable step; a field whose values differ across the selection shows
// as mixed.

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QUndoStack;

namespace ad::catalog
{
class Catalog;
}

namespace ad::ui
{

class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    LibraryPanel(catalog::Catalog *catalog, QWidget *parent = nullptr);
    void setSelection(const QStringList &paths);
    void setUndoStack(QUndoStack *stack) { m_undo = stack; } // edits become undoable steps

Q_SIGNALS:
    // After an edit (not its undo): what was done, in words, and to which files.
    void applied(const QString &confirmation, const QStringList &paths);

private:
    void load();
    void applyTags();
    // Applies a change to the selected paths, as one step on the undo stack when there is one.
    void edit(const QString &text, const QString &confirmation,
              std::function<void(const QStringList &)> change);

    catalog::Catalog *m_catalog;
    QUndoStack *m_undo = nullptr;
    QStringList m_paths;
    QStringList m_commonTags;
    bool m_loading = false;
    QComboBox *m_rating;
    QCheckBox *m_favourite;
    QComboBox *m_label;
    QLineEdit *m_tags;
    QLineEdit *m_note;
};

} // namespace ad::ui
