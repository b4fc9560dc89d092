#pragma once

// Batch Process: sources (the selection or a folder), one or more styles, destination, output
// names and the conflict policy; a dry run shows what would be written before anything runs.
// Run in the cloud (COS sources only) has the cloud process each object where it is instead.

#include "jobs/batchplan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace ad::jobs
{
class JobQueue;
}

namespace ad::ui
{

class BatchDialog : public QDialog
{
    Q_OBJECT
public:
    BatchDialog(jobs::JobQueue *queue, const QStringList &selection, const QString &folder,
                QWidget *parent = nullptr);

    void setStyles(const QStringList &styles);
    void setDestination(const QString &folder);
    // Resolves style/<name> in the styles (the library); the job stores them expanded.
    void setStyleLookup(style::StyleLookup lookup) { m_lookup = std::move(lookup); }
    jobs::BatchRequest request() const;
    bool runsInCloud() const;
    bool preview(); // fills the dry-run table; false (with the error shown) on a bad request
    qint64 submittedJob() const { return m_submitted; }

    void accept() override; // submits the batch as a background job

private:
    void showError(const QString &message);
    jobs::JobSpec plan() const;
    void updateCloud(); // Run in the cloud only for COS sources

    jobs::JobQueue *m_queue;
    QStringList m_selection;
    QRadioButton *m_useSelection;
    QRadioButton *m_useFolder;
    QLineEdit *m_folder;
    QCheckBox *m_recursive;
    QLineEdit *m_include;
    QLineEdit *m_exclude;
    QPlainTextEdit *m_styles;
    QLineEdit *m_destination;
    QLineEdit *m_template;
    QComboBox *m_conflict;
    QCheckBox *m_cloud;
    QSpinBox *m_rate;
    QTreeWidget *m_plan;
    QLabel *m_message;
    qint64 m_submitted = 0;
    style::StyleLookup m_lookup;
};

} // namespace ad::ui
