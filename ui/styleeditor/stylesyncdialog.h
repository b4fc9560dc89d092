#pragma once

// Sync with Bucket: the style library against a bucket's styles (COS style API). A saved COS
// connection and a bucket; every style of either side with its state (only here, only in the
// bucket, same, differs) and a choice each (push, pull, delete in the bucket, skip); the two
// bodies side by side for the selected style. Apply checks the whole choice against the
// cloud's limits first, then runs it off the GUI thread one style at a time (one write per
// second), with "3 of 7" progress, cancel, and a result per style.

#include "storage/profiles.h"
#include "storage/stylesync.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ad::catalog
{
class StyleStore;
}

namespace ad::ui
{

class StyleSyncDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StyleSyncDialog(catalog::StyleStore *store, QWidget *parent = nullptr);

    // The saved COS connections become choices; false when there is none named `name`.
    bool chooseConnection(const QString &name);
    void setBucket(const QString &bucket);
    QString bucket() const; // as shown: the full name once Compare added the APPID
    void compare();         // lists the bucket's styles and fills the table
    void apply();           // runs the chosen actions
    void cancel();          // stops after the style being sent
    void reject() override; // Close or Escape while busy cancels first, and stays open
    bool isBusy() const { return m_busy; }

    // The table's rows, in name order, as shown.
    QList<storage::SyncEntry> entries() const { return m_entries; }
    bool setAction(const QString &name, storage::SyncAction action);
    QString resultOf(const QString &name) const; // the Result column: "" until applied
    QString statusText() const;
    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *localBody() const { return m_localBody; }
    QPlainTextEdit *cloudBody() const { return m_cloudBody; }
    QProgressBar *progress() const { return m_progress; }
    QPushButton *applyButton() const { return m_apply; }

    static QString stateText(storage::SyncState state);
    static QString actionText(storage::SyncAction action);

Q_SIGNALS:
    void libraryChanged(); // a style was pulled into the library

private:
    void fillTable();
    void showBodies();
    void setBusy(bool busy);
    void setStatus(const QString &text, bool error = false);
    void runNextStep();
    void stepDone(const QString &name, const QString &error);
    void finishApply();
    int rowOf(const QString &name) const;

    catalog::StyleStore *m_store;
    QList<storage::Profile> m_profiles;
    QComboBox *m_connection;
    QComboBox *m_bucket;
    QPushButton *m_compare;
    QTableWidget *m_table;
    QPlainTextEdit *m_localBody;
    QPlainTextEdit *m_cloudBody;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_apply;
    QPushButton *m_cancel;

    std::shared_ptr<storage::StyleClient> m_client; // from the last compare; paces writes
    storage::StyleMap m_cloud;
    QList<storage::SyncEntry> m_entries;
    QMap<QString, QString> m_results;
    QList<storage::SyncStep> m_steps;
    int m_next = 0;
    int m_failed = 0;
    bool m_busy = false;
    bool m_cancelled = false;
    QString m_summary; // of the last apply, shown with the states that follow it
    bool m_summaryFailed = false;
};

} // namespace ad::ui
