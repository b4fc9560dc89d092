#pragma once

// Help > Keyboard Shortcuts: every shortcut of a window, read from its menus and actions each
// time it opens, so the list cannot go stale when an action is added or its keys change; then
// the viewer's keys, from the table the viewer binds them from.

#include <QDialog>

class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace ad::ui
{

// The property under which an action whose text follows what it will do ("Undo Edit Tags")
// gives the name the list shows for it ("Undo").
inline constexpr char kShortcutName[] = "shortcutName";

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Shortcut {
        QString group;  // the menu path, "Edit › Rating"
        QString action; // without mnemonics
        QString keys;   // as the platform writes them, several separated by "; "
    };
    explicit ShortcutsDialog(QMainWindow *window);
    static QList<Shortcut> collect(QMainWindow *window);
    QTreeWidget *table() const { return m_table; }

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_table;
};

} // namespace ad::ui
