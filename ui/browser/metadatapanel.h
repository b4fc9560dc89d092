#pragma once

// The descriptive metadata part of the Inspector: title, caption, creator, copyright and
// position of the selected files, with metadata templates. Showing a selection first takes up
// what the files (and their sidecars) say, by the catalogue's conflict rule; an edit changes
// the catalogue at once, as one undoable step for the whole selection, and is written to the
// files or sidecars in the background as Preferences > Metadata says. Fields whose values
// differ across the selection show as mixed.

#include "common/pendingwork.h"
#include "metadata/metarecord.h"
#include "metadata/xmpfile.h"

#include <QSet>
#include <QWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace ad::catalog
{
class Catalog;
}
namespace ad::metadata
{
class MetaStore;
}

namespace ad::ui
{

class MetadataPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataPanel(catalog::Catalog *catalog, QWidget *parent = nullptr);
    ~MetadataPanel() override;
    void setSelection(const QStringList &paths); // files; folders are left out
    void setUndoStack(QUndoStack *stack);
    // Rating, label, favourite and tags changed in the catalogue (library panel, shortcuts,
    // undo) go into their files too; called whenever the undo stack moves. The status then
    // names the step undone, if it was an undo.
    void writeLibraryFields();

    // Takes up what the files of a folder (and their sidecars) say, once a session, in the
    // background; the first selection in a folder starts it.
    void importFolder(const QString &folder);

    // Templates: the shown creator, copyright, position and common tags, saved under a name.
    void saveTemplate(const QString &name);
    void applyTemplate(const QString &name);

    // Applies an edit to the selection as one undoable step.
    void edit(const QString &text, const metadata::MetaEdit &edit);
    QString status() const;
    bool writing() const { return m_pending > 0; }

Q_SIGNALS:
    void selectionLoaded(); // the files' metadata is read and shown
    void recordsChanged();  // an edit, its undo or redo changed the catalogue's records
    void filesWritten();    // a background write ended (status() says how)
    void folderImported(const QString &folder);

private:
    void load();
    void fieldEdited(QLineEdit *field, const QString &key, const QString &undoText);
    void positionEdited();
    void refreshTemplates();
    // `undone`: the undo step these writes come from, for the status; empty for an edit.
    void writeFiles(const QList<QPair<QString, metadata::MetaEdit>> &edits,
                    const QString &undone = {});
    void setStatus(const QString &text);
    void takeUpImports(); // a slice of the records importFolder() read

    catalog::Catalog *m_catalog;
    std::unique_ptr<metadata::MetaStore> m_store;
    QUndoStack *m_undo = nullptr;
    int m_undoIndex = 0; // where the stack stood at the last writeLibraryFields
    QStringList m_paths;
    int m_request = 0;
    int m_pending = 0;
    bool m_loading = false;
    QSet<QString> m_importedFolders;
    std::shared_ptr<std::atomic_bool> m_stopImport = std::make_shared<std::atomic_bool>(false);
    QList<QPair<QString, metadata::FileMeta>> m_imports; // read, not yet in the catalogue
    QStringList m_importsDone;                           // read in full, for folderImported
    QSet<QString> m_writing;                             // files with a write on its way
    PendingWork m_work; // imports and writes under way, which post back here
    QLineEdit *m_title, *m_caption, *m_creator, *m_rights, *m_position;
    QComboBox *m_templates;
    QPushButton *m_applyTemplate, *m_saveTemplate;
    QLabel *m_status;
    class QTimer *m_importStep;
};

} // namespace ad::ui
