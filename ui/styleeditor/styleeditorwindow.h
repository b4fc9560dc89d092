#pragma once

// The Style Editor: the designer's tool for processing strings. An ordered list of operations
// (palette, reorder by drag, enable/disable), the form of the selected one, and the string,
// kept in sync both ways: the form rewrites the string, a typed string rebuilds the list, and a
// string that does not parse is marked at the offending token. A live preview, the cloud's
// limits as warnings, the style library, the cloud forms of the style (URL, Pic-Operations)
// and Apply to Selection as a batch job.

#include "style/editlist.h"
#include "style/parser.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QMessageBox;
class QToolButton;

namespace ad::catalog
{
class StyleStore;
}

namespace ad::ui
{

class CloudCompareWindow;
class OperationForm;
class StyleLibraryPanel;
class StylePreview;
class StyleStringEdit;

class StyleEditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `apply` hands a processing string to Batch Process for the main window's selection.
    StyleEditorWindow(catalog::StyleStore *store, std::function<void(const QString &)> apply,
                      QWidget *parent = nullptr);
    ~StyleEditorWindow() override; // stops the pasted object's download

    // The picture to preview: a local file, or the local copy of `objectLocation`.
    void setAsset(const QString &path, const QString &objectLocation = {});
    void setProcessing(const QString &text); // as if typed
    QString processing() const;
    void addOperation(const QString &id); // after the selected one
    void removeCurrentOperation();
    void moveCurrentOperation(int delta);
    void setOperationEnabled(int row, bool enabled);
    void openStyle(const QString &name);
    // Into the library under this name; on failure `error` (or else the status bar) says why.
    bool saveStyle(const QString &name, QString *error = nullptr);
    QString styleName() const { return m_styleName; }
    bool isModified() const { return processing() != m_savedText; }
    // Asks about unsaved changes and waits for the answer (Save, Discard: true; Cancel: false),
    // for the main window, which must not half-close while the question is open.
    bool confirmClose();

    void undo(); // the string before the last edit, typed or made in the form and list
    void redo();

    QLabel *pastedNote() const { return m_pastedNote; }
    // The object of the last pasted URL that a saved connection reaches; empty: none.
    QString pastedLocation() const { return m_pastedLocation; }
    void openPastedObject(); // as the preview source, fetched off the GUI thread

    // Compare with Cloud: the asset's object, or the local picture uploaded below the bucket and
    // scratch prefix asked for once (then remembered); false when there is nothing to compare.
    bool compareWithCloud();
    CloudCompareWindow *cloudCompareWindow() const { return m_compare; }
    QAction *compareAction() const { return m_compareAction; }
    void updateCompareAction(); // enabled while a COS connection exists

    QString cloudUrl() const;         // <object URL>?<processing>
    QByteArray picOperations() const; // the Pic-Operations header JSON
    QStringList warnings() const { return m_warnings; }
    QString errorText() const;

    StyleStringEdit *stringEdit() const { return m_string; }
    OperationForm *form() const { return m_form; }
    QListWidget *operationList() const { return m_list; }
    StylePreview *preview() const { return m_preview; }
    StyleLibraryPanel *library() const { return m_library; }

protected:
    // With unsaved changes, asks Save / Discard / Cancel (window-modal) and closes on the answer.
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    QMessageBox *unsavedQuestion();

private:
    struct Entry {
        int id = 0;
        style::EditItem item;
    };

    void buildPalette(QToolButton *button);
    void createActions();
    void stringEdited();
    void takePastedUrl(); // a URL in the string becomes its processing, with a note
    void formEdited();
    void listReordered();
    void itemsChanged();    // items -> string, list, form, preview
    void validate();        // parse the string; error or pipeline
    void updateHighlight(); // the selected operation's span in the string
    void rebuildList(int selectRow);
    void refreshListTexts();
    void currentRowChanged(int row);
    void updateWarnings();
    void remember(const QString &before);
    void restore(QStringList &from, QStringList &to); // one step of undo or redo
    void showMessage(const QString &text, bool error);
    void clearError(); // an error message, once the state it complained of has changed
    bool saveAs();
    bool save();
    void newStyle();
    void copyCloudUrl();
    void copyPicOperations();
    // Where a local picture goes for Compare with Cloud: remembered, asked when unknown or always.
    bool askScratchLocation(QString *bucket, QString *prefix, bool always = false);
    std::vector<style::EditItem> items() const;
    int currentIndex() const;

    catalog::StyleStore *m_store;
    std::function<void(const QString &)> m_apply;
    StyleLibraryPanel *m_library;
    StyleStringEdit *m_string;
    QLabel *m_error;
    QListWidget *m_list;
    OperationForm *m_form;
    StylePreview *m_preview;
    QLabel *m_warningLabel;
    QLabel *m_pastedNote;
    QString m_pastedLocation;
    quint64 m_pastedLoad = 0; // the loading pipeline's ticket for the pasted object's copy
    QString m_pastedText; // the string the note describes; an edit away from it retires the note
    QAction *m_compareAction = nullptr;
    CloudCompareWindow *m_compare = nullptr;
    std::vector<Entry> m_entries;
    int m_nextId = 1;
    bool m_valid = true;
    bool m_rebuilding = false;
    std::optional<style::Pipeline> m_pipeline;
    style::StyleLookup m_lookup; // the library as validate() last read it
    QStringList m_warnings;
    QString m_styleName;
    QString m_savedText;           // the string as last opened or saved
    bool m_placed = false;         // kept on its screen at the first show
    bool m_closeConfirmed = false; // the close prompt was answered Save or Discard
    QString m_assetPath;
    QString m_objectLocation;
    QStringList m_history; // earlier strings, the last one on top
    QStringList m_future;  // strings undone, for Redo
    QString m_lastText;    // the string as validate() last saw it
    QElapsedTimer m_sinceEdit;
    bool m_restoring = false;
};

} // namespace ad::ui
