#pragma once

// Documents to Images: documents (files or a folder), doc-preview parameters, a preview of
// the first page, and the output folder or bucket prefix; runs as a background job.

#include "document/docpreview.h"
#include "jobs/batchplan.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace ad::jobs
{
class JobQueue;
}

namespace ad::ui
{

class DocToImageDialog : public QDialog
{
    Q_OBJECT
public:
    DocToImageDialog(jobs::JobQueue *queue, const QStringList &documents, const QString &folder,
                     QWidget *parent = nullptr);

    QStringList documents() const;
    void setDestination(const QString &location);
    QString destination() const; // as proposed (outside the sources) or typed
    document::DocRequest request() const;
    // What happens to files already in the destination; never replaced unless asked.
    void setConflictPolicy(jobs::ConflictPolicy policy);
    jobs::ConflictPolicy conflictPolicy() const;
    qint64 submittedJob() const { return m_submitted; }
    bool isPreviewing() const { return m_preview.isRunning(); }

    void accept() override; // submits the job

private:
    struct Preview {
        QImage image;
        QString text;
    };
    void addDocuments(const QStringList &paths);
    void refreshPreview();
    void updateEnabled();
    void showError(const QString &message);

    jobs::JobQueue *m_queue;
    QListWidget *m_documents;
    QRadioButton *m_onePage;
    QSpinBox *m_page;
    QRadioButton *m_range;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QComboBox *m_type;
    QSpinBox *m_dpi;
    QSpinBox *m_scale;
    QSpinBox *m_quality;
    QSpinBox *m_sheet;
    QLineEdit *m_password;
    QCheckBox *m_merge;
    QLineEdit *m_destination;
    QLineEdit *m_pattern;
    QComboBox *m_conflict;
    QLabel *m_previewLabel;
    QLabel *m_message;
    QFutureWatcher<Preview> m_preview;
    qint64 m_submitted = 0;
};

} // namespace ad::ui
