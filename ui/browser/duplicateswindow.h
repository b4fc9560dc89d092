#pragma once

// Tools > Find Duplicates: scans folders (and bucket prefixes) for exact copies and similar
// pictures, groups them with the pictures side by side, and moves the ones not kept to the
// trash through the window's undo stack. The hashing runs on the thread pool with progress and
// Cancel; hashes are kept in the catalogue for the next scan.

#include "catalog/duplicates.h"

#include <QSet>
#include <QWidget>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSlider;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace ad::catalog
{
class Catalog;
}

namespace ad::ui
{

class DuplicatesWindow : public QWidget
{
    Q_OBJECT
public:
    DuplicatesWindow(catalog::Catalog *catalog, QUndoStack *undo, QWidget *parent = nullptr);
    ~DuplicatesWindow() override;

    void setPlaces(const QStringList &places); // folders or bucket prefixes
    QStringList places() const;
    void setThreshold(int threshold); // -1: exact copies only
    void scan();
    void cancel();
    bool scanning() const;
    QList<catalog::DuplicateGroup> groups() const { return m_groups; }
    // Checks every member of every group but the best under the rule.
    void markAllButBest(catalog::KeepRule rule);
    QStringList marked() const;
    void trashMarked(); // one undoable step
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void scanFinished(); // groups() is ready (also after a cancel or a failure)

protected:
    void showEvent(QShowEvent *event) override;

private:
    static QString similarityWords(int threshold); // the slider's value, said in words
    // The Similarity column: how alike a member is to its group's first, in words.
    static QString likeness(const catalog::DuplicateGroup &group,
                            const catalog::DuplicateMember &member);
    static QString likenessHelp();
    void showMarks();     // the side-by-side pictures ticked for the trash framed and captioned
    void updateActions(); // Move Marked to Trash and Undo enabled when they have work
    void regroup();
    // Each column but the folder as wide as its title and its longest entry, with a space's
    // room to the next; the user may then drag them.
    void fitColumns();
    void showSummary();
    void storeHashes(QList<catalog::HashedPicture> fresh);
    void showGroup(QTreeWidgetItem *item);
    void setBusy(bool busy);
    void finishScan(catalog::HashRun run, QList<catalog::DuplicateGroup> bucketGroups,
                    const QString &error);

    catalog::Catalog *m_catalog;
    QUndoStack *m_undo;
    QListWidget *m_places;
    QCheckBox *m_recursive;
    QSlider *m_threshold;
    QLabel *m_thresholdText;
    QPushButton *m_scan;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QScrollArea *m_sideBySide;
    QComboBox *m_keepRule;
    QPushButton *m_mark;
    QPushButton *m_trash;
    QPushButton *m_undoButton;
    QList<catalog::HashedPicture> m_hashed;
    QList<catalog::DuplicateGroup> m_bucketGroups;
    QList<catalog::DuplicateGroup> m_groups;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    quint64 m_previewRequest = 0;
    QString m_scanSummary;     // what the last scan read, for the status line
    QString m_lastAction;      // the last trash or undo, said in its place
    QSet<QString> m_present;   // the scanned local pictures still there at the last regroup
    bool m_placed = false;     // placed on its screen at the first show
    bool m_regrouping = false; // rows are being rebuilt
};

} // namespace ad::ui
