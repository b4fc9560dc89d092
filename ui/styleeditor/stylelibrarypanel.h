#pragma once

// The style library beside the editor: the saved styles by name with their processing, and the
// library's commands (open, duplicate, rename, delete, import and export as JSON or a
// name<TAB>processing list, sync with a bucket's styles). Renaming rewrites style/<name> in the
// other styles.

#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;

namespace ad::catalog
{
class StyleStore;
}

namespace ad::ui
{

class StyleSyncDialog;

class StyleLibraryPanel : public QWidget
{
    Q_OBJECT
public:
    StyleLibraryPanel(catalog::StyleStore *store, QWidget *parent = nullptr);
    void reload();
    QString currentName() const;
    void select(const QString &name);
    QListWidget *list() const { return m_list; }

    // The commands; each reports through message() and returns whether it did anything.
    bool duplicateCurrent();
    bool renameCurrent(const QString &to);
    bool deleteCurrent(bool askFirst = true);
    bool importFile(const QString &path, bool replace);
    bool exportFile(const QString &path);
    // Sync with Bucket: opens the dialog (window-modal, deleted on close); pulled styles show
    // here at once.
    StyleSyncDialog *openSync();

Q_SIGNALS:
    void openRequested(const QString &name, const QString &processing);
    void insertRequested(const QString &name); // as a style/<name> operation
    void changed();
    void message(const QString &text, bool error);

private:
    // Runs a command: its sentence goes out as a message, or its error does.
    bool report(const std::function<QString()> &command);
    void askRename();
    void askImport();
    void askExport();

    catalog::StyleStore *m_store;
    QListWidget *m_list;
    QLabel *m_count;
};

} // namespace ad::ui
