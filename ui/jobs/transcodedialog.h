#pragma once

// Tools > Transcode: the selected clips through a preset into a folder, as a background job
// (the Jobs dock shows its progress, pause and cancel). Presets the FFmpeg build cannot run are
// listed but cannot be chosen.

#include "media/transcodepresets.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ad::jobs
{
class JobQueue;
}

namespace ad::ui
{

class TranscodeDialog : public QDialog
{
    Q_OBJECT
public:
    // `selection`: what the library has selected; clips and sound files among it are kept.
    TranscodeDialog(jobs::JobQueue *queue, const QStringList &selection, const QString &folder,
                    QWidget *parent = nullptr);

    QStringList clips() const { return m_clips; }
    void setPreset(const QString &name);
    QString preset() const;
    void setDestination(const QString &folder);
    QString destination() const;
    QString message() const;
    qint64 submittedJob() const { return m_submitted; }

    void accept() override; // submits the job

private:
    void updateState();
    const media::TranscodePreset *chosen() const;

    jobs::JobQueue *m_queue;
    QStringList m_clips;
    QList<media::TranscodePreset> m_presets; // built-ins, then the user's
    QListWidget *m_list;
    QComboBox *m_preset;
    QLabel *m_description;
    QLineEdit *m_destination;
    QLabel *m_message;
    QPushButton *m_ok;
    qint64 m_submitted = 0;
};

} // namespace ad::ui
